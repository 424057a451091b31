#!/usr/bin/env node
// Writes the fresh-g single-turn Chinese sets: eval/fresh-g/g-tune.jsonl and eval/fresh-g/g-heldout.jsonl.
//
//   node eval/fresh-g/make.mjs [--check]
//
// Colloquial, terse Chinese questions as analysts and journalists type them in Slack ("浙江去年外贸咋样", "广东24年
// 研发投入多少", "山东粮食产量多少来着"): place short names, two-digit years, 今年/去年/上年, indicators named the
// way people say them (外贸 for 进出口总额, 收入 for 人均可支配收入, 投资 for 固定资产投资, 财政收入 for 一般公共预算
// 收入, 研发投入/研发强度, 消费 for 社会消费品零售总额 …), asking level vs growth vs share vs count, targets vs
// results, about 10 % not answerable. Over facts no earlier set cites (checked by ../case-checks.mjs).
// Each case carries exactly one indicator FAMILY tag (FAMILIES below) and one KIND tag (level, growth, share, count,
// rank, target); the split deals each family's cases alternately by SHA-1 of their question, so both halves hold
// every family. Today = 2026-12-01: 今年 = 2026, 去年 = 2025; a report of year N gives N−1's results and N's
// targets; a 十四五 span in a 2026 report ends in 2025.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseBook, checkCases, citesUsedElsewhere, EARLIER_SETS, splitAndWrite } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { cases, x, F, NF } = caseBook();
const FAMILIES = ['trade', 'fiscal', 'investment', 'consumption', 'income', 'jobs', 'rd', 'grain', 'industry', 'tourism', 'environment', 'welfare', 'not-answerable'];
const KINDS = ['level', 'growth', 'share', 'count', 'rank', 'target', 'nf'];

// ---- 外贸 / 进出口 / 出口 ------------------------------------------------------------------------
x('figure', ['trade', 'growth', 'relative-year', 'colloquial', 'known-trip'], ['FJ26'], '福建去年外贸情况', F('进出口下降5.4%', [5.4, '%']));
x('figure', ['trade', 'growth', 'two-digit-year', 'colloquial'], ['FJ25'], '福建24年出口涨了多少', F('出口增长5.3%', [5.3, '%']));
x('figure', ['trade', 'growth', 'relative-year', 'colloquial'], ['AH26'], '安徽去年出口涨了多少', F('出口逆势增长17.8%', [17.8, '%']));
x('figure', ['trade', 'target', 'two-digit-year'], ['AH25'], '安徽25年外贸目标是多少', F('全年进出口总额9000亿元以上', [9000, '亿元']));
x('figure', ['trade', 'growth', 'relative-year', 'colloquial'], ['SH26'], '上海去年出口增速多少', F('其中出口增长10.8%', [10.8, '%']));
x('figure', ['trade', 'growth', 'relative-year', 'colloquial'], ['ZJ26'], '浙江去年出口咋样', F('外贸出口增长7.2%', [7.2, '%']));
x('figure', ['trade', 'level', 'two-digit-year'], ['ZJ25'], '浙江24年出口多少', F('货物贸易出口达3.9万亿元、增长9.5%', [3.9, '万亿元']));
x('figure', ['trade', 'share', 'two-digit-year'], ['ZJ25'], '浙江24年出口占全国多少', F('占全国份额提高到15.3%', [15.3, '%']));
x('figure', ['trade', 'growth', 'two-digit-year'], ['ZJ25'], '浙江24年服务贸易增长多少', F('服务贸易、数字贸易分别增长24.5%、14.5%', [24.5, '%']));
x('figure', ['trade', 'share', 'two-digit-year'], ['GD25'], '广东24年外贸增量占全国多少', F('贡献了全国38.7%的贸易增量', [38.7, '%']));
x('figure', ['trade', 'share', 'relative-year'], ['GD26'], '广东去年外贸增量贡献全国多少', F('贡献了全国24.1%的增量', [24.1, '%']));
x('figure', ['trade', 'growth', 'fourteenth-plan'], ['GD26'], '广东十四五对一带一路国家进出口增长多少', F('对共建“一带一路”国家进出口增长38%', [38, '%']));
x('figure', ['trade', 'growth', 'relative-year'], ['SD26'], '山东去年新三样出口增长多少', F('“新三样”出口增长37%', [37, '%']));
x('figure', ['trade', 'count', 'relative-year'], ['SD26'], '山东去年新增海外仓几个', F('新增海外仓121个', [121, '个']));
x('figure', ['trade', 'growth', 'two-digit-year'], ['ZJ25'], '浙江24年跨境电商出口增长多少', F('跨境电商出口规模达2141.3亿元、增长19.1%', [19.1, '%']));
x('figure', ['trade', 'growth', 'relative-year'], ['BJ26'], '北京去年新设外资企业增长多少', F('新设外资企业数量增长19.5%', [19.5, '%']));

