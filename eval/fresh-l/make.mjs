#!/usr/bin/env node
// Writes the fresh-l sets: eval/fresh-l/l-tune.jsonl and eval/fresh-l/l-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-l/make.mjs [--check]
//
// Questions on REPORTS NOBODY TUNED TO, as people have them: the 2025 work reports of 云南 and 湖南 (Word files) and
// 吉林 (the PDF office software exports), added to a copy of the eval corpus by `npm run add` (make-corpus.mjs). Written
// as analysts, officials and journalists type in Slack, before any fix and without reading the bot's source to choose
// wording: colloquial figure asks, headline indicators and the things the reports count beyond them (projects,
// facilities, funds, programmes), 24年/2024年/25年 years, targets, target vs actual, short names 滇/吉/湘 and typos,
// priorities, comparisons and superlatives (grep-checked over all 23 report files), several indicators in one question,
// not-answerable cases (grep-checked absent), English journalist questions and 2–3 turn conversations.
// Today = 2026-12-03: 今年 = 2026, 去年 = 2025. A 2025 report gives 2024's results and 2025's targets, so a 去年
// question about these three provinces is NOT answerable for 2025: notFound, with the nearest held (the 2024 figure,
// for an indicator without a 2025 target) cited.
//
// Cites are checked against the text the extractors really yield (eval/fresh-l/extract.ts writes it to .cache/fresh-l/),
// through ../case-checks.mjs unchanged: its REPORTS map gets the three extracted texts as YN25 / HN25 / JL25.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseBook, conversationBook, checkCases, citesUsedElsewhere, dealByReportAndShape, EARLIER_SETS, FIXED_OUTLINE, norm, sentencesOf, splitAndWrite, useFreshLReports } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// The corpus and the extracted texts first: a cite must be text the Word / PDF extraction yields.
useFreshLReports();
// Their 2025 tasks: "三、2025年重点任务" (云南), "二、关于2025年工作" (湖南), "二、2025年工作安排" (吉林) — numbered (一)…,
// each title cut at its first comma, as the other sets' outlines.
FIXED_OUTLINE.YN25 = ['统筹消费和投资', '坚持把发展特色优势产业作为主攻方向', '坚持推动教育科技人才良性循环', '统筹推进新型城镇化和乡村全面振兴', '着力增强内引外联开放功能', '弘扬民族团结誓词碑光荣传统', '协同推进降碳减污扩绿增长', '加大保障和改善民生力度', '有效防范化解重点领域风险'];
FIXED_OUTLINE.HN25 = ['全力推动经济持续回升向好', '加快建设现代化产业体系', '全力推进高水平科技自立自强', '进一步全面深化改革开放', '深入推进区域协调发展', '加快推进农业农村现代化', '进一步增强文化软实力', '加大保障和改善民生力度', '持续推进美丽湖南建设', '全面提升安全发展水平'];
FIXED_OUTLINE.JL25 = ['聚焦全方位扩大国内需求', '聚焦科技创新和产业创新融合发展', '聚焦扛稳国家粮食安全重任', '聚焦增强发展内生动力', '聚焦稳外贸、稳外资', '聚焦更好统筹发展和安全', '聚焦巩固拓展生态优势', '聚焦保障和改善民生'];

const { cases, x, C, F, NF, O } = caseBook();
const SHAPES = ['colloquial-ask', 'short-name-ask', 'typo-ask', 'year-ask', 'target-ask', 'target-vs-actual', 'superlative-ask', 'comparison-ask', 'multi-ask', 'outline-ask', 'not-answerable', 'english-ask', 'follow-up'];
const f = (intent, shape, reports, question, expect, ...more) => x(intent, [shape, ...more], [].concat(reports), question, expect);
const e = (intent, reports, question, expect, ...more) => x(intent, ['english-ask', 'en', ...more], [].concat(reports), question, expect);
/** A 去年 (= 2025) question about a 2025 report: not held; the nearest held (2024's figure) cited. */
const NEAR = (cite) => ({ notFound: true, cite: [].concat(cite) });

