#!/usr/bin/env node
// Writes the natural-question evaluation set: eval/natural/tune.jsonl and eval/natural/heldout.jsonl.
//
//   node eval/generate.mjs [--check]
//
// Every case is built from a FACT checked against the report it comes from: each `cite` must be a
// substring of that report's text (NFKC, whitespace and ** ignored, as the scorer compares), and
// each figure's value must be written in its cite. The generator stops on the first fact that does
// not hold, so the set cannot drift from the reports. Deterministic: same reports, same files.
// --check verifies and prints the counts without writing.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOV = 'test/fixtures/gov-reports';
/** short report keys → file (relative to the repository root) */
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
const textOf = (key) => {
  if (!R[key]) throw new Error(`unknown report ${key}`);
  if (!texts.has(key)) texts.set(key, readFileSync(path.join(root, R[key]), 'utf8'));
  return texts.get(key);
};
const external = (key) => !key.startsWith('QT') && !key.startsWith('GS') && !key.startsWith('HZ');

// ---------------------------------------------------------------------------------------------
// Places: name as written, a short name, an abbreviation, a typo, English.
const P = {
  ZJ: { zh: '浙江省', short: '浙江', abbr: '浙', typo: '浙将', en: 'Zhejiang' },
  JS: { zh: '江苏省', short: '江苏', abbr: '苏', typo: '江书', en: 'Jiangsu' },
  AH: { zh: '安徽省', short: '安徽', abbr: '皖', typo: '安微', en: 'Anhui' },
  FJ: { zh: '福建省', short: '福建', abbr: '闽', typo: '福健', en: 'Fujian' },
  GD: { zh: '广东省', short: '广东', abbr: '粤', typo: '广冬', en: 'Guangdong' },
  SD: { zh: '山东省', short: '山东', abbr: '鲁', typo: '山冬', en: 'Shandong' },
  SH: { zh: '上海市', short: '上海', abbr: '沪', typo: '尚海', en: 'Shanghai' },
  BJ: { zh: '北京市', short: '北京', abbr: '京', typo: '北惊', en: 'Beijing' },
  CN: { zh: '全国', short: '我国', abbr: '国家', typo: '全过', en: 'China' },
  QT: { zh: '钱塘区', short: '钱塘', abbr: '钱塘', typo: '钱唐区', en: 'Qiantang District' },
  GS: { zh: '拱墅区', short: '拱墅', abbr: '拱墅', typo: '拱树区', en: 'Gongshu District' },
  HZ: { zh: '杭州市', short: '杭州', abbr: '杭', typo: '杭洲', en: 'Hangzhou' },
};
// Indicators: formal name, colloquial name, English.
const I = {
  gdp: { zh: '地区生产总值', co: 'GDP', en: 'GDP' },
  cngdp: { zh: '国内生产总值', co: 'GDP', en: 'GDP' },
  rev: { zh: '一般公共预算收入', co: '财政收入', en: 'general public budget revenue' },
  lrev: { zh: '地方一般公共预算收入', co: '财政收入', en: 'local general public budget revenue' },
  retail: { zh: '社会消费品零售总额', co: '社零', en: 'retail sales of consumer goods' },
  trade: { zh: '进出口总额', co: '外贸', en: 'foreign trade' },
  export: { zh: '货物出口总额', co: '出口', en: 'goods exports' },
  ind: { zh: '规上工业增加值', co: '工业', en: 'industrial value added' },
  svc: { zh: '服务业增加值', co: '服务业', en: 'service sector value added' },
  inc: { zh: '居民人均可支配收入', co: '老百姓一年挣的钱', en: 'per-capita disposable income' },
  uinc: { zh: '城镇居民人均可支配收入', co: '城里人收入', en: 'urban per-capita disposable income' },
  rinc: { zh: '农村居民人均可支配收入', co: '农民收入', en: 'rural per-capita disposable income' },
  pcgdp: { zh: '人均地区生产总值', co: '人均GDP', en: 'GDP per capita' },
  rd: { zh: '研发投入强度', co: '研发投入占GDP比重', en: 'R&D intensity' },
  fai: { zh: '固定资产投资', co: '投资', en: 'fixed-asset investment' },
  fdi: { zh: '实际使用外资', co: '外资', en: 'foreign direct investment' },
  jobs: { zh: '城镇新增就业', co: '新增就业', en: 'new urban jobs' },
};
const yy = (y) => String(y).slice(2);
const rel = (y) => ({ 2026: '今年', 2025: '去年', 2024: '前年' })[y];

