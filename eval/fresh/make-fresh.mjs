#!/usr/bin/env node
// Writes a FRESH natural-question set nobody tuned on: eval/fresh/fresh-a.jsonl and eval/fresh/fresh-b.jsonl.
//
//   node eval/fresh/make-fresh.mjs [--check]
//
// Hand-written questions (Slack style: short, colloquial, typos, abbreviations, English) over hand-picked
// facts, mostly other facts than eval/generate.mjs uses. Every `cite` must be a substring of its report
// (NFKC, whitespace and ** ignored, as the scorer compares); every `fig` value must be written in the
// case's cites; a `lead` must be written in them too. Stops on the first fact that does not hold.
// Split: within each intent, cases sorted by SHA-1 of their id and dealt alternately to a / b.
import { createHash } from 'node:crypto';
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

// ---- figure: amount, growth, share, per-capita, rank ----------------------------------------
x('figure', ['relative-year', 'short-name', 'colloquial'], ['ZJ26'], '浙江去年城镇新增就业多少人', F('城镇新增就业115.8万人', [115.8, '万人']));
x('figure', ['two-digit-year', 'short-name'], ['ZJ25'], 'zj 24年新增就业多少', F('城镇新增就业118.3万人', [118.3, '万人']));
x('figure', ['english'], ['SD26'], 'How many new urban jobs did Shandong create in 2025?', F('城镇新增就业124.9万人', [124.9, '万人']));
x('figure', ['abbrev'], ['JS26'], '苏2025年城镇新增就业', F('城镇新增就业141万人', [141, '万人']));
x('figure', ['relative-year', 'colloquial'], ['GD26'], '广东去年新增就业几万人啊', F('城镇新增就业149.4万人', [149.4, '万人']));
x('figure', ['two-digit-year', 'typo'], ['AH25'], '安微24年新增就业人数', F('城镇新增就业75.95万人', [75.95, '万人']));
x('figure', [], ['FJ26'], '福建2025年城镇新增就业多少', F('城镇新增就业54.58万人', [54.58, '万人']));
x('figure', ['relative-year', 'abbrev', 'colloquial'], ['SH26'], '沪去年新增了多少就业', F('城镇新增就业64.1万人', [64.1, '万人']));
x('figure', ['colloquial'], ['CN24'], '23年全国新增就业多少人', F('城镇新增就业1244万人', [1244, '万人']));
x('figure', ['english'], ['CN25'], 'How many urban jobs did China add in 2024?', F('城镇新增就业1256万人', [1256, '万人']));
x('figure', ['colloquial'], ['CN22'], '2021年全国财政收入有多少', F('全国财政收入突破20万亿元', [20, '万亿元']));
x('figure', ['relative-year', 'colloquial'], ['SH26'], '上海去年CPI涨了多少', F('居民消费价格上涨0.1%', [0.1, '%']));
x('figure', ['colloquial'], ['CN25'], '2024年全国物价涨了多少', F('城镇调查失业率平均为5.1%，居民消费价格上涨0.2%', [0.2, '%']));
x('figure', ['english'], ['SH26'], "What was Shanghai's unemployment rate in 2025?", F('居民消费价格上涨0.1%，城镇调查失业率平均为4.2%', [4.2, '%']));
x('figure', ['two-digit-year', 'short-name'], ['ZJ26'], '浙江25年失业率', F('城镇新增就业115.8万人，城镇调查失业率4.6%', [4.6, '%']));
x('figure', ['abbrev', 'two-digit-year', 'colloquial'], ['SD25'], '鲁24年外贸多少', F('进出口达3.38万亿元', [3.38, '万亿元']));
x('figure', ['english'], ['SH25'], 'shanghai foreign trade 2024?', F('外贸进出口总额达到4.27万亿元', [4.27, '万亿元']));
x('figure', ['two-digit-year'], ['SH25'], '上海24年实际使用外资多少', F('实际使用外资175亿美元左右', [175, '亿美元']));
x('figure', ['two-digit-year', 'colloquial'], ['GD26'], '广东25年研发投入了多少钱', F('预计全社会研发投入5350亿元', [5350, '亿元']));
x('figure', ['per-capita', 'colloquial'], ['GD26'], '广东人均GDP多少', F('人均地区生产总值从9万元提高到11万元', [11, '万元']));
x('figure', ['per-capita'], ['SD26'], '山东人均生产总值现在多少', F('人均生产总值由7.34万元提升至10.26万元', [10.26, '万元']));
x('figure', ['per-capita', 'english'], ['JS26'], "What's Jiangsu's GDP per capita?", F('人均地区生产总值达16.7万元', [16.7, '万元']));
x('figure', ['relative-year', 'colloquial'], ['JS26'], '江苏去年农民收入涨了多少', F('城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%', [5.3, '%']));
x('figure', ['two-digit-year'], ['SD25'], '山东24年城镇居民收入增长多少', F('城镇、农村居民人均可支配收入分别增长4.8%、6.2%', [4.8, '%']));
x('figure', ['abbrev', 'two-digit-year'], ['AH25'], '皖24年农村居民人均可支配收入增速', F('农村常住居民人均可支配收入增长6.4%', [6.4, '%']));
x('figure', ['two-digit-year'], ['BJ25'], '北京24年一般公共预算收入增长多少', F('一般公共预算收入增长3.1%', [3.1, '%']));
x('figure', ['two-digit-year'], ['FJ25'], '福建24年一般公共预算总收入', F('一般公共预算总收入5955.6亿元', [5955.6, '亿元']));
x('figure', ['english'], ['GD25'], 'guangdong R&D intensity 2024', F('研发投入强度3.6%左右', [3.6, '%']));
x('figure', ['two-digit-year', 'share'], ['SH25'], '上海24年研发投入强度', F('全社会研发经费支出相当于全市生产总值的比例达到4.4%左右', [4.4, '%']));
x('figure', ['rank', 'colloquial'], ['AH26'], '安徽外贸全国排第几了', F('进出口总额从全国第13位升至第9位', [9]));
x('figure', ['rank'], ['AH26'], '安徽研发投入强度全国第几', F('全社会研发投入强度从全国第10位升至第7位', [7]));
x('figure', ['colloquial'], ['BJ26'], '北京地铁一共多少公里了', F('总里程达909公里', [909, '公里']));
x('figure', ['two-digit-year', 'abbrev'], ['GD25'], '粤24年进出口增速', F('进出口总额突破9万亿元、增长9.8%', [9.8, '%']));
x('figure', ['two-digit-year', 'colloquial'], ['HZ24'], '杭州23年社零多少', F('社会消费品零售总额7671亿元', [7671, '亿元']));
x('figure', ['english'], ['HZ24'], "How big was Hangzhou's digital economy core industry in 2023?", F('数字经济核心产业增加值5675亿元', [5675, '亿元']));
x('figure', [], ['HZ24'], '杭州2023年规上工业增加值多少', F('规上工业增加值4355亿元', [4355, '亿元']));
x('figure', ['two-digit-year', 'abbrev'], ['HZ24'], '杭州23年新认定国高企几家', F('新认定国家高新技术企业3195家', [3195, '家']));
x('figure', ['two-digit-year'], ['QT25'], '钱塘24年GDP增速', F('全年地区生产总值达1416亿元,增长5.1%', [5.1, '%']));
x('figure', ['share'], ['QT25'], '钱塘区数字经济核心产业占GDP多少', F('占GDP比重达12.8%', [12.8, '%']));
x('figure', [], ['QT25'], '钱塘2024年实际利用外资多少', F('全年实际利用外资5.34亿美元', [5.34, '亿美元']));
x('figure', ['two-digit-year'], ['GS23'], '拱墅22年新增城镇就业', F('新增城镇就业3.4万人', [3.4, '万人']));
x('figure', ['colloquial'], ['GS23'], '拱墅2022年建了多少个5G基站', F('建设完成5G基站312个', [312, '个']));
x('figure', ['two-digit-year', 'quarter'], ['GS25'], '拱墅25年一季度GDP涨了多少', F('GDP增长4.6%，规上工业增加值增长9.1%', [4.6, '%']));
x('figure', ['typo', 'two-digit-year'], ['QT25'], '钱唐区24年新增就业', F('全年城镇新增就业3.1万人', [3.1, '万人']));
x('figure', [], ['HZ24'], '杭州2023年CPI', F('居民消费价格(CPI)上涨0.2%', [0.2, '%']));
x('figure', ['english'], ['QT25'], 'qiantang 2024 new high-tech enterprises', F('新认定国家高新技术企业184家', [184, '家']));
x('figure', [], ['QT21'], '钱塘2019年GDP多少', F('地区生产总值、工业总产值2019年分别突破1100亿元', [1100, '亿元']));
x('figure', ['english', 'relative-year'], ['BJ26'], 'How much did Beijing’s fiscal revenue grow last year?', F('一般公共预算收入增长4.8%', [4.8, '%']));

