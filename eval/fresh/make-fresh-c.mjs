#!/usr/bin/env node
// Writes a third FRESH natural-question set (fresh-c, one file, for diagnosis): eval/fresh/fresh-c.jsonl.
//
//   node eval/fresh/make-fresh-c.mjs [--check]
//
// Hand-written questions (Slack style: short, colloquial, typos, abbreviations, English) over hand-picked
// facts, mostly other facts than eval/generate.mjs uses. Every `cite` must be a substring of its report
// (NFKC, whitespace and ** ignored, as the scorer compares); every `fig` value must be written in the
// case's cites; a `lead` must be written in them too. Stops on the first fact that does not hold.
// Same checks as make-fresh.mjs; other facts and phrasings (spans like 这五年/过去几年, English, typos).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
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
const external = (k) => !/^(QT|GS|HZ)/.test(k);

// Outline titles: the report's own "YYYY年重点工作 / 主要任务 …" section headings (cut at the first comma).
function outlineOf(key) {
  const lines = textOf(key).split('\n').map((l) => l.trim());
  const top = /^[一二三四五六七八九十]+、/;
  let start = -1;
  lines.forEach((l, n) => { if (top.test(l) && /20\d\d年(重点工作|主要任务|政府工作任务|目标任务和重点工作|工作安排)/.test(l)) start = n; });
  if (start < 0) throw new Error(`${key}: no tasks section`);
  const titles = [];
  for (let n = start + 1; n < lines.length && !top.test(lines[n]); n++) {
    const m = /^[（(][一二三四五六七八九十]+[）)](.+)$/.exec(lines[n]);
    if (m) titles.push(m[1].split(/[，。,；]/)[0].trim());
  }
  if (titles.length < 4) throw new Error(`${key}: ${titles.length} priorities`);
  return titles;
}
const SEED_OUTLINE = {
  QT25: ['聚焦创新驱动', '聚焦结构优化', '聚焦项目为王', '聚焦深化改革', '聚焦品质提升', '聚焦美好生活', '聚焦城市安全'],
  GS23: ['聚焦发展新活力', '聚焦增长新潜能', '聚焦城区新形象', '聚焦共富新期待'],
  GS25: ['以扩大需求为导向', '以科技创新为引领', '以产城融合为路径', '以改革开放为引擎'],
  // FJ26's 2026 tasks sit under "三、…全力推动“十五五”开好局、起好步" (no YYYY年 heading)
  FJ26: ['壮大实体经济', '深挖内需潜力', '全面深化改革', '服务统一大业', '强化优势互补', '坚持守正创新', '增进民生福祉', '加快绿色转型', '突出共建共享'],
};
const O = (k) => {
  const list = SEED_OUTLINE[k] ?? outlineOf(k);
  for (const t of list) if (!norm(textOf(k)).includes(norm(t))) throw new Error(`${k}: outline title ${t}`);
  return { priorities: list, minPriorities: Math.ceil(list.length * 0.6) };
};

// ---------------------------------------------------------------------------------------------
const cases = [];
/** x(intent, tags, reports, q, expect, history?) */
function x(intent, tags, reports, q, expect = {}, history) {
  const c = { id: '', q, ...(history ? { history } : {}), ...expect, intent, tags: [...tags] };
  if (!expect.notFound && intent !== 'help') c.tags.push(reports.some(external) ? 'external' : 'seed');
  if (history) c.tags.push('conversation');
  if (history && history.length > 1) c.tags.push('multi-turn');
  c.tags = [...new Set(c.tags)];
  c._reports = reports;
  cases.push(c);
}
const F = (cite, ...fig) => ({ cite: [].concat(cite), ...(fig.length ? { fig: fig.map(([value, unit]) => (unit ? { value, unit } : { value })) } : {}) });
const NF = { notFound: true };


