#!/usr/bin/env node
// Writes the fresh-d natural-question sets: eval/fresh-d/d-tune.jsonl and eval/fresh-d/d-heldout.jsonl.
//
//   node eval/fresh-d/make.mjs [--check]
//
// Hand-written Slack-style questions (analysts, officials, journalists: "请问…", "想了解下…", chatter around
// the question, colloquial verbs, English of varied styles, 沪苏浙皖闽粤鲁京, typos of places, "25年", relative
// years, "十四五期间/过去五年") over facts mostly NOT used by eval/natural, eval/fresh or eval/figures: trade,
// foreign investment, grain, air quality (PM2.5, good-air days), ports and airports, new-energy vehicles,
// 专精特新 / high-tech firms, digital economy, fiscal spending, housing, tourism, energy intensity.
//
// Checks (stops with a non-zero exit on the first failure, as make-fresh-c.mjs): every `cite` is a substring
// of ONE sentence of one of the case's reports (NFKC, whitespace and ** ignored, as the scorer compares;
// sentences cut at 。！？；!?; and line ends, as the ingest cuts them); every `fig` value and `lead` is
// written, as a whole number, in the case's cites; no question (with its history) appears twice.
// Split: within each intent, cases sorted by SHA-1 of their id and dealt alternately (as make-fresh.mjs).
// Today = 2026-12-01: 今年 = 2026, 去年 = 2025; a report of year N gives results of N−1 and targets of N.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const GOV = 'test/fixtures/gov-reports';
const R = {
  QT21: 'corpus/qiantang-2021-government-work-report-illustrated.txt',
  GS23: 'corpus/gongshu-2022-plan-execution-and-2023-plan.txt',
  HZ24: 'corpus/hangzhou-2023-plan-execution-and-2024-plan.txt',
  QT25: 'corpus/qiantang-2024-plan-execution-and-2025-plan.txt',
  GS25: 'corpus/gongshu-2025-government-work-report-newspaper.txt',
  CN22: `${GOV}/national/2022_国务院_政府工作报告.txt`,
  CN23: `${GOV}/national/2023_国务院_政府工作报告.txt`,
  CN24: `${GOV}/national/2024_国务院_政府工作报告.txt`,
  CN25: `${GOV}/national/2025_国务院_政府工作报告.txt`,
};
for (const [code, name] of Object.entries({ AH: '安徽省', BJ: '北京市', FJ: '福建省', GD: '广东省', JS: '江苏省', SD: '山东省', SH: '上海市', ZJ: '浙江省' })) {
  R[`${code}25`] = `${GOV}/provincial-2025/2025_${code}_${name}_政府工作报告.txt`;
  R[`${code}26`] = `${GOV}/provincial-2026/2026_${code}_${name}_政府工作报告.txt`;
}
const norm = (s) => String(s ?? '').normalize('NFKC').replace(/\*\*/g, '').replace(/\s+/g, '');
const texts = new Map();
const textOf = (k) => {
  if (!R[k]) throw new Error(`unknown report ${k}`);
  if (!texts.has(k)) texts.set(k, readFileSync(path.join(root, R[k]), 'utf8'));
  return texts.get(k);
};
const sentencesOf = new Map();
const sentences = (k) => {
  if (!sentencesOf.has(k)) sentencesOf.set(k, textOf(k).split(/[。！？；!?;\n]/).map(norm).filter(Boolean));
  return sentencesOf.get(k);
};
const external = (k) => !/^(QT|GS|HZ)/.test(k);
// A number is "written" when it appears not as part of a longer number (5 is not written in 5.5 or 15).
const written = (text, v) => {
  const s = String(+Number(v).toFixed(6));
  for (let k = text.indexOf(s); k >= 0; k = text.indexOf(s, k + 1)) {
    const before = text[k - 1] ?? '';
    const after = text.slice(k + s.length, k + s.length + 2);
    if (!/[\d.]/.test(before) && !/^(\d|\.\d)/.test(after)) return true;
  }
  return false;
};