// ---- target ------------------------------------------------------------------------------------
x('target', ['relative-year'], ['BJ26'], '北京今年新增就业目标', F('城镇新增就业不少于28万人', [28, '万人']));
x('target', ['two-digit-year', 'colloquial'], ['JS26'], '江苏26年新增就业目标定了多少', F('城镇新增就业120万人', [120, '万人']));
x('target', [], ['CN24'], '2024年全国CPI目标', F('居民消费价格涨幅3%左右', [3, '%']));
x('target', ['english'], ['CN25'], "What's China's inflation target for 2025?", F('居民消费价格涨幅2%左右', [2, '%']));
x('target', ['colloquial'], ['CN24'], '24年国家打算新增多少就业', F('城镇新增就业1200万人以上，城镇调查失业率5.5%左右', [1200, '万人']));
x('target', ['two-digit-year'], ['CN22'], '国家22年失业率控制目标', F('城镇调查失业率全年控制在5.5%以内', [5.5, '%']));
x('target', ['two-digit-year'], ['AH25'], '安徽25年研发投入强度目标', F('研究与试验发展经费投入强度2.85%左右', [2.85, '%']));
x('target', ['abbrev', 'two-digit-year', 'colloquial'], ['AH25'], '皖25年固投打算增长多少', F('固定资产投资增长5%左右', [5, '%']));
x('target', ['two-digit-year', 'colloquial'], ['SD25'], '山东25年财政收入目标', F('一般公共预算收入增长3%，居民收入增长', [3, '%']));
x('target', ['two-digit-year', 'colloquial'], ['SH25'], '上海25年地方财政收入打算涨多少', F('地方一般公共预算收入增长2%', [2, '%']));
x('target', ['relative-year'], ['BJ25'], '北京去年定的新增就业目标', F('实现城镇新增就业不少于26万人', [26, '万人']));
x('target', ['two-digit-year', 'range'], ['FJ25'], '福建25年GDP目标', F('全省地区生产总值增长5.0%—5.5%'));
x('target', ['english', 'range'], ['FJ25'], 'What growth goal did Fujian set for 2025?', F('全省地区生产总值增长5.0%—5.5%'));
x('target', ['two-digit-year', 'colloquial'], ['GD25'], '广东25年社零目标', F('社会消费品零售总额增长5%左右', [5, '%']));
x('target', ['relative-year'], ['GD25'], '广东去年新增就业目标是多少', F('城镇新增就业110万人以上', [110, '万人']));
x('target', ['two-digit-year'], ['JS25'], '江苏25年物价涨幅目标', F('城镇新增就业120万人以上，居民消费价格涨幅2%左右', [2, '%']));
x('target', ['two-digit-year'], ['ZJ25'], '浙江25年失业率要控制在多少', F('城镇调查失业率控制在5%以内', [5, '%']));
x('target', ['two-digit-year'], ['QT25'], '钱塘25年数字经济核心产业占比目标', F('力争数字经济核心产业占GDP比重达13%以上', [13, '%']));
x('target', [], ['GS25'], '拱墅2025年社零目标', F('社会消费品零售总额增长5%左右', [5, '%']));
x('target', ['two-digit-year', 'colloquial'], ['GS25'], '拱墅25年服务业打算增长多少', F('服务业增加值增长5.7%左右', [5.7, '%']));
x('target', ['plan-period'], ['QT21'], '钱塘十四五末城镇化率目标', F('常住人口城镇化率达到90%', [90, '%']));
x('target', ['plan-period', 'english'], ['QT21'], "qiantang's income goal for the end of the 14th five-year plan", F('居民人均可支配收入达到8.5万元', [8.5, '万元']));
x('target', ['plan-period'], ['ZJ26'], '浙江十五五海洋经济占GDP比重目标', F('海洋生产总值占GDP比重达到14%左右', [14, '%']));
x('target', ['relative-year', 'english'], ['SH26'], 'shanghai unemployment goal this year?', F('城镇调查失业率5%以内，居民人均可支配收入增长与经济增长保持基本同步', [5, '%']));
x('target', ['relative-year', 'range', 'colloquial'], ['AH26'], '安徽今年GDP打算增长多少', F('全省地区生产总值增长5%—5.5%，在实际工作中努力争取更好结果'));

