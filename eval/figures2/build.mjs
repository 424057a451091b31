#!/usr/bin/env node
// Builds eval/figures2/{tune,heldout}.jsonl: a second set of trend, superlative and comparison questions
// over the eval corpus (.cache/eval-corpus/), on other indicators and phrasings than eval/figures/ (trade,
// FDI, grain, PM2.5 and good-air days, ports and airports, high-tech and 专精特新 firms, housing, jobs and
// retail targets, national budget and bonds), each checked against the report text before it is written.
//
//   node eval/figures2/build.mjs           # verify every case, then write both files
//   node eval/figures2/build.mjs --check   # verify and print counts only
//
// Every cite is given with the report it comes from; the build stops unless the cite is a substring
// of one sentence of that report (NFKC, whitespace and ** ignored, as the scorer compares; sentences
// cut at 。！？；!?; and line ends, as the project's ingest cuts them), and unless every fig value is
// written, as a whole number, in the case's cites. Rankings were checked by hand over every covered
// report (see README.md); the build cannot check that nothing outranks the cited place.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '../../.cache/eval-corpus');
const FILES = {
  GWY22: '2022_国务院_政府工作报告.txt', GWY23: '2023_国务院_政府工作报告.txt',
  GWY24: '2024_国务院_政府工作报告.txt', GWY25: '2025_国务院_政府工作报告.txt',
  qt21: 'qiantang-2021-government-work-report-illustrated.txt',
  qt24: 'qiantang-2024-plan-execution-and-2025-plan.txt',
  hz23: 'hangzhou-2023-plan-execution-and-2024-plan.txt',
  gs22: 'gongshu-2022-plan-execution-and-2023-plan.txt',
};
for (const [k, n] of Object.entries({ AH: '安徽省', BJ: '北京市', FJ: '福建省', GD: '广东省', JS: '江苏省', SD: '山东省', SH: '上海市', ZJ: '浙江省' }))
  for (const y of [25, 26]) FILES[`${k}${y}`] = `20${y}_${k}_${n}_政府工作报告.txt`;