// Outline titles: the report's own "YYYY年重点工作 / 主要任务 …" section headings (cut at the first comma),
// as make-fresh.mjs reads them.
function outlineOf(key) {
  const lines = textOf(key).split('\n').map((l) => l.trim());
  const top = /^[一二三四五六七八九十]+、/;
  let start = -1;
  lines.forEach((l, n) => {
    if (top.test(l) && /20\d\d年(重点工作|主要任务|政府工作任务|目标任务和重点工作|工作安排|工作总体要求和重点任务)/.test(l)) start = n;
  });
  if (start < 0) throw new Error(`${key}: no tasks section`);
  const titles = [];
  for (let n = start + 1; n < lines.length && !top.test(lines[n]); n++) {
    const m = /^[（(][一二三四五六七八九十]+[）)](.+)$/.exec(lines[n]);
    if (m) titles.push(m[1].split(/[，。,；]/)[0].trim());
  }
  if (titles.length < 4) throw new Error(`${key}: ${titles.length} priorities`);
  return titles;
}
const FIXED_OUTLINE = {
  QT25: ['聚焦创新驱动', '聚焦结构优化', '聚焦项目为王', '聚焦深化改革', '聚焦品质提升', '聚焦美好生活', '聚焦城市安全'],
  GS23: ['聚焦发展新活力', '聚焦增长新潜能', '聚焦城区新形象', '聚焦共富新期待'],
  GS25: ['以扩大需求为导向', '以科技创新为引领', '以产城融合为路径', '以改革开放为引擎'],
  // FJ26's 2026 tasks sit under "三、…全力推动“十五五”开好局、起好步" (no YYYY年 heading)
  // CN23's 2023 tasks sit under "二、对今年政府工作的建议" (no YYYY年 heading)
  CN23: ['着力扩大国内需求', '加快建设现代化产业体系', '切实落实“两个毫不动摇”', '更大力度吸引和利用外资', '有效防范化解重大经济金融风险', '稳定粮食生产和推进乡村振兴', '推动发展方式绿色转型', '保障基本民生和发展社会事业'],
  // FJ25's 2025 tasks sit under "二、牢记历史使命，在中国式现代化建设中…" (no YYYY年 heading)
  FJ25: ['坚持自立自强', '坚持因地制宜', '坚持扩大内需', '坚持敢为人先', '坚持协同联动', '坚持民生为大', '坚持守正创新', '坚持绿色发展', '坚持底线思维'],
  FJ26: ['壮大实体经济', '深挖内需潜力', '全面深化改革', '服务统一大业', '强化优势互补', '坚持守正创新', '增进民生福祉', '加快绿色转型', '突出共建共享'],
};
const O = (k) => {
  const list = FIXED_OUTLINE[k] ?? outlineOf(k);
  for (const t of list) if (!norm(textOf(k)).includes(norm(t))) throw new Error(`${k}: outline title ${t}`);
  return { priorities: list, minPriorities: Math.ceil(list.length * 0.6) };
};

// ---------------------------------------------------------------------------------------------
const cases = [];
/** x(intent, tags, reports, q, expect, history?) */
function x(intent, tags, reports, q, expect = {}, history) {
  const c = { id: '', q, ...(history ? { history } : {}), ...expect, intent, tags: ['hand', ...tags] };
  if (!expect.notFound && intent !== 'help') c.tags.push(reports.some(external) ? 'external' : 'seed');
  if (history) c.tags.push('conversation');
  if (history && history.length > 1) c.tags.push('multi-turn');
  c.tags = [...new Set(c.tags)];
  c._reports = reports;
  cases.push(c);
}
const C = (intent, tags, reports, history, q, expect) => x(intent, tags, reports, q, expect, history);
const F = (cite, ...fig) => ({ cite: [].concat(cite), ...(fig.length ? { fig: fig.map(([value, unit]) => (unit ? { value, unit } : { value })) } : {}) });
const NF = { notFound: true };