// ---- target vs actual ----------------------------------------------------------------------------
x('attainment', ['two-digit-year', 'colloquial'], ['GS23'], '拱墅22年GDP完成目标了吗', { ...F('地区生产总值增长1.5%,低于目标任务5.5个百分点', [1.5, '%']) });
x('attainment', ['english'], ['GD26', 'GD25'], 'Did Guangdong hit its 2025 growth target?', F(['地区生产总值增长3.9%', '主要预期目标是：地区生产总值增长5%左右'], [3.9, '%'], [5, '%']));
x('attainment', ['english'], ['CN25', 'CN24'], 'did china meet its growth target in 2024', F(['国内生产总值达到134.9万亿元、增长5%', '今年发展主要预期目标是：国内生产总值增长5%左右'], [5, '%']));
x('attainment', ['two-digit-year', 'colloquial'], ['ZJ26', 'ZJ25'], 'zj25年gdp完成目标没', F(['全省生产总值增长5.5%，一般公共预算收入增长1.8%', '主要预期目标为：生产总值增长5.5%左右'], [5.5, '%']));
x('attainment', ['two-digit-year', 'colloquial'], ['GD25'], '广东24年新增就业完成任务了吗', F('城镇新增就业超143万人、超额完成国家下达的110万人年度任务', [143, '万人']));
x('attainment', ['two-digit-year'], ['SH26', 'SH25'], '上海25年GDP增速超过目标没有', F(['全市生产总值达到5.67万亿元、增长5.4%', '全市生产总值增长5%左右，地方一般公共预算收入增长2%'], [5.4, '%'], [5, '%']));
x('attainment', ['relative-year'], ['JS26', 'JS25'], '江苏去年就业目标完成了吗', F(['城镇新增就业141万人', '城镇新增就业120万人以上'], [141, '万人'], [120, '万人']));

// ---- outline ------------------------------------------------------------------------------------
x('outline', ['relative-year', 'colloquial', 'short-name'], ['ZJ26'], '浙江今年主抓什么', O('ZJ26'));
x('outline', ['english', 'relative-year'], ['ZJ26'], "what are zhejiang's priorities this year", O('ZJ26'));
x('outline', ['abbrev', 'two-digit-year'], ['JS26'], '苏26年工作重点', O('JS26'));
x('outline', ['relative-year'], ['JS25'], '江苏去年的重点工作是哪些', O('JS25'));
x('outline', [], ['SH25'], '上海2025年的工作安排', O('SH25'));
x('outline', ['relative-year', 'colloquial'], ['SD26'], '山东今年打算怎么干', O('SD26'));
x('outline', ['english'], ['AH25'], "Give me Anhui's key tasks for 2025", O('AH25'));
x('outline', ['abbrev', 'relative-year'], ['GD26'], '粤今年工作重点', O('GD26'));
x('outline', ['two-digit-year', 'colloquial'], ['GD25'], '广东25年要做的几件大事', O('GD25'));
x('outline', [], ['CN24'], '国务院2024年工作重点', O('CN24'));
x('outline', ['two-digit-year'], ['CN22'], '22年国家主要任务', O('CN22'));
x('outline', ['english'], ['CN25'], "What's on China's agenda for 2025?", O('CN25'));
x('outline', ['two-digit-year', 'colloquial'], ['QT25'], '钱塘25年打算干啥', O('QT25'));
x('outline', ['two-digit-year'], ['GS23'], '拱墅23年重点工作', O('GS23'));
x('outline', ['english'], ['GS25'], 'Gongshu 2025 priorities?', O('GS25'));
x('outline', ['relative-year', 'colloquial', 'abbrev'], ['BJ26'], '京今年的工作重点有啥', O('BJ26'));
x('outline', ['two-digit-year', 'colloquial'], ['SD25'], '山东25年主要抓哪些方面', O('SD25'));