// ---- figure ---------------------------------------------------------------------------------
x('figure', ['abbrev', 'relative-year', 'colloquial'], ['AH26'], '皖去年粮食产量多少斤', F('粮食产量838.6亿斤', [838.6, '亿斤']));
x('figure', ['english', 'relative-year', 'abbrev'], ['AH26'], 'anhui grain output last yr?', F('粮食产量838.6亿斤', [838.6, '亿斤']));
x('figure', ['english'], ['FJ26'], 'how many high-tech firms does fujian have now', F('国家高新技术企业超1.5万家', [1.5, '万家']));
x('figure', ['relative-year', 'colloquial'], ['GD26'], '广东社零去年多少', F('社会消费品零售总额实现4.6万亿元', [4.6, '万亿元']));
x('figure', ['colloquial'], ['GD26'], '广东城镇化率多少了', F('常住人口城镇化率提高到76.58%', [76.58, '%']));
x('figure', ['relative-year'], ['JS26'], '江苏去年城镇化率', F('常住人口城镇化率达76.2%', [76.2, '%']));
x('figure', ['english', 'abbrev'], ['JS25'], 'JS urbanization rate 2024', F('常住人口城镇化率75.5%', [75.5, '%']));
x('figure', ['abbrev', 'two-digit-year'], ['SD25'], '鲁24年社零总额', F('社会消费品零售总额达3.79万亿元', [3.79, '万亿元']));
x('figure', ['relative-year', 'colloquial'], ['SD26'], '山东去年规上工业增速多少', F('规上工业增加值增长7.6%', [7.6, '%']));
x('figure', ['relative-year', 'colloquial'], ['ZJ26'], '浙江去年规上工业增加值涨了几个点', F('规上工业增加值增长6.9%', [6.9, '%']));
x('figure', ['relative-year', 'colloquial'], ['SH26'], '上海去年固投增长多少', F('全社会固定资产投资增长4.6%', [4.6, '%']));
x('figure', ['relative-year', 'colloquial'], ['SH26'], '上海去年财政收入多少钱', F('地方一般公共预算收入达到8500亿元', [8500, '亿元']));
x('figure', ['relative-year'], ['FJ26'], '福建去年地方财政收入多少', F('地方一般公共预算收入3723.35亿元', [3723.35, '亿元']));
x('figure', ['relative-year', 'colloquial'], ['BJ26'], '北京去年失业率', F('城镇调查失业率4.1%', [4.1, '%']));
x('figure', [], ['CN24'], '2023年全国粮食产量', F('粮食产量1.39万亿斤', [1.39, '万亿斤']));
x('figure', ['two-digit-year', 'colloquial'], ['CN23'], '22年全国赤字率多少', F('财政赤字率控制在2.8%', [2.8, '%']));
x('figure', ['two-digit-year'], ['CN25'], '全国城镇化率24年', F('常住人口城镇化率提高到67%', [67, '%']));
x('figure', ['two-digit-year', 'short-name'], ['HZ24'], '杭州23年规上工业增加值', F('规上工业增加值4355亿元', [4355, '亿元']));
x('figure', ['english'], ['HZ24'], 'hangzhou fiscal revenue 2023', F('一般公共预算收入2616.8亿元', [2616.8, '亿元']));
x('figure', ['share', 'colloquial'], ['HZ24'], '杭州23年税收占财政收入多少', F('占一般公共预算收入的89.7%', [89.7, '%']));
x('figure', ['english', 'typo'], ['QT25'], 'qiantang gdp 2024 how much', F('全年地区生产总值达1416亿元', [1416, '亿元']));
x('figure', ['two-digit-year', 'colloquial'], ['GS23'], '拱墅22年规上工业增速', F('规上工业增加值增长2.4%', [2.4, '%']));
x('figure', ['relative-year', 'abbrev', 'colloquial'], ['AH26'], '安徽高企去年新增几家', F('高新技术企业3200家', [3200, '家']));
x('figure', ['relative-year', 'abbrev'], ['ZJ26'], '浙江去年新增高企多少', F('新增高新技术企业超6000家', [6000, '家']));
x('figure', ['relative-year', 'abbrev', 'colloquial'], ['ZJ26'], 'zj去年社零增速', F('全省社会消费品零售总额增长4%', [4, '%']));
x('figure', ['colloquial'], ['BJ26'], '北京新能源车一年产多少辆', F('新能源汽车年产量近70万辆', [70, '万辆']));
x('figure', ['share', 'colloquial'], ['JS26'], '江苏去年税占比', F('税占比达77.4%', [77.4, '%']));
x('figure', ['typo', 'relative-year'], ['SD26'], '山冬去年社零增长多少', F('社会消费品零售总额增长5.1%', [5.1, '%']));