// ---------------------------------------------------------------------------------------------
// Facts. t: amount | growth | share | rank | target. fig omitted for ranges ("5%—5.5%").
const F = [
  // Zhejiang
  { k: 'zj25-gdp-g', r: 'ZJ26', p: 'ZJ', y: 2025, i: 'gdp', t: 'growth', cite: '全省生产总值增长5.5%，一般公共预算收入增长1.8%', fig: [{ value: 5.5, unit: '%' }] },
  { k: 'zj25-rev-g', r: 'ZJ26', p: 'ZJ', y: 2025, i: 'rev', t: 'growth', cite: '一般公共预算收入增长1.8%', fig: [{ value: 1.8, unit: '%' }] },
  { k: 'zj25-rinc-g', r: 'ZJ26', p: 'ZJ', y: 2025, i: 'rinc', t: 'growth', cite: '城镇和农村居民人均可支配收入分别增长4.3%、5.5%', fig: [{ value: 5.5, unit: '%' }] },
  { k: 'zj25-retail-g', r: 'ZJ26', p: 'ZJ', y: 2025, i: 'retail', t: 'growth', cite: '全省社会消费品零售总额增长4%', fig: [{ value: 4, unit: '%' }] },
  { k: 'zj24-gdp-g', r: 'ZJ25', p: 'ZJ', y: 2024, i: 'gdp', t: 'growth', cite: '全省生产总值增长5.5%，一般公共预算收入增长1.2%', fig: [{ value: 5.5, unit: '%' }] },
  { k: 'zj24-rinc-g', r: 'ZJ25', p: 'ZJ', y: 2024, i: 'rinc', t: 'growth', cite: '城乡居民人均可支配收入分别增长4.3%、6.1%', fig: [{ value: 6.1, unit: '%' }] },
  { k: 'zj25-gdp-t', r: 'ZJ25', p: 'ZJ', y: 2025, i: 'gdp', t: 'target', cite: '主要预期目标为：生产总值增长5.5%左右', fig: [{ value: 5.5, unit: '%' }] },
  { k: 'zj25-retail-t', r: 'ZJ25', p: 'ZJ', y: 2025, i: 'retail', t: 'target', cite: '力争社会消费品零售总额增长5%以上', fig: [{ value: 5, unit: '%' }] },
  { k: 'zj26-gdp-t', r: 'ZJ26', p: 'ZJ', y: 2026, i: 'gdp', t: 'target', cite: '全省生产总值增长5%—5.5%' },
  // Jiangsu
  { k: 'js25-gdp-g', r: 'JS26', p: 'JS', y: 2025, i: 'gdp', t: 'growth', cite: '地区生产总值增长5.3%、增量保持全国第一', fig: [{ value: 5.3, unit: '%' }] },
  { k: 'js25-retail', r: 'JS26', p: 'JS', y: 2025, i: 'retail', t: 'amount', cite: '社会消费品零售总额达4.64万亿元', fig: [{ value: 4.64, unit: '万亿元' }] },
  { k: 'js25-trade', r: 'JS26', p: 'JS', y: 2025, i: 'trade', t: 'amount', cite: '进出口总额5.95万亿元、增长6%', fig: [{ value: 5.95, unit: '万亿元' }] },
  { k: 'js25-uinc', r: 'JS26', p: 'JS', y: 2025, i: 'uinc', t: 'amount', cite: '城乡居民人均可支配收入分别达6.9万元、3.4万元', fig: [{ value: 6.9, unit: '万元' }] },
  { k: 'js25-rev-g', r: 'JS26', p: 'JS', y: 2025, i: 'rev', t: 'growth', cite: '一般公共预算收入增长2.1%', fig: [{ value: 2.1, unit: '%' }] },
  { k: 'js24-gdp', r: 'JS25', p: 'JS', y: 2024, i: 'gdp', t: 'amount', cite: '2024年地区生产总值达13.7万亿元、增长5.8%', fig: [{ value: 13.7, unit: '万亿元' }] },
  { k: 'js24-rinc', r: 'JS25', p: 'JS', y: 2024, i: 'rinc', t: 'amount', cite: '城乡居民人均可支配收入分别达6.6万元和3.2万元', fig: [{ value: 3.2, unit: '万元' }] },
  { k: 'js26-gdp-t', r: 'JS26', p: 'JS', y: 2026, i: 'gdp', t: 'target', cite: '地区生产总值按增长5%安排', fig: [{ value: 5, unit: '%' }] },
  { k: 'js26-rd-t', r: 'JS26', p: 'JS', y: 2026, i: 'rd', t: 'target', cite: '全社会研发投入强度3.42%左右', fig: [{ value: 3.42, unit: '%' }] },
  { k: 'js25-rd-t', r: 'JS25', p: 'JS', y: 2025, i: 'rd', t: 'target', cite: '全社会研发投入强度达3.35%左右', fig: [{ value: 3.35, unit: '%' }] },
  { k: 'js25-mfg-share', r: 'JS26', p: 'JS', y: 2025, i: 'gdp', t: 'share', cite: '制造业增加值占地区生产总值比重达33.5%', fig: [{ value: 33.5, unit: '%' }], name: '制造业增加值占地区生产总值比重', nameCo: '制造业占GDP比重', nameEn: 'manufacturing share of GDP' },
  // Anhui
  { k: 'ah25-gdp', r: 'AH26', p: 'AH', y: 2025, i: 'gdp', t: 'amount', cite: '全省地区生产总值5.3万亿元、增长5.5%', fig: [{ value: 5.3, unit: '万亿元' }] },
  { k: 'ah25-ind-g', r: 'AH26', p: 'AH', y: 2025, i: 'ind', t: 'growth', cite: '规上工业增加值增长9.4%', fig: [{ value: 9.4, unit: '%' }] },
  { k: 'ah25-trade-g', r: 'AH26', p: 'AH', y: 2025, i: 'trade', t: 'growth', cite: '进出口总额增长17.3%', fig: [{ value: 17.3, unit: '%' }] },
  { k: 'ah24-gdp-g', r: 'AH25', p: 'AH', y: 2024, i: 'gdp', t: 'growth', cite: '全省地区生产总值增长5.8%，经济总量跨上5万亿元台阶', fig: [{ value: 5.8, unit: '%' }] },
  { k: 'ah25-gdp-t', r: 'AH25', p: 'AH', y: 2025, i: 'gdp', t: 'target', cite: '全省地区生产总值增长5.5%以上', fig: [{ value: 5.5, unit: '%' }] },
  { k: 'ah26-retail-t', r: 'AH26', p: 'AH', y: 2026, i: 'retail', t: 'target', cite: '社会消费品零售总额增长4%左右，进出口总额增长6%左右', fig: [{ value: 4, unit: '%' }] },
  { k: 'ah26-gdp-t', r: 'AH26', p: 'AH', y: 2026, i: 'gdp', t: 'target', cite: '全省地区生产总值增长5%—5.5%，在实际工作中努力争取更好结果' },
  // Beijing
  { k: 'bj25-gdp', r: 'BJ26', p: 'BJ', y: 2025, i: 'gdp', t: 'amount', cite: '全市地区生产总值5.2万亿元、增长5.4%', fig: [{ value: 5.2, unit: '万亿元' }] },
  { k: 'bj25-rev-g', r: 'BJ26', p: 'BJ', y: 2025, i: 'rev', t: 'growth', cite: '一般公共预算收入增长4.8%', fig: [{ value: 4.8, unit: '%' }] },
  { k: 'bj24-gdp-g', r: 'BJ25', p: 'BJ', y: 2024, i: 'gdp', t: 'growth', cite: '预计全市地区生产总值增长5.2%左右', fig: [{ value: 5.2, unit: '%' }] },
  { k: 'bj24-rinc-g', r: 'BJ25', p: 'BJ', y: 2024, i: 'rinc', t: 'growth', cite: '农村居民人均可支配收入增长6.7%左右', fig: [{ value: 6.7, unit: '%' }] },
  { k: 'bj26-gdp-t', r: 'BJ26', p: 'BJ', y: 2026, i: 'gdp', t: 'target', cite: '地区生产总值增长5%左右，一般公共预算收入增长4%左右', fig: [{ value: 5, unit: '%' }] },
  { k: 'bj25-gdp-t', r: 'BJ25', p: 'BJ', y: 2025, i: 'gdp', t: 'target', cite: '地区生产总值增长5%左右、努力争取更好结果', fig: [{ value: 5, unit: '%' }] },
  // Fujian
  { k: 'fj25-gdp', r: 'FJ26', p: 'FJ', y: 2025, i: 'gdp', t: 'amount', cite: '2025年全省地区生产总值60199.45亿元、增长5%', fig: [{ value: 60199.45, unit: '亿元' }] },
  { k: 'fj25-lrev', r: 'FJ26', p: 'FJ', y: 2025, i: 'lrev', t: 'amount', cite: '地方一般公共预算收入3723.35亿元、增长3%', fig: [{ value: 3723.35, unit: '亿元' }] },
  { k: 'fj24-gdp', r: 'FJ25', p: 'FJ', y: 2024, i: 'gdp', t: 'amount', cite: '2024年全省地区生产总值57761亿元、增长5.5%', fig: [{ value: 57761, unit: '亿元' }] },
  { k: 'fj24-lrev', r: 'FJ25', p: 'FJ', y: 2024, i: 'lrev', t: 'amount', cite: '地方一般公共预算收入3614.6亿元', fig: [{ value: 3614.6, unit: '亿元' }] },
  { k: 'fj26-gdp-t', r: 'FJ26', p: 'FJ', y: 2026, i: 'gdp', t: 'target', cite: '全省地区生产总值增长5%左右，在实际工作中努力争取更好结果', fig: [{ value: 5, unit: '%' }] },
  { k: 'fj26-jobs-t', r: 'FJ26', p: 'FJ', y: 2026, i: 'jobs', t: 'target', cite: '城镇新增就业50万人', fig: [{ value: 50, unit: '万人' }] },
  // Guangdong
  { k: 'gd25-gdp-g', r: 'GD26', p: 'GD', y: 2025, i: 'gdp', t: 'growth', cite: '地区生产总值增长3.9%、总量连续37年居全国首位', fig: [{ value: 3.9, unit: '%' }] },
  { k: 'gd25-trade', r: 'GD26', p: 'GD', y: 2025, i: 'trade', t: 'amount', cite: '货物进出口总额9.5万亿元、增长4.4%', fig: [{ value: 9.5, unit: '万亿元' }] },
  { k: 'gd25-retail', r: 'GD26', p: 'GD', y: 2025, i: 'retail', t: 'amount', cite: '社会消费品零售总额实现4.6万亿元、增长2.8%', fig: [{ value: 4.6, unit: '万亿元' }] },
  { k: 'gd25-inc', r: 'GD26', p: 'GD', y: 2025, i: 'inc', t: 'amount', cite: '居民人均可支配收入提高到5.4万元、增长4.3%', fig: [{ value: 5.4, unit: '万元' }] },
  { k: 'gd24-gdp', r: 'GD25', p: 'GD', y: 2024, i: 'gdp', t: 'amount', cite: '预计全省地区生产总值迈上14万亿元新台阶', fig: [{ value: 14, unit: '万亿元' }] },
  { k: 'gd24-lrev', r: 'GD25', p: 'GD', y: 2024, i: 'lrev', t: 'amount', cite: '地方一般公共预算收入1.35万亿元', fig: [{ value: 1.35, unit: '万亿元' }] },
  { k: 'gd25-gdp-t', r: 'GD25', p: 'GD', y: 2025, i: 'gdp', t: 'target', cite: '主要预期目标是：地区生产总值增长5%左右', fig: [{ value: 5, unit: '%' }] },
  { k: 'gd25-ind-t', r: 'GD25', p: 'GD', y: 2025, i: 'ind', t: 'target', cite: '规模以上工业增加值增长6%左右', fig: [{ value: 6, unit: '%' }] },
  { k: 'gd26-gdp-t', r: 'GD26', p: 'GD', y: 2026, i: 'gdp', t: 'target', cite: '地区生产总值增长4.5%—5%，在实际工作中全力争取更好结果' },
  // Shandong
  { k: 'sd25-gdp', r: 'SD26', p: 'SD', y: 2025, i: 'gdp', t: 'amount', cite: '地区生产总值增长5.5%、达到10.3万亿元', fig: [{ value: 10.3, unit: '万亿元' }] },
  { k: 'sd25-ind-g', r: 'SD26', p: 'SD', y: 2025, i: 'ind', t: 'growth', cite: '规上工业增加值增长7.6%', fig: [{ value: 7.6, unit: '%' }] },
  { k: 'sd25-svc-g', r: 'SD26', p: 'SD', y: 2025, i: 'svc', t: 'growth', cite: '服务业增加值增长6.1%', fig: [{ value: 6.1, unit: '%' }] },
  { k: 'sd25-retail-g', r: 'SD26', p: 'SD', y: 2025, i: 'retail', t: 'growth', cite: '社会消费品零售总额增长5.1%', fig: [{ value: 5.1, unit: '%' }] },
  { k: 'sd24-gdp', r: 'SD25', p: 'SD', y: 2024, i: 'gdp', t: 'amount', cite: '实现地区生产总值9.86万亿元、增长5.7%', fig: [{ value: 9.86, unit: '万亿元' }] },
  { k: 'sd24-retail', r: 'SD25', p: 'SD', y: 2024, i: 'retail', t: 'amount', cite: '社会消费品零售总额达3.79万亿元、增长5%', fig: [{ value: 3.79, unit: '万亿元' }] },
  { k: 'sd26-gdp-t', r: 'SD26', p: 'SD', y: 2026, i: 'gdp', t: 'target', cite: '主要预期目标为：地区生产总值增长5%以上', fig: [{ value: 5, unit: '%' }] },
  { k: 'sd25-share', r: 'SD26', p: 'SD', y: 2025, i: 'gdp', t: 'share', cite: '占全国比重由2020年的7.2%提升至7.4%', fig: [{ value: 7.4, unit: '%' }], name: '经济总量占全国比重', nameCo: 'GDP占全国的份额', nameEn: 'share of national GDP' },
  // Shanghai
  { k: 'sh25-gdp', r: 'SH26', p: 'SH', y: 2025, i: 'gdp', t: 'amount', cite: '全市生产总值达到5.67万亿元、增长5.4%', fig: [{ value: 5.67, unit: '万亿元' }] },
  { k: 'sh25-lrev', r: 'SH26', p: 'SH', y: 2025, i: 'lrev', t: 'amount', cite: '地方一般公共预算收入达到8500亿元、增长1.5%', fig: [{ value: 8500, unit: '亿元' }] },
  { k: 'sh25-trade', r: 'SH26', p: 'SH', y: 2025, i: 'trade', t: 'amount', cite: '外贸进出口总额达到4.51万亿元、增长5.6%', fig: [{ value: 4.51, unit: '万亿元' }] },
  { k: 'sh25-inc', r: 'SH26', p: 'SH', y: 2025, i: 'inc', t: 'amount', cite: '居民人均可支配收入达到9.2万元、增长4.1%', fig: [{ value: 9.2, unit: '万元' }] },
  { k: 'sh25-fdi', r: 'SH26', p: 'SH', y: 2025, i: 'fdi', t: 'amount', cite: '实际使用外资达到160.6亿美元', fig: [{ value: 160.6, unit: '亿美元' }] },
  { k: 'sh25-rd', r: 'SH26', p: 'SH', y: 2025, i: 'rd', t: 'share', cite: '全社会研发经费支出相当于全市生产总值的比例达到4.5%左右', fig: [{ value: 4.5, unit: '%' }] },
  { k: 'sh24-gdp-g', r: 'SH25', p: 'SH', y: 2024, i: 'gdp', t: 'growth', cite: '全市生产总值增长5%，城市经济规模进入了5万亿元以上的新阶段', fig: [{ value: 5, unit: '%' }] },
  { k: 'sh24-lrev', r: 'SH25', p: 'SH', y: 2024, i: 'lrev', t: 'amount', cite: '地方一般公共预算收入达到8374.2亿元', fig: [{ value: 8374.2, unit: '亿元' }] },
  { k: 'sh24-inc', r: 'SH25', p: 'SH', y: 2024, i: 'inc', t: 'amount', cite: '居民人均可支配收入达到8.8万元、增长4.2%', fig: [{ value: 8.8, unit: '万元' }] },
  { k: 'sh26-gdp-t', r: 'SH26', p: 'SH', y: 2026, i: 'gdp', t: 'target', cite: '全市生产总值增长5%左右，地方一般公共预算收入增长2%，全社会研发经费支出相当于全市生产总值的比例达到4.6%左右', fig: [{ value: 5, unit: '%' }] },
  { k: 'sh26-rd-t', r: 'SH26', p: 'SH', y: 2026, i: 'rd', t: 'target', cite: '相当于全市生产总值的比例达到4.6%左右', fig: [{ value: 4.6, unit: '%' }] },
  // National
  { k: 'cn21-gdp', r: 'CN22', p: 'CN', y: 2021, i: 'cngdp', t: 'amount', cite: '国内生产总值达到114万亿元，增长8.1%', fig: [{ value: 114, unit: '万亿元' }] },
  { k: 'cn22-gdp-g', r: 'CN23', p: 'CN', y: 2022, i: 'cngdp', t: 'growth', cite: '全年国内生产总值增长3%', fig: [{ value: 3, unit: '%' }] },
  { k: 'cn23-gdp', r: 'CN24', p: 'CN', y: 2023, i: 'cngdp', t: 'amount', cite: '国内生产总值超过126万亿元，增长5.2%', fig: [{ value: 126, unit: '万亿元' }] },
  { k: 'cn24-gdp', r: 'CN25', p: 'CN', y: 2024, i: 'cngdp', t: 'amount', cite: '国内生产总值达到134.9万亿元、增长5%', fig: [{ value: 134.9, unit: '万亿元' }] },
  { k: 'cn22-gdp-t', r: 'CN22', p: 'CN', y: 2022, i: 'cngdp', t: 'target', cite: '国内生产总值增长5.5%左右', fig: [{ value: 5.5, unit: '%' }] },
  { k: 'cn22-jobs-t', r: 'CN22', p: 'CN', y: 2022, i: 'jobs', t: 'target', cite: '城镇新增就业1100万人以上', fig: [{ value: 1100, unit: '万人' }] },
  { k: 'cn24-energy-t', r: 'CN24', p: 'CN', y: 2024, i: 'cngdp', t: 'target', cite: '单位国内生产总值能耗降低2.5%左右', fig: [{ value: 2.5, unit: '%' }], name: '单位国内生产总值能耗降低目标', nameCo: '能耗降低目标', nameEn: 'energy intensity reduction' },
  // Seed corpus
  { k: 'qt24-gdp', r: 'QT25', p: 'QT', y: 2024, i: 'gdp', t: 'amount', cite: '全年地区生产总值达1416亿元', fig: [{ value: 1416, unit: '亿元' }] },
  { k: 'qt24-retail', r: 'QT25', p: 'QT', y: 2024, i: 'retail', t: 'amount', cite: '实现社会消费品零售总额361亿元、增长6.2%', fig: [{ value: 361, unit: '亿元' }] },
  { k: 'qt24-rd', r: 'QT25', p: 'QT', y: 2024, i: 'rd', t: 'share', cite: '全社会研发投入强度达5.25%、保持全省第二', fig: [{ value: 5.25, unit: '%' }] },
  { k: 'qt24-rev-g', r: 'QT25', p: 'QT', y: 2024, i: 'rev', t: 'growth', cite: '一般公共预算收入134亿元、增长6.1%', fig: [{ value: 6.1, unit: '%' }] },
  { k: 'qt25-gdp-t', r: 'QT25', p: 'QT', y: 2025, i: 'gdp', t: 'target', cite: '地区生产总值增长5.6%左右', fig: [{ value: 5.6, unit: '%' }] },
  { k: 'qt21-gdp-t', r: 'QT21', p: 'QT', y: 2021, i: 'gdp', t: 'target', cite: '地区生产总值增长6.5%', fig: [{ value: 6.5, unit: '%' }] },
  { k: 'qt21-rev-t', r: 'QT21', p: 'QT', y: 2021, i: 'rev', t: 'target', cite: '一般公共预算收入增长10%', fig: [{ value: 10, unit: '%' }] },
  { k: 'hz23-gdp', r: 'HZ24', p: 'HZ', y: 2023, i: 'gdp', t: 'amount', cite: '全市地区生产总值实现20059亿元', fig: [{ value: 20059, unit: '亿元' }] },
  { k: 'hz23-rev', r: 'HZ24', p: 'HZ', y: 2023, i: 'rev', t: 'amount', cite: '一般公共预算收入2616.8亿元', fig: [{ value: 2616.8, unit: '亿元' }] },
  { k: 'hz23-inc', r: 'HZ24', p: 'HZ', y: 2023, i: 'inc', t: 'amount', cite: '全市居民人均可支配收入73797元', fig: [{ value: 73797, unit: '元' }] },
  { k: 'hz23-uinc', r: 'HZ24', p: 'HZ', y: 2023, i: 'uinc', t: 'amount', cite: '城镇居民人均可支配收入80587元', fig: [{ value: 80587, unit: '元' }] },
  { k: 'hz23-fai-g', r: 'HZ24', p: 'HZ', y: 2023, i: 'fai', t: 'growth', cite: '固定资产投资增长2.8%', fig: [{ value: 2.8, unit: '%' }] },
  { k: 'gs22-gdp-g', r: 'GS23', p: 'GS', y: 2022, i: 'gdp', t: 'growth', cite: '地区生产总值增长1.5%', fig: [{ value: 1.5, unit: '%' }] },
  { k: 'gs22-fai-g', r: 'GS23', p: 'GS', y: 2022, i: 'fai', t: 'growth', cite: '固定资产投资增长12.1%', fig: [{ value: 12.1, unit: '%' }] },
  { k: 'gs22-rev-g', r: 'GS23', p: 'GS', y: 2022, i: 'rev', t: 'growth', cite: '一般公共预算收入全年同比增长2.6%', fig: [{ value: 2.6, unit: '%' }] },
  { k: 'gs23-gdp-t', r: 'GS23', p: 'GS', y: 2023, i: 'gdp', t: 'target', cite: '地区生产总值增长5.5%左右(确保5%以上)', fig: [{ value: 5.5, unit: '%' }] },
  { k: 'gs23-fai-t', r: 'GS23', p: 'GS', y: 2023, i: 'fai', t: 'target', cite: '固定资产投资力争实现735亿元', fig: [{ value: 735, unit: '亿元' }], name: '固定资产投资目标', nameCo: '投资目标', nameEn: 'fixed-asset investment' },
  { k: 'gs25-gdp-t', r: 'GS25', p: 'GS', y: 2025, i: 'gdp', t: 'target', cite: '地区生产总值增长5.5%左右，一般公共预算收入保持正增长', fig: [{ value: 5.5, unit: '%' }] },
  { k: 'gs25-fai-t', r: 'GS25', p: 'GS', y: 2025, i: 'fai', t: 'target', cite: '实现固定资产投资800亿元以上', fig: [{ value: 800, unit: '亿元' }], name: '固定资产投资目标', nameCo: '投资目标', nameEn: 'fixed-asset investment' },
];
const fact = Object.fromEntries(F.map((f) => [f.k, f]));