// ---- figure ---------------------------------------------------------------------------------
x('figure', ['polite', 'two-digit-year'], ['SD25'], '请问山东24年实际使用外资是多少？', F('实际使用外资118.1亿美元，规模居全国第五位', [118.1, '亿美元']));
x('figure', ['embedded', 'relative-year', 'short-name'], ['ZJ26'], '想了解下浙江去年实际用了多少外资', F('实际使用外资115.6亿美元，其中制造业外资占比40.9%', [115.6, '亿美元']));
x('figure', ['english', 'two-digit-year'], ['HZ24'], 'FDI actually utilised by Hangzhou in 2023?', F('实际利用外资88.3亿美元', [88.3, '亿美元']));
x('figure', ['abbrev', 'two-digit-year', 'colloquial'], ['SD25'], '鲁24年外贸进出口规模多大', F('进出口达3.38万亿元、出口首次突破2万亿元', [3.38, '万亿元']));
x('figure', ['chatter', 'two-digit-year'], ['BJ25'], '在写一篇首都外贸的稿子，北京24年进出口总额大概多少', F('北京地区进出口总额超3.6万亿元', [3.6, '万亿元']));
x('figure', ['english', 'two-digit-year'], ['QT25'], "qiantang's goods exports in '24?", F('货物贸易出口总额729亿元、增长14%', [729, '亿元']));
x('figure', ['typo', 'two-digit-year'], ['AH25'], '安辉24年粮食产量多少', F('粮食产量836.9亿斤，再创历史新高', [836.9, '亿斤']));
x('figure', ['colloquial', 'relative-year', 'short-name'], ['ZJ26'], '浙江去年打了多少粮食', F('粮食播种面积1584.6万亩、总产量132.4亿斤', [132.4, '亿斤']));
x('figure', ['abbrev', 'two-digit-year'], ['JS25'], '苏24年粮食总产', F('总产762亿斤，又交出一份沉甸甸的丰收答卷', [762, '亿斤']));
x('figure', ['english', 'two-digit-year'], ['FJ25'], 'Fujian grain harvest 2024, in tonnes', F('粮食播种面积1266.6万亩、产量514.4万吨', [514.4, '万吨']));
x('figure', ['relative-year', 'abbrev', 'colloquial'], ['BJ26'], '京去年PM2.5降到多少了', F('细颗粒物年均浓度27微克/立方米、下降11.5%', [27, '微克/立方米']));
x('figure', ['english', 'relative-year'], ['SH26'], "What was Shanghai's average PM2.5 concentration last year?", F('PM2.5年均浓度为26.3微克/立方米、下降7.4%', [26.3, '微克/立方米']));
x('figure', ['embedded', 'relative-year', 'short-name'], ['JS26'], '我想知道江苏去年空气优良天数比率有多少', F('空气优良天数比率达83.8%', [83.8, '%']));
x('figure', ['abbrev', 'two-digit-year'], ['GD25'], '粤24年空气质量优良天数比率', F('空气质量优良天数比率达95.8%、创有记录以来最好水平', [95.8, '%']));
x('figure', ['two-digit-year', 'colloquial', 'short-name'], ['AH25'], '安徽24年PM2.5浓度多少', F('PM2.5平均浓度35.2微克/立方米', [35.2, '微克/立方米']));
x('figure', ['relative-year', 'colloquial', 'short-name'], ['SD26'], '山东去年空气好的天数占比多少', F('空气优良天数比例达到77.8%', [77.8, '%']));
x('figure', ['relative-year', 'colloquial'], ['SH26'], '上海港去年集装箱吞吐量多少', F('上海港集装箱吞吐量达到5506.3万标准箱', [5506.3, '万标准箱']));
x('figure', ['english', 'relative-year'], ['ZJ26'], 'ningbo-zhoushan container throughput last yr', F('宁波舟山港集装箱吞吐量4387万标箱、增长11.6%', [4387, '万标箱']));
x('figure', ['polite', 'typo', 'relative-year', 'short-name'], ['GD26'], '请问广冻去年港口集装箱吞吐量是多少', F('港口集装箱吞吐量达8097万标箱、增长4.5%', [8097, '万标箱']));
x('figure', ['typo', 'two-digit-year', 'short-name'], ['FJ25'], '福健24年接待游客多少人次', F('全省接待旅游总人数6.5亿人次、游客旅游总花费8350亿元', [6.5, '亿人次']));
x('figure', ['two-digit-year', 'abbrev', 'colloquial'], ['AH25'], '皖24年新能源车造了多少辆', F('新能源汽车产量增长94.5%、达168.4万辆', [168.4, '万辆']));
x('figure', ['english', 'relative-year'], ['BJ26'], 'how many NEVs are on the road in beijing now', F('新能源汽车保有量超130万辆', [130, '万辆']));
x('figure', ['span', 'colloquial', 'short-name'], ['AH26'], '安徽过去五年粮食产量一直稳在多少以上', F('粮食产量稳定在800亿斤以上', [800, '亿斤']));
x('figure', ['colloquial', 'short-name'], ['JS26'], '江苏国家级专精特新小巨人现在有多少家', F('国家级专精特新“小巨人”企业增至3022家', [3022, '家']));
x('figure', ['english', 'relative-year'], ['GD26'], "How many new 'little giant' firms did Guangdong add last year?", F('专精特新“小巨人”企业688家', [688, '家']));
x('figure', ['abbrev', 'colloquial'], ['BJ26'], '京国家级高新技术企业有多少家了', F('全市国家级高新技术企业数量突破3万家', [3, '万家']));
x('figure', ['two-digit-year', 'short-name'], ['SD25'], '山东24年高新技术企业有多少家', F('高新技术企业突破3.5万家', [3.5, '万家']));
x('figure', ['embedded', 'relative-year', 'short-name'], ['FJ26'], '想问一下福建去年数字经济增加值大概多少', F('数字经济增加值预计达3.4万亿元', [3.4, '万亿元']));
x('figure', ['relative-year', 'colloquial', 'short-name'], ['BJ26'], '北京去年数字经济增加值涨了多少', F('数字经济增加值增长8.7%', [8.7, '%']));
x('figure', ['two-digit-year', 'short-name'], ['BJ25'], '北京24年一般公共预算支出多少', F('一般公共预算支出规模8397亿元、增长5.3%', [8397, '亿元']));
x('figure', ['share', 'colloquial', 'short-name'], ['SD26'], '山东财政花在民生上的比重有多大', F('财政民生支出突破万亿元、占比稳定在80%左右', [80, '%']));
x('figure', ['relative-year', 'short-name'], ['BJ26'], '北京去年建设筹集了多少套保障性租赁住房', F('建设筹集保障性租赁住房6.7万套', [6.7, '万套']));
x('figure', ['two-digit-year'], ['GS23'], '拱墅22年实际到位外资多少', F('全年实际到位外资3.7亿美元', [3.7, '亿美元']));
x('figure', ['two-digit-year', 'short-name', 'colloquial'], ['HZ24'], '杭州23年新增了多少个学位', F('新建中小学和幼儿园98所、新增学位8.4万个', [8.4, '万个']));
x('figure', ['two-digit-year'], ['CN22'], '21年全国货物进出口增长多少', F('货物进出口总额增长21.4%', [21.4, '%']));
x('figure', ['english', 'two-digit-year'], ['CN25'], "China's high-tech manufacturing value-added growth in '24", F('高技术制造业、装备制造业增加值分别增长8.9%、7.7%', [8.9, '%']));
x('figure', ['colloquial'], ['CN24'], '2023年全国技术合同成交额涨了多少', F('技术合同成交额增长28.6%', [28.6, '%']));
x('figure', ['abbrev'], ['SH26'], '沪人均GDP多少美元', F('人均地区生产总值达到3.2万美元', [3.2, '万美元']));
x('figure', ['two-digit-year', 'short-name'], ['ZJ25'], '浙江24年单位GDP能耗降了多少', F('预计单位生产总值能耗下降6.9%', [6.9, '%']));