const P = (v) => ({ value: v, unit: '%' });
const U = (v, unit) => ({ value: v, unit });
const N = (v) => ({ value: v });
// [id, intent, question, [[report, cite], ...], [fig, ...], tags]
const CASES = [
  // ---- trend: one place, one indicator, several years (first fig = latest year) ----
  ['h-tr-001', 'trend', '全国外贸这几年涨得怎么样', [['GWY23', '货物进出口总额增长7.7%'], ['GWY22', '货物进出口总额增长21.4%']], [P(7.7), P(21.4)], ['colloquial']],
  ['h-tr-002', 'trend', 'How has the national CPI target changed over the years?', [['GWY25', '居民消费价格涨幅2%左右'], ['GWY24', '居民消费价格涨幅3%左右']], [P(2), P(3)], ['english', 'fig-target']],
  ['h-tr-003', 'trend', '一般公共预算支出规模这两年安排了多少', [['GWY25', '一般公共预算支出规模29.7万亿元、比上年增加1.2万亿元'], ['GWY24', '一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元']], [U(29.7, '万亿元'), U(28.5, '万亿元')], ['fig-target']],
  ['h-tr-004', 'trend', '超长期特别国债这两年各发多少', [['GWY25', '拟发行超长期特别国债1.3万亿元、比上年增加3000亿元'], ['GWY24', '今年先发行1万亿元']], [U(1.3, '万亿元'), U(1, '万亿元')], ['colloquial', 'fig-target']],
  ['h-tr-005', 'trend', '国家每年城镇新增就业目标是怎么变的', [['GWY25', '城镇调查失业率5.5%左右，城镇新增就业1200万人以上'], ['GWY23', '城镇新增就业1200万人左右，城镇调查失业率5.5%左右'], ['GWY22', '城镇新增就业1100万人以上，城镇调查失业率全年控制在5.5%以内']], [U(1200, '万人'), U(1100, '万人')], ['colloquial', 'fig-target']],
  ['h-tr-006', 'trend', '江苏空气优良天数比率近两年', [['JS26', '空气优良天数比率达83.8%'], ['JS25', '优良天数比率82.5%、提升4.6个百分点']], [P(83.8), P(82.5)], ['short-name']],
  ['h-tr-007', 'trend', '沪外贸进出口总额这两年', [['SH26', '外贸进出口总额达到4.51万亿元、增长5.6%'], ['SH25', '外贸进出口总额达到4.27万亿元、再创历史新高']], [U(4.51, '万亿元'), U(4.27, '万亿元')], ['abbrev']],
  ['h-tr-008', 'trend', '广东高新技术企业数量这两年是增是减', [['GD26', '预计高新技术企业达7.4万家'], ['GD25', '高新技术企业约7.7万家']], [U(7.4, '万家'), U(7.7, '万家')], ['colloquial', 'short-name']],
  ['h-tr-009', 'trend', "How has the number of high-tech enterprises in Jiangsu grown lately?", [['JS26', '高新技术企业超6.1万家'], ['JS25', '高新技术企业超5.7万家']], [U(6.1, '万家'), U(5.7, '万家')], ['english']],
  ['h-tr-010', 'trend', '福建国家高企数量近两年变化', [['FJ26', '国家高新技术企业超1.5万家'], ['FJ25', '国家高新技术企业超1.4万家']], [U(1.5, '万家'), U(1.4, '万家')], ['short-name']],
  ['h-tr-011', 'trend', '浙江粮食总产这两年', [['ZJ26', '粮食播种面积1584.6万亩、总产量132.4亿斤'], ['ZJ25', '粮食播种面积1570.5万亩、总产130亿斤']], [U(132.4, '亿斤'), U(130, '亿斤')], ['short-name']],
  ['h-tr-012', 'trend', "Beijing's new-energy vehicle fleet, how has it grown?", [['BJ26', '新能源汽车保有量超130万辆'], ['BJ25', '新能源汽车保有量超100万辆']], [U(130, '万辆'), U(100, '万辆')], ['english']],
  ['h-tr-013', 'trend', '北京保障性租赁住房每年建设筹集多少套', [['BJ26', '建设筹集保障性租赁住房6.7万套'], ['BJ25', '建设筹集保障性租赁住房7.1万套、竣工各类保障房8.3万套']], [U(6.7, '万套'), U(7.1, '万套')], ['short-name']],
  ['h-tr-014', 'trend', '上海保租房这两年分别筹措了多少', [['SH26', '建设筹措保障性租赁住房7.4万套（间）、累计达到61万套（间）'], ['SH25', '建设筹措保障性租赁住房7.2万套（间）']], [U(7.4, '万套'), U(7.2, '万套')], ['colloquial', 'short-name']],
  ['h-tr-015', 'trend', 'Shanghai airport passenger throughput, last two years', [['SH26', '上海机场航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨'], ['SH25', '上海机场航空货邮和旅客吞吐量分别达到420.6万吨、1.25亿人次']], [U(1.35, '亿人次'), U(1.25, '亿人次')], ['english']],
  ['h-tr-016', 'trend', 'Shandong coastal port cargo throughput: recent trend?', [['SD26', '沿海港口货物吞吐量超过21亿吨、居全国首位'], ['SD25', '沿海港口货物吞吐量突破20亿吨、居全国首位']], [U(21, '亿吨'), U(20, '亿吨')], ['english', 'short-name']],
  ['h-tr-017', 'trend', '江苏专精特新小巨人累计数量怎么变的', [['JS26', '国家级专精特新“小巨人”企业增至3022家'], ['JS25', '国家专精特新“小巨人”企业新增711家、累计达2215家']], [U(3022, '家'), U(2215, '家')], ['short-name']],
  ['h-tr-018', 'trend', '粤每年新增专精特新小巨人多少家', [['GD26', '专精特新“小巨人”企业688家'], ['GD25', '专精特新“小巨人”企业561家']], [U(688, '家'), U(561, '家')], ['abbrev', 'colloquial']],
  ['h-tr-019', 'trend', '全国高技术制造业增加值增速这几年的变化', [['GWY25', '高技术制造业、装备制造业增加值分别增长8.9%、7.7%'], ['GWY22', '高技术制造业增加值增长18.2%']], [P(8.9), P(18.2)], []],
  ['h-tr-020', 'trend', '安徽每年新增科技型中小企业多少家', [['AH26', '新增科技型中小企业7227家'], ['AH25', '科技型中小企业7533家']], [U(7227, '家'), U(7533, '家')], ['short-name']],

  // ---- superlative: across the 8 provinces (or across years nationally); first fig = the top value ----
  ['h-sup-001', 'superlative', '2024年哪个省实际使用外资最多', [['SH25', '实际使用外资175亿美元左右、约合1243亿元人民币']], [U(175, '亿美元')], []],
  ['h-sup-002', 'superlative', '24年哪个省PM2.5浓度最高', [['AH25', 'PM2.5平均浓度35.2微克/立方米']], [U(35.2, '微克/立方米')], ['colloquial']],
  ['h-sup-003', 'superlative', 'Which province had the lowest PM2.5 in 2024?', [['FJ25', 'PM2.5平均浓度为每立方米20微克']], [N(20)], ['english']],
  ['h-sup-004', 'superlative', '2024年哪个省新增国家级专精特新小巨人最多', [['JS25', '国家专精特新“小巨人”企业新增711家、累计达2215家']], [U(711, '家')], []],
  ['h-sup-005', 'superlative', '24年新增小巨人最少的是哪个省', [['FJ25', '新增专精特新“小巨人”企业40家']], [U(40, '家')], ['colloquial']],
  ['h-sup-006', 'superlative', '高新技术企业数量哪个省最多', [['GD26', '预计高新技术企业达7.4万家']], [U(7.4, '万家')], ['colloquial']],
  ['h-sup-007', 'superlative', 'Which province reported the fewest high-tech enterprises in 2024?', [['FJ25', '国家高新技术企业超1.4万家']], [U(1.4, '万家')], ['english']],
  ['h-sup-008', 'superlative', '去年哪个地方港口集装箱吞吐量最大', [['GD26', '港口集装箱吞吐量达8097万标箱、增长4.5%']], [U(8097, '万标箱')], ['colloquial', 'relative-year']],
  ['h-sup-009', 'superlative', '去年机场旅客吞吐量最多的是哪个省', [['GD26', '全省机场旅客吞吐量达1.8亿人次、增长8.8%']], [U(1.8, '亿人次')], ['relative-year', 'colloquial']],
  ['h-sup-010', 'superlative', '2025年GDP增长目标哪个省定得最高', [['AH25', '全省地区生产总值增长5.5%以上'], ['ZJ25', '生产总值增长5.5%左右'], ['FJ25', '全省地区生产总值增长5.0%—5.5%']], [P(5.5)], ['tie', 'fig-target']],
  ['h-sup-011', 'superlative', '25年社零增长目标最高的是哪几个省', [['AH25', '规上工业增加值增长7%左右，社会消费品零售总额增长5.5%左右'], ['FJ25', '社会消费品零售总额增长5.5%左右，出口增长3%左右'], ['JS25', '社会消费品零售总额增长5.5%左右，全社会研发投入强度达3.35%左右']], [P(5.5)], ['tie', 'fig-target', 'colloquial']],
  ['h-sup-012', 'superlative', '今年社零增速目标哪个省定得最低', [['AH26', '社会消费品零售总额增长4%左右']], [P(4)], ['relative-year', 'fig-target']],
  ['h-sup-013', 'superlative', 'Which province is targeting the most new urban jobs this year?', [['JS26', '城镇新增就业120万人，城镇调查失业率5%左右']], [U(120, '万人')], ['english', 'relative-year', 'fig-target']],
  ['h-sup-014', 'superlative', '今年新增就业目标最少的省市', [['BJ26', '城镇新增就业不少于28万人']], [U(28, '万人')], ['relative-year', 'fig-target', 'colloquial']],
  ['h-sup-015', 'superlative', 'Which province or city created the fewest new urban jobs in 2024?', [['BJ25', '城镇新增就业29.9万人']], [U(29.9, '万人')], ['english']],
  ['h-sup-016', 'superlative', '24年哪个省外贸规模最大', [['GD25', '进出口总额突破9万亿元、增长9.8%']], [U(9, '万亿元')], ['colloquial']],
  ['h-sup-017', 'superlative', 'Which province had the largest foreign trade volume in 2025?', [['GD26', '货物进出口总额9.5万亿元、增长4.4%']], [U(9.5, '万亿元')], ['english']],
  ['h-sup-018', 'superlative', '全国哪一年CPI目标定得最低', [['GWY25', '居民消费价格涨幅2%左右']], [P(2)], ['fig-target']],
  ['h-sup-019', 'superlative', '国家哪年的粮食产量目标最高', [['GWY25', '粮食产量1.4万亿斤左右']], [U(1.4, '万亿斤')], ['colloquial', 'fig-target']],
  ['h-sup-020', 'superlative', '今年哪个省外贸增长目标最高', [['AH26', '进出口总额增长6%左右']], [P(6)], ['relative-year', 'fig-target']],

  // ---- comparison: two places one year, or one place two years; figs in the question's order ----
  ['h-cmp-001', 'comparison', '广东和江苏24年高企数量差多少', [['GD25', '高新技术企业约7.7万家'], ['JS25', '高新技术企业超5.7万家']], [U(7.7, '万家'), U(5.7, '万家')], ['short-name', 'colloquial']],
  ['h-cmp-002', 'comparison', "Shandong vs Jiangsu: how many national 'little giant' firms?", [['SD26', '专精特新“小巨人”1356家'], ['JS26', '国家级专精特新“小巨人”企业增至3022家']], [U(1356, '家'), U(3022, '家')], ['english']],
  ['h-cmp-003', 'comparison', '上海和广东去年机场旅客吞吐量谁多', [['SH26', '上海机场航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨'], ['GD26', '全省机场旅客吞吐量达1.8亿人次、增长8.8%']], [U(1.35, '亿人次'), U(1.8, '亿人次')], ['relative-year', 'short-name', 'colloquial']],
  ['h-cmp-004', 'comparison', 'Beijing or Shanghai — who delivered more affordable rental homes last year?', [['BJ26', '建设筹集保障性租赁住房6.7万套'], ['SH26', '建设筹措保障性租赁住房7.4万套（间）']], [U(6.7, '万套'), U(7.4, '万套')], ['english', 'abbrev', 'relative-year', 'colloquial']],
  ['h-cmp-005', 'comparison', '浙江去年实际使用外资比前年少了多少', [['ZJ26', '实际使用外资115.6亿美元，其中制造业外资占比40.9%'], ['ZJ25', '实际使用外资152.7亿美元，其中制造业外资占比51%']], [U(115.6, '亿美元'), U(152.7, '亿美元')], ['relative-year', 'short-name', 'colloquial']],
  ['h-cmp-006', 'comparison', "How much bigger is China's 2025 deficit than 2024's, in yuan?", [['GWY25', '赤字规模5.66万亿元、比上年增加1.6万亿元'], ['GWY24', '赤字率拟按3%安排，赤字规模4.06万亿元']], [U(5.66, '万亿元'), U(4.06, '万亿元')], ['english', 'fig-target']],
  ['h-cmp-007', 'comparison', '皖粤今年外贸增长目标对比', [['AH26', '进出口总额增长6%左右'], ['GD26', '全年进出口总额增长3%左右']], [P(6), P(3)], ['abbrev', 'relative-year', 'fig-target']],
  ['h-cmp-008', 'comparison', '苏皖24年PM2.5浓度谁低', [['JS25', 'PM2.5浓度32.3微克/立方米'], ['AH25', 'PM2.5平均浓度35.2微克/立方米']], [U(32.3, '微克/立方米'), U(35.2, '微克/立方米')], ['abbrev']],
  ['h-cmp-009', 'comparison', '闽粤24年空气优良天数比例谁高', [['FJ25', '设区城市空气质量优良天数比例为98.3%'], ['GD25', '空气质量优良天数比率达95.8%']], [P(98.3), P(95.8)], ['abbrev']],
  ['h-cmp-010', 'comparison', '山东和安徽24年粮食产量比一比', [['SD25', '粮食总产1142亿斤，再创历史新高'], ['AH25', '粮食产量836.9亿斤，再创历史新高']], [U(1142, '亿斤'), U(836.9, '亿斤')], ['short-name', 'colloquial']],
  ['h-cmp-011', 'comparison', '广东和上海去年机场货邮吞吐量对比', [['GD26', '机场货邮吞吐量达459万吨、增长5.6%'], ['SH26', '上海机场航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨']], [U(459, '万吨'), U(453.8, '万吨')], ['relative-year', 'short-name']],
  ['h-cmp-012', 'comparison', '拱墅22年和杭州23年实际利用外资各多少', [['gs22', '全年实际到位外资3.7亿美元'], ['hz23', '实际利用外资88.3亿美元']], [U(3.7, '亿美元'), U(88.3, '亿美元')], ['seed', 'short-name']],
  ['h-cmp-013', 'comparison', '钱塘24年和杭州23年数字经济核心产业增速谁快', [['qt24', '数字经济核心产业增加值增长10.4%'], ['hz23', '数字经济核心产业增加值5675亿元,增长8.5%']], [P(10.4), P(8.5)], ['seed', 'short-name', 'colloquial']],
  ['h-cmp-014', 'comparison', '江苏和山东今年新增就业目标差多少', [['JS26', '城镇新增就业120万人，城镇调查失业率5%左右'], ['SD26', '城镇调查失业率控制在5.5%左右，城镇新增就业110万人以上']], [U(120, '万人'), U(110, '万人')], ['relative-year', 'short-name', 'fig-target']],
  ['h-cmp-015', 'comparison', 'Fujian vs Zhejiang: PM2.5 in 2025', [['FJ26', 'PM_2.5平均浓度低于每立方米19微克'], ['ZJ26', '设区城市PM2.5年平均浓度降至25微克/立方米']], [N(19), U(25, '微克/立方米')], ['english']],
  ['h-cmp-016', 'comparison', '浙江新增专精特新小巨人25年比24年多还是少', [['ZJ26', '专精特新“小巨人”企业397家'], ['ZJ25', '国家专精特新“小巨人”企业398家']], [U(397, '家'), U(398, '家')], ['short-name']],
  ['h-cmp-017', 'comparison', 'New urban jobs in 2024: Beijing vs Shanghai', [['BJ25', '城镇新增就业29.9万人'], ['SH25', '城镇新增就业62.2万人']], [U(29.9, '万人'), U(62.2, '万人')], ['english', 'short-name']],
  ['h-cmp-018', 'comparison', '广东和山东25年新增就业目标一样吗', [['GD25', '城镇新增就业110万人以上'], ['SD25', '城镇新增就业110万人以上']], [U(110, '万人'), U(110, '万人')], ['short-name', 'fig-target']],
  ['h-cmp-019', 'comparison', '安徽新增高企去年和前年比', [['AH26', '高新技术企业3200家'], ['AH25', '新增高新技术企业3500家以上']], [U(3200, '家'), U(3500, '家')], ['relative-year', 'short-name', 'colloquial']],
  ['h-cmp-020', 'comparison', '粤苏今年社零增长目标谁高', [['GD26', '社会消费品零售总额增长5%左右'], ['JS26', '社会消费品零售总额增长5%左右']], [P(5), P(5)], ['abbrev', 'relative-year', 'fig-target']],
];