// ---- colloquial figure asks, headline indicators and what the reports count beyond them ---------------------------
// 云南 (Word)
f('figure', 'colloquial-ask', 'YN25', '云南产业投资占全部投资的比重有多大', F('产业投资占全部投资比重达52.1%', [52.1, '%']));
f('figure', 'colloquial-ask', 'YN25', '云南消费品以旧换新带动了多少消费', F('直接带动消费超330亿元', [330, '亿元']));
f('figure', 'colloquial-ask', 'YN25', '云南电力总装机现在多大了', F('电力总装机突破1.5亿千瓦', [1.5, '亿千瓦']));
f('figure', 'colloquial-ask', 'YN25', '云南旅居人数有多少', F('旅居人数达389.75万', [389.75]));
f('figure', 'colloquial-ask', 'YN25', '云南派了多少名金融特派员', F('选派552名金融特派员', [552, '名']));
f('figure', 'colloquial-ask', 'YN25', '中老铁路累计发送旅客多少人次', F('中老铁路累计发送旅客超4500万人次', [4500, '万人次']));
f('figure', 'colloquial-ask', 'YN25', '云南营造林完成了多少亩', F('完成营造林349.9万亩', [349.9, '万亩']));
f('figure', 'colloquial-ask', 'YN25', '云南连续多少个月没出重大生产安全事故了', F('连续61个月未发生重大及以上生产安全事故', [61, '个月']));
// 湖南 (Word)
f('figure', 'colloquial-ask', 'HN25', '湖南三批集中开工了多少个重大项目', F('三批集中开工957个重大项目', [957, '个']));
f('figure', 'colloquial-ask', 'HN25', '湖南发电总装机有多大', F('发电总装机达7582万千瓦', [7582, '万千瓦']));
f('figure', 'colloquial-ask', 'HN25', '湖南总算力多少', F('总算力突破7000PF', [7000]));
f('figure', 'colloquial-ask', 'HN25', '湖南建了多少家智能制造企业', F('建设智能制造企业1195家', [1195, '家']));
f('figure', 'colloquial-ask', 'HN25', '湘商回归新注册了多少家企业', F('湘商回归新注册企业达到1670家', [1670, '家']));
f('figure', 'colloquial-ask', 'HN25', '湘菜产业产值有多大', F('湘菜产业产值突破6000亿元', [6000, '亿元']));
f('figure', 'colloquial-ask', 'HN25', '湘易办总用户数多少', F('“湘易办”总用户数近3500万', [3500]));
f('figure', 'colloquial-ask', 'HN25', '湖南完成了多少家全国重点实验室重组', F('完成全国重点实验室重组35家', [35, '家']));
// 吉林 (PDF)
f('figure', 'colloquial-ask', 'JL25', '吉林新能源产业投资突破多少了', F('新能源产业投资突破1100亿元', [1100, '亿元']));
f('figure', 'colloquial-ask', 'JL25', '吉林国有资本收益多少', F('实现国有资本收益64.6亿元', [64.6, '亿元']));
f('figure', 'colloquial-ask', 'JL25', '吉林保护性耕作推广了多少亩', F('保护性耕作推广面积达到3800万亩', [3800, '万亩']));
f('figure', 'colloquial-ask', 'JL25', '吉林农林牧渔总产值多少', F('农林牧渔总产值达到3100亿元', [3100, '亿元']));
f('figure', 'colloquial-ask', 'JL25', '吉林新建了多少户宜居农房', F('新建宜居农房18393户', [18393, '户']));
f('figure', 'colloquial-ask', 'JL25', '吉林改造了多少公里老旧燃气管道', F('改造老旧燃气管道2249公里', [2249, '公里']));
f('figure', 'colloquial-ask', 'JL25', '吉林在全国冬运会上拿了多少枚金牌', F('获得62枚金牌', [62, '枚']));
f('figure', 'colloquial-ask', 'JL25', '吉林提供了多少个优质公办幼儿园学位', F('提供优质公办幼儿园学位11870个', [11870, '个']));