x('figure', ['trade', 'growth', 'relative-year'], ['SD26'], '山东去年对非美市场出口增长多少', F('对非美市场出口增长8.4%', [8.4, '%']));
x('figure', ['trade', 'growth', 'relative-year', 'colloquial'], ['SD26'], '山东去年服务贸易涨了多少', F('服务贸易增长超过7%', [7, '%']));
x('figure', ['trade', 'target', 'relative-year'], ['ZJ26'], '浙江今年服务贸易增长目标', F('服务贸易增长6%、数字贸易增长8%以上', [6, '%']));
x('figure', ['trade', 'level', 'fourteenth-plan'], ['SH26'], '上海口岸贸易总额现在多少', F('口岸贸易总额从8.75万亿元增长到11.3万亿元', [11.3, '万亿元']));

// ---- 财政收入 / 税收 -------------------------------------------------------------------------------
x('figure', ['fiscal', 'growth', 'relative-year', 'colloquial'], ['AH26'], '安徽去年财政收入增长多少', F('一般公共预算收入增长2.9%', [2.9, '%']));
x('figure', ['fiscal', 'growth', 'two-digit-year'], ['FJ25'], '福建24年地方财政收入增长多少', F('地方一般公共预算收入3614.6亿元、增长0.6%', [0.6, '%']));
x('figure', ['fiscal', 'growth', 'fourteenth-plan'], ['SD26'], '山东十四五财政收入增长多少', F('一般公共预算收入累计完成3.7万亿元,5年增长18.7%', [18.7, '%']));
x('figure', ['fiscal', 'target', 'relative-year'], ['AH26'], '安徽今年省级财政拿多少钱稳经济', F('统筹安排省级财政资金350亿元以上', [350, '亿元']));
x('figure', ['fiscal', 'target', 'relative-year'], ['ZJ26'], '浙江今年省级财政资金安排多少', F('安排省级财政资金1053.8亿元', [1053.8, '亿元']));

x('figure', ['fiscal', 'target', 'two-digit-year'], ['ZJ25'], '浙江25年省级财政资金安排多少', F('安排省级财政资金1042.8亿元,供应建设用地35万亩以上', [1042.8, '亿元']));

// ---- 投资 ------------------------------------------------------------------------------------------
x('figure', ['investment', 'growth', 'relative-year', 'colloquial'], ['FJ26'], '福建去年投资增长多少', F('固定资产投资下降3.3%', [3.3, '%']));
x('figure', ['investment', 'growth', 'two-digit-year', 'colloquial'], ['FJ25'], '福建24年固投增速', F('固定资产投资增长3.9%', [3.9, '%']));
x('figure', ['investment', 'growth', 'relative-year'], ['FJ26'], '福建去年工业投资增长多少', F('工业投资增长6.1%', [6.1, '%']));
x('figure', ['investment', 'growth', 'two-digit-year'], ['GD25'], '广东24年工业投资增长多少', F('工业投资超1.5万亿元、增长6.7%', [6.7, '%']));
x('figure', ['investment', 'growth', 'two-digit-year'], ['AH25'], '安徽24年制造业投资增长多少', F('制造业投资增长13.3%、连续48个月保持两位数增长', [13.3, '%']));
x('figure', ['investment', 'growth', 'two-digit-year'], ['ZJ25'], '浙江24年制造业投资增速', F('制造业投资增长3.3%', [3.3, '%']));
x('figure', ['investment', 'growth', 'two-digit-year'], ['SD25'], '山东24年民间投资增长多少', F('民间投资增长7.6%', [7.6, '%']));
x('figure', ['investment', 'growth', 'relative-year'], ['ZJ26'], '浙江去年民间项目投资增长多少', F('民间项目投资增长4.6%', [4.6, '%']));
x('figure', ['investment', 'level', 'relative-year'], ['JS26'], '江苏去年省重大项目完成投资多少', F('省重大项目完成投资达7290亿元', [7290, '亿元']));
x('figure', ['investment', 'share', 'relative-year'], ['JS26'], '江苏民间投资占比多少', F('民间投资占比稳定在60%以上', [60, '%']));

