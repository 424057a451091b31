#!/usr/bin/env node
// Builds eval/figures/{tune,heldout}.jsonl: trend, superlative and comparison questions over the
// eval corpus (.cache/eval-corpus/), each checked against the report text before it is written.
//
//   node eval/figures/build.mjs           # verify every case, then write both files
//   node eval/figures/build.mjs --check   # verify and print counts only
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
};
for (const [k, n] of Object.entries({ AH: '安徽省', BJ: '北京市', FJ: '福建省', GD: '广东省', JS: '江苏省', SD: '山东省', SH: '上海市', ZJ: '浙江省' }))
  for (const y of [25, 26]) FILES[`${k}${y}`] = `20${y}_${k}_${n}_政府工作报告.txt`;

const P = (v) => ({ value: v, unit: '%' });
const U = (v, unit) => ({ value: v, unit });
// [id, intent, question, [[report, cite], ...], [fig, ...], tags]
const CASES = [
  // ---- trend: one place, one indicator, several years (first fig = latest year) ----
  ['g-tr-001', 'trend', '江苏这几年GDP增速', [['JS26', '地区生产总值增长5.3%、增量保持全国第一'], ['JS25', '2024年地区生产总值达13.7万亿元、增长5.8%']], [P(5.3), P(5.8)], ['colloquial', 'short-name']],
  ['g-tr-002', 'trend', '上海历年居民收入', [['SH26', '居民人均可支配收入达到9.2万元、增长4.1%'], ['SH25', '居民人均可支配收入达到8.8万元、增长4.2%']], [U(9.2, '万元'), U(8.8, '万元')], ['colloquial', 'short-name']],
  ['g-tr-003', 'trend', '国务院近几年的GDP增长目标', [['GWY25', '今年发展主要预期目标是：国内生产总值增长5%左右'], ['GWY22', '今年发展主要预期目标是：国内生产总值增长5.5%左右']], [P(5), P(5.5)], ['fig-target']],
  ['g-tr-004', 'trend', "How has Beijing's unemployment rate moved?", [['BJ26', '城镇调查失业率4.1%，居民人均可支配收入实际增长4.4%'], ['BJ25', '城镇调查失业率4.1%左右']], [P(4.1)], ['english']],
  ['g-tr-005', 'trend', '全国城镇新增就业这几年分别是多少', [['GWY25', '城镇新增就业1256万人'], ['GWY24', '城镇新增就业1244万人'], ['GWY23', '城镇新增就业1206万人'], ['GWY22', '城镇新增就业1269万人']], [U(1256, '万人'), U(1244, '万人'), U(1206, '万人'), U(1269, '万人')], []],
  ['g-tr-006', 'trend', 'How have consumer prices (CPI) in China changed over the past few years?', [['GWY25', '居民消费价格上涨0.2%'], ['GWY23', '年末城镇调查失业率降到5.5%，居民消费价格上涨2%'], ['GWY22', '居民消费价格上涨0.9%']], [P(0.2), P(2), P(0.9)], ['english']],
  ['g-tr-007', 'trend', '赤字率这几年是怎么安排的', [['GWY25', '今年赤字率拟按4%左右安排'], ['GWY24', '赤字率拟按3%安排，赤字规模4.06万亿元'], ['GWY22', '今年赤字率拟按2.8%左右安排']], [P(4), P(3), P(2.8)], ['colloquial', 'fig-target']],
  ['g-tr-008', 'trend', '地方政府专项债券额度逐年变化', [['GWY25', '拟安排地方政府专项债券4.4万亿元'], ['GWY24', '拟安排地方政府专项债券3.9万亿元'], ['GWY23', '今年拟安排地方政府专项债券3.8万亿元'], ['GWY22', '今年拟安排地方政府专项债券3.65万亿元']], [U(4.4, '万亿元'), U(3.9, '万亿元'), U(3.8, '万亿元'), U(3.65, '万亿元')], []],
  ['g-tr-009', 'trend', "What has China's surveyed urban unemployment rate been in recent years?", [['GWY25', '城镇新增就业1256万人、城镇调查失业率平均为5.1%'], ['GWY24', '城镇新增就业1244万人，城镇调查失业率平均为5.2%'], ['GWY23', '年末城镇调查失业率降到5.5%'], ['GWY22', '城镇新增就业1269万人，城镇调查失业率平均为5.1%']], [P(5.1), P(5.2), P(5.5)], ['english']],
  ['g-tr-010', 'trend', '全国粮食产量近几年的情况', [['GWY25', '粮食产量首次跃上1.4万亿斤新台阶'], ['GWY24', '粮食产量1.39万亿斤，再创历史新高'], ['GWY23', '粮食产量1.37万亿斤，增产74亿斤'], ['GWY22', '粮食产量1.37万亿斤，创历史新高']], [U(1.4, '万亿斤'), U(1.39, '万亿斤'), U(1.37, '万亿斤')], []],
  ['g-tr-011', 'trend', '全国居民人均可支配收入这几年增长多少', [['GWY25', '居民人均可支配收入实际增长5.1%'], ['GWY24', '居民人均可支配收入增长6.1%，城乡居民收入差距继续缩小'], ['GWY22', '居民人均可支配收入实际增长8.1%']], [P(5.1), P(6.1), P(8.1)], []],
  ['g-tr-012', 'trend', '浙江财政收入这两年增速咋样', [['ZJ26', '全省生产总值增长5.5%，一般公共预算收入增长1.8%'], ['ZJ25', '全省生产总值增长5.5%，一般公共预算收入增长1.2%']], [P(1.8), P(1.2)], ['colloquial', 'short-name']],
  ['g-tr-013', 'trend', '皖GDP增速近两年走势', [['AH26', '全省地区生产总值5.3万亿元、增长5.5%'], ['AH25', '全省地区生产总值增长5.8%，经济总量跨上5万亿元台阶']], [P(5.5), P(5.8)], ['abbrev']],
  ['g-tr-014', 'trend', '山东社零近两年增长情况', [['SD26', '社会消费品零售总额增长5.1%，高于全国1.4个百分点'], ['SD25', '社会消费品零售总额达3.79万亿元、增长5%']], [P(5.1), P(5)], ['colloquial', 'short-name']],
  ['g-tr-015', 'trend', '福建农村居民收入增速这两年有变化吗', [['FJ26', '城镇居民、农村居民人均可支配收入分别增长4.5%、5.7%'], ['FJ25', '城镇居民、农村居民人均可支配收入分别增长4.6%、6.7%']], [P(5.7), P(6.7)], ['short-name']],
  ['g-tr-016', 'trend', '沪研发投入强度近年变化', [['SH26', '全社会研发经费支出相当于全市生产总值的比例达到4.5%左右'], ['SH25', '全社会研发经费支出相当于全市生产总值的比例达到4.4%左右']], [P(4.5), P(4.4)], ['abbrev']],
  ['g-tr-017', 'trend', "Shanghai's GDP growth over the last two years", [['SH26', '全市生产总值达到5.67万亿元、增长5.4%'], ['SH25', '全市生产总值增长5%，城市经济规模进入了5万亿元以上的新阶段']], [P(5.4), P(5)], ['english']],
  ['g-tr-018', 'trend', '江苏研发投入强度这几年提高了吗', [['JS26', '全社会研发投入强度达3.38%左右'], ['JS25', '全社会研发投入强度超过3.3%']], [P(3.38), P(3.3)], ['short-name']],
  ['g-tr-019', 'trend', '江苏省城镇调查失业率近两年', [['JS26', '城镇新增就业141万人，城镇调查失业率4.6%'], ['JS25', '城镇调查失业率4.5%、低于全国0.6个百分点']], [P(4.6), P(4.5)], []],
  ['g-tr-020', 'trend', '广东外贸这两年增长怎么样', [['GD26', '货物进出口总额9.5万亿元、增长4.4%'], ['GD25', '进出口总额突破9万亿元、增长9.8%']], [P(4.4), P(9.8)], ['colloquial', 'short-name']],
  ['g-tr-021', 'trend', '北京一般公共预算收入增速历年变化', [['BJ26', '一般公共预算收入增长4.8%，城镇调查失业率4.1%'], ['BJ25', '一般公共预算收入增长3.1%，城镇调查失业率4.1%左右']], [P(4.8), P(3.1)], ['short-name']],
  ['g-tr-022', 'trend', '全国GDP增速2021年以来的变化', [['GWY25', '国内生产总值达到134.9万亿元、增长5%'], ['GWY24', '国内生产总值超过126万亿元，增长5.2%'], ['GWY23', '全年国内生产总值增长3%'], ['GWY22', '国内生产总值达到114万亿元，增长8.1%']], [P(5), P(5.2), P(3), P(8.1)], []],
  ['g-tr-023', 'trend', '钱塘区GDP这几年涨到多少了', [['qt24', '全年地区生产总值达1416亿元,增长5.1%'], ['qt21', '地区生产总值、工业总产值2019年分别突破1100亿元']], [U(1416, '亿元'), U(1100, '亿元')], ['colloquial', 'seed']],
  ['g-tr-024', 'trend', '钱塘区研发投入强度这些年怎么变的', [['qt24', '全社会研发投入强度达5.25%、保持全省第二'], ['qt21', '研发经费支出占GDP比重达到3.97%']], [P(5.25), P(3.97)], ['colloquial', 'seed']],
  ['g-tr-025', 'trend', "What has Shandong's GDP growth been in recent years?", [['SD26', '地区生产总值增长5.5%、达到10.3万亿元'], ['SD25', '实现地区生产总值9.86万亿元、增长5.7%']], [P(5.5), P(5.7)], ['english']],

  // ---- superlative: across places (or across years for one place); first fig = the top value ----
  ['g-sup-001', 'superlative', 'Which province set the highest 2026 growth target?', [['AH26', '全省地区生产总值增长5%—5.5%，在实际工作中努力争取更好结果'], ['ZJ26', '全省生产总值增长5%—5.5%']], [P(5.5)], ['english', 'tie', 'fig-target']],
  ['g-sup-002', 'superlative', '今年GDP目标定得最低的是哪个省', [['GD26', '地区生产总值增长4.5%—5%，在实际工作中全力争取更好结果']], [P(4.5)], ['colloquial', 'relative-year', 'fig-target']],
  ['g-sup-003', 'superlative', '去年哪个省GDP增速最快', [['AH26', '全省地区生产总值5.3万亿元、增长5.5%'], ['SD26', '地区生产总值增长5.5%、达到10.3万亿元'], ['ZJ26', '全省生产总值增长5.5%，一般公共预算收入增长1.8%']], [P(5.5)], ['colloquial', 'relative-year', 'tie']],
  ['g-sup-004', 'superlative', '2024年哪个省经济增长最快', [['AH25', '全省地区生产总值增长5.8%，经济总量跨上5万亿元台阶'], ['JS25', '2024年地区生产总值达13.7万亿元、增长5.8%']], [P(5.8)], ['tie']],
  ['g-sup-005', 'superlative', '2024年这几个省市里GDP增速最低的是哪个', [['SH25', '全市生产总值增长5%，城市经济规模进入了5万亿元以上的新阶段']], [P(5)], ['colloquial']],
  ['g-sup-006', 'superlative', '去年哪个省社零增速最快', [['SD26', '社会消费品零售总额增长5.1%，高于全国1.4个百分点']], [P(5.1)], ['colloquial', 'relative-year']],
  ['g-sup-007', 'superlative', 'Which province had the weakest retail sales growth in 2025?', [['GD26', '社会消费品零售总额实现4.6万亿元、增长2.8%']], [P(2.8)], ['english']],
  ['g-sup-008', 'superlative', '八个省里谁的城镇化率最低', [['SD26', '常住人口城镇化率达到67.5%']], [P(67.5)], ['colloquial']],
  ['g-sup-009', 'superlative', '城镇化率最高的是哪个省', [['GD26', '全省常住人口城镇化率提高到76.58%']], [P(76.58)], []],
  ['g-sup-010', 'superlative', '2025年哪个地方一般公共预算收入增长最快', [['BJ26', '一般公共预算收入增长4.8%，城镇调查失业率4.1%']], [P(4.8)], []],
  ['g-sup-011', 'superlative', '去年财政收入增速最低的是哪个省市', [['SH26', '地方一般公共预算收入达到8500亿元、增长1.5%']], [P(1.5)], ['colloquial', 'relative-year']],
  ['g-sup-012', 'superlative', 'Which province had the lowest urban unemployment rate in 2025?', [['BJ26', '城镇调查失业率4.1%，居民人均可支配收入实际增长4.4%']], [P(4.1)], ['english']],
  ['g-sup-013', 'superlative', '2024年城镇调查失业率最高的是哪个省', [['AH25', '城镇调查失业率平均值5.2%']], [P(5.2)], []],
  ['g-sup-014', 'superlative', '2025年进出口增速最快的省', [['AH26', '进出口总额增长17.3%']], [P(17.3)], []],
  ['g-sup-015', 'superlative', '去年规上工业增加值增速哪个省最高', [['AH26', '规上工业增加值增长9.4%']], [P(9.4)], ['colloquial', 'relative-year']],
  ['g-sup-016', 'superlative', "Which province's rural incomes grew fastest in 2025?", [['AH26', '城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%']], [P(5.9)], ['english']],
  ['g-sup-017', 'superlative', '2025年城镇居民收入增长最慢的是哪个省', [['JS26', '城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%']], [P(4.2)], []],
  ['g-sup-018', 'superlative', '2024年城镇居民收入增速最高的省', [['SD25', '城镇、农村居民人均可支配收入分别增长4.8%、6.2%']], [P(4.8)], []],
  ['g-sup-019', 'superlative', '2025年研发投入强度最高的是哪个省市', [['SH26', '全社会研发经费支出相当于全市生产总值的比例达到4.5%左右']], [P(4.5)], []],
  ['g-sup-020', 'superlative', '2025年研发投入强度目标定得最低的是哪个省', [['AH25', '研究与试验发展经费投入强度2.85%左右']], [P(2.85)], ['colloquial', 'fig-target']],
  ['g-sup-021', 'superlative', '哪儿的居民人均可支配收入最高', [['SH26', '居民人均可支配收入达到9.2万元、增长4.1%']], [U(9.2, '万元')], ['colloquial']],
  ['g-sup-022', 'superlative', '今年哪个地方财政收入增长目标最高', [['BJ26', '地区生产总值增长5%左右，一般公共预算收入增长4%左右']], [P(4)], ['colloquial', 'relative-year', 'fig-target']],
  ['g-sup-023', 'superlative', '全国这几年哪一年GDP增速最高', [['GWY22', '国内生产总值达到114万亿元，增长8.1%']], [P(8.1)], []],
  ['g-sup-024', 'superlative', 'In which year did China add the most urban jobs?', [['GWY22', '城镇新增就业1269万人，城镇调查失业率平均为5.1%']], [U(1269, '万人')], ['english']],
  ['g-sup-025', 'superlative', '全国哪一年物价涨得最多', [['GWY23', '年末城镇调查失业率降到5.5%，居民消费价格上涨2%']], [P(2)], ['colloquial']],

  // ---- comparison: two places one year, or one place two years; figs in the question's order ----
  ['g-cmp-001', 'comparison', '苏鲁2025年经济增速谁更快', [['JS26', '地区生产总值增长5.3%、增量保持全国第一'], ['SD26', '地区生产总值增长5.5%、达到10.3万亿元']], [P(5.3), P(5.5)], ['abbrev', 'colloquial']],
  ['g-cmp-002', 'comparison', '上海2025年财政收入比2024年高吗', [['SH26', '地方一般公共预算收入达到8500亿元、增长1.5%'], ['SH25', '地方一般公共预算收入达到8374.2亿元、增长0.7%']], [U(8500, '亿元'), U(8374.2, '亿元')], ['colloquial', 'short-name']],
  ['g-cmp-003', 'comparison', 'Beijing vs Shanghai: urban unemployment rate in 2025', [['BJ26', '城镇调查失业率4.1%，居民人均可支配收入实际增长4.4%'], ['SH26', '居民消费价格上涨0.1%，城镇调查失业率平均为4.2%']], [P(4.1), P(4.2)], ['english']],
  ['g-cmp-004', 'comparison', '粤鲁去年社零增速对比', [['GD26', '社会消费品零售总额实现4.6万亿元、增长2.8%'], ['SD26', '社会消费品零售总额增长5.1%，高于全国1.4个百分点']], [P(2.8), P(5.1)], ['abbrev', 'colloquial', 'relative-year']],
  ['g-cmp-005', 'comparison', '安徽和浙江去年农村居民收入谁涨得快', [['AH26', '城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%'], ['ZJ26', '城镇和农村居民人均可支配收入分别增长4.3%、5.5%']], [P(5.9), P(5.5)], ['colloquial', 'relative-year', 'short-name']],
  ['g-cmp-006', 'comparison', '福建2025年GDP增速比2024年快还是慢', [['FJ26', '2025年全省地区生产总值60199.45亿元、增长5%'], ['FJ25', '2024年全省地区生产总值57761亿元、增长5.5%']], [P(5), P(5.5)], ['short-name']],
  ['g-cmp-007', 'comparison', '江苏和广东的城镇化率哪个高', [['JS26', '常住人口城镇化率达76.2%'], ['GD26', '全省常住人口城镇化率提高到76.58%']], [P(76.2), P(76.58)], ['short-name']],
  ['g-cmp-008', 'comparison', "Is Shanghai's R&D intensity higher than Jiangsu's?", [['SH26', '全社会研发经费支出相当于全市生产总值的比例达到4.5%左右'], ['JS26', '全社会研发投入强度达3.38%左右']], [P(4.5), P(3.38)], ['english']],
  ['g-cmp-009', 'comparison', '2025年赤字率比2024年提高了多少', [['GWY25', '今年赤字率拟按4%左右安排'], ['GWY24', '赤字率拟按3%安排，赤字规模4.06万亿元']], [P(4), P(3)], ['fig-target']],
  ['g-cmp-010', 'comparison', "How did the local special bond quota for 2025 compare with 2024's?", [['GWY25', '拟安排地方政府专项债券4.4万亿元'], ['GWY24', '拟安排地方政府专项债券3.9万亿元']], [U(4.4, '万亿元'), U(3.9, '万亿元')], ['english']],
  ['g-cmp-011', 'comparison', '全国物价2022年和2023年比涨得多还是少', [['GWY23', '年末城镇调查失业率降到5.5%，居民消费价格上涨2%'], ['GWY24', '居民消费价格上涨0.2%']], [P(2), P(0.2)], ['colloquial']],
  ['g-cmp-012', 'comparison', '山东和安徽去年工业增速谁高', [['SD26', '规上工业增加值增长7.6%，高于全国1.7个百分点'], ['AH26', '规上工业增加值增长9.4%']], [P(7.6), P(9.4)], ['colloquial', 'relative-year', 'short-name']],
  ['g-cmp-013', 'comparison', '浙江和江苏去年失业率一样吗', [['ZJ26', '城镇新增就业115.8万人，城镇调查失业率4.6%'], ['JS26', '城镇新增就业141万人，城镇调查失业率4.6%']], [P(4.6), P(4.6)], ['colloquial', 'relative-year', 'short-name']],
  ['g-cmp-014', 'comparison', '北京GDP增速2025年比2024年', [['BJ26', '全市地区生产总值5.2万亿元、增长5.4%'], ['BJ25', '预计全市地区生产总值增长5.2%左右']], [P(5.4), P(5.2)], ['short-name']],
  ['g-cmp-015', 'comparison', "Compare Guangdong's and Shanghai's foreign trade in 2025", [['GD26', '货物进出口总额9.5万亿元、增长4.4%'], ['SH26', '外贸进出口总额达到4.51万亿元、增长5.6%']], [U(9.5, '万亿元'), U(4.51, '万亿元')], ['english']],
  ['g-cmp-016', 'comparison', '江苏和上海今年研发投入强度目标谁高', [['JS26', '全社会研发投入强度3.42%左右'], ['SH26', '全社会研发经费支出相当于全市生产总值的比例达到4.6%左右']], [P(3.42), P(4.6)], ['relative-year', 'short-name', 'fig-target']],
  ['g-cmp-017', 'comparison', '钱塘区2021年和2025年GDP增长目标比较', [['qt21', '地区生产总值增长6.5%,力争7%'], ['qt24', '地区生产总值增长5.6%左右']], [P(6.5), P(5.6)], ['seed', 'fig-target']],
  ['g-cmp-018', 'comparison', '2024年全国新增就业比2023年多吗', [['GWY25', '城镇新增就业1256万人'], ['GWY24', '城镇新增就业1244万人']], [U(1256, '万人'), U(1244, '万人')], []],
  ['g-cmp-019', 'comparison', "Did Fujian's urban incomes grow faster than Zhejiang's in 2025?", [['FJ26', '城镇居民、农村居民人均可支配收入分别增长4.5%、5.7%'], ['ZJ26', '城镇和农村居民人均可支配收入分别增长4.3%、5.5%']], [P(4.5), P(4.3)], ['english']],
  ['g-cmp-020', 'comparison', '杭州2023年城乡居民收入增速谁快', [['hz23', '城镇居民人均可支配收入80587元,增长4.6%'], ['hz23', '农村居民人均可支配收入48180元,增长6.6%']], [P(4.6), P(6.6)], ['seed', 'short-name']],
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
// goes to tune for trend and comparison, to heldout for superlative, so that 70 cases split 35/35).
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