// ---- overview -----------------------------------------------------------------------------------
x('overview', ['two-digit-year', 'colloquial'], ['SD26'], '山东25年经济形势怎么样', F('地区生产总值增长5.5%、达到10.3万亿元', [5.5, '%']));
x('overview', ['english', 'relative-year'], ['BJ26'], "How did Beijing's economy do last year?", F('全市地区生产总值5.2万亿元、增长5.4%', [5.4, '%']));
x('overview', ['two-digit-year'], ['SH25'], '上海24年经济总体情况', F('全市生产总值增长5%，城市经济规模进入了5万亿元以上的新阶段', [5, '%']));
x('overview', ['two-digit-year', 'colloquial'], ['FJ25'], '福建24年经济表现如何', F('2024年全省地区生产总值57761亿元、增长5.5%', [5.5, '%']));
x('overview', [], ['HZ24'], '杭州2023年经济运行怎么样', F('全市地区生产总值实现20059亿元,增长5.6%', [5.6, '%']));
x('overview', ['two-digit-year', 'colloquial'], ['QT25'], '钱塘24年整体经济咋样', F('全年地区生产总值达1416亿元,增长5.1%', [5.1, '%']));
x('overview', ['english'], ['CN24'], "How was China's economy in 2023?", F('国内生产总值超过126万亿元，增长5.2%', [5.2, '%']));
x('overview', ['abbrev', 'relative-year', 'colloquial'], ['AH26'], '皖去年经济怎么样', F('全省地区生产总值5.3万亿元、增长5.5%', [5.5, '%']));
x('overview', ['two-digit-year', 'colloquial'], ['GS23'], '拱墅22年经济咋样', F('地区生产总值增长1.5%', [1.5, '%']));
x('overview', ['colloquial'], ['CN23'], '2022年全国经济怎么样', F('全年国内生产总值增长3%', [3, '%']));
x('overview', ['english', 'relative-year'], ['SH26'], 'Give me a quick overview of the Shanghai economy last year', F('全市生产总值达到5.67万亿元、增长5.4%', [5.4, '%']));

// ---- entity -------------------------------------------------------------------------------------
x('entity', ['colloquial'], ['HZ24'], '杭州亚运会来了多少运动员', F('45个国家(地区)11830名运动员参加亚运会', [11830]));
x('entity', ['keyword'], ['AH26'], '合新高铁', F('合新高铁安徽段、合肥西站建成运营'));
x('entity', ['relative-year'], ['AH26'], '安徽今年要办哪些大会', F('办好世界制造业大会'));
x('entity', ['colloquial'], ['FJ26'], '数字中国建设峰会办到第几届了', F('成功举办第八届数字中国建设峰会'));
x('entity', [], ['HZ24'], '杭州数据交易所是全国第几家', F('是全省首家、全国第8家数据交易所', [8]));
x('entity', ['colloquial'], ['HZ24'], '中国视谷签了多少项目', F('累计签约亿元以上项目18个、总投资161亿元', [18, '个']));
x('entity', ['keyword'], ['ZJ25'], '华东深远海风电母港', F('开工建设华东深远海风电母港'));
x('entity', ['keyword'], ['HZ24'], '泰中罗勇工业园', F('泰中罗勇工业园吸引230家企业进驻', [230, '家']));
x('entity', ['keyword'], ['GS23'], '运河财富小镇', F('运河财富小镇'));
x('entity', ['english'], ['GS23'], 'anything about the Sir Run Run Shaw hospital campus in Gongshu?', F('邵逸夫医院大运河院区正式签约'));