// ---- 消费 ------------------------------------------------------------------------------------------
x('figure', ['consumption', 'growth', 'relative-year', 'colloquial'], ['FJ26'], '福建去年消费增长多少', F('社会消费品零售总额增长4.4%', [4.4, '%']));
x('figure', ['consumption', 'growth', 'relative-year'], ['BJ26'], '北京去年服务消费增长多少', F('服务消费增长5%', [5, '%']));
x('figure', ['consumption', 'share', 'relative-year'], ['JS26'], '江苏去年消费对经济增长贡献率多少', F('消费对经济增长贡献率提升至55%左右', [55, '%']));
x('figure', ['consumption', 'share', 'relative-year'], ['JS26'], '江苏服务性消费占比多少', F('服务性消费支出占居民人均消费支出比重达46.3%', [46.3, '%']));
x('figure', ['consumption', 'level', 'two-digit-year'], ['ZJ25'], '浙江24年以旧换新资金多少', F('用足用好国家下达的90亿元消费品以旧换新资金', [90, '亿元']));
x('figure', ['consumption', 'level', 'two-digit-year'], ['SH25'], '上海24年新能源车新上牌多少辆', F('新能源汽车新上牌26.5万辆', [26.5, '万辆']));
x('figure', ['consumption', 'growth', 'two-digit-year'], ['BJ25'], '北京24年物价涨了多少', F('居民消费价格涨幅0.1%', [0.1, '%']));

x('figure', ['consumption', 'level', 'relative-year'], ['SD26'], '山东以旧换新带动销售多少', F('带动商品销售2000多亿元', [2000, '亿元']));

// ---- 收入 ------------------------------------------------------------------------------------------
x('figure', ['income', 'level', 'colloquial'], ['ZJ26'], '浙江人均收入多少', F('全体居民人均可支配收入突破7万元', [7, '万元']));
x('figure', ['income', 'level', 'colloquial'], ['ZJ26'], '浙江农村居民收入多少', F('城镇和农村居民人均可支配收入分别超过8万元、4.5万元', [4.5, '万元']));
x('figure', ['income', 'level'], ['ZJ26'], '浙江城乡收入倍差多少', F('收入倍差从1.96缩小至1.81', [1.81]));
x('figure', ['income', 'growth', 'two-digit-year'], ['BJ25'], '北京24年居民收入增长多少', F('居民人均可支配收入增长4.5%左右', [4.5, '%']));
x('figure', ['income', 'growth', 'two-digit-year'], ['ZJ25'], '浙江24年低收入农户收入增长多少', F('低收入农户人均可支配收入增长11.1%', [11.1, '%']));
x('figure', ['income', 'growth', 'fourteenth-plan'], ['SD26'], '山东十四五居民收入增长多少', F('居民人均可支配收入增长34.3%', [34.3, '%']));
x('figure', ['income', 'growth', 'fourteenth-plan'], ['JS26'], '江苏十四五人均收入年均增长多少', F('人均可支配收入年均增长6%', [6, '%']));
x('figure', ['income', 'growth', 'fourteenth-plan'], ['SH26'], '上海这五年居民收入年均涨多少', F('居民人均可支配收入年均增长5%', [5, '%']));
x('figure', ['income', 'level', 'relative-year'], ['ZJ26'], '浙江低保标准多少', F('低保最低月标准提高到1190元', [1190, '元']));