// ---------------------------------------------------------------------------------------------
// Verification: every cite in its report; every figure written in one of its case's cites.
function verifyCase(c, reports) {
  if (c.notFound) {
    if (c.cite || c.fig) throw new Error(`${c.id}: notFound case with expectations`);
    return;
  }
  const hay = reports.map((k) => norm(textOf(k)));
  for (const s of c.cite ?? []) {
    if (!hay.some((h) => h.includes(norm(s)))) throw new Error(`${c.id}: cite not in ${reports.join(',')}: ${s}`);
  }
  const cites = norm((c.cite ?? []).join('|'));
  for (const f of c.fig ?? []) {
    if (!cites.includes(norm(String(f.value)))) throw new Error(`${c.id}: figure ${f.value} not written in its cites`);
  }
  if (c.lead !== undefined && !cites.includes(String(c.lead))) throw new Error(`${c.id}: lead ${c.lead} not in cites`);
}
/** A notFound case must not name an indicator and place a report holds together: checked by hand, see README. */

// ---------------------------------------------------------------------------------------------
const cases = [];
/** group: cases of one group stay on one side of the split (the same fact asked in similar words). */
function add(intent, tags, group, q, expect, reports, history) {
  const c = { id: '', q, ...(history ? { history } : {}), ...expect, intent, tags: [...new Set(tags)] };
  if (reports.some(external)) c.tags.push('external');
  else c.tags.push('seed');
  if (history) c.tags.push('conversation');
  c.tags = [...new Set(c.tags)];
  c._group = group;
  c._reports = reports;
  cases.push(c);
}
const expectOf = (f) => ({ cite: [f.cite], ...(f.fig ? { fig: f.fig } : {}) });
const ind = (f, form = 'zh') => (f.name ? { zh: f.name, co: f.nameCo, en: f.nameEn }[form] : I[f.i][form]);

// Figure questions (amount, growth, share, rank): template rotation over phrasings.
const FIGURE_T = [
  (f) => [`${P[f.p].zh}${f.y}年${ind(f)}${f.t === 'growth' ? '增长多少' : '是多少'}？`, []],
  (f) => [`${P[f.p].short}${f.y}年${ind(f, 'co')}${f.t === 'growth' ? '涨了多少啊' : '有多少'}`, ['colloquial', 'short-name']],
  (f) => [`${P[f.p].short}${yy(f.y)}年${ind(f)}${f.t === 'growth' ? '增速' : '多少'}`, ['two-digit-year', 'short-name']],
  (f) => (rel(f.y) ? [`${P[f.p].short}${rel(f.y)}${ind(f, 'co')}${f.t === 'growth' ? '增长了百分之几' : '是多少'}？`, ['relative-year', 'colloquial']] : null),
  (f) => [
    f.t === 'growth' ? `How fast did ${P[f.p].en}'s ${ind(f, 'en')} grow in ${f.y}?` : `What was ${P[f.p].en}'s ${ind(f, 'en')} in ${f.y}?`,
    ['english'],
  ],
  (f) => [`${P[f.p].typo}${f.y}年${ind(f)}${f.t === 'growth' ? '增长了多少' : '多少'}`, ['typo']],
];
const TARGET_T = [
  (f) => [`${P[f.p].zh}${f.y}年${ind(f)}${f.name ? '是多少' : '增长目标是多少'}？`, []],
  (f) => [`${P[f.p].short}${f.y}年${ind(f, 'co')}目标定的多少`, ['colloquial', 'short-name']],
  (f) => (rel(f.y) ? [`${P[f.p].short}${rel(f.y)}${ind(f, 'co')}打算增长多少`, ['relative-year', 'colloquial']] : null),
  (f) => [`What is ${P[f.p].en}'s ${ind(f, 'en')} target for ${f.y}?`, ['english']],
  (f) => [`${P[f.p].short}${yy(f.y)}年${ind(f)}预期目标`, ['two-digit-year', 'short-name']],
];
let rot = 0;
for (const f of F) {
  const templates = f.t === 'target' ? TARGET_T : FIGURE_T;
  const intent = f.t === 'target' ? 'target' : 'figure';
  // Three phrasings a fact of the seed corpus, one (two for targets) of the work reports, so that about
  // half the set is external; rotating so every template is used.
  const want = !external(f.r) ? 3 : f.t === 'target' ? 2 : 1;
  let made = 0;
  for (let n = 0; n < templates.length && made < want; n++) {
    const t = templates[(rot + n) % templates.length](f);
    if (!t) continue;
    add(intent, ['template', `fig-${f.t}`, ...t[1]], f.k, t[0], expectOf(f), [f.r]);
    made++;
  }
  rot++;
}