// ---- target ---------------------------------------------------------------------------------
x('target', ['relative-year', 'colloquial'], ['BJ26'], '北京今年财政收入目标', F('一般公共预算收入增长4%左右', [4, '%']));
x('target', ['relative-year', 'colloquial'], ['BJ26'], '北京今年失业率控制在多少', F('城镇调查失业率控制在5%以', [5, '%']));
x('target', ['abbrev', 'two-digit-year'], ['JS25'], '苏25年CPI目标', F('城镇新增就业120万人以上，居民消费价格涨幅2%左右', [2, '%']));
x('target', ['abbrev', 'two-digit-year'], ['GD25'], '粤25年规上工业目标', F('规模以上工业增加值增长6%左右', [6, '%']));
x('target', ['two-digit-year', 'colloquial'], ['CN25'], '全国25年粮食产量目标', F('粮食产量1.4万亿斤左右', [1.4, '万亿斤']));
x('target', ['two-digit-year', 'colloquial'], ['GS23'], '拱墅23年固投目标多少', F('固定资产投资力争实现735亿元', [735, '亿元']));
x('target', ['english', 'abbrev'], ['ZJ25'], 'zj 2025 retail sales target', F('力争社会消费品零售总额增长5%以上', [5, '%']));
x('target', ['english', 'relative-year'], ['SD26'], "what's shandong's fiscal revenue target this year", F('一般公共预算收入增长2%，居民收入增长和经济增长同步', [2, '%']));
x('target', ['colloquial'], ['QT21'], '钱塘2021年研发占GDP比重目标', F('研发经费支出占GDP比重达到4.05%', [4.05, '%']));

// ---- attainment -----------------------------------------------------------------------------
x('attainment', ['two-digit-year', 'colloquial'], ['GS23'], '拱墅22年GDP目标完成没', F('地区生产总值增长1.5%,低于目标任务5.5个百分点', [1.5, '%']));
x('attainment', ['relative-year', 'colloquial'], ['BJ26', 'BJ25'], '北京去年财政收入目标达到了吗', F(['一般公共预算收入增长4.8%', '一般公共预算收入增长4%左右'], [4.8, '%'], [4, '%']));

// ---- outline / overview ---------------------------------------------------------------------
x('outline', ['abbrev', 'relative-year', 'colloquial'], ['AH26'], '皖今年重点干啥', O('AH26'));
x('outline', ['english'], ['ZJ26'], 'what are zhejiang priorities for 2026', O('ZJ26'));
x('outline', ['colloquial'], ['GS23'], '拱墅2023主要抓哪几块', O('GS23'));
x('overview', ['relative-year', 'colloquial'], ['BJ26'], '北京去年经济整体咋样', F('全市地区生产总值5.2万亿元、增长5.4%', [5.4, '%']));
x('overview', ['english', 'relative-year'], ['FJ26'], 'how did fujian economy do last year', F('2025年全省地区生产总值60199.45亿元、增长5%', [5, '%']));
x('overview', ['abbrev', 'colloquial'], ['HZ24'], 'hz 2023 经济总体情况', F('全市地区生产总值实现20059亿元,增长5.6%', [5.6, '%']));