const norm = (s) => String(s ?? '').normalize('NFKC').replace(/\*\*/g, '').replace(/\s+/g, '');
const sentencesOf = new Map();
const sentences = (key) => {
  if (!sentencesOf.has(key)) {
    const text = readFileSync(join(corpus, FILES[key]), 'utf8');
    sentencesOf.set(key, text.split(/[。！？；!?;\n]/).map(norm).filter(Boolean));
  }
  return sentencesOf.get(key);
};
const written = (text, v) => {
  const s = String(+Number(v).toFixed(6));
  for (let k = text.indexOf(s); k >= 0; k = text.indexOf(s, k + 1)) {
    const before = text[k - 1] ?? '', after = text.slice(k + s.length, k + s.length + 2);
    if (!/[\d.]/.test(before) && !/^(\d|\.\d)/.test(after)) return true;
  }
  return false;
};

const errors = [];
const ids = new Set(), qs = new Set();
for (const [id, intent, q, cites, figs] of CASES) {
  if (ids.has(id)) errors.push(`${id}: duplicate id`);
  if (qs.has(q)) errors.push(`${id}: duplicate question`);
  ids.add(id); qs.add(q);
  for (const [key, cite] of cites) {
    if (!FILES[key]) { errors.push(`${id}: unknown report ${key}`); continue; }
    const hits = sentences(key).filter((s) => s.includes(norm(cite)));
    if (!hits.length) errors.push(`${id}: not one sentence of ${FILES[key]}: ${cite}`);
  }
  const citeText = norm(cites.map(([, c]) => c).join('|'));
  for (const f of figs) if (!written(citeText, f.value)) errors.push(`${id}: fig ${f.value}${f.unit} not written in its cites`);
  if (!figs.length) errors.push(`${id}: no fig`);
}
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }

