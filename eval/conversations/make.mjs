#!/usr/bin/env node
// Writes the conversation sets: eval/conversations/c-tune.jsonl and eval/conversations/c-heldout.jsonl.
//
//   node eval/conversations/make.mjs [--check]
//
// Conversation cases the way people chat in Slack: 1–3 earlier turns (`history`, oldest first), then a
// follow-up that switches place / year / indicator / kind, a pronoun, a correction, a switch of language,
// a turn into a comparison or a trend, a follow-up the reports cannot answer (refused, never answered with
// the earlier turn's data), or a complete question that must NOT inherit anything.
//
// Checks (as eval/fresh-d/make.mjs; stops with a non-zero exit on the first failure): every `cite` is a
// substring of ONE sentence of one of the case's reports (NFKC, whitespace and ** ignored, as the scorer
// compares; sentences cut at 。！？；!?; and line ends, as the ingest cuts them); every `fig` value and
// `lead` is written, as a whole number, in the case's cites; no conversation (history + question) repeats.
// Split: within each conversation class (the case's first tag), cases sorted by SHA-1 of their id and
// dealt alternately, the first to tune or heldout by the SHA-1 of the class name.
// Today = 2026-12-01: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives results of N−1 and
// targets of N.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseBook, checkCases, external } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { O } = caseBook();

// ---------------------------------------------------------------------------------------------
const cases = [];
/**
 * C(intent, tags, reports, history, q, expect): `intent` is what the last question asks once read in
 * its conversation; the first tag is the conversation class the split deals by.
 */
function C(intent, tags, reports, history, q, expect = {}) {
  const c = { id: '', q, history, ...expect, intent, tags: [...tags, 'conversation'] };
  if (!expect.notFound && intent !== 'help') c.tags.push(reports.some(external) ? 'external' : 'seed');
  if (history.length > 1) c.tags.push('multi-turn');
  c.tags = [...new Set(c.tags)];
  c._reports = reports;
  cases.push(c);
}
const F = (cite, ...fig) => ({ cite: [].concat(cite), ...(fig.length ? { fig: fig.map(([value, unit]) => (unit ? { value, unit } : { value })) } : {}) });
const NF = { notFound: true };

// ---- place switch ("那江苏呢", "上海的呢", "and Beijing?") -------------------------------------------
C('figure', ['place-switch'], ['JS26'], ['浙江去年GDP增长多少'], '那江苏呢', F('地区生产总值增长5.3%、增量保持全国第一', [5.3, '%']));
C('figure', ['place-switch'], ['SH26'], ['北京去年地区生产总值增速'], '上海的呢', F('全市生产总值达到5.67万亿元、增长5.4%', [5.4, '%']));
C('figure', ['place-switch', 'abbrev'], ['GD26'], ['苏去年进出口总额多少'], '粤呢？', F('货物进出口总额9.5万亿元、增长4.4%', [9.5, '万亿元']));
C('figure', ['place-switch'], ['FJ25'], ['安徽24年粮食产量'], '福建的呢', F('粮食播种面积1266.6万亩、产量514.4万吨', [514.4, '万吨']));
C('figure', ['place-switch'], ['SD25'], ['浙江24年实际使用外资多少'], '山东呢', F('实际使用外资118.1亿美元，规模居全国第五位', [118.1, '亿美元']));
C('figure', ['place-switch', 'multi-turn'], ['JS26'], ['北京去年PM2.5多少', '上海呢'], '江苏呢', F('PM2.5浓度31.3微克/立方米', [31.3, '微克/立方米']));
C('figure', ['place-switch'], ['SH26'], ['江苏去年城乡居民人均可支配收入多少'], '换成上海呢', F('居民人均可支配收入达到9.2万元、增长4.1%', [9.2, '万元']));
C('target', ['place-switch'], ['SD26'], ['上海今年GDP目标'], '山东定的多少', F('地区生产总值增长5%以上', [5, '%']));
C('figure', ['place-switch', 'seed'], ['QT25'], ['杭州23年GDP增速'], '钱塘区24年呢', F('全年地区生产总值达1416亿元,增长5.1%', [5.1, '%']));