// ---- 24年 / 2024年: the reports' review year ---------------------------------------------------------------------
f('figure', 'year-ask', 'YN25', '云南24年GDP总量多少', F('全省完成地区生产总值31534亿元', [31534, '亿元']), 'two-digit-year');
f('figure', 'year-ask', 'YN25', '云南2024年粮食总产量多少万吨', F('粮食总产量1993.5万吨', [1993.5, '万吨']), 'year');
f('figure', 'year-ask', 'YN25', '云南24年旅游总花费多少', F('实现旅游总花费1.14万亿元', [1.14, '万亿元']), 'two-digit-year');
f('figure', 'year-ask', 'YN25', '云南24年开工改造了多少个老旧小区', F('开工改造城镇老旧小区2878个', [2878, '个']), 'two-digit-year');
f('figure', 'year-ask', 'YN25', '云南2024年新改建农村公路多少公里', F('新改建农村公路1.2万公里', [1.2, '万公里']), 'year');
f('figure', 'year-ask', 'YN25', '云南24年农村劳动力转移就业多少人', F('农村劳动力转移就业1547.3万人', [1547.3, '万人']), 'two-digit-year');
f('figure', 'year-ask', 'HN25', '湖南24年经济总量多少', F('总量达5.3万亿元', [5.3, '万亿元']), 'two-digit-year');
f('figure', 'year-ask', 'HN25', '湖南2024年粮食总产多少亿斤', F('粮食总产达615.6亿斤', [615.6, '亿斤']), 'year');
f('figure', 'year-ask', 'HN25', '湖南24年水利建设投资完成了多少', F('全年完成水利建设投资654.7亿元', [654.7, '亿元']), 'two-digit-year');
f('figure', 'year-ask', 'HN25', '湖南2024年开工改造城镇老旧小区多少个', F('开工改造城镇老旧小区5357个', [5357, '个']), 'year');
f('figure', 'year-ask', 'HN25', '湖南24年提质改造农村公路多少公里', F('提质改造农村公路4528公里', [4528, '公里']), 'two-digit-year');
f('figure', 'year-ask', 'JL25', '吉林24年粮食总产量多少', F('总产量达到853.2亿斤', [853.2, '亿斤']), 'two-digit-year');
f('figure', 'year-ask', 'JL25', '吉林2024年技术合同成交额多少', F('技术合同成交额达到241亿元', [241, '亿元']), 'year');
f('figure', 'year-ask', 'JL25', '吉林24年实施了多少个亿元以上重大项目', F('实施亿元以上重大项目1827个', [1827, '个']), 'two-digit-year');
f('figure', 'year-ask', 'JL25', '吉林2024年一般公共预算收入增长多少', F('一般公共预算收入增长10.8％', [10.8, '%']), 'year');
f('figure', 'year-ask', 'JL25', '吉林24年高校毕业生留吉多少人', F('高校毕业生留吉突破15万人', [15, '万人']), 'two-digit-year');

// ---- short names 滇 / 吉 / 湘 ----------------------------------------------------------------------------------------
f('figure', 'short-name-ask', 'YN25', '滇24年居民人均可支配收入增长多少', F('居民人均可支配收入增长5.3%', [5.3, '%']), 'abbrev', 'two-digit-year');
f('figure', 'short-name-ask', 'YN25', '滇过境免签延长到多少小时', F('过境免签扩展到9个州（市）并延长至240小时', [240, '小时']), 'abbrev');
f('figure', 'short-name-ask', 'HN25', '湘24年规模工业增加值增长多少', F('规模工业增加值增长7.3%', [7.3, '%']), 'abbrev', 'two-digit-year');
f('figure', 'short-name-ask', 'HN25', '湘国家级单项冠军企业总数多少个', F('国家级制造业单项冠军企业总数达72个', [72, '个']), 'abbrev');
f('figure', 'short-name-ask', 'JL25', '吉省24年新增了多少家有实绩的外贸企业', F('新增有实绩进出口外贸企业132家', [132, '家']), 'abbrev', 'two-digit-year');
f('target', 'short-name-ask', 'JL25', '吉25年肉牛屠宰量目标多少万头', F('肉牛屠宰量达到80万头', [80, '万头']), 'abbrev', 'two-digit-year');

// ---- typos (云男 湖楠 吉淋 芸南) -----------------------------------------------------------------------------------
f('figure', 'typo-ask', 'YN25', '云男24年城镇新增就业多少人', F('城镇新增就业51万人', [51, '万人']), 'two-digit-year');
f('figure', 'typo-ask', 'HN25', '湖楠24年社零增长多少', F('社会消费品零售总额增长5.4%', [5.4, '%']), 'two-digit-year');
f('figure', 'typo-ask', 'JL25', '吉淋24年生产安全事故死亡人数降了多少', F('生产安全事故起数、死亡人数分别下降40.5％、32.7％', [32.7, '%']), 'two-digit-year');
f('figure', 'typo-ask', 'YN25', '芸南2024年规上工业增加值增长多少', F('规模以上工业增加值增长3.3%', [3.3, '%']), 'year');