// ---- target ---------------------------------------------------------------------------------
x('target', ['relative-year', 'colloquial', 'short-name'], ['AH26'], '安徽今年外贸打算增长多少', F('进出口总额增长6%左右', [6, '%']));
x('target', ['english', 'relative-year'], ['GD26'], "What's Guangdong aiming for on trade growth this year?", F('全年进出口总额增长3%左右', [3, '%']));
x('target', ['two-digit-year', 'abbrev'], ['FJ25'], '闽25年出口增长目标', F('出口增长3%左右', [3, '%']));
x('target', ['polite', 'relative-year', 'short-name'], ['BJ26'], '请问北京今年PM2.5控制目标是多少', F('细颗粒物年均浓度控制在29微克/立方米左右', [29, '微克/立方米']));
x('target', ['two-digit-year', 'short-name'], ['FJ25'], '福建25年空气优良天数比例目标', F('设区城市空气质量优良天数比例98%以上', [98, '%']));
x('target', ['relative-year', 'colloquial'], ['ZJ26'], '宁波舟山港今年集装箱要干到多少', F('宁波舟山港集装箱吞吐量达到4500万标箱', [4500, '万标箱']));
x('target', ['polite', 'two-digit-year', 'short-name'], ['GD25'], '麻烦问下广东25年粮食产量目标是多少，谢谢', F('粮食产量1285万吨', [1285, '万吨']));
x('target', ['two-digit-year', 'abbrev'], ['ZJ25'], '浙25年粮食总产目标', F('确保粮食播种面积1520万亩、总产125亿斤', [125, '亿斤']));
x('target', ['english', 'relative-year'], ['ZJ26'], 'zhejiang digital economy core industries growth target for this year?', F('数字经济核心产业增加值增长7%', [7, '%']));
x('target', ['two-digit-year', 'short-name'], ['JS25'], '江苏25年能耗强度下降目标', F('单位地区生产总值能耗下降2%左右', [2, '%']));
x('target', ['two-digit-year'], ['CN24'], '全国24年单位GDP能耗降低目标', F('单位国内生产总值能耗降低2.5%左右', [2.5, '%']));
x('target', ['english', 'two-digit-year'], ['CN25'], 'how big are the ultra-long special treasury bonds planned for 2025?', F('拟发行超长期特别国债1.3万亿元、比上年增加3000亿元', [1.3, '万亿元']));
x('target', ['two-digit-year', 'short-name', 'colloquial'], ['SH25'], '上海25年打算建多少保障性租赁住房', F('建设筹措7万套（间）保障性租赁住房', [7, '万套']));
x('target', ['two-digit-year'], ['CN22'], '22年CPI目标定的多少', F('居民消费价格涨幅3%左右', [3, '%']));
x('target', ['two-digit-year', 'short-name'], ['QT25'], '钱塘25年国家高企数量目标', F('力争2025年国家高新技术企业突破1500家', [1500, '家']));

// ---- attainment -----------------------------------------------------------------------------
x('attainment', ['two-digit-year', 'colloquial', 'short-name'], ['AH26', 'AH25'], '安徽25年进出口目标完成了没', F(['进出口总额增长17.3%', '进出口总额增长5.5%左右'], [17.3, '%'], [5.5, '%']));
x('attainment', ['two-digit-year', 'short-name'], ['ZJ26', 'ZJ25'], '浙江25年粮食产量达到目标了吗', F(['粮食播种面积1584.6万亩、总产量132.4亿斤', '确保粮食播种面积1520万亩、总产125亿斤'], [132.4, '亿斤'], [125, '亿斤']));
x('attainment', ['english', 'two-digit-year'], ['CN25', 'CN24'], "Did China meet its 2024 energy-intensity target?", F(['单位国内生产总值能耗降幅超过3%', '单位国内生产总值能耗降低2.5%左右'], [3, '%'], [2.5, '%']));
x('attainment', ['two-digit-year', 'short-name'], ['FJ25'], '福建24年粮食任务完成了吗', F('粮食播种面积1266.6万亩、产量514.4万吨，均超额完成国家任务', [514.4, '万吨']));
x('attainment', ['colloquial'], ['ZJ26', 'ZJ25'], '宁波舟山港集装箱4000万标箱的目标实现了没有', F(['宁波舟山港集装箱吞吐量4387万标箱', '力争宁波舟山港集装箱吞吐量突破4000万标箱'], [4387, '万标箱']));
x('attainment', ['two-digit-year'], ['CN24', 'CN23'], '全国23年物价涨幅控制住了吗，目标是多少', F(['居民消费价格上涨0.2%', '居民消费价格涨幅3%左右'], [0.2, '%'], [3, '%']));