// ---- comparison ---------------------------------------------------------------------------------
x('comparison', ['abbrev', 'two-digit-year', 'colloquial'], ['SH26', 'BJ26'], '沪和京25年GDP谁高', F(['全市生产总值达到5.67万亿元', '全市地区生产总值5.2万亿元'], [5.67, '万亿元'], [5.2, '万亿元']));
x('comparison', ['relative-year', 'colloquial'], ['JS26', 'SD26'], '江苏和山东去年新增就业谁多', F(['城镇新增就业141万人', '城镇新增就业124.9万人'], [141, '万人'], [124.9, '万人']));
x('comparison', ['two-digit-year', 'colloquial'], ['ZJ26', 'ZJ25'], '浙江25年新增就业比24年多还是少', F(['城镇新增就业115.8万人', '城镇新增就业118.3万人'], [115.8, '万人'], [118.3, '万人']));
x('comparison', [], ['CN24', 'CN25'], '全国2023年和2024年城镇新增就业对比', F(['城镇新增就业1244万人', '城镇新增就业1256万人'], [1244, '万人'], [1256, '万人']));
x('comparison', ['two-digit-year'], ['SD25', 'ZJ25'], '山东和浙江24年新增就业哪个多', F(['城镇新增就业124.5万人', '城镇新增就业118.3万人'], [124.5, '万人'], [118.3, '万人']));
x('comparison', ['two-digit-year', 'colloquial'], ['AH25'], '安徽24年城镇和农村收入增速谁快', F('城镇常住居民人均可支配收入增长4.4%，农村常住居民人均可支配收入增长6.4%', [4.4, '%'], [6.4, '%']));
x('comparison', ['relative-year', 'colloquial'], ['BJ26', 'SH26'], '北京跟上海今年GDP目标一样吗', F(['地区生产总值增长5%左右，一般公共预算收入增长4%左右', '全市生产总值增长5%左右，地方一般公共预算收入增长2%，全社会研发经费支出'], [5, '%']));
x('comparison', ['english', 'two-digit-year'], ['GD26', 'SH26'], 'Compare Guangdong and Shanghai R&D intensity in 2025', F(['研发投入强度达3.6%', '全社会研发经费支出相当于全市生产总值的比例达到4.5%左右'], [3.6, '%'], [4.5, '%']));
x('comparison', ['english'], ['AH26', 'SD26'], 'Which grew faster in 2025: Anhui or Shandong trade?', F(['进出口总额增长17.3%', '进出口增长4.5%，高于全国0.7个百分点'], [17.3, '%'], [4.5, '%']));
x('comparison', ['colloquial'], ['GS23', 'HZ24'], '拱墅22年和杭州23年固投增速谁快', F(['固定资产投资增长12.1%', '固定资产投资增长2.8%'], [12.1, '%'], [2.8, '%']));
x('comparison', ['two-digit-year'], ['SH25', 'SH26'], '上海外贸24年和25年比多了多少', F(['外贸进出口总额达到4.27万亿元', '外贸进出口总额达到4.51万亿元'], [4.27, '万亿元'], [4.51, '万亿元']));

// ---- superlative (true over the 8 provincial reports) ------------------------------------------
x('superlative', ['two-digit-year', 'colloquial'], ['GD26'], '哪个省25年GDP增速最低', F('地区生产总值增长3.9%', [3.9, '%']));
x('superlative', ['english'], ['GD26'], 'which province created the most urban jobs in 2025', F('城镇新增就业149.4万人', [149.4, '万人']));
x('superlative', ['relative-year', 'colloquial', 'range'], ['GD26'], '今年哪个省GDP目标定得最低', F('地区生产总值增长4.5%—5%', [4.5, '%']));
x('superlative', [], ['GD26'], '2025年哪个省经济总量最大', F('地区生产总值从11.37万亿元提高到14.58万亿元', [14.58, '万亿元']));
x('superlative', ['tie', 'two-digit-year'], ['JS25', 'AH25'], '24年哪个省GDP增速最快', F(['2024年地区生产总值达13.7万亿元、增长5.8%', '全省地区生产总值增长5.8%，经济总量跨上5万亿元台阶'], [5.8, '%']));
x('superlative', ['colloquial', 'relative-year'], ['SH26'], '去年哪里老百姓收入最高', F('居民人均可支配收入达到9.2万元', [9.2, '万元']));
x('superlative', ['english', 'two-digit-year'], ['AH26'], 'Which province had the fastest trade growth in 2025?', F('进出口总额增长17.3%', [17.3, '%']));
x('superlative', ['colloquial'], ['BJ26'], '哪个城市地铁里程全国第一', F('总里程达909公里、居全国首位', [909, '公里']));

// ---- trend ---------------------------------------------------------------------------------------
x('trend', ['colloquial', 'per-capita'], ['SD26'], '山东人均GDP这几年怎么变的', { ...F('人均生产总值由7.34万元提升至10.26万元', [10.26, '万元'], [7.34, '万元']) });
x('trend', ['plan-period', 'colloquial'], ['GD26'], '广东十四五期间GDP从多少涨到多少', F('地区生产总值从11.37万亿元提高到14.58万亿元', [14.58, '万亿元'], [11.37, '万亿元']));
x('trend', ['english'], ['SH26'], "How has Shanghai's GDP changed since 2020?", F('全市生产总值从4.16万亿元增加到5.67万亿元', [5.67, '万亿元'], [4.16, '万亿元']));
x('trend', ['plan-period'], ['AH26'], '安徽十四五GDP年均增长多少', F('年均增长5.7%、高于全国0.3个百分点', [5.7, '%']));
x('trend', ['colloquial'], ['BJ26'], '北京过去五年GDP年均增速', F('地区生产总值年均增长5.2%', [5.2, '%']));
x('trend', ['plan-period'], ['FJ26'], '福建十四五研发经费年均增长多少', F('全社会研发经费投入年均增长10.5%', [10.5, '%']));
x('trend', ['since-year'], ['CN23', 'CN24', 'CN25'], '2022年以来全国每年新增就业多少', F(['城镇新增就业1206万人', '城镇新增就业1244万人', '城镇新增就业1256万人'], [1206, '万人'], [1244, '万人'], [1256, '万人']));
x('trend', ['plan-period', 'short-name'], ['ZJ26'], '浙江研发强度十四五期间怎么变的', F('研发投入强度从2.77%提高到3.3%左右', [3.3, '%'], [2.77, '%']));
x('trend', ['english'], ['SH26'], 'How many foreign R&D centres does Shanghai have now vs five years ago?', F('分别从771家、481家增加到1076家、636家', [636, '家'], [481, '家']));
x('trend', ['colloquial'], ['CN23'], '全国研发投入强度这五年提高了多少', F('全社会研发经费投入强度从2.1%提高到2.5%以上', [2.5, '%'], [2.1, '%']));