// ---- targets (25年 / 2025年 / 今年 in the report's own words) ----------------------------------------------------
f('target', 'target-ask', 'YN25', '云南25年社会物流总费用占GDP的比率要降到多少', F('社会物流总费用与地区生产总值的比率降至15%左右', [15, '%']), 'two-digit-year');
f('target', 'target-ask', 'YN25', '云南2025年粮食产量目标是多少', F('粮食总产量稳定在1955万吨以上', [1955, '万吨']), 'year');
f('target', 'target-ask', 'YN25', '云南25年计划引进多少个亿元以上项目', F('引进亿元以上项目超500个', [500, '个']), 'two-digit-year');
f('target', 'target-ask', 'YN25', '云南25年旅居人数力争到多少', F('力争旅居人数达600万', [600]), 'two-digit-year');
f('target', 'target-ask', 'YN25', '云南2025年开工投产新能源项目目标多少', F('开工、投产新能源项目各1600万千瓦以上', [1600, '万千瓦']), 'year');
f('target', 'target-ask', 'YN25', '云南25年建设改造燃气和供排水管网多少公里', F('建设改造燃气和供排水管网5200公里', [5200, '公里']), 'two-digit-year');
f('target', 'target-ask', 'YN25', '云南2025年计划引进多少名银龄人才', F('引进留用3600名高层次银龄人才', [3600, '名']), 'year');
f('target', 'target-ask', 'HN25', '湖南25年规模工业增加值增长目标', F('规模工业增加值增长6.5%以上', [6.5, '%']), 'two-digit-year');
f('target', 'target-ask', 'HN25', '湖南2025年粮食产量目标多少亿斤', F('粮食产量616亿斤左右', [616, '亿斤']), 'year');
f('target', 'target-ask', 'HN25', '湖南25年城镇新增就业目标', F('城镇新增就业70万人', [70, '万人']), 'two-digit-year');
f('target', 'target-ask', 'HN25', '湖南2025年高新技术企业要达到多少家', F('高新技术企业总量突破1.8万家', [1.8, '万家']), 'year');
f('target', 'target-ask', 'HN25', '湖南25年要建多少个基层消防站', F('建成150个基层消防站', [150, '个']), 'two-digit-year');
f('target', 'target-ask', 'HN25', '湖南25年PM2.5浓度要降到多少', F('力争PM2.5浓度下降到33微克/立方米', [33]), 'two-digit-year');
f('target', 'target-ask', 'HN25', '湖南2025年城乡低保标准提到多少', F('城乡低保标准提高到不低于740元/月和485元/月', [740], [485]), 'year');
f('target', 'target-ask', 'JL25', '吉林25年粮食产量目标', F('粮食产量880亿斤以上', [880, '亿斤']), 'two-digit-year');
f('target', 'target-ask', 'JL25', '吉林2025年计划建设多少高标准农田', F('建设高标准农田1000万亩', [1000, '万亩']), 'year');
f('target', 'target-ask', 'JL25', '吉林25年边境游目标多少人次', F('边境游突破500万人次', [500, '万人次']), 'two-digit-year');
f('target', 'target-ask', 'JL25', '吉林2025年新能源装机目标', F('新能源装机600万千瓦以上', [600, '万千瓦']), 'year');
f('target', 'target-ask', 'JL25', '吉林25年城镇新增就业目标多少', F('城镇新增就业21万人', [21, '万人']), 'two-digit-year');
f('target', 'target-ask', 'JL25', '吉林25年打算建多少个群众滑冰场', F('建设24个群众滑冰场', [24, '个']), 'two-digit-year');

// ---- target vs actual (the report's own word on 2024's plan) -------------------------------------------------------
f('attainment', 'target-vs-actual', 'HN25', '湖南24年城镇新增就业完成任务了吗', F('城镇新增就业79.8万人、超额完成年度任务', [79.8, '万人']), 'two-digit-year');
f('attainment', 'target-vs-actual', 'HN25', '湖南24年GDP达到年初目标没有', F('地区生产总值、投资、进出口等预期性指标未达到年初目标'), 'two-digit-year');
f('attainment', 'target-vs-actual', 'HN25', '湖南省重点工程项目投资24年完成计划没', F('省重点工程项目投资5367.1亿元、超额完成年度计划', [5367.1, '亿元']), 'two-digit-year');
f('attainment', 'target-vs-actual', 'YN25', '云南2024年10件惠民实事办完了吗', F('年度10件惠民实事全部办结'), 'year');
f('attainment', 'target-vs-actual', 'JL25', '吉林24年民生实事完成了没有', F('全面完成25项民生实事', [25, '项']), 'two-digit-year');
f('attainment', 'target-vs-actual', 'HN25', '湖南十四五能耗强度下降目标完成了吗', F('提前完成“十四五”能耗强度下降目标'));