// ---- trend over a span (这五年 / 这几年 / 过去几年 / 十四五) -------------------------------------
x('trend', ['span', 'colloquial'], ['SD26'], '山东这五年财政收入累计多少', F('一般公共预算收入累计完成3.7万亿元', [3.7, '万亿元']));
x('trend', ['span', 'colloquial'], ['ZJ26'], '浙江这几年财政收入从多少涨到多少', F('一般公共预算收入从7248亿元提高到8865亿元', [7248, '亿元'], [8865, '亿元']));
x('trend', ['span', 'colloquial'], ['GD26'], '广东过去几年财政收入变化', F('地方一般公共预算收入从1.29万亿元提高到1.39万亿元', [1.39, '万亿元']));
x('trend', ['span'], ['JS26'], '江苏这五年GDP年均增速', F('年均增长5.7%', [5.7, '%']));
x('trend', ['span', 'abbrev'], ['AH26'], '安徽这五年高企数量涨了多少', F('高新技术企业数增长1.7倍', [1.7, '倍']));
x('trend', ['span'], ['SD26'], '十四五期间山东城镇化率提高了几个点', F('常住人口城镇化率达到67.5%、5年提高4.5个百分点', [4.5, '个百分点']));

// ---- comparison / superlative / entity / multi ----------------------------------------------
x('comparison', ['abbrev', 'relative-year', 'colloquial'], ['AH26', 'SD26'], '皖鲁去年规上工业增速谁快', F(['规上工业增加值增长9.4%', '规上工业增加值增长7.6%'], [9.4, '%'], [7.6, '%']));
x('superlative', ['colloquial'], ['GD26'], '哪个省城镇化率最高', F('常住人口城镇化率提高到76.58%、居各省区首位', [76.58, '%']));
x('entity', ['colloquial'], ['JS26'], '江苏潜在独角兽有多少家', F('入选中国潜在独角兽企业195家', [195, '家']));
x('entity', ['colloquial'], ['FJ26'], '福建单项冠军企业几家', F('制造业单项冠军企业达65家', [65, '家']));
x('multi', ['relative-year', 'colloquial'], ['AH26'], '安徽去年GDP和外贸增速', F('全省地区生产总值5.3万亿元、增长5.5%，规上工业增加值增长9.4%，社会消费品零售总额增长4.2%，进出口总额增长17.3%', [5.5, '%'], [17.3, '%']));

// ---- help / notfound ------------------------------------------------------------------------
x('help', ['english'], [], 'what can u do', {});
x('help', ['colloquial'], [], '你能查哪些报告', {});
x('notfound', ['nf-place', 'relative-year'], [], '四川去年GDP多少', NF);
x('notfound', ['nf-year'], [], '上海2018年新增就业', NF);
x('notfound', ['nf-off-topic'], [], '明天杭州天气', NF);
x('notfound', ['nf-off-topic', 'english'], [], 'tesla stock price', NF);
x('notfound', ['nf-place', 'relative-year'], [], '河南今年GDP目标', NF);