// ---- year switch ("前年呢", "24年的", "what about 2023") --------------------------------------------
C('figure', ['year-switch', 'relative-year'], ['JS25'], ['江苏去年GDP增长多少'], '前年呢', F('2024年地区生产总值达13.7万亿元、增长5.8%', [5.8, '%']));
C('figure', ['year-switch', 'two-digit-year'], ['SH25'], ['上海去年居民人均可支配收入'], '24年的', F('居民人均可支配收入达到8.8万元、增长4.2%', [8.8, '万元']));
C('figure', ['year-switch'], ['CN24'], ['全国2021年GDP增长多少'], '2023年呢', F('国内生产总值超过126万亿元，增长5.2%', [5.2, '%']));
C('figure', ['year-switch', 'relative-year'], ['AH26'], ['安徽24年粮食产量'], '去年呢', F('粮食产量838.6亿斤、再创历史新高', [838.6, '亿斤']));
C('figure', ['year-switch', 'relative-year'], ['BJ25'], ['北京去年地区生产总值增长多少'], '那前年的呢', F('预计全市地区生产总值增长5.2%左右', [5.2, '%']));
C('target', ['year-switch'], ['CN23'], ['2022年全国GDP增长目标'], '2023年的呢', F('国内生产总值增长5%左右', [5, '%']));
C('figure', ['year-switch', 'english'], ['SH25'], ["Shanghai's container throughput last year?"], 'what about 2024', F('上海港集装箱吞吐量达到5150.6万标准箱', [5150.6, '万标准箱']));
C('figure', ['year-switch', 'two-digit-year'], ['SD26'], ['山东24年GDP增速'], '25年呢', F('地区生产总值增长5.5%、达到10.3万亿元', [5.5, '%']));

// ---- indicator switch ("出口呢", "人均收入呢") -------------------------------------------------------
C('figure', ['indicator-switch'], ['SH26'], ['上海去年GDP增长多少'], '人均收入呢', F('居民人均可支配收入达到9.2万元、增长4.1%', [9.2, '万元']));
C('figure', ['indicator-switch'], ['ZJ26'], ['浙江去年实际使用外资多少'], '出口呢', F('外贸出口增长7.2%', [7.2, '%']));
C('figure', ['indicator-switch'], ['JS26'], ['江苏去年GDP增速'], '进出口呢', F('进出口总额5.95万亿元、增长6%', [5.95, '万亿元']));
C('figure', ['indicator-switch'], ['BJ26'], ['北京去年PM2.5多少'], '数字经济增加值呢', F('数字经济增加值增长8.7%', [8.7, '%']));
C('figure', ['indicator-switch'], ['AH25'], ['安徽24年GDP增长多少'], '那新能源汽车产量呢', F('新能源汽车产量增长94.5%、达168.4万辆', [168.4, '万辆']));
C('figure', ['indicator-switch', 'seed'], ['HZ24'], ['杭州23年地区生产总值多少'], '实际利用外资呢', F('实际利用外资88.3亿美元', [88.3, '亿美元']));
C('figure', ['indicator-switch'], ['GD26'], ['广东去年GDP增长多少'], '港口集装箱吞吐量呢', F('港口集装箱吞吐量达8097万标箱、增长4.5%', [8097, '万标箱']));

// ---- kind switch ("目标呢", "完成了吗", "增速呢", "排第几") ---------------------------------------------
C('target', ['kind-switch'], ['AH26'], ['安徽去年进出口增长多少'], '今年目标呢', F('进出口总额增长6%左右', [6, '%']));
C('target', ['kind-switch'], ['SH26', 'SH25'], ['上海去年GDP增长多少'], '今年的目标是多少', F('全市生产总值增长5%左右', [5, '%']));
C('attainment', ['kind-switch'], ['AH26', 'AH25'], ['安徽去年进出口增长目标是多少'], '完成了吗', F(['进出口总额增长17.3%', '进出口总额增长5.5%左右'], [17.3, '%'], [5.5, '%']));
C('attainment', ['kind-switch'], ['CN25', 'CN24'], ['全国24年居民消费价格涨幅目标'], '实际涨了多少', F(['居民消费价格上涨0.2%', '居民消费价格涨幅3%左右'], [0.2, '%']));
C('figure', ['kind-switch'], ['SH26'], ['上海去年GDP总量多少'], '增速呢', F('全市生产总值达到5.67万亿元、增长5.4%', [5.4, '%']));
C('figure', ['kind-switch'], ['ZJ26'], ['浙江GDP规模多大'], '在全国排第几', F('年均增长5.9%，规模稳居全国第4位', [4]));
C('target', ['kind-switch'], ['QT25'], ['钱塘24年GDP增长多少'], '25年目标呢', F('地区生产总值增长5.6%左右', [5.6, '%']));