// ---------------------------------------------------------------------------------------------
// Hand-written cases. h(intent, tags, group, q, expect, reports, history?)
const h = (intent, tags, group, q, expect, reports, history) => add(intent, ['hand', ...tags], group, q, expect, reports, history);
const E = (k, extra = {}) => ({ ...expectOf(fact[k]), ...extra });

// figure: rank, share, colloquial paraphrases
h('figure', ['rank'], 'zj-rank', '浙江经济总量在全国排第几？', { cite: ['规模稳居全国第4位'], fig: [{ value: 4 }] }, ['ZJ26']);
h('figure', ['rank', 'colloquial'], 'zj-rank', '浙江GDP规模全国第几名啊', { cite: ['规模稳居全国第4位'], fig: [{ value: 4 }] }, ['ZJ26']);
h('figure', ['rank'], 'zj-rev-rank', '浙江一般公共预算收入全国排第几', { cite: ['一般公共预算收入从7248亿元提高到8865亿元，跃居全国第3位'], fig: [{ value: 3 }] }, ['ZJ26']);
h('figure', ['rank'], 'ah-ind-rank', '安徽2025年规上工业增加值增速全国排名', { cite: ['规上工业增加值增速居全国第4位'], fig: [{ value: 4 }] }, ['AH26']);
h('figure', ['rank', 'colloquial'], 'ah-inc-rank', '安徽老百姓收入增速在全国排第几', { cite: ['居民人均可支配收入增速居全国第6位'], fig: [{ value: 6 }] }, ['AH26']);
h('figure', ['rank'], 'qt-rd-rank', '钱塘区研发投入强度在全省排第几？', { cite: ['全社会研发投入强度达5.25%、保持全省第二'] }, ['QT25']);
h('figure', ['share'], 'js-svc-share', '江苏服务业占GDP比重多少', { cite: ['服务业增加值占地区生产总值比重达54%'], fig: [{ value: 54, unit: '%' }] }, ['JS26']);
h('figure', ['share'], 'js-private-share', '江苏民营经济占GDP的比重是多少？', { cite: ['民营经济增加值占地区生产总值比重达58.5%'], fig: [{ value: 58.5, unit: '%' }] }, ['JS26']);
h('figure', ['share', 'english'], 'js-urban', "What is Jiangsu's urbanisation rate?", { cite: ['常住人口城镇化率达76.2%'], fig: [{ value: 76.2, unit: '%' }] }, ['JS26']);
h('figure', ['colloquial'], 'hz23-rinc', '杭州农民一年能挣多少钱？2023年的', { cite: ['农村居民人均可支配收入48180元'], fig: [{ value: 48180, unit: '元' }] }, ['HZ24']);
h('figure', ['colloquial'], 'hz23-inc', '杭州老百姓一年挣多少', { cite: ['全市居民人均可支配收入73797元'], fig: [{ value: 73797, unit: '元' }] }, ['HZ24']);
h('figure', ['english'], 'hz23-export', 'How much did Hangzhou export in 2023?', { cite: ['货物出口总额5338.7亿元'], fig: [{ value: 5338.7, unit: '亿元' }] }, ['HZ24']);
h('figure', ['english', 'relative-year'], 'zj25-gdp-g', "How fast did Zhejiang's economy grow last year?", E('zj25-gdp-g'), ['ZJ26']);
h('figure', ['colloquial', 'short-name'], 'qt24-export', '钱塘去年出口卖了多少钱', { cite: ['货物贸易出口总额729亿元'], fig: [{ value: 729, unit: '亿元' }] }, ['QT25']);
h('figure', ['abbrev'], 'sh25-gdp', '沪2025年GDP总量', E('sh25-gdp'), ['SH26']);
h('figure', ['abbrev', 'colloquial'], 'gd25-gdp-g', '粤去年GDP增速咋样', E('gd25-gdp-g'), ['GD26']);
h('figure', ['report-relative-year'], 'zj25-gdp-g', '2026年浙江政府工作报告里说的上年GDP增长多少？', E('zj25-gdp-g'), ['ZJ26']);
h('figure', ['report-relative-year'], 'fj24-gdp', '福建2025年政府工作报告中上年全省地区生产总值是多少', E('fj24-gdp'), ['FJ25']);
h('figure', ['colloquial'], 'bj-pm25', '北京今年PM2.5要控制在多少', { cite: ['细颗粒物年均浓度控制在29微克/立方米左右'], fig: [{ value: 29, unit: '微克/立方米' }] }, ['BJ26']);
h('figure', ['english'], 'gd25-fdi', "How much foreign investment did Guangdong actually use in 2025?", { cite: ['实际使用外资1126.6亿元、增长11.3%'], fig: [{ value: 1126.6, unit: '亿元' }] }, ['GD26']);
h('figure', [], 'cn22-jobs', '2022年全国城镇新增就业多少人？', { cite: ['城镇新增就业1206万人'], fig: [{ value: 1206, unit: '万人' }] }, ['CN23']);
h('figure', ['typo'], 'gs22-hitech', '拱树区2022年新增国家高新技术企业几家', { cite: ['新增国家高新技术企业161家'], fig: [{ value: 161, unit: '家' }] }, ['GS23']);
h('figure', ['typo', 'colloquial'], 'qt24-gdp', '钱唐区前年经济总量多大', E('qt24-gdp'), ['QT25']);
h('figure', ['plan-period'], 'qt-14-pcgdp', '钱塘十四五末人均GDP要到多少', { cite: ['人均生产总值达到16万元'], fig: [{ value: 16, unit: '万元' }] }, ['QT21']);
h('figure', ['plan-period'], 'qt-14-gdp', '钱塘区“十四五”末地区生产总值目标', { cite: ['地区生产总值突破1600亿元'], fig: [{ value: 1600, unit: '亿元' }] }, ['QT21']);
h('figure', ['plan-period'], 'js-14-gdp', '江苏十四五末GDP达到多少', { cite: ['达14.2万亿元、年均增长5.7%'], fig: [{ value: 14.2, unit: '万亿元' }] }, ['JS26']);
h('figure', ['plan-period'], 'zj-14-avg', '十四五期间浙江GDP年均增长多少', { cite: ['年均增长5.9%，规模稳居全国第4位'], fig: [{ value: 5.9, unit: '%' }] }, ['ZJ26']);
h('figure', ['plan-period'], 'bj-15-avg', '北京十五五GDP年均增速目标是多少', { cite: ['地区生产总值年均增速4.5%-5%'] }, ['BJ26']);
h('figure', ['plan-period'], 'zj-15-inc', '浙江十五五末居民人均可支配收入目标', { cite: ['居民人均可支配收入达到9万元左右'], fig: [{ value: 9, unit: '万元' }] }, ['ZJ26']);

// target: colloquial, relative years
h('target', ['relative-year', 'colloquial'], 'zj26-gdp-t', '浙江今年GDP目标定了多少？', E('zj26-gdp-t'), ['ZJ26']);
h('target', ['relative-year', 'english'], 'bj26-gdp-t', "What is Beijing's growth target this year?", E('bj26-gdp-t'), ['BJ26']);
h('target', ['colloquial'], 'sd26-gdp-t', '山东2026年经济准备增长多少', E('sd26-gdp-t'), ['SD26']);
h('target', ['abbrev', 'relative-year'], 'js26-gdp-t', '苏今年GDP增速目标', E('js26-gdp-t'), ['JS26']);
h('target', [], 'gd26-ind-t', '广东2026年规上工业增加值增长目标是多少？', { cite: ['规上工业增加值增长5.5%左右'], fig: [{ value: 5.5, unit: '%' }] }, ['GD26']);
h('target', [], 'cn25-energy-t', '2025年单位国内生产总值能耗降低目标是多少？', { cite: ['单位国内生产总值能耗降低3%左右'], fig: [{ value: 3, unit: '%' }] }, ['CN25']);
h('target', ['colloquial'], 'cn25-grain-t', '国家2025年粮食产量要达到多少', { cite: ['粮食产量1.4万亿斤左右'], fig: [{ value: 1.4, unit: '万亿斤' }] }, ['CN25']);
h('target', ['colloquial'], 'qt25-retail-t', '钱塘2025年社零想涨多少', { cite: ['社会消费品零售总额增长6%'], fig: [{ value: 6, unit: '%' }] }, ['QT25']);
h('target', ['colloquial'], 'gs25-rd-t', '拱墅2025年研发投入打算到多少', { cite: ['全社会研发投入达到26亿元'], fig: [{ value: 26, unit: '亿元' }] }, ['GS25']);
h('target', ['report-relative-year'], 'fj26-grain-t', '福建最新政府工作报告里粮食产量目标', { cite: ['粮食产量513万吨以上'], fig: [{ value: 513, unit: '万吨' }] }, ['FJ26']);