// ---- 就业 ------------------------------------------------------------------------------------------
x('figure', ['jobs', 'count', 'two-digit-year'], ['FJ25'], '福建24年城镇新增就业多少', F('城镇新增就业53.1万人', [53.1, '万人']));
x('figure', ['jobs', 'count', 'two-digit-year'], ['JS25'], '江苏24年新增就业多少', F('城镇新增就业143.02万人', [143.02, '万人']));
x('figure', ['jobs', 'level', 'relative-year', 'colloquial'], ['FJ26'], '福建去年失业率多少', F('城镇调查失业率4.7%', [4.7, '%']));
x('figure', ['jobs', 'target', 'relative-year'], ['ZJ26'], '浙江今年新增就业目标多少', F('确保城镇新增就业100万人以上', [100, '万人']));
x('figure', ['jobs', 'count', 'fourteenth-plan'], ['SH26'], '上海十四五每年新增就业岗位多少', F('年均新增就业岗位61.4万个', [61.4, '万个']));

x('figure', ['jobs', 'count', 'two-digit-year'], ['AH25'], '安徽24年开发了多少政策性岗位', F('开发政策性岗位21.1万个', [21.1, '万个']));
x('figure', ['jobs', 'count', 'relative-year'], ['BJ26'], '北京去年给高校毕业生提供多少岗位', F('提供11.2万个高校毕业生就业岗位', [11.2, '万个']));
x('figure', ['jobs', 'count', 'two-digit-year', 'colloquial'], ['FJ25'], '福建24年失业人员再就业多少人', F('失业人员实现再就业14.3万人', [14.3, '万人']));
x('figure', ['jobs', 'count', 'relative-year', 'colloquial'], ['SD26'], '山东去年以工代赈带动就业多少', F('以工代赈带动就业16.4万人', [16.4, '万人']));
x('figure', ['jobs', 'count', 'relative-year', 'colloquial'], ['ZJ26'], '浙江新就业群体有多少人', F('新就业群体近300万人', [300, '万人']));
x('figure', ['jobs', 'count', 'fourteenth-plan'], ['JS26'], '江苏十四五新增就业多少', F('城镇新增就业超690万人', [690, '万人']));

// ---- 研发 / 创新 -----------------------------------------------------------------------------------
x('figure', ['rd', 'level', 'two-digit-year', 'colloquial'], ['GD25'], '广东24年研发投入多少', F('预计全省研发经费支出约5100亿元', [5100, '亿元']));
x('figure', ['rd', 'growth', 'relative-year'], ['GD26'], '广东去年研发投入增长多少', F('预计全社会研发投入5350亿元、增长4.9%', [4.9, '%']));
x('figure', ['rd', 'level', 'two-digit-year'], ['FJ25'], '福建24年研发投入多少', F('全社会研发投入预计超1200亿元', [1200, '亿元']));
x('figure', ['rd', 'target', 'two-digit-year'], ['FJ25'], '福建25年研发投入增长目标', F('全社会研发投入增长8%以上', [8, '%']));
x('figure', ['rd', 'growth', 'two-digit-year'], ['SD25'], '山东24年研发投入增长多少', F('全社会研发投入增长9.4%,高于全国1个百分点', [9.4, '%']));
x('figure', ['rd', 'growth', 'fourteenth-plan'], ['SD26'], '山东十四五研发投入年均增长多少', F('全社会研发投入年均增长11.5%', [11.5, '%']));
x('figure', ['rd', 'level', 'two-digit-year', 'colloquial'], ['ZJ25'], '浙江24年研发强度多少', F('全社会研发投入强度预计达3.2%', [3.2, '%']));
x('figure', ['rd', 'target', 'relative-year'], ['ZJ26'], '浙江今年科技创新投入目标多少', F('全口径科技创新投入达到7800亿元', [7800, '亿元']));
x('figure', ['rd', 'target', 'fifteenth-plan'], ['BJ26'], '北京十五五研发投入占比目标多少', F('全社会研发投入占比6%以上', [6, '%']));
x('figure', ['rd', 'target', 'fifteenth-plan'], ['JS26'], '江苏十五五研发经费年均增长目标', F('全社会研发经费投入年均增长7%左右', [7, '%']));
x('figure', ['rd', 'share', 'two-digit-year'], ['AH25'], '安徽24年企业研发投入占比多少', F('企业研发投入占全社会比重达81.3%', [81.3, '%']));
x('figure', ['rd', 'count', 'two-digit-year'], ['SH25'], '上海24年高新技术企业多少家', F('高新技术企业达到2.5万家', [2.5, '万家']));
x('figure', ['rd', 'target', 'two-digit-year'], ['JS25'], '江苏25年高企目标多少家', F('力争高新技术企业超6.1万家', [6.1, '万家']));
x('figure', ['rd', 'growth', 'two-digit-year'], ['SD25'], '山东24年发明专利授权增长多少', F('发明专利授权量增长15.4%', [15.4, '%']));