// ---- outline --------------------------------------------------------------------------------
x('outline', ['polite', 'relative-year', 'short-name'], ['BJ26'], '请问北京今年的重点任务有哪些', O('BJ26'));
x('outline', ['english', 'two-digit-year'], ['BJ25'], 'beijing work plan for 2025 - main items?', O('BJ25'));
x('outline', ['abbrev', 'two-digit-year', 'colloquial'], ['FJ25'], '闽25年主要干哪几件事', O('FJ25'));
x('outline', ['embedded', 'relative-year', 'short-name'], ['GD26'], '想了解一下广东今年的工作部署', O('GD26'));
x('outline', ['typo', 'two-digit-year', 'short-name'], ['ZJ25'], '浙将25年政府工作重点是什么', O('ZJ25'));
x('outline', ['abbrev', 'two-digit-year'], ['SH25'], '沪25年重点工作', O('SH25'));
x('outline', ['chatter', 'two-digit-year'], ['CN23'], '领导让我整理一下，23年国务院报告部署了哪些重点工作', O('CN23'));
x('outline', ['english', 'relative-year'], ['FJ26'], "what's on fujian's to-do list this year", O('FJ26'));

// ---- overview -------------------------------------------------------------------------------
x('overview', ['two-digit-year', 'abbrev', 'colloquial'], ['AH25'], '皖24年经济表现咋样', F('全省地区生产总值增长5.8%，经济总量跨上5万亿元台阶', [5.8, '%']));
x('overview', ['english', 'two-digit-year'], ['SH25'], 'quick take on how shanghai did in 2024?', F('全市生产总值增长5%，城市经济规模进入了5万亿元以上的新阶段', [5, '%']));
x('overview', ['polite', 'two-digit-year', 'short-name'], ['ZJ25'], '请简单介绍下浙江24年经济运行情况', F('全省生产总值增长5.5%，一般公共预算收入增长1.2%', [5.5, '%']));
x('overview', ['two-digit-year', 'colloquial'], ['CN24'], '23年全国经济整体怎么样', F('国内生产总值超过126万亿元，增长5.2%', [5.2, '%']));
x('overview', ['embedded', 'two-digit-year'], ['QT25'], '想看看钱塘24年整体经济情况', F('全年地区生产总值达1416亿元,增长5.1%', [5.1, '%']));

// ---- entity ---------------------------------------------------------------------------------
x('entity', ['colloquial'], ['SH26'], '上海港连续多少年世界第一了', F('连续16年排名世界第一', [16]));
x('entity', ['keyword'], ['ZJ26'], '宁波舟山港保税燃料油加注', F('保税燃料油加注880万吨、跻身全球第三大加油港', [880, '万吨']));
x('entity', ['colloquial'], ['GD26'], '揭阳潮汕机场是广东第几个千万级机场', F('揭阳潮汕机场成为全省第4个吞吐量超千万人次的机场', [4]));
x('entity', ['english'], ['ZJ26'], 'did Hangzhou Xiaoshan airport pass 50 million passengers?', F('杭州萧山国际机场旅客吞吐量突破5000万人次', [5000, '万人次']));
x('entity', ['keyword'], ['SH25'], '沪苏湖高铁通车了吗', F('沪苏湖高铁建成运营'));
x('entity', ['colloquial'], ['ZJ25'], '义新欧班列24年开了多少列', F('浙江中欧班列（义新欧）开行2619列、增长10%', [2619, '列']));

// ---- comparison -----------------------------------------------------------------------------
x('comparison', ['two-digit-year', 'short-name'], ['ZJ25', 'JS25'], '24年浙江和江苏粮食产量差多少', F(['粮食播种面积1570.5万亩、总产130亿斤', '总产762亿斤'], [130, '亿斤'], [762, '亿斤']));
x('comparison', ['english', 'relative-year'], ['BJ26', 'SH26'], 'beijing vs shanghai PM2.5 last year — which was cleaner?', F(['细颗粒物年均浓度27微克/立方米、下降11.5%', 'PM2.5年均浓度为26.3微克/立方米、下降7.4%'], [27, '微克/立方米'], [26.3, '微克/立方米']));
x('comparison', ['relative-year', 'colloquial'], ['SH26', 'ZJ26'], '上海港和宁波舟山港去年集装箱吞吐量谁多', F(['上海港集装箱吞吐量达到5506.3万标准箱', '宁波舟山港集装箱吞吐量4387万标箱'], [5506.3, '万标准箱'], [4387, '万标箱']));
x('comparison', ['two-digit-year', 'abbrev'], ['SD25', 'ZJ25'], '鲁浙24年实际使用外资对比', F(['实际使用外资118.1亿美元', '实际使用外资152.7亿美元'], [118.1, '亿美元'], [152.7, '亿美元']));