// ---- multi ---------------------------------------------------------------------------------------
x('multi', ['two-digit-year', 'colloquial'], ['SH26'], '上海25年CPI和失业率', F('居民消费价格上涨0.1%，城镇调查失业率平均为4.2%', [0.1, '%'], [4.2, '%']));
x('multi', ['relative-year', 'colloquial'], ['BJ26'], '北京去年GDP增速、财政收入增速、失业率分别多少', F('全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点，一般公共预算收入增长4.8%，城镇调查失业率4.1%', [5.4, '%'], [4.8, '%'], [4.1, '%']));
x('multi', ['english'], ['AH26'], "Give me Anhui's 2025 GDP growth, retail sales growth and trade growth", F('全省地区生产总值5.3万亿元、增长5.5%，规上工业增加值增长9.4%，社会消费品零售总额增长4.2%，进出口总额增长17.3%', [5.5, '%'], [4.2, '%'], [17.3, '%']));
x('multi', ['two-digit-year'], ['CN25'], '全国24年新增就业和CPI', F('城镇新增就业1256万人、城镇调查失业率平均为5.1%，居民消费价格上涨0.2%', [1256, '万人'], [0.2, '%']));
x('multi', ['two-digit-year', 'colloquial'], ['HZ24'], '杭州23年社零和出口各多少', F(['社会消费品零售总额7671亿元', '货物出口总额5338.7亿元'], [7671, '亿元'], [5338.7, '亿元']));
x('multi', ['two-digit-year'], ['QT25'], '钱塘24年新认定国高企多少家，外资用了多少', F(['新认定国家高新技术企业184家', '全年实际利用外资5.34亿美元'], [184, '家'], [5.34, '亿美元']));
x('multi', ['relative-year'], ['SD26'], '山东去年新增就业和进出口增速', F(['城镇新增就业124.9万人', '进出口增长4.5%'], [124.9, '万人'], [4.5, '%']));
x('multi', ['relative-year', 'range'], ['GD26'], '广东今年GDP和规上工业增长目标', { ...F(['地区生产总值增长4.5%—5%', '规上工业增加值增长5.5%左右'], [5.5, '%']), lead: 4.5 });
x('multi', ['two-digit-year'], ['GS25'], '拱墅25年一季度GDP、工业、服务业增速', F('GDP增长4.6%，规上工业增加值增长9.1%，服务业增加值增长4.5%', [4.6, '%'], [9.1, '%'], [4.5, '%']));

// ---- help ----------------------------------------------------------------------------------------
x('help', [], [], '这个bot能干嘛');
x('help', ['english'], [], 'help pls');
x('help', ['colloquial'], [], '我能问你些啥');
x('help', ['english'], [], 'what kind of questions can you answer?');
x('help', [], [], '你有哪些报告');
x('help', ['english'], [], 'which reports do you have?');

// ---- not found -----------------------------------------------------------------------------------
x('notfound', ['nf-place', 'relative-year'], [], '湖北去年GDP多少', NF);
x('notfound', ['nf-place', 'english'], [], "What was Hubei's retail sales growth in 2025?", NF);
x('notfound', ['nf-place'], [], '西湖区今年工作重点', NF);
x('notfound', ['nf-year'], [], '上海2018年GDP', NF);
x('notfound', ['nf-year', 'relative-year'], [], '山东明年GDP目标定了没', NF);
x('notfound', ['nf-year'], [], '钱塘区2015年财政收入', NF);
x('notfound', ['nf-indicator'], [], '江苏平均工资多少', NF);
x('notfound', ['nf-indicator'], [], '广东离婚率', NF);
x('notfound', ['nf-indicator', 'english'], [], "What's the average wage in Zhejiang?", NF);
x('notfound', ['nf-off-topic'], [], '今天杭州天气咋样', NF);
x('notfound', ['nf-off-topic'], [], '帮我写首诗', NF);
x('notfound', ['nf-off-topic', 'english'], [], 'bitcoin price?', NF);
x('notfound', ['nf-place', 'typo'], [], '湖北省25年新增就业', NF);
x('notfound', ['nf-year', 'english'], [], "Beijing's GDP growth in 2019?", NF);