// ---- superlatives (the first place checked by grep over all 23 report files) ---------------------------------------
f('superlative', 'superlative-ask', 'JL25', '24年哪个省新建改造高标准农田最多', F('新建和改造提升高标准农田806万亩', [806, '万亩']), 'two-digit-year');
f('superlative', 'superlative-ask', 'JL25', '哪个省梅花鹿产业规模全国第一', F('梅花鹿产业规模保持全国第一'));
f('superlative', 'superlative-ask', 'YN25', '咖啡种植面积全国第一的是哪个省', F('茶叶、鲜切花、核桃、咖啡、橡胶等种植面积和产量稳居全国第1位'));
f('superlative', 'superlative-ask', 'HN25', '对非贸易额中西部第一是哪个省', F('对非贸易额居中西部第1位'));
f('superlative', 'superlative-ask', 'JL25', '粮食单产连续三年主产省第一的是哪', F('单产连续3年居粮食主产省第1位'));
f('superlative', 'superlative-ask', 'HN25', '超算算力全国第三的是哪个省', F('超算算力达223PF、居全国第3位', [223]));
f('superlative', 'superlative-ask', 'JL25', '滇吉湘三省24年谁粮食产量最高', F('总产量达到853.2亿斤', [853.2, '亿斤']), 'abbrev', 'two-digit-year');
f('superlative', 'superlative-ask', 'HN25', '云南吉林湖南24年城镇新增就业哪个最多', F('城镇新增就业79.8万人', [79.8, '万人']), 'two-digit-year');
f('superlative', 'superlative-ask', 'HN25', '滇吉湘哪个省高新技术企业最多', F('高新技术企业达1.75万家', [1.75, '万家']), 'abbrev');
f('superlative', 'superlative-ask', 'HN25', '24年云南吉林湖南哪个省农村劳动力转移就业最多', F('农村劳动力转移就业达1695万人', [1695, '万人']), 'two-digit-year');

// ---- comparisons (A和B) ---------------------------------------------------------------------------------------------
f('comparison', 'comparison-ask', ['HN25', 'YN25'], '云南和湖南24年GDP增速谁高', F(['全年增长4.8%、总量达5.3万亿元', '全省完成地区生产总值31534亿元、增长3.3%'], [4.8, '%'], [3.3, '%']), 'two-digit-year');
f('comparison', 'comparison-ask', ['JL25', 'YN25'], '云南和吉林25年粮食产量目标谁高', F(['粮食产量880亿斤以上', '粮食总产量稳定在1955万吨以上'], [880, '亿斤'], [1955, '万吨']), 'two-digit-year');
f('comparison', 'comparison-ask', ['YN25', 'HN25'], '云南和湖南24年技术合同成交额哪个增得快', F(['技术合同登记数、成交额分别增长21.4%、25.2%', '技术合同成交额增长20.2%'], [25.2, '%'], [20.2, '%']), 'two-digit-year');
f('comparison', 'comparison-ask', ['HN25', 'YN25'], '湘和滇24年开工改造老旧小区谁多', F(['开工改造城镇老旧小区5357个', '开工改造城镇老旧小区2878个'], [5357, '个'], [2878, '个']), 'abbrev', 'two-digit-year');
f('comparison', 'comparison-ask', ['JL25', 'HN25'], '吉林和湖南24年一般公共预算收入增速比一下', F(['一般公共预算收入增长10.8％', '地方一般公共预算收入增长2.6%'], [10.8, '%'], [2.6, '%']), 'two-digit-year');
f('comparison', 'comparison-ask', ['JL25', 'HN25'], '吉林和湖南24年粮食产量谁多', F(['总产量达到853.2亿斤', '粮食总产达615.6亿斤'], [853.2, '亿斤'], [615.6, '亿斤']), 'two-digit-year');
f('comparison', 'comparison-ask', ['AH25', 'HN25'], '湖南和安徽24年新建改造高标准农田谁多', F(['新建、改造高标准农田454.6万亩', '新建和改造提升高标准农田335万亩'], [454.6, '万亩'], [335, '万亩']), 'two-digit-year');

// ---- several indicators in one question ---------------------------------------------------------------------------
f('multi', 'multi-ask', 'YN25', '云南24年GDP和增速分别多少', F('全省完成地区生产总值31534亿元、增长3.3%', [31534, '亿元'], [3.3, '%']), 'two-digit-year');
f('multi', 'multi-ask', 'HN25', '湖南24年汽车和家电以旧换新各多少', F('汽车、家电产品以旧换新分别达23.6万辆、269.8万台', [23.6, '万辆'], [269.8, '万台']), 'two-digit-year');
f('multi', 'multi-ask', 'JL25', '吉林24年红旗汽车产量和销量各增长多少', F('红旗汽车产销量分别增长22.9％和17.4％', [22.9, '%'], [17.4, '%']), 'two-digit-year');
f('multi', 'multi-ask', 'YN25', '云南25年农村劳动力转移就业和城镇新增就业目标分别多少', F('全省农村劳动力转移就业1500万人以上，实现城镇新增就业50万人以上', [1500, '万人'], [50, '万人']), 'two-digit-year');
f('multi', 'multi-ask', 'JL25', '吉林25年引进首店和打造夜间消费集聚区各多少个', F('引进培育100个首店，打造5个夜间消费集聚区', [100, '个'], [5, '个']), 'two-digit-year');
f('multi', 'multi-ask', 'HN25', '湖南24年城市空气优良天数比例和国考断面水质优良率分别多少', F('城市空气优良天数比例达89%、高于全国平均水平1.8个百分点，147个国考断面水质优良率达98.6%', [89, '%'], [98.6, '%']), 'two-digit-year');