// ---- superlative (over the 8 provincial reports; see README) -------------------------------------
x('superlative', ['two-digit-year', 'colloquial'], ['SD25'], '24年哪个省粮食产量最多', F('粮食总产1142亿斤，再创历史新高', [1142, '亿斤']));
x('superlative', ['english', 'two-digit-year'], ['FJ25'], 'which province had the best air-quality ratio in 2024?', F('设区城市空气质量优良天数比例为98.3%', [98.3, '%']));
x('superlative', ['relative-year', 'colloquial'], ['FJ26'], '去年哪个省PM2.5最低', F('PM_2.5平均浓度低于每立方米19微克', [19]));
x('superlative', ['relative-year', 'colloquial'], ['SD26'], '去年PM2.5浓度最高的是哪个省', F('PM2.5平均浓度降到32.4微克/立方米', [32.4, '微克/立方米']));

// ---- trend ----------------------------------------------------------------------------------
x('trend', ['span', 'colloquial'], ['SH26', 'SH25'], '上海港集装箱吞吐量这两年变化', F(['上海港集装箱吞吐量达到5506.3万标准箱', '上海港集装箱吞吐量达到5150.6万标准箱'], [5506.3, '万标准箱'], [5150.6, '万标准箱']));
x('trend', ['span', 'short-name'], ['BJ26', 'BJ25'], '北京PM2.5近两年降了多少', F(['细颗粒物年均浓度27微克/立方米、下降11.5%', '细颗粒物年均浓度30.5微克/立方米、下降6.2%'], [27, '微克/立方米'], [30.5, '微克/立方米']));
x('trend', ['span', 'english'], ['CN25', 'CN24', 'CN23'], "How has China's urbanisation rate moved in recent years?", F(['常住人口城镇化率提高到67%', '常住人口城镇化率提高到66.2%', '常住人口城镇化率从60.2%提高到65.2%'], [67, '%'], [66.2, '%'], [65.2, '%']));
x('trend', ['span', 'fourteenth-plan', 'short-name'], ['ZJ26'], '十四五期间浙江高新技术企业从多少涨到多少', F('高新技术企业从2.2万家增加到4.9万家', [4.9, '万家'], [2.2, '万家']));

// ---- multi ----------------------------------------------------------------------------------
x('multi', ['relative-year', 'short-name'], ['BJ26'], '北京去年优良天数比例和PM2.5浓度分别是多少', F('优良天数比例首次突破80%，细颗粒物年均浓度27微克/立方米', [80, '%'], [27, '微克/立方米']));
x('multi', ['english', 'relative-year'], ['GD26'], "Guangdong's port container throughput and airport cargo last year?", F('港口集装箱吞吐量达8097万标箱、增长4.5%，机场货邮吞吐量达459万吨', [8097, '万标箱'], [459, '万吨']));
x('multi', ['two-digit-year', 'short-name', 'colloquial'], ['FJ25'], '福建24年旅游人数和旅游花费', F('全省接待旅游总人数6.5亿人次、游客旅游总花费8350亿元', [6.5, '亿人次'], [8350, '亿元']));
x('multi', ['relative-year', 'abbrev'], ['SH26'], '沪去年机场旅客和货邮吞吐量', F('上海机场航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨', [1.35, '亿人次'], [453.8, '万吨']));

// ---- help -----------------------------------------------------------------------------------
x('help', ['polite'], [], '你好，请问这个机器人怎么用？', {});
x('help', ['english'], [], 'hey, what sources are you pulling from?', {});

// ---- notfound -------------------------------------------------------------------------------
x('notfound', ['nf-place', 'polite', 'relative-year'], [], '请问湖南去年外贸进出口多少', NF);
x('notfound', ['nf-place', 'embedded', 'two-digit-year'], [], '想了解下天津25年PM2.5', NF);
x('notfound', ['nf-place', 'english'], [], "What was Sichuan's fixed-asset investment growth in 2025?", NF);
x('notfound', ['nf-place', 'relative-year'], [], '重庆今年GDP目标多少', NF);
x('notfound', ['nf-year'], [], '安徽2018年粮食产量', NF);
x('notfound', ['nf-year', 'english'], [], "Shanghai's port throughput in 2015?", NF);
x('notfound', ['nf-indicator', 'relative-year'], [], '北京去年新房均价多少一平', NF);
x('notfound', ['nf-indicator', 'relative-year'], [], '江苏去年职工平均工资多少', NF);
x('notfound', ['nf-off-topic', 'english'], [], "what's the S&P 500 at today", NF);