x('figure', ['rd', 'target', 'two-digit-year'], ['FJ25'], '福建25年高企目标多少家', F('国家高新技术企业突破1.5万家', [1.5, '万家']));

// ---- 粮食 / 农业 -----------------------------------------------------------------------------------
x('figure', ['grain', 'target', 'two-digit-year'], ['AH25'], '安徽25年粮食产量目标', F('全年粮食播种面积1.1亿亩、产量825亿斤以上', [825, '亿斤']));
x('figure', ['grain', 'target', 'two-digit-year'], ['JS25'], '江苏25年粮食播种面积要稳在多少', F('确保粮食播种面积稳定在8200万亩以上', [8200, '万亩']));
x('figure', ['grain', 'target', 'relative-year'], ['ZJ26'], '浙江今年粮食产量目标多少', F('确保粮食播种面积1530万亩、总产量125亿斤', [125, '亿斤']));
x('figure', ['grain', 'target', 'relative-year'], ['GD26'], '广东今年粮食产量要到多少', F('实现粮食播种面积3320万亩、产量1285万吨以上', [1285, '万吨']));
x('figure', ['grain', 'growth', 'two-digit-year'], ['BJ25'], '北京24年粮食单产提高多少', F('粮食单产提高14.5%', [14.5, '%']));
x('figure', ['grain', 'level', 'two-digit-year', 'colloquial'], ['SD25'], '山东24年农业总产值多少', F('农林牧渔业总产值达到1.28万亿元', [1.28, '万亿元']));
x('figure', ['grain', 'growth', 'relative-year', 'colloquial'], ['GD26'], '广东去年农业产值增长多少', F('农林牧渔业总产值增长4.9%', [4.9, '%']));

x('figure', ['grain', 'level', 'relative-year', 'colloquial'], ['AH26'], '安徽去年建了多少高标准农田', F('新建、改造高标准农田200.9万亩', [200.9, '万亩']));
x('figure', ['grain', 'level', 'two-digit-year'], ['JS25'], '江苏24年新建高标准农田多少万亩', F('新建和改造高标准农田298万亩', [298, '万亩']));
x('figure', ['grain', 'target', 'relative-year'], ['BJ26'], '北京今年粮食播种面积目标多少', F('确保粮食播种面积稳定在100万亩以上', [100, '万亩']));
x('figure', ['grain', 'target', 'two-digit-year'], ['ZJ25'], '浙江25年高标准农田建设目标', F('新建和改造提升高标准农田78万亩以上', [78, '万亩']));