// ---- priorities / outline ------------------------------------------------------------------------------------------
f('outline', 'outline-ask', 'YN25', '云南25年工作重点是啥', O('YN25'), 'two-digit-year');
f('outline', 'outline-ask', 'HN25', '湖南2025年重点任务列一下', O('HN25'), 'year');
f('outline', 'outline-ask', 'JL25', '吉林25年有几大任务', O('JL25'), 'two-digit-year');
f('outline', 'outline-ask', 'HN25', '湘25年主要抓哪几个方面', O('HN25'), 'abbrev', 'two-digit-year');

// ---- not answerable (grep-checked absent from .cache/eval-corpus-l) -------------------------------------------------
const nf = (question, why, expect = NF, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, expect);
nf('吉林24年GDP总量多少', 'nf-indicator', NF, 'two-digit-year'); // the 吉林 report gives no 2024 GDP level or growth
nf('云南2023年GDP增长多少', 'nf-year', NF, 'year');
nf('湖南2026年GDP目标定的多少', 'nf-year', NF, 'year');
nf('黑龙江24年粮食产量多少', 'nf-place', NF, 'two-digit-year');
nf('内蒙古25年GDP目标', 'nf-place', NF, 'two-digit-year');
nf('湖南槟榔产业产值多少', 'nf-indicator');
nf('云南野生菌产值有多大', 'nf-indicator');
nf('湖南辣椒产量多少', 'nf-indicator');
nf('吉林冰雕展吸引了多少游客', 'nf-indicator');
nf('云南普洱茶产量多少吨', 'nf-indicator');
// 去年 = 2025: these reports end at 2025's targets; an indicator without a 2025 target has 2024's figure as the nearest
nf('云南去年旅游总花费多少', 'nf-year', NEAR('实现旅游总花费1.14万亿元'), 'relative-year', 'nearest-held');
nf('湖南去年高速公路总里程多少', 'nf-year', NEAR('全省高速公路总里程突破8000公里、达8184公里'), 'relative-year', 'nearest-held');
nf('吉林去年技术合同成交额多少', 'nf-year', NEAR('技术合同成交额达到241亿元'), 'relative-year', 'nearest-held');
nf('湖南去年上市公司多少家', 'nf-year', NEAR('上市公司达146家'), 'relative-year', 'nearest-held');