// ---- conversations ------------------------------------------------------------------------------
const C = (intent, tags, reports, history, q, expect) => x(intent, tags, reports, q, expect, history);
C('figure', ['elliptical', 'place-switch'], ['SH26'], ['浙江去年社零增速'], '上海呢', F('全市社会消费品零售总额增长4.6%', [4.6, '%']));
C('figure', ['elliptical', 'year-switch', 'relative-year'], ['JS25'], ['江苏去年城镇化率'], '前年呢', F('常住人口城镇化率75.5%', [75.5, '%']));
C('trend', ['elliptical', 'place-switch', 'span'], ['ZJ26'], ['广东这五年财政收入变化'], '浙江呢', F('一般公共预算收入从7248亿元提高到8865亿元', [7248, '亿元'], [8865, '亿元']));
C('target', ['elliptical', 'topic-switch'], ['BJ26'], ['北京今年GDP目标'], '失业率呢', F('城镇调查失业率控制在5%以', [5, '%']));
C('figure', ['elliptical', 'place-switch', 'english'], ['ZJ26'], ['山东去年规上工业增速'], 'and zhejiang?', F('规上工业增加值增长6.9%', [6.9, '%']));
C('figure', ['elliptical', 'year-switch'], ['CN24'], ['全国24年粮食产量'], '23年呢', F('粮食产量1.39万亿斤', [1.39, '万亿斤']));
C('figure', ['elliptical', 'place-switch'], ['ZJ26'], ['安徽去年高企新增多少'], '浙江的呢', F('新增高新技术企业超6000家', [6000, '家']));
C('target', ['elliptical', 'topic-switch', 'relative-year'], ['SH26'], ['上海去年财政收入'], '今年目标呢', F('地方一般公共预算收入增长2%', [2, '%']));
C('figure', ['elliptical', 'topic-switch'], ['HZ24'], ['杭州23年社零'], '规上工业呢', F('规上工业增加值4355亿元', [4355, '亿元']));
C('notfound', ['no-inherit', 'nf-off-topic'], [], ['福建今年重点工作'], '帮我订个酒店', NF);
C('notfound', ['elliptical', 'nf-place'], [], ['浙江去年GDP增速'], '四川呢', NF);
C('figure', ['elliptical', 'topic-switch', 'multi-turn'], ['GD26'], ['广东去年社零多少', '增速呢'], '城镇化率呢', F('常住人口城镇化率提高到76.58%', [76.58, '%']));

// ---------------------------------------------------------------------------------------------
const seen = new Set();
const failures = [];
for (const c of cases) {
  const key = norm(`${(c.history ?? []).join('|')}>${c.q}`).toLowerCase();
  if (seen.has(key)) failures.push(`duplicate question: ${c.q}`);
  seen.add(key);
  if (c.notFound) continue;
  const hay = c._reports.map((k) => norm(textOf(k)));
  for (const s of c.cite ?? []) if (!hay.some((h) => h.includes(norm(s)))) failures.push(`${c.q}: cite not in ${c._reports.join(',')}: ${s}`);
  const cites = norm((c.cite ?? []).join('|'));
  for (const f of c.fig ?? []) if (!cites.includes(norm(String(f.value)))) failures.push(`${c.q}: figure ${f.value} not in cites`);
  if (c.lead !== undefined && !cites.includes(String(c.lead))) failures.push(`${c.q}: lead ${c.lead} not in cites`);
}
if (failures.length) { console.error(`facts that do not hold:\n${failures.join('\n')}`); process.exit(1); }

const prefix = { figure: 'fig', target: 'tgt', attainment: 'att', outline: 'out', overview: 'ov', entity: 'ent', comparison: 'cmp', superlative: 'sup', trend: 'tr', multi: 'mul', help: 'help', notfound: 'nf' };
const counters = {};
for (const c of cases) {
  counters[c.intent] = (counters[c.intent] ?? 0) + 1;
  c.id = `f-${prefix[c.intent]}-${String(counters[c.intent]).padStart(3, '0')}`;
}
for (const c of cases) c.id = c.id.replace(/^f-/, 'c-');
const strip = ({ _reports, ...c }) => c;
const out = { c: cases.map(strip) };
const tally = (list, f) => list.reduce((m, c) => { for (const k of [].concat(f(c))) m[k] = (m[k] ?? 0) + 1; return m; }, {});
console.log(JSON.stringify({
  total: cases.length,
  conversations: cases.filter((c) => c.history).length,
  byIntent: counters,
  byTag: tally(cases, (c) => c.tags),
}));
if (!process.argv.includes('--check')) {
  for (const [name, list] of Object.entries(out)) writeFileSync(path.join(root, `eval/fresh/fresh-${name}.jsonl`), `${list.map((c) => JSON.stringify(c)).join('\n')}\n`);
}