// ---- outline, then a year or a place ("那2023年呢") -------------------------------------------------
C('outline', ['outline-follow-up', 'year-switch'], ['BJ25'], ['北京今年的重点工作有哪些'], '那2025年呢', O('BJ25'));
C('outline', ['outline-follow-up', 'year-switch'], ['CN23'], ['2024年国务院报告的重点任务'], '那2023年呢', O('CN23'));
C('outline', ['outline-follow-up', 'place-switch'], ['JS26'], ['浙江今年重点干什么'], '江苏呢', O('JS26'));
C('outline', ['outline-follow-up', 'place-switch', 'english'], ['SH25'], ['北京25年重点工作'], 'and Shanghai?', O('SH25'));
C('outline', ['outline-follow-up', 'year-switch'], ['FJ25'], ['福建今年主要任务'], '去年的呢', O('FJ25'));
C('outline', ['outline-follow-up', 'place-switch'], ['ZJ26'], ['上海今年的主要任务'], '浙江今年的呢', O('ZJ26'));

// ---- pronouns ("它", "这个指标", "那里") -------------------------------------------------------------
C('figure', ['pronoun'], ['JS26'], ['江苏'], '它去年GDP增长多少', F('地区生产总值增长5.3%、增量保持全国第一', [5.3, '%']));
C('figure', ['pronoun'], ['GD26'], ['浙江去年港口集装箱吞吐量多少'], '这个指标广东是多少', F('港口集装箱吞吐量达8097万标箱、增长4.5%', [8097, '万标箱']));
C('figure', ['pronoun'], ['SD26'], ['山东今年重点工作'], '那里去年GDP增长多少', F('地区生产总值增长5.5%、达到10.3万亿元', [5.5, '%']));
C('figure', ['pronoun', 'year-switch'], ['BJ25'], ['北京去年PM2.5浓度'], '这个数前年是多少', F('细颗粒物年均浓度30.5微克/立方米、下降6.2%', [30.5, '微克/立方米']));
C('figure', ['pronoun'], ['SH26'], ['上海港连续多少年世界第一'], '它去年集装箱吞吐量多少', F('上海港集装箱吞吐量达到5506.3万标准箱', [5506.3, '万标准箱']));
C('figure', ['pronoun', 'english'], ['FJ26'], ['Tell me about Fujian'], 'what was its GDP growth last year?', F('2025年全省地区生产总值60199.45亿元、增长5%', [5, '%']));

// ---- corrections ("不对，我问的是浙江") ---------------------------------------------------------------
C('figure', ['correction', 'place-switch'], ['ZJ26'], ['江苏去年GDP增长多少'], '不对，我问的是浙江', F('全省生产总值增长5.5%，一般公共预算收入增长1.8%', [5.5, '%']));
C('figure', ['correction', 'year-switch'], ['SD25'], ['山东去年GDP增长多少'], '不是，我说的是2024年', F('实现地区生产总值9.86万亿元、增长5.7%', [5.7, '%']));
C('figure', ['correction', 'kind-switch'], ['AH26'], ['安徽今年进出口目标'], '不是目标，我要的是去年实际增长', F('进出口总额增长17.3%', [17.3, '%']));
C('figure', ['correction', 'place-switch'], ['SH26'], ['北京去年人均可支配收入'], '搞错了，是上海', F('居民人均可支配收入达到9.2万元、增长4.1%', [9.2, '万元']));
C('figure', ['correction', 'place-switch', 'english'], ['BJ26'], ["Shanghai's PM2.5 last year?"], 'sorry, I meant Beijing', F('细颗粒物年均浓度27微克/立方米、下降11.5%', [27, '微克/立方米']));
C('figure', ['correction', 'indicator-switch'], ['JS25'], ['江苏24年进出口'], '我是想问粮食产量', F('总产762亿斤，又交出一份沉甸甸的丰收答卷', [762, '亿斤']));