// ---- conversations ------------------------------------------------------------------------------
C('figure', ['elliptical', 'place-switch', 'two-digit-year'], ['ZJ25'], ['山东24年实际使用外资多少'], '那浙江呢', F('实际使用外资152.7亿美元，其中制造业外资占比51%', [152.7, '亿美元']));
C('figure', ['elliptical', 'year-switch', 'relative-year'], ['SH25'], ['上海去年实际使用外资多少'], '前年呢', F('实际使用外资175亿美元左右', [175, '亿美元']));
C('figure', ['elliptical', 'year-switch'], ['BJ25'], ['北京去年PM2.5多少'], '2024年呢', F('细颗粒物年均浓度30.5微克/立方米、下降6.2%', [30.5, '微克/立方米']));
C('figure', ['elliptical', 'place-switch', 'abbrev'], ['JS26'], ['沪去年PM2.5浓度'], '苏呢', F('PM2.5浓度31.3微克/立方米', [31.3, '微克/立方米']));
C('figure', ['elliptical', 'topic-switch'], ['SD25'], ['山东24年粮食产量'], '港口吞吐量呢', F('沿海港口货物吞吐量突破20亿吨、居全国首位', [20, '亿吨']));
C('figure', ['elliptical', 'place-switch', 'english'], ['SD25'], ["What was Anhui's grain output in 2024?"], 'and Shandong?', F('粮食总产1142亿斤，再创历史新高', [1142, '亿斤']));
C('figure', ['elliptical', 'topic-switch', 'relative-year'], ['ZJ26'], ['浙江去年新增多少专精特新小巨人'], '单项冠军呢', F('新增制造业单项冠军企业45家', [45, '家']));
C('figure', ['elliptical', 'year-switch', 'short-name'], ['FJ25'], ['福建去年数字经济增加值多少'], '24年的呢', F('数字经济增加值预计达3.2万亿元', [3.2, '万亿元']));
C('figure', ['elliptical', 'topic-switch', 'polite'], ['AH25'], ['请问安徽24年新能源汽车产量多少'], '汽车总产量呢？', F('汽车产量继续保持40%以上增长、达357万辆', [357, '万辆']));
C('figure', ['no-inherit', 'topic-switch'], ['HZ24'], ['宁波舟山港去年集装箱吞吐量'], '杭州23年新增了多少家专精特新小巨人', F('新增专精特新小巨人117家', [117, '家']));
C('figure', ['no-inherit', 'place-switch', 'english', 'two-digit-year'], ['CN25'], ['福建24年旅游总人数'], "China's NEV output in 2024?", F('新能源汽车年产量突破1300万辆', [1300, '万辆']));
C('target', ['elliptical', 'topic-switch', 'relative-year'], ['AH26'], ['安徽去年进出口增长多少'], '今年目标定了多少', F('进出口总额增长6%左右', [6, '%']));
C('target', ['elliptical', 'year-switch'], ['CN25'], ['全国24年单位GDP能耗降低目标'], '25年呢', F('单位国内生产总值能耗降低3%左右', [3, '%']));
C('target', ['elliptical', 'place-switch', 'two-digit-year'], ['SD25'], ['浙江25年粮食总产目标'], '山东的呢', F('粮食总产稳定在1100亿斤以上', [1100, '亿斤']));
C('attainment', ['elliptical', 'topic-switch'], ['CN25', 'CN24'], ['全国24年粮食产量目标多少'], '这个目标完成了吗', F(['粮食产量首次跃上1.4万亿斤新台阶', '粮食产量1.3万亿斤以上'], [1.4, '万亿斤'], [1.3, '万亿斤']));
C('outline', ['elliptical', 'year-switch', 'relative-year'], ['BJ25'], ['北京今年的重点工作'], '去年的呢', O('BJ25'));
C('outline', ['elliptical', 'place-switch', 'abbrev'], ['GD26'], ['闽今年重点干什么'], '粤呢', O('GD26'));
C('overview', ['elliptical', 'place-switch', 'two-digit-year'], ['SD25'], ['浙江24年经济怎么样'], '山东呢', F('实现地区生产总值9.86万亿元、增长5.7%', [5.7, '%']));
C('comparison', ['elliptical', 'place-switch', 'relative-year'], ['GD26', 'ZJ26'], ['广东去年新增专精特新小巨人多少家'], '跟浙江比谁多', F(['专精特新“小巨人”企业688家', '专精特新“小巨人”企业397家'], [688, '家'], [397, '家']));
C('comparison', ['elliptical', 'year-switch'], ['AH26', 'AH25'], ['安徽去年粮食产量'], '比24年多了吗', F(['粮食产量838.6亿斤、再创历史新高', '粮食产量836.9亿斤，再创历史新高'], [838.6, '亿斤'], [836.9, '亿斤']));
C('superlative', ['elliptical', 'relative-year'], ['FJ26'], ['浙江去年PM2.5多少'], '在这几个省里算低的吗，最低的是哪', F('PM_2.5平均浓度低于每立方米19微克', [19]));
C('superlative', ['elliptical', 'two-digit-year'], ['SD25'], ['江苏24年粮食产量多少'], '哪个省最多', F('粮食总产1142亿斤，再创历史新高', [1142, '亿斤']));
C('trend', ['elliptical', 'topic-switch', 'span'], ['SH26', 'SH25'], ['上海港去年集装箱吞吐量'], '那外资这两年呢', F(['实际使用外资达到160.6亿美元、折合1148亿元人民币', '实际使用外资175亿美元左右'], [160.6, '亿美元'], [175, '亿美元']));
C('trend', ['elliptical', 'place-switch', 'span', 'multi-turn'], ['JS26', 'JS25'], ['北京PM2.5近两年变化', '上海呢'], '江苏的呢', F(['PM2.5浓度31.3微克/立方米', 'PM2.5浓度32.3微克/立方米'], [31.3, '微克/立方米'], [32.3, '微克/立方米']));
C('multi', ['no-inherit', 'topic-switch', 'multi-turn'], ['CN25'], ['上海去年PM2.5', '北京呢'], '全国24年高技术制造业和装备制造业增速分别多少', F('高技术制造业、装备制造业增加值分别增长8.9%、7.7%', [8.9, '%'], [7.7, '%']));
C('help', ['elliptical'], [], ['北京去年PM2.5多少'], '除了这些数据你还能查什么', {});
C('notfound', ['elliptical', 'nf-place'], [], ['广东去年港口集装箱吞吐量'], '那天津呢', NF);
C('notfound', ['elliptical', 'nf-year'], [], ['安徽去年粮食产量'], '2019年呢', NF);
C('notfound', ['no-inherit', 'nf-off-topic', 'multi-turn'], [], ['浙江今年重点工作', '去年的呢'], '顺便帮我写个请假条', NF);