// ---- conversations ------------------------------------------------------------------------------
const C = (intent, tags, reports, history, q, expect) => x(intent, tags, reports, q, expect, history);
C('figure', ['elliptical', 'place-switch'], ['JS26'], ['浙江去年新增就业多少'], '那江苏呢', F('城镇新增就业141万人', [141, '万人']));
C('figure', ['elliptical', 'place-switch'], ['SD26'], ['广东去年新增就业多少'], '山东的呢', F('城镇新增就业124.9万人', [124.9, '万人']));
C('outline', ['elliptical', 'place-switch'], ['FJ26'], ['安徽今年主抓什么'], '那福建呢', O('FJ26'));
C('target', ['elliptical', 'place-switch'], ['SH26'], ['北京今年GDP目标多少'], '上海呢？', F('全市生产总值增长5%左右，地方一般公共预算收入增长2%，全社会研发经费支出', [5, '%']));
C('figure', ['elliptical', 'place-switch', 'per-capita'], ['SD26'], ['江苏人均GDP多少'], '山东呢', F('人均生产总值由7.34万元提升至10.26万元', [10.26, '万元']));
C('overview', ['elliptical', 'place-switch', 'year-switch'], ['HZ24'], ['钱塘24年经济咋样'], '杭州23年的呢', F('全市地区生产总值实现20059亿元,增长5.6%', [5.6, '%']));
C('figure', ['elliptical', 'year-switch'], ['CN24'], ['全国2024年新增就业多少'], '2023年的呢', F('城镇新增就业1244万人', [1244, '万人']));
C('figure', ['elliptical', 'year-switch', 'relative-year'], ['ZJ25'], ['浙江去年新增就业'], '前年呢', F('城镇新增就业118.3万人', [118.3, '万人']));
C('figure', ['elliptical', 'year-switch'], ['SH25'], ['上海25年外贸总额'], '24年的呢', F('外贸进出口总额达到4.27万亿元', [4.27, '万亿元']));
C('figure', ['elliptical', 'year-switch'], ['SD25'], ['山东25年新增就业多少'], '那24年呢', F('城镇新增就业124.5万人', [124.5, '万人']));
C('target', ['elliptical', 'year-switch', 'relative-year'], ['BJ25'], ['北京今年新增就业目标'], '去年定的是多少', F('实现城镇新增就业不少于26万人', [26, '万人']));
C('figure', ['elliptical', 'topic-switch'], ['JS26'], ['江苏去年城镇居民收入多少'], '农村的呢', F('城乡居民人均可支配收入分别达6.9万元、3.4万元', [3.4, '万元']));
C('figure', ['elliptical', 'topic-switch'], ['AH25'], ['安徽24年城镇居民收入增速'], '农村呢', F('农村常住居民人均可支配收入增长6.4%', [6.4, '%']));
C('figure', ['elliptical', 'topic-switch'], ['SD25'], ['山东24年城镇居民收入增长多少'], '农村的呢？', F('城镇、农村居民人均可支配收入分别增长4.8%、6.2%', [6.2, '%']));
C('figure', ['elliptical', 'topic-switch'], ['GD26'], ['广东去年新增就业多少'], '研发投入呢', F('预计全社会研发投入5350亿元', [5350, '亿元']));
C('target', ['elliptical', 'topic-switch', 'range'], ['FJ25'], ['福建24年GDP多少'], '25年目标呢', F('全省地区生产总值增长5.0%—5.5%'));
C('target', ['elliptical', 'topic-switch', 'relative-year'], ['SH26'], ['上海去年GDP增速'], '今年目标呢', F('全市生产总值增长5%左右，地方一般公共预算收入增长2%，全社会研发经费支出', [5, '%']));
C('target', ['elliptical', 'topic-switch', 'english'], ['JS26'], ['江苏去年GDP增长多少'], 'what about the target this year?', F('地区生产总值按增长5%安排', [5, '%']));
C('target', ['elliptical', 'topic-switch', 'colloquial'], ['QT25'], ['钱塘24年GDP多少'], '25年打算增长多少', F('地区生产总值增长5.6%左右', [5.6, '%']));
C('outline', ['elliptical', 'year-switch', 'relative-year'], ['SD25'], ['山东今年主抓什么'], '去年呢', O('SD25'));
C('outline', ['elliptical', 'year-switch'], ['CN24'], ['国务院25年工作重点'], '2024年的呢', O('CN24'));
C('outline', ['elliptical', 'place-switch'], ['QT25'], ['拱墅25年重点工作'], '钱塘呢', O('QT25'));
C('outline', ['elliptical', 'place-switch'], ['SH26'], ['广东今年的工作安排'], '上海的呢', O('SH26'));
C('overview', ['elliptical', 'place-switch'], ['ZJ26'], ['山东去年经济咋样'], '浙江呢', F('全省生产总值增长5.5%，一般公共预算收入增长1.8%', [5.5, '%']));
C('overview', ['elliptical', 'year-switch'], ['FJ26'], ['福建24年经济怎么样'], '25年呢', F('2025年全省地区生产总值60199.45亿元、增长5%', [5, '%']));
C('figure', ['no-inherit', 'topic-switch'], ['CN25'], ['上海去年GDP多少'], '2024年全国城镇新增就业多少', F('城镇新增就业1256万人', [1256, '万人']));
C('figure', ['no-inherit', 'topic-switch'], ['HZ24'], ['江苏今年重点工作'], '杭州2023年社零多少', F('社会消费品零售总额7671亿元', [7671, '亿元']));
C('target', ['no-inherit', 'topic-switch', 'range', 'relative-year'], ['GD26'], ['北京25年GDP'], '广东今年GDP目标', F('地区生产总值增长4.5%—5%，在实际工作中全力争取更好结果'));
C('figure', ['no-inherit', 'topic-switch', 'english'], ['AH26'], ['浙江今年主抓什么'], 'How many new urban jobs did Anhui add in 2025?', F('城镇新增就业75.7万人', [75.7, '万人']));
C('notfound', ['no-inherit', 'nf-off-topic'], [], ['安徽去年经济咋样'], '帮我订张去合肥的机票', NF);
C('notfound', ['elliptical', 'nf-place'], [], ['山东2025年GDP多少'], '湖北呢', NF);
C('notfound', ['elliptical', 'nf-year'], [], ['浙江去年新增就业'], '2019年呢', NF);
C('figure', ['no-inherit', 'place-switch'], ['SH26'], ['钱塘24年GDP'], '上海25年外贸总额多少', F('外贸进出口总额达到4.51万亿元', [4.51, '万亿元']));
C('superlative', ['elliptical'], ['GD26'], ['广东去年GDP增速多少'], '是不是各省里最低的', F('地区生产总值增长3.9%', [3.9, '%']));
C('superlative', ['elliptical'], ['GD26'], ['江苏去年新增就业多少'], '哪个省最多', F('城镇新增就业149.4万人', [149.4, '万人']));
C('overview', ['elliptical', 'place-switch'], ['AH26'], ['浙江去年GDP增速', '那江苏呢'], '安徽的呢', F('全省地区生产总值5.3万亿元、增长5.5%', [5.5, '%']));
C('target', ['elliptical', 'year-switch'], ['JS25'], ['北京今年新增就业目标', '江苏呢'], '江苏去年定的是多少', F('城镇新增就业120万人以上', [120, '万人']));
C('figure', ['elliptical', 'topic-switch'], ['CN25'], ['全国2023年新增就业', '2024年呢'], 'CPI呢', F('城镇调查失业率平均为5.1%，居民消费价格上涨0.2%', [0.2, '%']));
C('outline', ['elliptical', 'place-switch', 'year-switch'], ['AH25'], ['山东今年工作重点', '去年的呢'], '安徽25年的呢', O('AH25'));
C('figure', ['elliptical', 'topic-switch'], ['FJ25'], ['福建去年GDP', '那24年呢'], '财政收入呢', F('地方一般公共预算收入3614.6亿元', [3614.6, '亿元']));
C('figure', ['elliptical', 'topic-switch', 'per-capita'], ['HZ24'], ['杭州23年GDP多少'], '人均收入呢', F('全市居民人均可支配收入73797元', [73797, '元']));
C('figure', ['elliptical', 'topic-switch', 'colloquial'], ['GS23'], ['拱墅2022年GDP增速'], '固投呢', F('固定资产投资增长12.1%', [12.1, '%']));
C('figure', ['elliptical', 'place-switch', 'year-switch'], ['GS23'], ['钱塘24年新增就业多少'], '拱墅22年呢', F('新增城镇就业3.4万人', [3.4, '万人']));
C('figure', ['elliptical', 'place-switch', 'english'], ['JS26'], ["What was Guangdong's GDP growth last year?"], 'and Jiangsu?', F('地区生产总值增长5.3%、增量保持全国第一', [5.3, '%']));
C('figure', ['elliptical', 'year-switch', 'english'], ['SD25'], ['How many urban jobs did Shandong add in 2025?'], 'What about 2024?', F('城镇新增就业124.5万人', [124.5, '万人']));
C('figure', ['elliptical', 'place-switch'], ['GD26'], ['上海去年研发投入强度'], '广东呢', F('研发投入强度达3.6%', [3.6, '%']));
C('attainment', ['elliptical', 'topic-switch'], ['BJ26', 'BJ25'], ['北京今年GDP目标'], '那去年的目标完成了吗', F(['全市地区生产总值5.2万亿元、增长5.4%', '地区生产总值增长5%左右、努力争取更好结果'], [5.4, '%'], [5, '%']));
C('figure', ['no-inherit', 'year-switch', 'multi-turn'], ['CN22'], ['全国2024年新增就业多少', '那2023年呢'], '2021年全国GDP多少', F('国内生产总值达到114万亿元', [114, '万亿元']));

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
const hash = (s) => createHash('sha1').update(s).digest('hex');
const out = { a: [], b: [] };
for (const intent of Object.keys(counters)) {
  const list = cases.filter((c) => c.intent === intent).sort((p, q) => hash(p.id).localeCompare(hash(q.id)));
  const first = hash(intent)[0] < '8' ? 'a' : 'b';
  list.forEach((c, n) => { c._side = n % 2 === 0 ? first : first === 'a' ? 'b' : 'a'; });
}
const strip = ({ _reports, _side, ...c }) => c;
for (const c of cases) out[c._side].push(strip(c));
const tally = (list, f) => list.reduce((m, c) => { for (const k of [].concat(f(c))) m[k] = (m[k] ?? 0) + 1; return m; }, {});
console.log(JSON.stringify({
  total: cases.length, a: out.a.length, b: out.b.length,
  conversations: cases.filter((c) => c.history).length,
  byIntent: Object.fromEntries(Object.keys(counters).map((i) => [i, [out.a.filter((c) => c.intent === i).length, out.b.filter((c) => c.intent === i).length]])),
  byTag: tally(cases, (c) => c.tags),
}));
if (!process.argv.includes('--check')) {
  for (const [name, list] of Object.entries(out)) writeFileSync(path.join(root, `eval/fresh/fresh-${name}.jsonl`), `${list.map((c) => JSON.stringify(c)).join('\n')}\n`);
}