// ---- 工业 / 产业 -----------------------------------------------------------------------------------
x('figure', ['industry', 'growth', 'relative-year'], ['AH26'], '安徽去年电子信息产业增加值增长多少', F('电子信息产业增加值增长40.9%', [40.9, '%']));
x('figure', ['industry', 'growth', 'relative-year'], ['JS26'], '江苏去年规上工业增加值增长多少', F('规上工业增加值、规上服务业营收分别增长6.5%和7%', [6.5, '%']));
x('figure', ['industry', 'level', 'relative-year'], ['GD26'], '广东规上工业企业有多少家', F('规模以上工业企业达7.6万家、增加值增长3%', [7.6, '万家']));
x('figure', ['industry', 'growth', 'relative-year'], ['GD26'], '广东去年新能源汽车产量增长多少', F('新能源汽车产量增长27.7%', [27.7, '%']));
x('figure', ['industry', 'level', 'relative-year'], ['SD26'], '山东去年新能源车产量多少', F('新能源汽车超过110万辆', [110, '万辆']));
x('figure', ['industry', 'target', 'relative-year'], ['SD26'], '山东今年新能源汽车产量目标', F('力争产量突破120万辆', [120, '万辆']));
x('figure', ['industry', 'growth', 'relative-year'], ['ZJ26'], '浙江去年高新技术产业增加值增长多少', F('战略性新兴产业、高新技术产业增加值分别增长10%、7.9%', [7.9, '%']));
x('figure', ['industry', 'level', 'relative-year'], ['ZJ26'], '浙江人工智能核心产业营收多少', F('人工智能核心产业营收6800亿元左右、增长20%以上', [6800, '亿元']));
x('figure', ['industry', 'target', 'relative-year'], ['ZJ26'], '浙江今年战略性新兴产业占规上工业比重目标', F('战略性新兴产业增加值占规上工业比重达到35%左右', [35, '%']));
x('figure', ['industry', 'count', 'fourteenth-plan'], ['ZJ26'], '浙江规上工业企业现在多少家', F('规上工业企业从4.7万家增加到6.1万家', [6.1, '万家']));
x('figure', ['industry', 'share', 'two-digit-year'], ['AH25'], '安徽24年战新产业占规上工业比重多少', F('战略性新兴产业产值占规上工业比重43.6%、提高0.7个百分点', [43.6, '%']));
x('figure', ['industry', 'target', 'two-digit-year'], ['ZJ25'], '浙江25年数字经济核心产业增长目标', F('力争数字经济核心产业增加值增长6.5%以上', [6.5, '%']));

// ---- 旅游 / 交通 -----------------------------------------------------------------------------------
x('figure', ['tourism', 'growth', 'two-digit-year', 'colloquial'], ['BJ25'], '北京24年入境游客涨了多少', F('入境游客大幅增长186.8%', [186.8, '%']));
x('figure', ['tourism', 'growth', 'relative-year'], ['BJ26'], '北京去年入境游客增长多少', F('入境游客增长39%', [39, '%']));
x('figure', ['tourism', 'level', 'relative-year', 'colloquial'], ['GD26'], '广东去年旅游收入多少', F('旅游总收入1.24万亿元、增长12.5%', [1.24, '万亿元']));
x('figure', ['tourism', 'count', 'relative-year'], ['GD26'], '广东去年接待游客多少人次', F('预计全年接待游客9.6亿人次、增长10.3%', [9.6, '亿人次']));
x('figure', ['tourism', 'level', 'two-digit-year', 'colloquial'], ['JS25'], '江苏24年旅游收入多少', F('旅游总收入超1.3万亿元', [1.3, '万亿元']));
x('figure', ['tourism', 'count', 'two-digit-year'], ['SD25'], '山东24年接待游客多少', F('全年接待游客超9亿人次', [9, '亿人次']));
x('figure', ['tourism', 'growth', 'relative-year'], ['ZJ26'], '浙江去年入境过夜游客增长多少', F('入境过夜游客人数增长24.9%', [24.9, '%']));
x('figure', ['tourism', 'growth', 'relative-year'], ['AH26'], '安徽去年港口吞吐量增长多少', F('港口货物吞吐量增长5.7%', [5.7, '%']));

x('figure', ['tourism', 'growth', 'relative-year', 'colloquial'], ['SD26'], '山东去年旅游收入增长多少', F('游客人数、旅游收入均增长10%以上', [10, '%']));
x('figure', ['tourism', 'count', 'two-digit-year', 'colloquial'], ['JS25'], '江苏24年游客多少人次', F('接待境内外游客超10.9亿人次', [10.9, '亿人次']));