// ---- complete new questions that must NOT inherit ----------------------------------------------
C('figure', ['no-inherit'], ['CN24'], ['上海去年PM2.5多少'], '全国2023年GDP增长多少', F('国内生产总值超过126万亿元，增长5.2%', [5.2, '%']));
C('figure', ['no-inherit'], ['GD26'], ['浙江今年的重点工作'], '广东去年居民人均可支配收入多少', F('居民人均可支配收入提高到5.4万元、增长4.3%', [5.4, '万元']));
C('figure', ['no-inherit', 'seed'], ['HZ24'], ['安徽24年粮食产量'], '杭州2023年地区生产总值是多少', F('全市地区生产总值实现20059亿元,增长5.6%', [20059, '亿元']));
C('target', ['no-inherit'], ['CN22'], ['福建去年数字经济增加值多少', '24年的呢'], '2022年全国GDP增长目标是多少', F('国内生产总值增长5.5%左右', [5.5, '%']));
C('figure', ['no-inherit', 'english'], ['ZJ26'], ['北京今年重点任务'], "What was Zhejiang's grain output last year?", F('粮食播种面积1584.6万亩、总产量132.4亿斤', [132.4, '亿斤']));
C('figure', ['no-inherit'], ['SH26'], ['江苏前年进出口多少'], '上海港去年集装箱吞吐量是多少', F('上海港集装箱吞吐量达到5506.3万标准箱', [5506.3, '万标准箱']));
C('figure', ['no-inherit'], ['FJ25'], ['广东今年进出口目标'], '福建2024年地区生产总值多少', F('2024年全省地区生产总值57761亿元、增长5.5%', [57761, '亿元']));

// ---- switches of language ------------------------------------------------------------------------
C('figure', ['cross-language', 'english', 'place-switch'], ['BJ26'], ['上海去年GDP增长多少'], 'and Beijing?', F('全市地区生产总值5.2万亿元、增长5.4%', [5.4, '%']));
C('figure', ['cross-language', 'english', 'year-switch'], ['CN23'], ['全国2021年GDP增长多少'], 'what about 2022', F('全年国内生产总值增长3%', [3, '%']));
C('figure', ['cross-language', 'place-switch'], ['JS26'], ["What was Shanghai's GDP growth last year?"], '那江苏呢', F('地区生产总值增长5.3%、增量保持全国第一', [5.3, '%']));
C('figure', ['cross-language', 'year-switch'], ['AH25'], ["Anhui's grain output last year?"], '24年的呢', F('粮食产量836.9亿斤，再创历史新高', [836.9, '亿斤']));
C('target', ['cross-language', 'english', 'kind-switch'], ['SD26'], ['山东去年GDP增长多少'], "and this year's target?", F('地区生产总值增长5%以上', [5, '%']));
C('figure', ['cross-language', 'indicator-switch'], ['GD26'], ["Guangdong's GDP growth last year?"], '进出口呢', F('货物进出口总额9.5万亿元、增长4.4%', [9.5, '万亿元']));

// ---- into a comparison ("跟广东比呢") ----------------------------------------------------------------
C('comparison', ['to-comparison'], ['JS26', 'GD26'], ['江苏去年进出口总额多少'], '跟广东比呢', F(['进出口总额5.95万亿元、增长6%', '货物进出口总额9.5万亿元、增长4.4%'], [5.95, '万亿元'], [9.5, '万亿元']));
C('comparison', ['to-comparison'], ['SD26', 'ZJ26'], ['山东去年GDP增长多少'], '和浙江比哪个快', F(['地区生产总值增长5.5%、达到10.3万亿元', '全省生产总值增长5.5%，一般公共预算收入增长1.8%'], [5.5, '%']));
C('comparison', ['to-comparison'], ['SH26', 'BJ26'], ['上海去年PM2.5浓度'], '跟北京比谁低', F(['PM2.5年均浓度为26.3微克/立方米、下降7.4%', '细颗粒物年均浓度27微克/立方米、下降11.5%'], [26.3, '微克/立方米'], [27, '微克/立方米']));
C('comparison', ['to-comparison', 'english'], ['SD25', 'ZJ25'], ["Shandong's FDI in 2024?"], 'compared with Zhejiang?', F(['实际使用外资118.1亿美元', '实际使用外资152.7亿美元'], [118.1, '亿美元'], [152.7, '亿美元']));
C('comparison', ['to-comparison', 'year-switch'], ['JS26', 'JS25'], ['江苏去年GDP增速'], '比前年快还是慢', F(['地区生产总值增长5.3%、增量保持全国第一', '2024年地区生产总值达13.7万亿元、增长5.8%'], [5.3, '%'], [5.8, '%']));