// ---- English, as a journalist types it --------------------------------------------------------------------------------
e('figure', 'YN25', "What was Yunnan's GDP growth in 2024?", F('全省完成地区生产总值31534亿元、增长3.3%', [3.3, '%']));
e('figure', 'HN25', "Hunan's grain output", F('粮食总产达615.6亿斤', [615.6, '亿斤']));
e('figure', 'YN25', 'Yunnan GDP 2024', F('全省完成地区生产总值31534亿元', [31534, '亿元']));
e('figure', 'HN25', "How big was Hunan's economy in 2024?", F('总量达5.3万亿元', [5.3, '万亿元']));
e('figure', 'JL25', 'How much grain did Jilin harvest in 2024?', F('总产量达到853.2亿斤', [853.2, '亿斤']));
e('figure', 'YN25', 'How much did tourists spend in Yunnan in 2024?', F('实现旅游总花费1.14万亿元', [1.14, '万亿元']));
e('figure', 'YN25', 'How many passengers has the China-Laos Railway carried so far?', F('中老铁路累计发送旅客超4500万人次', [4500, '万人次']));
e('figure', 'JL25', 'How many Jilin-1 satellites are in orbit?', F('“吉林一号”117颗卫星全球组网', [117, '颗']));
e('figure', 'HN25', "Hunan's R&D intensity", F('研发投入强度提升至2.57%', [2.57, '%']));
e('figure', 'JL25', "Jilin's technology contract turnover in 2024", F('技术合同成交额达到241亿元', [241, '亿元']));
e('figure', 'HN25', 'How many new urban jobs did Hunan add in 2024?', F('城镇新增就业79.8万人', [79.8, '万人']));
e('figure', 'YN25', "What was Yunnan's urban surveyed unemployment rate in 2024?", F('城镇调查失业率5.0%'));
e('figure', 'HN25', 'How long is the expressway network in Hunan?', F('全省高速公路总里程突破8000公里、达8184公里', [8184, '公里']));
e('figure', 'HN25', 'How much did Hunan invest in water conservancy in 2024?', F('全年完成水利建设投资654.7亿元', [654.7, '亿元']));
e('figure', 'JL25', "How much did Jilin's domestic tourism spending grow in 2024?", F('接待国内游客人次、出游总花费均增长20％以上', [20, '%']));
e('figure', 'JL25', 'How much did Hongqi car sales grow in 2024?', F('红旗汽车产销量分别增长22.9％和17.4％', [17.4, '%']));
e('figure', 'YN25', "Yunnan's share of days with good air quality", F('地级城市空气质量优良天数比率达99.1%', [99.1, '%']));
e('figure', 'HN25', 'How many 5G base stations has Hunan built?', F('建成5G基站17万个', [17, '万个']));
e('figure', 'YN25', "What is Yunnan's total installed power capacity?", F('电力总装机突破1.5亿千瓦', [1.5, '亿千瓦']));
e('figure', 'HN25', 'How many listed companies does Hunan have?', F('上市公司达146家', [146, '家']));
e('figure', 'JL25', 'How much new wind and solar capacity did Jilin add in 2024?', F('新增风光装机超过600万千瓦', [600, '万千瓦']));
e('figure', 'YN25', 'How many old residential compounds did Yunnan start renovating in 2024?', F('开工改造城镇老旧小区2878个', [2878, '个']));
e('figure', 'JL25', "What is the output value of Jilin's ginseng industry?", F('人参产业综合产值突破800亿元', [800, '亿元']));
e('target', 'YN25', "What is Yunnan's target for industrial investment growth in 2025?", F('产业投资增长7%左右', [7, '%']));
e('target', 'HN25', "Hunan's grain target for 2025", F('粮食产量616亿斤左右', [616, '亿斤']));
e('target', 'JL25', "What is Jilin's grain output target for 2025?", F('粮食产量880亿斤以上', [880, '亿斤']));
e('target', 'JL25', 'How much high-standard farmland does Jilin plan to build in 2025?', F('建设高标准农田1000万亩', [1000, '万亩']));
e('target', 'JL25', 'How many major projects does Jilin plan to carry out in 2025?', F('实施重大项目2500个以上', [2500, '个']));
e('target', 'HN25', 'How many new urban jobs does Hunan aim for in 2025?', F('城镇新增就业70万人', [70, '万人']));
e('attainment', 'HN25', 'Did Hunan meet its 2024 target for new urban jobs?', F('城镇新增就业79.8万人、超额完成年度任务', [79.8, '万人']));
e('superlative', 'JL25', 'Which province has the largest sika deer industry?', F('梅花鹿产业规模保持全国第一'));
e('superlative', 'JL25', 'Which of Yunnan, Jilin and Hunan produced the most grain in 2024?', F('总产量达到853.2亿斤', [853.2, '亿斤']));
e('comparison', ['HN25', 'YN25'], 'Compare GDP growth in Yunnan and Hunan in 2024', F(['全年增长4.8%、总量达5.3万亿元', '全省完成地区生产总值31534亿元、增长3.3%'], [4.8, '%'], [3.3, '%']));
e('multi', 'HN25', "Hunan's 2025 targets for industrial value added and fixed-asset investment", F('规模工业增加值增长6.5%以上，固定资产投资增长4.5%', [6.5, '%'], [4.5, '%']));
e('outline', 'JL25', "What are Jilin's priorities for 2025?", O('JL25'));
e('outline', 'YN25', "What are Yunnan's main tasks for 2025?", O('YN25'));
e('outline', 'HN25', "Hunan's key work for 2025", O('HN25'));
const nfe = (question, why, expect = NF, ...more) => x('notfound', ['not-answerable', 'en', why, ...more], [], question, expect);
nfe("What was Jilin's GDP growth in 2024?", 'nf-indicator');
nfe("What was Yunnan's GDP growth in 2019?", 'nf-year');
nfe("Heilongjiang's grain output in 2024", 'nf-place');
nfe("How much chili pepper does Hunan produce?", 'nf-indicator');
nfe("What was Yunnan's tourism spending last year?", 'nf-year', NEAR('实现旅游总花费1.14万亿元'), 'relative-year', 'nearest-held');