// outline / priorities: extracted from the reports' own "重点工作 / 主要任务" sections.
function priorities(key) {
  const lines = textOf(key).split('\n').map((l) => l.trim());
  const top = /^[一二三四五六七八九十]+、/;
  let start = -1;
  lines.forEach((l, n) => {
    if (top.test(l) && /20\d\d年(重点工作|主要任务|政府工作任务|目标任务和重点工作|工作安排)/.test(l)) start = n;
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
const P_SEED = {
  QT25: ['聚焦创新驱动', '聚焦结构优化', '聚焦项目为王', '聚焦深化改革', '聚焦品质提升', '聚焦美好生活', '聚焦城市安全'],
  GS23: ['聚焦发展新活力', '聚焦增长新潜能', '聚焦城区新形象', '聚焦共富新期待'],
  GS25: ['以扩大需求为导向', '以科技创新为引领', '以产城融合为路径', '以改革开放为引擎'],
};
for (const [k, list] of Object.entries(P_SEED)) for (const t of list) if (!norm(textOf(k)).includes(norm(t))) throw new Error(`${k}: ${t}`);
const prio = (k) => {
  const list = P_SEED[k] ?? priorities(k);
  return { priorities: list, minPriorities: Math.ceil(list.length * 0.6) };
};
const OUTLINE = [
  ['ZJ26', 'ZJ', 2026, ['浙江省2026年重点工作有哪些？', '浙江今年准备抓哪几件事'], [[], ['colloquial', 'relative-year']]],
  ['ZJ25', 'ZJ', 2025, ['浙江2025年主要任务是什么', '浙江去年的工作安排有哪几方面'], [[], ['relative-year']]],
  ['JS26', 'JS', 2026, ['江苏2026年要干哪些大事', "What are Jiangsu's priorities for 2026?"], [['colloquial'], ['english']]],
  ['JS25', 'JS', 2025, ['江苏25年重点工作'], [['two-digit-year']]],
  ['BJ26', 'BJ', 2026, ['北京今年重点干啥', '北京市2026年重点工作'], [['colloquial', 'relative-year'], []]],
  ['SH26', 'SH', 2026, ['上海2026年主要任务有哪些', '沪今年工作重点'], [[], ['abbrev', 'relative-year']]],
  ['SH25', 'SH', 2025, ['上海2025年政府打算做哪些事'], [['colloquial']]],
  ['SD26', 'SD', 2026, ['山东2026年重点工作有哪几项', 'Summarise Shandong’s work plan for 2026.'], [[], ['english']]],
  ['SD25', 'SD', 2025, ['山东25年准备在哪些方面下功夫'], [['two-digit-year', 'colloquial']]],
  ['AH26', 'AH', 2026, ['安徽今年工作重点是啥', '安微2026年重点工作'], [['colloquial', 'relative-year'], ['typo']]],
  ['AH25', 'AH', 2025, ['安徽省2025年重点工作有哪些'], [[]]],
  ['GD26', 'GD', 2026, ['广东2026年工作安排', '广东今年要抓哪些工作'], [[], ['colloquial', 'relative-year']]],
  ['GD25', 'GD', 2025, ['广东省2025年重点任务'], [[]]],
  ['CN25', 'CN', 2025, ['2025年国务院政府工作任务有哪些', '国家2025年主要抓哪几件事'], [[], ['colloquial']]],
  ['CN24', 'CN', 2024, ['2024年政府工作任务'], [[]]],
  ['CN22', 'CN', 2022, ['2022年全国政府工作主要任务有哪些'], [[]]],
  ['QT25', 'QT', 2025, ['钱塘区2025年准备抓哪几件事', '钱唐区25年工作重点'], [['colloquial'], ['typo', 'two-digit-year']]],
  ['GS23', 'GS', 2023, ['拱墅区2023年计划的主要任务', 'What will Gongshu focus on in 2023?'], [[], ['english']]],
  ['GS25', 'GS', 2025, ['拱墅2025年政府工作安排有哪些方面', '拱树区今年抓什么工作，2025年的'], [['short-name'], ['typo']]],
];
for (const [k, , , qs, tagsets] of OUTLINE) qs.forEach((q, n) => h('outline', tagsets[n], `prio-${k}`, q, prio(k), [k]));

// overview: the headline sentence of the year.
const OVERVIEW = [
  ['ZJ26', '浙江2025年经济表现如何？', 'zj25-gdp-g', ['colloquial']],
  ['ZJ26', "How did Zhejiang's economy do last year?", 'zj25-gdp-g', ['english', 'relative-year']],
  ['JS26', '江苏去年经济怎么样', 'js25-gdp-g', ['colloquial', 'relative-year']],
  ['AH26', '安徽2025年经济形势总体怎样', 'ah25-gdp', []],
  ['BJ26', '北京2025年经济运行情况', 'bj25-gdp', []],
  ['FJ26', '福建25年经济发展得怎么样', 'fj25-gdp', ['two-digit-year', 'colloquial']],
  ['GD26', '广东2025年经济怎么样', 'gd25-gdp-g', ['colloquial']],
  ['SD26', '山东去年经济咋样', 'sd25-gdp', ['colloquial', 'relative-year']],
  ['SH26', '上海2025年经济表现', 'sh25-gdp', []],
  ['SH25', '上海2024年经济总体情况如何', 'sh24-gdp-g', []],
  ['CN25', '2024年中国经济怎么样', 'cn24-gdp', []],
  ['CN24', 'How was the Chinese economy in 2023?', 'cn23-gdp', ['english']],
  ['CN22', '2021年全国经济形势', 'cn21-gdp', []],
  ['SD25', '山东2024年经济运行怎么样', 'sd24-gdp', []],
  ['FJ25', '福建省2024年经济发展情况', 'fj24-gdp', []],
  ['JS25', '江苏2024年经济表现如何', 'js24-gdp', []],
  ['QT25', '钱塘区2024年经济怎么样？', 'qt24-gdp', ['colloquial']],
  ['QT25', '钱唐区去年经济发展情况，2024年', 'qt24-gdp', ['typo']],
  ['HZ24', '杭州2023年经济表现如何', 'hz23-gdp', ['colloquial']],
  ['HZ24', "How did Hangzhou's economy do in 2023?", 'hz23-gdp', ['english']],
  ['GS23', '拱墅区2022年经济运行情况怎样', 'gs22-gdp-g', []],
  ['GS25', '拱墅区2025年一季度经济怎么样', null, []],
];
for (const [k, q, fk, tags] of OVERVIEW) {
  const expect = fk ? E(fk) : { cite: ['GDP增长4.6%'], fig: [{ value: 4.6, unit: '%' }] };
  h('overview', tags, `ov-${fk ?? k}`, q, expect, [k]);
}

// entity / project lookup
const ENTITY = [
  ['HZ24', '杭州亚运会有多少名运动员参加？', { cite: ['11830名运动员参加亚运会'], fig: [{ value: 11830, unit: '名' }] }, []],
  ['HZ24', '亚残运会来了多少运动员', { cite: ['3038名运动员参加亚残运会'], fig: [{ value: 3038, unit: '名' }] }, ['colloquial']],
  ['AH25', '引江济淮工程调水多少', { cite: ['“引江济淮”全年共调水4.75亿立方米'], fig: [{ value: 4.75, unit: '亿立方米' }] }, []],
  ['ZJ25', '华东深远海风电母港是什么情况', { cite: ['开工建设华东深远海风电母港'] }, []],
  ['QT21', '钱塘科学城什么时候挂牌的', { cite: ['杭州钱塘科学城挂牌成立'] }, []],
  ['QT25', '东部湾新城有什么进展', { cite: ['东部湾新城单元纳入钱江新城二期拓展区'] }, []],
  ['QT25', 'S211竞潮快速路怎么样了', { cite: ['S211竞潮快速路'] }, []],
  ['QT25', '环大学城创新生态圈是啥', { cite: ['启动环大学城创新生态圈建设'] }, ['colloquial']],
  ['GS23', '运河体育公园', { cite: ['运河体育公园“一场一馆”'] }, ['keyword']],
  ['GS23', '华为新能源汽车项目在拱墅落地了吗', { cite: ['推动华为新能源汽车等重大商贸项目尽快落地'] }, []],
  ['JS26', '北沿江高铁开工了吗', { cite: ['北沿江、通苏嘉甬、盐泰锡常宜高铁'] }, []],
  ['FJ25', '世界储能大会在哪办的', { cite: ['世界储能大会成功举办'] }, []],
  ['GD26', '深汕比亚迪二期投产了没有', { cite: ['深汕比亚迪'] }, ['colloquial']],
  ['SH25', '浦东国际机场四期2024年进展', { cite: ['浦东国际机场四期等重大项目加快建设'] }, ['keyword']],
  ['GD26', '广东无人机产量占全国多少', { cite: ['无人机产量增长39%、占全国9成'] }, []],
  ['HZ24', '杭州良渚论坛办了吗', { cite: ['首届良渚论坛'] }, []],
  ['GS23', '杭钢云计算数据中心二期', { cite: ['杭钢云计算数据中心二期'] }, ['keyword']],
  ['QT21', '钱塘新区2019年新增国家高新技术企业多少家', { cite: ['国家高新技术企业307家'], fig: [{ value: 307, unit: '家' }] }, []],
  ['QT21', 'Which industries does Qiantang want to lead with?', { cite: ['生命健康、集成电路、智能汽车及智能装备、航空航天、新材料'] }, ['english']],
  ['SH26', "What is Shanghai's GDP per capita?", { cite: ['人均地区生产总值达到3.2万美元'], fig: [{ value: 3.2, unit: '万美元' }] }, ['english']],
  ['SD26', '黄河口鸟浪是什么', { cite: ['黄河口“鸟浪”奇观成为观景新潮'] }, []],
  ['SH26', '上海三大先导产业规模多大', { cite: ['集成电路、生物医药、人工智能三大先导产业规模突破2万亿元'], fig: [{ value: 2, unit: '万亿元' }] }, []],
];
ENTITY.forEach(([k, q, expect, tags], n) => h('entity', tags, `ent-${n}`, q, expect, [k]));

// comparison: like for like
const both = (a, b) => ({ cite: [fact[a].cite, fact[b].cite], fig: [...fact[a].fig, ...fact[b].fig] });
const COMPARE = [
  [['ZJ26', 'JS26'], '浙江和江苏2025年GDP增速谁快？', both('zj25-gdp-g', 'js25-gdp-g'), []],
  [['SH26', 'BJ26'], '2025年上海和北京GDP总量比一比', both('sh25-gdp', 'bj25-gdp'), ['colloquial']],
  [['SH26', 'BJ26'], 'Compare Shanghai and Beijing GDP in 2025', both('sh25-gdp', 'bj25-gdp'), ['english']],
  [['FJ26', 'FJ25'], '福建2025年GDP比2024年多了多少', both('fj25-gdp', 'fj24-gdp'), []],
  [['SH26', 'SH25'], '上海2025年财政收入和2024年比怎么样', both('sh25-lrev', 'sh24-lrev'), ['colloquial']],
  [['SH26', 'SH25'], '上海居民收入2025年比上年高多少', both('sh25-inc', 'sh24-inc'), []],
  [['JS26', 'GD26'], '江苏和广东2025年社零总额哪个多', both('js25-retail', 'gd25-retail'), ['colloquial']],
  [['GD26', 'JS26'], '广东和江苏2025年进出口总额对比', both('gd25-trade', 'js25-trade'), []],
  [['SD26', 'SD25'], '山东GDP 2025年和2024年相比', both('sd25-gdp', 'sd24-gdp'), []],
  [['SD26', 'SD25'], '山东社零24年和25年分别多少', { cite: [fact['sd24-retail'].cite, fact['sd25-retail-g'].cite], fig: [...fact['sd24-retail'].fig] }, ['two-digit-year']],
  [['ZJ26', 'ZJ25'], '浙江农村居民收入增速2025年比2024年快还是慢', both('zj25-rinc-g', 'zj24-rinc-g'), []],
  [['QT25', 'GS25'], '钱塘区和拱墅区2025年GDP增长目标谁高', both('qt25-gdp-t', 'gs25-gdp-t'), []],
  [['GS23', 'GS25'], '拱墅区2023年和2025年的GDP增长目标分别是多少', both('gs23-gdp-t', 'gs25-gdp-t'), []],
  [['BJ26', 'BJ25'], '北京今年和去年的GDP目标一样吗', both('bj26-gdp-t', 'bj25-gdp-t'), ['relative-year']],
  [['AH26', 'ZJ26'], '安徽和浙江2026年GDP目标谁更高', { cite: [fact['ah26-gdp-t'].cite, fact['zj26-gdp-t'].cite] }, []],
  [['CN23', 'CN22'], '2021年和2022年全国GDP增速对比', { cite: [fact['cn21-gdp'].cite, fact['cn22-gdp-g'].cite], fig: [{ value: 8.1, unit: '%' }, { value: 3, unit: '%' }] }, []],
  [['AH26', 'AH25'], '安徽GDP增速2025年比2024年', { cite: [fact['ah25-gdp'].cite, fact['ah24-gdp-g'].cite], fig: [{ value: 5.5, unit: '%' }, { value: 5.8, unit: '%' }] }, []],
  [['HZ24'], '杭州2023年城镇和农村居民收入差多少', { cite: ['城镇居民人均可支配收入80587元', '农村居民人均可支配收入48180元'], fig: [{ value: 80587, unit: '元' }, { value: 48180, unit: '元' }] }, []],
  [['JS26'], '江苏城乡居民收入差距多大', { cite: [fact['js25-uinc'].cite], fig: [{ value: 6.9, unit: '万元' }, { value: 3.4, unit: '万元' }] }, ['colloquial']],
  [['SH26', 'JS26'], '上海和江苏2025年进出口谁多', both('sh25-trade', 'js25-trade'), ['colloquial']],
  [['JS26', 'JS25'], '江苏研发投入强度目标今年比去年提高了多少', both('js26-rd-t', 'js25-rd-t'), ['relative-year']],
  [['ZJ26', 'ZJ25'], 'Did Zhejiang grow faster in 2025 than in 2024?', both('zj25-gdp-g', 'zj24-gdp-g'), ['english']],
];
COMPARE.forEach(([ks, q, expect, tags], n) => h('comparison', tags, `cmp-${n}`, q, expect, ks));

// superlative / ranking across reports (true over the 20 reports; ties named in the cites)
const SUPER = [
  [['GD26'], '2025年哪个省GDP增速最低？', { cite: [fact['gd25-gdp-g'].cite], fig: [{ value: 3.9, unit: '%' }] }, 'sup-gd-low', []],
  [['GD26'], 'Which province grew slowest in 2025?', { cite: [fact['gd25-gdp-g'].cite], fig: [{ value: 3.9, unit: '%' }] }, 'sup-gd-low', ['english']],
  [['GD26'], '2025年经济总量最大的省是哪个', { cite: ['总量连续37年居全国首位'] }, 'sup-gd-big', []],
  [['GD26'], '哪个省GDP总量全国第一', { cite: ['总量连续37年居全国首位'] }, 'sup-gd-big', ['colloquial']],
  [['AH26', 'ZJ26'], '哪个省2026年GDP增长目标最高', { cite: [fact['ah26-gdp-t'].cite, fact['zj26-gdp-t'].cite] }, 'sup-t-high', ['tie']],
  [['AH26', 'ZJ26'], '26年谁的GDP目标定得最高', { cite: [fact['ah26-gdp-t'].cite, fact['zj26-gdp-t'].cite] }, 'sup-t-high', ['tie', 'two-digit-year', 'colloquial']],
  [['GD26'], '2026年GDP增长目标最低的是哪个省', { cite: [fact['gd26-gdp-t'].cite] }, 'sup-t-low', []],
  [['GD26'], '今年哪个省份的增长目标定得最保守', { cite: [fact['gd26-gdp-t'].cite] }, 'sup-t-low', ['colloquial', 'relative-year']],
  [['GD26'], '2025年进出口总额最多的省', { cite: [fact['gd25-trade'].cite], fig: [{ value: 9.5, unit: '万亿元' }] }, 'sup-trade', []],
  [['GD26'], 'Which province traded the most in 2025?', { cite: [fact['gd25-trade'].cite], fig: [{ value: 9.5, unit: '万亿元' }] }, 'sup-trade', ['english']],
  [['CN22'], '近几年全国GDP增速哪一年最高', { cite: [fact['cn21-gdp'].cite], fig: [{ value: 8.1, unit: '%' }] }, 'sup-cn-high', []],
  [['CN23'], '2021到2024年哪年全国经济增速最低', { cite: [fact['cn22-gdp-g'].cite], fig: [{ value: 3, unit: '%' }] }, 'sup-cn-low', []],
  [['SD26'], '北方第一个GDP过10万亿的省是哪个', { cite: ['成为全国第三个、北方第一个过10万亿元省份'] }, 'sup-sd', []],
  [['SD26'], '哪个省是全国第三个GDP超10万亿的', { cite: ['成为全国第三个、北方第一个过10万亿元省份'] }, 'sup-sd', ['colloquial']],
  [['SH26'], '全国第一个经济总量破5万亿的城市是哪个', { cite: ['成为全国首个经济总量突破5万亿元的城市'] }, 'sup-sh', []],
  [['SH26'], 'Which city first passed 5 trillion yuan GDP?', { cite: ['成为全国首个经济总量突破5万亿元的城市'] }, 'sup-sh', ['english']],
  [['JS26'], '2025年GDP增量全国第一的是哪个省', { cite: ['增量保持全国第一'] }, 'sup-js', []],
  [['JS25'], '2024年哪个省经济增量最大', { cite: ['增长5.8%、增量全国第一'] }, 'sup-js24', []],
  [['AH26'], '哪个省实际使用外资增速全国第一', { cite: ['实际使用外资增速居全国第1位'] }, 'sup-ah-fdi', []],
  [['GD25'], '进出口总额连续39年全国第一的是哪', { cite: ['总量连续39年居全国首位'] }, 'sup-gd-trade24', ['colloquial']],
  [['GD25'], '哪个省地方财政收入连续34年全国第一', { cite: ['地方一般公共预算收入1.35万亿元，连续34年居全国首位'] }, 'sup-gd-rev', []],
  [['ZJ26'], '一般公共预算收入全国第三的是哪个省', { cite: ['跃居全国第3位'] }, 'sup-zj-rev', []],
  [['QT25'], '钱塘区农村居民收入在杭州排第几', { cite: ['农村居民人均可支配收入居全市第一'] }, 'sup-qt-rinc', []],
];
for (const [ks, q, expect, g, tags] of SUPER) h('superlative', tags, g, q, expect, ks);

// trend over years
const TREND = [
  [['ZJ26'], '浙江十四五期间一般公共预算收入怎么变化的', { cite: ['一般公共预算收入从7248亿元提高到8865亿元'], fig: [{ value: 8865, unit: '亿元' }, { value: 7248, unit: '亿元' }] }, 'tr-zj-rev', ['plan-period']],
  [['ZJ26'], '浙江人均GDP这几年涨了多少', { cite: ['人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右'], fig: [{ value: 14, unit: '万元' }, { value: 10.5, unit: '万元' }] }, 'tr-zj-pc', ['colloquial']],
  [['SH26'], '上海GDP这五年从多少涨到多少', { cite: ['全市生产总值从4.16万亿元增加到5.67万亿元'], fig: [{ value: 5.67, unit: '万亿元' }, { value: 4.16, unit: '万亿元' }] }, 'tr-sh', ['colloquial']],
  [['SH26'], "How has Shanghai's GDP changed over the 14th Five-Year Plan?", { cite: ['全市生产总值从4.16万亿元增加到5.67万亿元'], fig: [{ value: 5.67, unit: '万亿元' }] }, 'tr-sh', ['english', 'plan-period']],
  [['GD26'], '广东十四五期间GDP变化', { cite: ['地区生产总值从11.37万亿元提高到14.58万亿元'], fig: [{ value: 14.58, unit: '万亿元' }, { value: 11.37, unit: '万亿元' }] }, 'tr-gd', ['plan-period']],
  [['GD26'], '广东人均GDP五年里提高了多少', { cite: ['人均地区生产总值从9万元提高到11万元'], fig: [{ value: 11, unit: '万元' }, { value: 9, unit: '万元' }] }, 'tr-gd-pc', []],
  [['GD26'], '广东地方财政收入这五年的变化', { cite: ['地方一般公共预算收入从1.29万亿元提高到1.39万亿元'], fig: [{ value: 1.39, unit: '万亿元' }] }, 'tr-gd-rev', []],
  [['SD26'], '山东人均生产总值怎么变的', { cite: ['人均生产总值由7.34万元提升至10.26万元'], fig: [{ value: 10.26, unit: '万元' }, { value: 7.34, unit: '万元' }] }, 'tr-sd-pc', []],
  [['SD26'], '山东经济占全国的比重这几年有变化吗', { cite: [fact['sd25-share'].cite], fig: [{ value: 7.4, unit: '%' }, { value: 7.2, unit: '%' }] }, 'tr-sd-share', []],
  [['CN22', 'CN24', 'CN25'], '全国GDP这几年的走势，2021到2024', { cite: [fact['cn21-gdp'].cite, fact['cn23-gdp'].cite, fact['cn24-gdp'].cite], fig: [{ value: 134.9, unit: '万亿元' }, { value: 126, unit: '万亿元' }, { value: 114, unit: '万亿元' }] }, 'tr-cn', []],
  [['CN23'], '过去五年全国GDP年均增长多少（2018-2022）', { cite: ['国内生产总值增加到121万亿元，五年年均增长5.2%'], fig: [{ value: 121, unit: '万亿元' }, { value: 5.2, unit: '%' }] }, 'tr-cn5', []],
  [['FJ25', 'FJ26'], '福建GDP 2024年到2025年的变化', both('fj24-gdp', 'fj25-gdp'), 'tr-fj', []],
  [['FJ25', 'FJ26'], '闽省近两年地方一般公共预算收入走势', both('fj24-lrev', 'fj25-lrev'), 'tr-fj-rev', ['abbrev']],
  [['SD25', 'SD26'], '山东GDP近两年变化趋势', both('sd24-gdp', 'sd25-gdp'), 'tr-sd', []],
  [['JS25', 'JS26'], '江苏GDP从2023年到2025年怎么变的', { cite: ['2023年达到13.09万亿元', fact['js24-gdp'].cite] }, 'tr-js', []],
  [['SH25', 'SH26'], '上海居民人均可支配收入近两年变化', both('sh24-inc', 'sh25-inc'), 'tr-sh-inc', []],
  [['SH25', 'SH26'], 'Shanghai local budget revenue trend 2024 to 2025', both('sh24-lrev', 'sh25-lrev'), 'tr-sh-rev', ['english']],
  [['ZJ25', 'ZJ26'], '浙江近两年GDP增速变化', both('zj24-gdp-g', 'zj25-gdp-g'), 'tr-zj', []],
  [['JS26'], '江苏十四五期间GDP年均增长多少', { cite: ['达14.2万亿元、年均增长5.7%'], fig: [{ value: 5.7, unit: '%' }] }, 'tr-js5', ['plan-period']],
  [['BJ26'], '北京十四五期间GDP年均增速', { cite: ['地区生产总值年均增长5.2%'], fig: [{ value: 5.2, unit: '%' }] }, 'tr-bj5', ['plan-period']],
  [['AH26'], '安徽过去五年GDP年均增长多少', { cite: ['地区生产总值连跨两个万亿元台阶，年均增长5.7%'], fig: [{ value: 5.7, unit: '%' }] }, 'tr-ah5', []],
  [['SH26'], '上海每万人口高价值发明专利这几年的变化', { cite: ['每万人口高价值发明专利拥有量从29.6件增加到65件'], fig: [{ value: 65, unit: '件' }] }, 'tr-sh-pat', []],
];
for (const [ks, q, expect, g, tags] of TREND) h('trend', tags, g, q, expect, ks);

// several indicators in one question
const MULTI = [
  [['FJ26'], '福建2025年GDP和财政收入分别是多少', both('fj25-gdp', 'fj25-lrev'), []],
  [['ZJ26'], '浙江2025年GDP和一般公共预算收入分别增长多少', { cite: [fact['zj25-gdp-g'].cite], fig: [{ value: 5.5, unit: '%' }, { value: 1.8, unit: '%' }] }, []],
  [['ZJ26'], '浙江去年城镇和农村居民收入各增长了多少', { cite: [fact['zj25-rinc-g'].cite], fig: [{ value: 4.3, unit: '%' }, { value: 5.5, unit: '%' }] }, ['relative-year']],
  [['SH26'], '上海2025年GDP、财政收入、进出口各是多少', { cite: [fact['sh25-gdp'].cite, fact['sh25-lrev'].cite, fact['sh25-trade'].cite], fig: [{ value: 5.67, unit: '万亿元' }, { value: 8500, unit: '亿元' }, { value: 4.51, unit: '万亿元' }] }, []],
  [['AH26'], '安徽2025年规上工业和进出口分别增长多少', both('ah25-ind-g', 'ah25-trade-g'), ['colloquial']],
  [['SD26'], '山东2025年工业、服务业、社零增速分别是多少', { cite: [fact['sd25-ind-g'].cite, fact['sd25-svc-g'].cite, fact['sd25-retail-g'].cite], fig: [{ value: 7.6, unit: '%' }, { value: 6.1, unit: '%' }, { value: 5.1, unit: '%' }] }, ['colloquial']],
  [['JS26'], '江苏2025年社零总额和进出口总额是多少', both('js25-retail', 'js25-trade'), []],
  [['JS26'], '江苏城乡居民人均可支配收入分别多少', { cite: [fact['js25-uinc'].cite], fig: [{ value: 6.9, unit: '万元' }, { value: 3.4, unit: '万元' }] }, []],
  [['GD26'], '广东2025年进出口和社零总额分别多少', both('gd25-trade', 'gd25-retail'), []],
  [['HZ24'], '杭州2023年GDP和一般公共预算收入分别是多少', both('hz23-gdp', 'hz23-rev'), []],
  [['HZ24'], "What were Hangzhou's GDP and retail sales in 2023?", { cite: [fact['hz23-gdp'].cite, '社会消费品零售总额7671亿元'], fig: [{ value: 20059, unit: '亿元' }, { value: 7671, unit: '亿元' }] }, ['english']],
  [['HZ24'], '杭州23年城镇居民和农村居民收入各是多少', { cite: [fact['hz23-uinc'].cite, '农村居民人均可支配收入48180元'], fig: [{ value: 80587, unit: '元' }, { value: 48180, unit: '元' }] }, ['two-digit-year']],
  [['QT25'], '钱塘区2024年GDP和社零分别多少', both('qt24-gdp', 'qt24-retail'), []],
  [['QT25'], '钱塘区去年城镇和农村居民收入增长多少（2024年）', { cite: ['城镇和农村居民人均可支配收入分别增长3.8%和4.9%'], fig: [{ value: 3.8, unit: '%' }, { value: 4.9, unit: '%' }] }, []],
  [['GS23'], '拱墅区2022年GDP、固定资产投资、财政收入各增长多少', { cite: [fact['gs22-gdp-g'].cite, fact['gs22-fai-g'].cite, fact['gs22-rev-g'].cite], fig: [{ value: 1.5, unit: '%' }, { value: 12.1, unit: '%' }, { value: 2.6, unit: '%' }] }, []],
  [['GS25'], '拱墅2025年一季度GDP和规上工业增加值增长多少', { cite: ['GDP增长4.6%', '规上工业增加值增长9.1%'], fig: [{ value: 4.6, unit: '%' }, { value: 9.1, unit: '%' }] }, []],
  [['CN25'], '2025年全国GDP增长目标和CPI目标', { cite: ['今年发展主要预期目标是：国内生产总值增长5%左右', '居民消费价格涨幅2%左右'], fig: [{ value: 5, unit: '%' }, { value: 2, unit: '%' }] }, ['abbrev']],
  [['BJ26'], '北京2026年GDP和财政收入增长目标', { cite: [fact['bj26-gdp-t'].cite], fig: [{ value: 5, unit: '%' }, { value: 4, unit: '%' }] }, []],
  [['SH26'], '上海2025年居民收入和外资分别是多少', both('sh25-inc', 'sh25-fdi'), []],
  [['FJ26'], '福建2026年城镇新增就业和粮食产量目标', { cite: ['城镇新增就业50万人', '粮食产量513万吨以上'], fig: [{ value: 50, unit: '万人' }, { value: 513, unit: '万吨' }] }, []],
  [['BJ26'], '北京2025年GDP总量和增速', { cite: [fact['bj25-gdp'].cite], fig: [{ value: 5.2, unit: '万亿元' }, { value: 5.4, unit: '%' }] }, []],
  [['GD26'], "Guangdong's 2025 GDP growth and trade growth?", { cite: [fact['gd25-gdp-g'].cite, fact['gd25-trade'].cite], fig: [{ value: 3.9, unit: '%' }, { value: 4.4, unit: '%' }] }, ['english']],
];
MULTI.forEach(([ks, q, expect, tags], n) => h('multi', tags, `multi-${n}`, q, expect, ks));

// help / coverage: answered, never "not found"
const HELP = [
  ['你能做什么', []], ['help', ['english']], ['你能回答哪些问题？', []], ['怎么用这个机器人', ['colloquial']], ['What can you do?', ['english']],
  ['你都有哪些报告', []], ['有哪些地方的数据可以查', ['colloquial']], ['使用说明', []], ['帮助', []], ['Which reports do you cover?', ['english']],
  ['你能查哪些年份的', ['colloquial']], ['我可以问你什么', ['colloquial']],
];
HELP.forEach(([q, tags], n) => h('help', tags, `help-${n}`, q, {}, []));

// out of scope: places, years, indicators the reports do not hold (grepped, see README)
const NOTFOUND = [
  ['滨江区2024年地区生产总值是多少？', ['place']], ['萧山区2023年一般公共预算收入是多少', ['place']], ['四川省2025年GDP增长多少', ['place']],
  ['Sichuan GDP 2025', ['place', 'english']], ['深圳2025年地区生产总值是多少', ['place']], ['成都今年GDP目标', ['place', 'relative-year']],
  ['西湖区2025年经济怎么样', ['place']], ['河南2025年GDP', ['place']], ['湖北省2026年重点工作有哪些', ['place']],
  ['浙江明年GDP增长目标是多少', ['year', 'relative-year']], ['浙江省2027年地区生产总值目标', ['year']], ['上海2019年GDP增长多少', ['year']],
  ['江苏2018年社会消费品零售总额', ['year']], ['钱塘区2030年GDP是多少', ['year']], ['全国2026年GDP增长目标是多少', ['year']],
  ["What was Hangzhou's GDP in 2025?", ['year', 'english']], ['杭州市2022年地区生产总值是多少', ['year']], ['拱墅区2026年GDP目标', ['year']],
  ['杭州房价多少一平', ['indicator', 'colloquial']], ['钱塘区2024年平均工资是多少', ['indicator']], ['浙江2025年新生儿出生人数', ['indicator']],
  ['上海2025年房地产开发投资增长多少', ['indicator']], ['拱墅区2022年空气优良天数多少', ['indicator']], ['北京2025年职工平均工资是多少', ['indicator']],
  ['江苏2025年离婚率是多少', ['indicator']], ['广东2025年彩票销售额', ['indicator']], ['今天天气怎么样', ['off-topic']],
  ['帮我写一首诗', ['off-topic']], ['明天股市会涨吗', ['off-topic']], ['比特币价格多少', ['off-topic']],
];
NOTFOUND.forEach(([q, tags], n) => h('notfound', [`nf-${tags[0]}`, ...tags.slice(1)], `nf-${n}`, q, { notFound: true }, []));

// ---------------------------------------------------------------------------------------------
// Conversations: 1–3 earlier questions, then an elliptical follow-up or a complete new question.
const C = (intent, tags, group, history, q, expect, reports) => h(intent, [...tags, 'conversation'], group, q, expect, reports, history);
C('figure', ['elliptical', 'place-switch'], 'cv-1', ['浙江省2025年地区生产总值增长多少'], '江苏呢？', E('js25-gdp-g'), ['JS26']);
C('figure', ['elliptical', 'year-switch'], 'cv-2', ['上海2025年GDP增长多少'], '那2024年呢？', E('sh24-gdp-g'), ['SH25']);
C('figure', ['elliptical', 'topic-switch'], 'cv-3', ['杭州市2023年城镇居民人均可支配收入多少'], '全体居民的呢？', E('hz23-inc'), ['HZ24']);
C('figure', ['elliptical', 'topic-switch'], 'cv-4', ['福建2025年GDP多少'], '财政收入呢', E('fj25-lrev'), ['FJ26']);
C('target', ['elliptical', 'place-switch'], 'cv-5', ['北京2026年GDP增长目标'], '上海呢？', E('sh26-gdp-t'), ['SH26']);
C('outline', ['elliptical', 'place-switch'], 'cv-6', ['江苏2026年重点工作有哪些'], '浙江的呢？', prio('ZJ26'), ['ZJ26']);
C('figure', ['no-inherit'], 'cv-7', ['浙江2025年GDP增长多少'], '钱塘区2024年一般公共预算收入是多少？', { cite: ['一般公共预算收入134亿元'], fig: [{ value: 134, unit: '亿元' }] }, ['QT25']);
C('figure', ['elliptical', 'topic-switch'], 'cv-8', ['山东2025年社零增长多少'], '规上工业呢？', E('sd25-ind-g'), ['SD26']);
C('figure', ['elliptical'], 'cv-9', ['安徽2025年GDP多少'], '增长了多少', { cite: [fact['ah25-gdp'].cite], fig: [{ value: 5.5, unit: '%' }] }, ['AH26']);
C('figure', ['elliptical', 'english', 'place-switch'], 'cv-10', ["What was Shanghai's GDP in 2025?"], 'And Beijing?', E('bj25-gdp'), ['BJ26']);
C('notfound', ['elliptical', 'place-switch', 'nf-place'], 'cv-11', ['浙江2025年GDP增长多少'], '四川呢？', { notFound: true }, []);
C('notfound', ['elliptical', 'year-switch', 'nf-year'], 'cv-12', ['江苏2025年进出口总额多少'], '2019年呢', { notFound: true }, []);
C('figure', ['elliptical', 'topic-switch'], 'cv-13', ['杭州市2023年城镇居民人均可支配收入多少'], '农村的呢？', { cite: ['农村居民人均可支配收入48180元'], fig: [{ value: 48180, unit: '元' }] }, ['HZ24']);
C('figure', ['elliptical', 'year-switch', 'two-digit-year'], 'cv-14', ['福建2025年地区生产总值是多少'], '24年呢', E('fj24-gdp'), ['FJ25']);
C('target', ['elliptical', 'year-switch', 'relative-year'], 'cv-15', ['北京2026年GDP增长目标是多少'], '去年定的是多少？', E('bj25-gdp-t'), ['BJ25']);
C('figure', ['elliptical', 'multi-turn', 'place-switch'], 'cv-16', ['广东2025年进出口总额多少', '江苏呢'], '上海呢？', E('sh25-trade'), ['SH26']);
C('figure', ['elliptical', 'multi-turn', 'topic-switch'], 'cv-17', ['上海2025年GDP多少', '财政收入呢'], '居民收入呢', E('sh25-inc'), ['SH26']);
C('target', ['no-inherit'], 'cv-18', ['江苏2026年重点工作有哪些'], '福建2026年GDP增长目标是多少', E('fj26-gdp-t'), ['FJ26']);
C('figure', ['no-inherit', 'english'], 'cv-19', ['杭州2023年GDP多少'], "What was Shandong's GDP in 2025?", E('sd25-gdp'), ['SD26']);
C('outline', ['elliptical', 'year-switch'], 'cv-20', ['浙江2026年重点工作有哪些'], '2025年的呢？', prio('ZJ25'), ['ZJ25']);
C('outline', ['elliptical', 'place-switch'], 'cv-21', ['拱墅区2025年工作重点有哪些'], '钱塘区的呢？', prio('QT25'), ['QT25']);
C('figure', ['elliptical', 'place-switch', 'typo'], 'cv-22', ['钱塘区2024年GDP是多少'], '杭洲2023年的呢', E('hz23-gdp'), ['HZ24']);
C('figure', ['elliptical', 'year-switch'], 'cv-23', ['2024年全国GDP多少'], '那2023年呢？', E('cn23-gdp'), ['CN24']);
C('figure', ['elliptical', 'year-switch', 'multi-turn'], 'cv-24', ['2024年全国GDP多少', '2023年呢'], '2021年呢', E('cn21-gdp'), ['CN22']);
C('target', ['elliptical', 'topic-switch'], 'cv-25', ['江苏2026年GDP增长目标'], '研发投入强度呢？', E('js26-rd-t'), ['JS26']);
C('overview', ['elliptical', 'place-switch', 'colloquial'], 'cv-26', ['浙江去年经济怎么样'], '山东呢', E('sd25-gdp'), ['SD26']);
C('notfound', ['no-inherit', 'nf-place'], 'cv-27', ['上海2025年GDP多少'], '成都2025年GDP多少', { notFound: true }, []);
C('figure', ['no-inherit'], 'cv-28', ['安徽2026年重点工作', '浙江的呢'], '拱墅区2022年固定资产投资增长多少', E('gs22-fai-g'), ['GS23']);
C('comparison', ['elliptical'], 'cv-29', ['浙江2025年GDP增长多少'], '和江苏比呢？', both('zj25-gdp-g', 'js25-gdp-g'), ['ZJ26', 'JS26']);
C('figure', ['elliptical', 'relative-year', 'topic-switch'], 'cv-30', ['广东去年GDP增速多少'], '居民收入呢', E('gd25-inc'), ['GD26']);
C('target', ['elliptical', 'place-switch', 'abbrev'], 'cv-31', ['山东2026年GDP增长目标'], '苏呢', E('js26-gdp-t'), ['JS26']);
C('figure', ['elliptical', 'topic-switch', 'english'], 'cv-32', ["What was Jiangsu's retail sales in 2025?"], 'And foreign trade?', E('js25-trade'), ['JS26']);
C('help', ['no-inherit'], 'cv-33', ['浙江2025年GDP增长多少'], '你还能回答什么问题？', {}, []);
C('multi', ['elliptical', 'place-switch'], 'cv-34', ['福建2025年GDP和财政收入分别是多少'], '上海的呢', both('sh25-gdp', 'sh25-lrev'), ['SH26']);

// ---------------------------------------------------------------------------------------------
// Ids, checks, split.
const seen = new Set();
const failures = [];
for (const c of cases) {
  const key = norm(`${(c.history ?? []).join('|')}>${c.q}`).toLowerCase();
  if (seen.has(key)) throw new Error(`duplicate question: ${c.q}`);
  seen.add(key);
  try {
    verifyCase(c, c._reports);
  } catch (e) {
    failures.push(`${c.q}: ${e.message}`);
  }
}
if (failures.length) throw new Error(`facts that do not hold:\n${failures.join('\n')}`);
const hash = (s) => createHash('sha1').update(s).digest('hex');
const prefix = { figure: 'fig', target: 'tgt', outline: 'out', overview: 'ov', entity: 'ent', comparison: 'cmp', superlative: 'sup', trend: 'tr', multi: 'mul', help: 'help', notfound: 'nf' };
const counters = {};
for (const c of cases) {
  counters[c.intent] = (counters[c.intent] ?? 0) + 1;
  c.id = `n-${prefix[c.intent]}-${String(counters[c.intent]).padStart(3, '0')}`;
}
// Stratified by intent, by group: every case of a group (one fact in similar words) goes to one side.
const side = new Map();
const intents = [...new Set(cases.map((c) => c.intent))];
for (const intent of intents) {
  const groups = new Map();
  for (const c of cases.filter((x) => x.intent === intent)) groups.set(c._group, [...(groups.get(c._group) ?? []), c]);
  const order = [...groups.keys()].sort((a, b) => hash(`${intent}:${a}`).localeCompare(hash(`${intent}:${b}`)));
  const size = { tune: 0, heldout: 0 };
  for (const g of order) {
    const n = groups.get(g).length;
    const to = size.tune < size.heldout ? 'tune' : size.heldout < size.tune ? 'heldout' : hash(g)[0] < '8' ? 'tune' : 'heldout';
    size[to] += n;
    side.set(`${intent}:${g}`, to);
  }
}
// A group shared by two intents (e.g. a fact asked as figure and as overview) must not straddle: force one side.
const groupSide = new Map();
for (const c of cases) {
  const s = side.get(`${c.intent}:${c._group}`);
  if (!groupSide.has(c._group)) groupSide.set(c._group, s);
  c._side = groupSide.get(c._group);
}
for (const k of ['ZJ26', 'ZJ25', 'JS26', 'JS25', 'BJ26', 'SH26', 'SH25', 'SD26', 'SD25', 'AH26', 'AH25', 'GD26', 'GD25', 'CN25', 'CN24', 'CN22']) if (process.argv.includes('--priorities')) console.log(k, priorities(k).join(' | '));
const strip = ({ _group, _reports, _side, ...c }) => c;
const out = { tune: [], heldout: [] };
for (const c of cases) out[c._side].push(strip(c));

const count = (list, f) => list.reduce((m, c) => ((m[f(c)] = (m[f(c)] ?? 0) + 1), m), {});
const summary = {
  total: cases.length,
  tune: out.tune.length,
  heldout: out.heldout.length,
  conversations: cases.filter((c) => c.history).length,
  external: cases.filter((c) => c.tags.includes('external')).length,
  byIntent: Object.fromEntries(intents.map((i) => [i, [out.tune.filter((c) => c.intent === i).length, out.heldout.filter((c) => c.intent === i).length]])),
  byTag: count(cases.flatMap((c) => c.tags.map((t) => ({ t }))), (x) => x.t),
};
console.log(JSON.stringify(summary, null, 1));
if (!process.argv.includes('--check')) {
  for (const [name, list] of Object.entries(out)) {
    writeFileSync(path.join(root, 'eval/natural', `${name}.jsonl`), `${list.map((c) => JSON.stringify(c)).join('\n')}\n`);
  }
}