// ---- 环境 ------------------------------------------------------------------------------------------
x('figure', ['environment', 'level', 'two-digit-year'], ['GD25'], '广东24年PM2.5多少', F('PM2.5平均浓度降至20.6微克/立方米', [20.6, '微克/立方米']));
x('figure', ['environment', 'share', 'two-digit-year'], ['AH25'], '安徽24年空气优良率多少', F('空气质量优良天数比率82.2%', [82.2, '%']));
x('figure', ['environment', 'share', 'two-digit-year'], ['SH25'], '上海24年空气质量优良率多少', F('环境空气质量优良率达到88.5%、提高0.8个百分点', [88.5, '%']));
x('figure', ['environment', 'share', 'relative-year'], ['BJ26'], '北京绿电占比多少', F('绿色电力占比达36%', [36, '%']));
x('figure', ['environment', 'share', 'relative-year'], ['ZJ26'], '浙江地表水水质优良比例多少', F('地表水国控断面I—III类水质比例达98.7%', [98.7, '%']));
x('figure', ['environment', 'count', 'relative-year'], ['SH26'], '上海去年新增公园多少座', F('新增公园127座', [127, '座']));

x('figure', ['environment', 'growth', 'fourteenth-plan'], ['JS26'], '江苏PM2.5这几年改善多少', F('PM2.5年均浓度较“十三五”末改善16.5%', [16.5, '%']));
x('figure', ['environment', 'rank', 'two-digit-year'], ['FJ25'], '福建森林覆盖率连续多少年全国第一', F('森林覆盖率连续46年居全国首位', [46, '年']));
x('figure', ['environment', 'share', 'relative-year'], ['FJ26'], '福建城市污水收集率多少', F('城市生活污水集中收集率达87.8%', [87.8, '%']));
x('figure', ['environment', 'count', 'fourteenth-plan', 'colloquial'], ['BJ26'], '北京公园有多少个', F('公园总数达1136个', [1136, '个']));

// ---- 民生:住房 / 养老 / 托育 / 教育 / 医疗 ---------------------------------------------------------
x('figure', ['welfare', 'count', 'two-digit-year'], ['AH25'], '安徽24年保租房新增多少套', F('新增保障性租赁住房12.4万套(间)', [12.4, '万套']));
x('figure', ['welfare', 'count', 'relative-year'], ['BJ26'], '北京去年竣工保障房多少套', F('竣工各类保障房10万套', [10, '万套']));
x('figure', ['welfare', 'count', 'two-digit-year'], ['GD25'], '广东24年筹建保障房多少', F('新筹建各类保障性住房28.6万套(间)', [28.6, '万套']));
x('figure', ['welfare', 'count', 'two-digit-year'], ['ZJ25'], '浙江24年保租房筹集多少套', F('建设筹集保障性租赁住房25.1万套(间)', [25.1, '万套']));
x('figure', ['welfare', 'count', 'relative-year'], ['FJ26'], '福建新增养老床位多少张', F('新增养老床位5万张、普惠托育机构923个', [5, '万张']));
x('figure', ['welfare', 'count', 'relative-year'], ['ZJ26'], '浙江养老床位有多少', F('建成养老服务机构1596个、床位23.1万张', [23.1, '万张']));
x('figure', ['welfare', 'share', 'two-digit-year'], ['FJ25'], '福建24年普惠性幼儿园覆盖率多少', F('普惠性幼儿园覆盖率达94.9%', [94.9, '%']));
x('figure', ['welfare', 'target', 'relative-year'], ['BJ26'], '北京今年普惠托位占比目标', F('普惠托位占比提高到68%', [68, '%']));

x('figure', ['welfare', 'count', 'relative-year'], ['AH26'], '安徽去年新增高中学位多少', F('新增普通高中学位5.8万个', [5.8, '万个']));
x('figure', ['welfare', 'count', 'two-digit-year'], ['FJ25'], '福建24年新增义务教育学位多少', F('新增公办义务教育学位11.4万个', [11.4, '万个']));
x('figure', ['welfare', 'count', 'relative-year'], ['GD26'], '广东去年新增公办学位多少', F('新增基础教育公办学位50万个', [50, '万个']));
x('figure', ['welfare', 'level', 'fourteenth-plan', 'colloquial'], ['JS26'], '江苏人均寿命多少', F('人均预期寿命超过80岁', [80, '岁']));