// ---------------------------------------------------------------------------------------------
const seen = new Set();
const failures = [];
for (const c of cases) {
  const key = norm(`${(c.history ?? []).join('|')}>${c.q}`).toLowerCase();
  if (seen.has(key)) failures.push(`duplicate question: ${c.q}`);
  seen.add(key);
  if (c.notFound || c.intent === 'help') continue;
  if (!c.cite && !c.priorities) failures.push(`${c.q}: nothing to check`);
  for (const s of c.cite ?? []) {
    if (!norm(s)) failures.push(`${c.q}: empty cite`);
    else if (!c._reports.some((k) => sentences(k).some((t) => t.includes(norm(s))))) failures.push(`${c.q}: not one sentence of ${c._reports.join(',')}: ${s}`);
  }
  const cites = norm((c.cite ?? []).join('|'));
  for (const f of c.fig ?? []) if (!written(cites, f.value)) failures.push(`${c.q}: figure ${f.value} not written in its cites`);
  if (c.lead !== undefined && !written(cites, c.lead)) failures.push(`${c.q}: lead ${c.lead} not written in its cites`);
}
if (failures.length) {
  console.error(`facts that do not hold:\n${failures[0]}${failures.length > 1 ? `\n(+${failures.length - 1} more)\n${failures.slice(1).join('\n')}` : ''}`);
  process.exit(1);
}

const prefix = { figure: 'fig', target: 'tgt', attainment: 'att', outline: 'out', overview: 'ov', entity: 'ent', comparison: 'cmp', superlative: 'sup', trend: 'tr', multi: 'mul', help: 'help', notfound: 'nf' };
const counters = {};
for (const c of cases) {
  counters[c.intent] = (counters[c.intent] ?? 0) + 1;
  c.id = `d-${prefix[c.intent]}-${String(counters[c.intent]).padStart(3, '0')}`;
}
const hash = (s) => createHash('sha1').update(s).digest('hex');
const out = { tune: [], heldout: [] };
for (const intent of Object.keys(counters)) {
  const list = cases.filter((c) => c.intent === intent).sort((p, q) => hash(p.id).localeCompare(hash(q.id)));
  const first = hash(intent)[0] < '8' ? 'tune' : 'heldout';
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
    conversations: cases.filter((c) => c.history).length,
    conversationsBySide: [out.tune.filter((c) => c.history).length, out.heldout.filter((c) => c.history).length],
    byIntent: Object.fromEntries(Object.keys(counters).map((i) => [i, [out.tune.filter((c) => c.intent === i).length, out.heldout.filter((c) => c.intent === i).length]])),
    byTag: tally(cases, (c) => c.tags),
  }),
);
if (!process.argv.includes('--check')) {
  for (const [name, list] of Object.entries(out)) writeFileSync(path.join(here, `d-${name}.jsonl`), `${list.map((c) => JSON.stringify(c)).join('\n')}\n`);
}