// ---- into a trend ("这几年怎么变的") ----------------------------------------------------------------
C('trend', ['to-trend'], ['SH26', 'SH25'], ['上海港去年集装箱吞吐量'], '这几年怎么变的', F(['上海港集装箱吞吐量达到5506.3万标准箱', '上海港集装箱吞吐量达到5150.6万标准箱'], [5506.3, '万标准箱'], [5150.6, '万标准箱']));
C('trend', ['to-trend'], ['BJ26', 'BJ25'], ['北京去年PM2.5多少'], '近两年变化趋势呢', F(['细颗粒物年均浓度27微克/立方米、下降11.5%', '细颗粒物年均浓度30.5微克/立方米、下降6.2%'], [27, '微克/立方米'], [30.5, '微克/立方米']));
C('trend', ['to-trend'], ['JS26', 'JS25'], ['江苏去年城乡居民人均可支配收入'], '这两年是怎么变化的', F(['城乡居民人均可支配收入分别达6.9万元、3.4万元', '城乡居民人均可支配收入分别达6.6万元和3.2万元'], [6.9, '万元'], [6.6, '万元']));
C('trend', ['to-trend', 'english'], ['AH26', 'AH25'], ['安徽去年粮食产量'], 'how has it changed over the last two years?', F(['粮食产量838.6亿斤、再创历史新高', '粮食产量836.9亿斤，再创历史新高'], [838.6, '亿斤'], [836.9, '亿斤']));
C('trend', ['to-trend'], ['SH26', 'SH25'], ['上海去年实际使用外资多少'], '这两年呢', F(['实际使用外资达到160.6亿美元、折合1148亿元人民币', '实际使用外资175亿美元左右'], [160.6, '亿美元'], [175, '亿美元']));

// ---- follow-ups the reports cannot answer: refused, never the earlier turn's data ---------------
C('notfound', ['not-found', 'place-switch', 'nf-place'], [], ['江苏去年GDP增长多少'], '那湖南呢', NF);
C('notfound', ['not-found', 'place-switch', 'nf-place'], [], ['上海去年居民人均可支配收入'], '天津的呢', NF);
C('notfound', ['not-found', 'year-switch', 'nf-year'], [], ['浙江去年GDP增长多少'], '2019年呢', NF);
C('notfound', ['not-found', 'year-switch', 'nf-year', 'english'], [], ["Beijing's PM2.5 last year?"], 'what about 2016', NF);
C('notfound', ['not-found', 'place-switch', 'nf-place', 'english'], [], ['安徽24年粮食产量'], 'and Sichuan?', NF);
C('notfound', ['not-found', 'year-switch', 'nf-year'], [], ['山东今年重点工作'], '那2018年呢', NF);
C('notfound', ['not-found', 'correction', 'nf-place'], [], ['北京去年GDP增长多少'], '不对，我问的是重庆', NF);
C('notfound', ['not-found', 'no-inherit', 'nf-off-topic'], [], ['广东去年进出口多少'], '帮我订一张去广州的机票', NF);

// ---------------------------------------------------------------------------------------------
const failures = checkCases(cases);
if (failures.length) {
  console.error(`facts that do not hold:\n${failures.join('\n')}`);
  process.exit(1);
}

const counters = {};
for (const c of cases) {
  const kind = c.tags[0];
  counters[kind] = (counters[kind] ?? 0) + 1;
  c.id = `c-${kind}-${String(counters[kind]).padStart(3, '0')}`;
}
const hash = (s) => createHash('sha1').update(s).digest('hex');
const out = { tune: [], heldout: [] };
for (const kind of Object.keys(counters)) {
  const list = cases.filter((c) => c.tags[0] === kind).sort((p, q) => hash(p.id).localeCompare(hash(q.id)));
  const first = hash(kind)[0] < '8' ? 'tune' : 'heldout';
  const second = first === 'tune' ? 'heldout' : 'tune';
  list.forEach((c, n) => {
    c._side = n % 2 === 0 ? first : second;
  });
}
const strip = ({ _reports, _side, ...c }) => c;
for (const c of cases) out[c._side].push(strip(c));
const tally = (list, f) =>
  list.reduce((m, c) => {
    for (const k of [].concat(f(c))) m[k] = (m[k] ?? 0) + 1;
    return m;
  }, {});
console.log(
  JSON.stringify({
    total: cases.length,
    tune: out.tune.length,
    heldout: out.heldout.length,
    byClass: Object.fromEntries(Object.keys(counters).map((k) => [k, [out.tune.filter((c) => c.tags[0] === k).length, out.heldout.filter((c) => c.tags[0] === k).length]])),
    byIntent: tally(cases, (c) => c.intent),
    byTag: tally(cases, (c) => c.tags),
  }),
);
if (!process.argv.includes('--check')) {
  for (const [name, list] of Object.entries(out)) writeFileSync(path.join(here, `c-${name}.jsonl`), `${list.map((c) => JSON.stringify(c)).join('\n')}\n`);
}