// ---- conversations (2–3 turns; a 3-turn conversation scores its 2nd and 3rd turns) ------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([T('云南24年GDP多少'), T('增速呢', 'figure', 'YN25', F('全省完成地区生产总值31534亿元、增长3.3%', [3.3, '%']), 'elliptical', 'topic-switch')]);
conv([T('湖南24年粮食总产多少'), T('25年目标呢', 'target', 'HN25', F('粮食产量616亿斤左右', [616, '亿斤']), 'elliptical', 'year-switch', 'two-digit-year')]);
conv([T('吉林25年粮食产量目标'), T('24年实际打了多少', 'figure', 'JL25', F('总产量达到853.2亿斤', [853.2, '亿斤']), 'elliptical', 'year-switch', 'two-digit-year')]);
conv([
  T('湘24年新建改造高标准农田多少'),
  T('吉林呢', 'figure', 'JL25', F('新建和改造提升高标准农田806万亩', [806, '万亩']), 'elliptical', 'place-switch'),
  T('云南呢', 'figure', 'YN25', F('新建和改造高标准农田300万亩', [300, '万亩']), 'elliptical', 'place-switch'),
]);
conv([T('云南旅居人数多少'), T('25年力争到多少', 'target', 'YN25', F('力争旅居人数达600万', [600]), 'elliptical', 'year-switch', 'two-digit-year')]);
conv([T("How fast did Hunan's industrial value added grow in 2024?"), T('And the target for 2025?', 'target', 'HN25', F('规模工业增加值增长6.5%以上', [6.5, '%']), 'elliptical', 'year-switch', 'en')]);
conv([T('How much grain did Jilin produce in 2024?'), T('And Yunnan?', 'figure', 'YN25', F('粮食总产量1993.5万吨', [1993.5, '万吨']), 'elliptical', 'place-switch', 'en')]);
conv([T("What are Yunnan's priorities for 2025?"), T('How much new energy capacity does it plan to start building?', 'target', 'YN25', F('开工、投产新能源项目各1600万千瓦以上', [1600, '万千瓦']), 'elliptical', 'topic-switch', 'en')]);
conv([T('湖南24年城镇新增就业多少'), T('吉林24年粮食播种面积多少', 'figure', 'JL25', F('播种面积达到8780.7万亩', [8780.7, '万亩']), 'no-inherit', 'place-switch', 'topic-switch', 'two-digit-year')]);
conv([T('云南24年开工改造老旧小区多少个'), T('湖南呢', 'figure', 'HN25', F('开工改造城镇老旧小区5357个', [5357, '个']), 'elliptical', 'place-switch')]);
conv([
  T('How many high-tech enterprises does Jilin have?'),
  T('And Hunan?', 'figure', 'HN25', F('高新技术企业达1.75万家', [1.75, '万家']), 'elliptical', 'place-switch', 'en'),
  T("What's Hunan's goal for them in 2025?", 'target', 'HN25', F('高新技术企业总量突破1.8万家', [1.8, '万家']), 'elliptical', 'year-switch', 'en'),
]);
conv([T('吉林24年新增助老餐厅餐点多少个'), T('25年计划建多少', 'target', 'JL25', F('新建改建合作助老餐厅和助餐点1000个', [1000, '个']), 'elliptical', 'year-switch', 'two-digit-year')]);

// ---------------------------------------------------------------------------------------------------------------
for (const c of cases) {
  const shapes = c.tags.filter((t) => SHAPES.includes(t));
  if (shapes.length !== 1) throw new Error(`${c.q}: shape tags ${shapes.join(',') || 'none'}`);
}
const failures = checkCases(cases);
// checkCases skips not-answerable cases; the nearest-held cites of the 去年 cases are checked here the same way.
for (const c of cases) {
  if (!c.notFound || !c.cite) continue;
  const reports = ['YN25', 'HN25', 'JL25'];
  for (const s of c.cite) if (!reports.some((k) => sentencesOf(k).some((t) => t.includes(norm(s))))) failures.push(`${c.q}: nearest-held cite not one sentence: ${s}`);
}
const earlier = [
  ...EARLIER_SETS,
  ...['g', 'h', 'i', 'j', 'k'].flatMap((s) => [`eval/fresh-${s}/${s}-tune.jsonl`, `eval/fresh-${s}/${s}-heldout.jsonl`]),
  'eval/fresh-en/en-tune.jsonl',
  'eval/fresh-en/en-heldout.jsonl',
  'eval/fresh-en2/en2-heldout.jsonl',
  'eval/fresh-en3/en3-tune.jsonl',
  'eval/fresh-en3/en3-heldout.jsonl',
  'eval/conversations/c-tune.jsonl',
  'eval/conversations/c-heldout.jsonl',
];
for (const question of citesUsedElsewhere(cases, earlier)) failures.push(`${question}: its cite is another set's`);
if (failures.length) {
  console.error(`facts that do not hold:\n${failures.join('\n')}`);
  process.exit(1);
}
// Split as fresh-k, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it (conversations
// dealt alternately in SHA-1 order, the first side by the SHA-1 of "conversation").
dealByReportAndShape(cases, SHAPES, conversations);
const summary = splitAndWrite(
  cases.map(({ _conv, ...c }) => c),
  { dir: here, setPrefix: 'l', checkOnly: process.argv.includes('--check') },
);
summary.byShape = Object.fromEntries(SHAPES.map((s) => [s, [cases.filter((c) => c.tags.includes(s) && c._side === 'tune').length, cases.filter((c) => c.tags.includes(s) && c._side === 'heldout').length]]));
console.log(JSON.stringify(summary));