// Split: per intent, cases ordered by SHA-1 of their id, alternately to tune and heldout (the first
// goes to tune for trend and comparison, to heldout for superlative, as eval/figures/build.mjs does;
// with 20 cases per intent each side gets 10 of each).
const sha = (s) => createHash('sha1').update(s).digest('hex');
const out = { tune: [], heldout: [] };
const counts = {};
for (const intent of ['trend', 'superlative', 'comparison']) {
  const group = CASES.filter((c) => c[1] === intent).sort((a, b) => (sha(a[0]) < sha(b[0]) ? -1 : 1));
  group.forEach((c, i) => {
    const side = (i + (intent === 'superlative' ? 1 : 0)) % 2 === 0 ? 'tune' : 'heldout';
    const [id, , q, cites, figs, tags] = c;
    const seed = tags.includes('seed');
    out[side].push({ id, q, cite: cites.map(([, s]) => s), fig: figs, intent, tags: ['hand', ...tags.filter((t) => t !== 'seed'), seed ? 'seed' : 'external'] });
    counts[`${side} ${intent}`] = (counts[`${side} ${intent}`] ?? 0) + 1;
  });
}
for (const side of ['tune', 'heldout']) out[side].sort((a, b) => (a.id < b.id ? -1 : 1));
console.log(JSON.stringify(counts), 'tune', out.tune.length, 'heldout', out.heldout.length,
  'english', CASES.filter((c) => c[5].includes('english')).length);
if (!process.argv.includes('--check'))
  for (const side of ['tune', 'heldout'])
    writeFileSync(join(here, `${side}.jsonl`), out[side].map((c) => JSON.stringify(c)).join('\n') + '\n');