// ---- 不可答:地方、年份或指标报告里没有 --------------------------------------------------------------
x('notfound', ['not-answerable', 'nf', 'nf-indicator', 'known-trip'], [], '北京2025年常住人口', NF);
x('notfound', ['not-answerable', 'nf', 'nf-indicator'], [], '北京常住人口有多少', NF);
x('notfound', ['not-answerable', 'nf', 'nf-indicator', 'known-trip'], [], '福建渔业产值', NF);
x('notfound', ['not-answerable', 'nf', 'nf-indicator'], [], '上海去年房价涨了多少', NF);
x('notfound', ['not-answerable', 'nf', 'nf-indicator'], [], '广东去年出生人口多少', NF);
x('notfound', ['not-answerable', 'nf', 'nf-indicator'], [], '江苏去年平均工资多少', NF);
x('notfound', ['not-answerable', 'nf', 'nf-indicator'], [], '浙江去年土地出让收入多少', NF);
x('notfound', ['not-answerable', 'nf', 'nf-place'], [], '河南去年外贸咋样', NF);
x('notfound', ['not-answerable', 'nf', 'nf-place'], [], '湖北24年GDP多少', NF);
x('notfound', ['not-answerable', 'nf', 'nf-place'], [], '四川去年财政收入多少', NF);
x('notfound', ['not-answerable', 'nf', 'nf-place'], [], '重庆粮食产量多少来着', NF);
x('notfound', ['not-answerable', 'nf', 'nf-year'], [], '安徽2019年外贸多少', NF);
x('notfound', ['not-answerable', 'nf', 'nf-year'], [], '山东18年新增就业多少', NF);
x('notfound', ['not-answerable', 'nf', 'nf-year'], [], '广东20年研发投入多少', NF);

// ---------------------------------------------------------------------------------------------
for (const c of cases) {
  const families = c.tags.filter((t) => FAMILIES.includes(t));
  if (families.length !== 1) throw new Error(`${c.q}: family tags ${families.join(',') || 'none'}`);
  const kinds = c.tags.filter((t) => KINDS.includes(t));
  if (kinds.length !== 1) throw new Error(`${c.q}: kind tags ${kinds.join(',') || 'none'}`);
}
const failures = checkCases(cases);
for (const q of citesUsedElsewhere(cases, EARLIER_SETS)) failures.push(`${q}: its cite is another set's`);
if (failures.length) {
  console.error(`facts that do not hold:\n${failures.join('\n')}`);
  process.exit(1);
}
// Split per family (not per intent): a known trip (reported to the tuner before this set) goes to tune; within each
// family the other cases are sorted by SHA-1 of their question and dealt alternately, the first to tune or heldout
// by the SHA-1 of the family name. splitAndWrite keeps a side set here.
const hash = (s) => createHash('sha1').update(s).digest('hex');
// A case reworded after its first run keeps the side its first wording dealt it, so no tuned case moves to heldout.
const FIRST_WORDING = { 广东十四五对一带一路国家进出口增长多少: '广东去年对一带一路国家进出口增长多少' };
const splitKey = (c) => FIRST_WORDING[c.q] ?? c.q;
for (const family of FAMILIES) {
  const all = cases.filter((c) => c.tags.includes(family));
  for (const c of all) if (c.tags.includes('known-trip')) c._side = 'tune';
  const list = all.filter((c) => !c._side).sort((p, q) => hash(splitKey(p)).localeCompare(hash(splitKey(q))));
  const first = hash(family)[0] < '8' ? 'tune' : 'heldout';
  list.forEach((c, n) => {
    c._side = n % 2 === 0 ? first : first === 'tune' ? 'heldout' : 'tune';
  });
}
const summary = splitAndWrite(cases, { dir: here, setPrefix: 'g', checkOnly: process.argv.includes('--check') });
summary.byFamily = Object.fromEntries(FAMILIES.map((s) => [s, [cases.filter((c) => c.tags.includes(s) && c._side === 'tune').length, cases.filter((c) => c.tags.includes(s) && c._side === 'heldout').length]]));
console.log(JSON.stringify(summary));
