#!/usr/bin/env node
// Writes the fresh-k sets: eval/fresh-k/k-tune.jsonl and eval/fresh-k/k-heldout.jsonl.
//
//   node eval/fresh-k/make.mjs [--check]
//
// Chinese and English questions as analysts, officials and journalists type them in Slack, over the 20 external
// reports (and a few on the seed corpus), written before any fix made for them, on facts no earlier set cites
// (../case-checks.mjs over EARLIER_SETS plus fresh-g, fresh-h, fresh-i, fresh-j, fresh-en, fresh-en2, fresh-en3 and
// conversations): colloquial figure asks (大概多少/有多大/几个点/占多大比重), things the reports count that are not
// headline indicators, typos and short names, two-digit and relative years, targets, target vs actual, a trend over
// two reports, superlatives (true over the 20 reports, grep-checked), A和B, several indicators in one question,
// priorities, not-answerable (place, year or indicator grepped absent from .cache/eval-corpus), English journalist
// questions, and 2–3 turn conversations. Each case carries its intent and one SHAPE tag. Today = 2026-12-03:
// 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results (its review) and N's targets (its plan).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseBook, conversationBook, checkCases, citesUsedElsewhere, dealByReportAndShape, EARLIER_SETS, splitAndWrite } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { cases, x, C, F, NF, O } = caseBook();
const SHAPES = ['colloquial-ask', 'short-name-ask', 'typo-ask', 'year-ask', 'target-ask', 'target-vs-actual', 'trend-two-reports', 'superlative-ask', 'comparison-ask', 'multi-ask', 'outline-ask', 'not-answerable', 'english-ask', 'follow-up'];
// f(intent, shape, report(s), question, expect, ...more tags)
const f = (intent, shape, reports, question, expect, ...more) => x(intent, [shape, ...more], [].concat(reports), question, expect);
// e(intent, report(s), question, expect, ...more tags): an English question (shape english-ask, tag en)
const e = (intent, reports, question, expect, ...more) => x(intent, ['english-ask', 'en', ...more], [].concat(reports), question, expect);

// ---- 口语 figure asks (大概多少 / 有多大 / 几个点 / 占多大比重), counts that are not headline indicators ----------------
f('figure', 'colloquial-ask', 'AH26', '安徽去年新开工的两重项目大概多少个', F('新开工建设“两重”项目178个', [178, '个']), 'relative-year');
f('figure', 'colloquial-ask', 'AH26', '安徽援企稳岗扩就业政策资金大概有多少', F('落实援企稳岗扩就业政策资金110亿元', [110, '亿元']));
f('figure', 'colloquial-ask', 'AH26', '安徽规上数字经济核心产业营收有多大', F('规上数字经济核心产业企业营收超1.4万亿元', [1.4, '万亿元']));
f('figure', 'colloquial-ask', 'AH26', '安徽城镇化率提高了几个百分点', F('全省城镇化率提升5.27个百分点', [5.27, '个百分点']));
f('figure', 'colloquial-ask', 'BJ26', '北京核心区平房申请式退租去年大概多少户', F('核心区平房申请式退租2006户', [2006, '户']), 'relative-year');
f('figure', 'colloquial-ask', 'BJ26', '北京去年整治了多少条背街小巷', F('精细化治理1411条背街小巷', [1411, '条']), 'relative-year');
f('figure', 'colloquial-ask', 'BJ26', '北京去年优化了多少条公交线路', F('优化242条公交线路', [242, '条']), 'relative-year');
f('figure', 'colloquial-ask', 'BJ26', '北京纳入无事不扰白名单的企业有多少', F('纳入“无事不扰”白名单企业55万户', [55, '万户']));
f('figure', 'colloquial-ask', 'FJ26', '福建金服云服务实体融资规模有多大', F('“金服云”服务实体融资1.58万亿元', [1.58, '万亿元']));
f('figure', 'colloquial-ask', 'FJ26', '福建学前一年免费教育惠及多少幼儿', F('学前一年免费教育政策惠及幼儿41万人', [41, '万人']));
f('figure', 'colloquial-ask', 'FJ26', '福建免陪照护服务试点扩到多少家医院了', F('“免陪照护服务”试点扩大至145家医院', [145, '家']));
f('figure', 'colloquial-ask', 'FJ26', '福建医学检查检验结果互认项目有多少项', F('医学检查检验结果互认项目达488项', [488, '项']));
f('figure', 'colloquial-ask', 'FJ26', '福建乡村建设品质提升行动投了多少钱', F('乡村建设品质提升行动完成投资310亿元', [310, '亿元']));
f('figure', 'colloquial-ask', 'FJ26', '福建信访初信初访一次性化解率多少', F('信访事项初信初访一次性化解率达97.3%', [97.3, '%']));
f('figure', 'colloquial-ask', 'GD26', '广东去年新培育了多少家单项冠军', F('新培育国家制造业单项冠军企业47家', [47, '家']), 'relative-year');
f('figure', 'colloquial-ask', 'GD26', '广东危险废物处置能力有多大', F('危险废物利用处置能力提高到1459万吨/年', [1459, '万吨']));
f('figure', 'colloquial-ask', 'GD26', '广东农村规模化供水覆盖人口比例多少', F('农村规模化供水工程覆盖人口比例达90.5%', [90.5, '%']));
f('figure', 'colloquial-ask', 'GD26', '广东行政村通双车道公路覆盖率大概多少', F('行政村通双车道公路覆盖率达94%', [94, '%']));
f('figure', 'colloquial-ask', 'GD26', '港澳居民在粤参加医保多少人次', F('港澳居民在粤参加医保43万人次', [43, '万人次']));
f('figure', 'colloquial-ask', 'JS26', '江苏实施的科技攻关项目大概多少个', F('实施科技攻关项目482个', [482, '个']));
f('figure', 'colloquial-ask', 'JS26', '江苏省战新产业基金集群规模有多大', F('省战略性新兴产业基金集群规模超2000亿元', [2000, '亿元']));
f('figure', 'colloquial-ask', 'JS26', '江苏二级及以上老年医院新增了多少家', F('二级及以上老年医院数量新增76家', [76, '家']));
f('figure', 'colloquial-ask', 'JS26', '江苏自然岸线率多少', F('自然岸线率达64.5%', [64.5, '%']));
f('figure', 'colloquial-ask', 'JS26', '江苏建成的幸福河湖有多少个', F('建成幸福河湖4762个', [4762, '个']));
f('figure', 'colloquial-ask', 'JS26', '江苏在建高品质住宅项目多少个', F('在建高品质住宅项目达383个', [383, '个']));
f('figure', 'colloquial-ask', 'SD26', '山东规上工业企业数字化转型覆盖率多少', F('规上工业企业数字化转型覆盖率超过95%', [95, '%']));
f('figure', 'colloquial-ask', 'SD26', '山东鲁惠通兑现了多少政策资金', F('“鲁惠通”兑现政策资金166亿元', [166, '亿元']));
f('figure', 'colloquial-ask', 'SD26', '山东去年完成多少个村的生活污水治理', F('完成2443个村生活污水治理', [2443, '个']), 'relative-year');
f('figure', 'colloquial-ask', 'SD26', '山东两证齐全的医养结合机构有多少家', F('两证齐全医养结合养老机构增至1125家', [1125, '家']));
f('figure', 'colloquial-ask', 'SD26', '山东去年群众性体育赛事办了多少场', F('举办群众性体育赛事活动9.5万场', [9.5, '万场']), 'relative-year');
f('figure', 'colloquial-ask', 'SD26', '山东经济在北方地区占多大比重', F('在北方地区占比由20.5%提升至21.1%', [21.1, '%']));
f('figure', 'colloquial-ask', 'SH26', '上海博物馆古埃及大展营收多少', F('上海博物馆“古埃及文明大展”总营收7.6亿元', [7.6, '亿元']));
f('figure', 'colloquial-ask', 'SH26', '上海一网通办首办成功率多少', F('“一网通办”首办成功率超过90%', [90, '%']));
f('figure', 'colloquial-ask', 'SH26', '上海全员劳动生产率大概多少', F('全员劳动生产率提高到42万元/人以上', [42, '万元']));
f('figure', 'colloquial-ask', 'SH26', '上海去年引进国家级和市级海外高层次人才多少人', F('引进国家级和市级海外高层次人才1630人', [1630, '人']), 'relative-year');
f('figure', 'colloquial-ask', 'SH26', '上海完成小梁薄板房屋改造多少平方米', F('完成43.6万平方米小梁薄板房屋等旧住房成套改造', [43.6, '万平方米']));
f('figure', 'colloquial-ask', 'ZJ26', '浙江省级概念验证中心建了多少家', F('布局建设省级概念验证中心67家', [67, '家']));
f('figure', 'colloquial-ask', 'ZJ26', '浙江去年设备更新政策资金大概多少', F('设备更新政策资金154.1亿元', [154.1, '亿元']), 'relative-year');
f('figure', 'colloquial-ask', 'ZJ26', '浙江去年争取中央预算内投资多少', F('争取中央预算内投资237亿元', [237, '亿元']), 'relative-year');
f('figure', 'colloquial-ask', 'ZJ26', '浙江新型政策性金融工具投放了多少', F('新型政策性金融工具投放金额889.2亿元', [889.2, '亿元']));
f('figure', 'colloquial-ask', 'ZJ26', '浙江去年供应国有建设用地多少亩', F('供应国有建设用地37.3万亩', [37.3, '万亩']), 'relative-year');
f('figure', 'colloquial-ask', 'ZJ26', '浙江微短剧平台海外收入有多少', F('微短剧平台海外内购收入超4亿美元', [4, '亿美元']));

// ---- 简称 / short names ---------------------------------------------------------------------------------------------
f('figure', 'short-name-ask', 'AH26', '皖专精特新企业多少家', F('专精特新企业1565家', [1565, '家']));
f('figure', 'short-name-ask', 'BJ26', '京去年推进多少个城中村改造项目', F('推进32个城中村改造项目', [32, '个']), 'relative-year');
f('figure', 'short-name-ask', 'FJ26', '闽新增国家级人才计划入选者多少', F('新增国家级人才计划入选者106人', [106, '人']));
f('figure', 'short-name-ask', 'GD26', '粤新增新型城镇化建设试点几个', F('新增22个新型城镇化建设试点', [22, '个']));
f('figure', 'short-name-ask', 'JS26', '苏开工改造城镇老旧小区多少个', F('开工改造城镇老旧小区6470个', [6470, '个']));
f('figure', 'short-name-ask', 'SD26', '鲁义务教育优质均衡县新增几个', F('义务教育优质均衡县23个', [23, '个']));
f('figure', 'short-name-ask', 'SH26', '沪建成几座湿垃圾资源化处理设施', F('建成5座湿垃圾资源化处理设施', [5, '座']));
f('figure', 'short-name-ask', 'ZJ26', '浙省级中试平台几家', F('省级中试平台11家', [11, '家']));
f('figure', 'short-name-ask', 'SD26', '鲁新获批一类新药几个', F('新获批I类新药10个', [10, '个']));

// ---- typos (安辉 北经 伏建 广动 将苏 山懂 上嗨 折江) -----------------------------------------------------------------------
f('figure', 'typo-ask', 'AH26', '安辉去年国家区域医疗中心引入新技术新项目多少项', F('国家区域医疗中心引入新技术新项目874项', [874, '项']), 'relative-year');
f('figure', 'typo-ask', 'BJ26', '北经去年实施了多少项市级疏堵工程', F('实施杜家坎等30项市级疏堵工程', [30, '项']), 'relative-year');
f('figure', 'typo-ask', 'FJ26', '伏建去年新开通多少个高速服务区出入口', F('新开通28个高速服务区出入口', [28, '个']), 'relative-year');
f('figure', 'typo-ask', 'GD26', '广动行政村生活污水治理率多少', F('行政村生活污水治理率提高到90%以上', [90, '%']));
f('figure', 'typo-ask', 'JS26', '将苏近岸海域水质优良率多少', F('近岸海域水质优良率超84%', [84, '%']));
f('figure', 'typo-ask', 'SD26', '山懂建设紧密型县域医共体多少个', F('建设紧密型县域医共体172个', [172, '个']));
f('figure', 'typo-ask', 'SH26', '上嗨打造了几个夜间经济人气地标', F('打造5个夜间经济人气地标和5个夜生活好去处', [5, '个']));
f('figure', 'typo-ask', 'ZJ26', '折江义务教育优质均衡发展县有几个', F('义务教育优质均衡发展县27个', [27, '个']));

// ---- two-digit and relative years (24年 / 前年 / 2024年) -------------------------------------------------------------
f('figure', 'year-ask', 'SH25', '上海24年金融市场交易总额多少', F('金融市场交易总额达到3650万亿元', [3650, '万亿元']), 'two-digit-year');
f('figure', 'year-ask', 'SH25', '上海24年技术合同成交额多少', F('技术合同成交额达到5200.7亿元', [5200.7, '亿元']), 'two-digit-year');
f('figure', 'year-ask', 'SH25', '上海前年新建绿道多少公里', F('新建绿道230公里', [230, '公里']), 'relative-year');
f('figure', 'year-ask', 'SH25', '沪24年新增电动汽车公共充电桩多少', F('新增5.5万个电动汽车公共充电桩', [5.5, '万个']), 'two-digit-year', 'abbrev');
f('figure', 'year-ask', 'GD25', '广东24年完成农用地整治多少亩', F('完成农用地整治23.8万亩', [23.8, '万亩']), 'two-digit-year');
f('figure', 'year-ask', 'GD25', '广东前年基本建成多少条乡村振兴示范带', F('基本建成129条乡村振兴示范带', [129, '条']), 'relative-year');
f('figure', 'year-ask', 'GD25', '24年在粤执业的港澳专业人士有多少', F('在粤执业港澳专业人士超5500名', [5500, '名']), 'two-digit-year');
f('figure', 'year-ask', 'JS25', '江苏24年省重大项目完成投资多少', F('省重大项目投资7300亿元', [7300, '亿元']), 'two-digit-year');
f('figure', 'year-ask', 'JS25', '江苏24年汽车报废更新和置换更新多少辆', F('汽车报废更新和置换更新52.8万辆', [52.8, '万辆']), 'two-digit-year');
f('figure', 'year-ask', 'JS25', '苏前年新入选国家5G工厂多少家', F('新入选国家5G工厂113家', [113, '家']), 'relative-year', 'abbrev');
f('figure', 'year-ask', 'ZJ25', '浙江24年完成工业设备更新多少台套', F('完成工业设备更新14.2万台(套)', [14.2, '万台']), 'two-digit-year');
f('figure', 'year-ask', 'ZJ25', '浙江2024年新增高技能人才多少', F('新增高技能人才39万人', [39, '万人']));
f('figure', 'year-ask', 'AH25', '安徽24年新开工10亿元以上制造业项目多少个', F('新开工10亿元以上制造业项目248个', [248, '个']), 'two-digit-year');
f('figure', 'year-ask', 'AH25', '安徽前年制造业技改投资增速几个点', F('制造业技改投资增长20.4%', [20.4, '%']), 'relative-year');
f('figure', 'year-ask', 'SD25', '山东24年新改建四好农村路多少公里', F('新改建“四好农村路”7570公里', [7570, '公里']), 'two-digit-year');
f('figure', 'year-ask', 'SD25', '山东2024年新增国家级领军人才多少', F('新增国家级领军人才435人', [435, '人']));

// ---- targets (今年 / 25年 / 去年定的目标) ----------------------------------------------------------------------------
f('target', 'target-ask', 'AH26', '安徽今年给经营主体减负目标多少', F('力争为经营主体减负1000亿元以上', [1000, '亿元']), 'relative-year');
f('target', 'target-ask', 'AH26', '安徽今年新增科技贷款力争多少', F('力争新增科技贷款1000亿元以上', [1000, '亿元']), 'relative-year');
f('target', 'target-ask', 'AH26', '皖今年培育技术经理人多少人', F('培育技术经理人1000人以上', [1000, '人']), 'relative-year', 'abbrev');
f('target', 'target-ask', 'BJ26', '北京今年更新改造老旧管线目标', F('更新改造老旧管线1000公里', [1000, '公里']), 'relative-year');
f('target', 'target-ask', 'BJ26', '北京今年给高校毕业生提供多少岗位', F('提供不少于10万个高校毕业生就业岗位', [10, '万个']), 'relative-year');
f('target', 'target-ask', 'SH26', '上海今年盘活低效产业用地目标多少', F('盘活处置低效产业用地20平方公里', [20, '平方公里']), 'relative-year');
f('target', 'target-ask', 'SH26', '上海今年农村公路提档升级计划多少公里', F('完成150公里农村公路提档升级改造', [150, '公里']), 'relative-year');
f('target', 'target-ask', 'SH26', '沪今年公共建筑节能改造目标', F('落实公共建筑节能改造600万平方米', [600, '万平方米']), 'relative-year', 'abbrev');
f('target', 'target-ask', 'JS26', '江苏今年推进多少项省科技重大专项', F('推进40项省科技重大专项', [40, '项']), 'relative-year');
f('target', 'target-ask', 'JS26', '江苏今年新建几家省级概念验证中心', F('新建10家省级概念验证中心', [10, '家']), 'relative-year');
f('target', 'target-ask', 'ZJ26', '浙江今年建设提升四好农村路多少公里', F('建设提升“四好农村路”600公里', [600, '公里']), 'relative-year');
f('target', 'target-ask', 'SD26', '山东今年组织企业参加境外展洽活动多少场', F('组织企业参加境外展洽活动500场以上', [500, '场']), 'relative-year');
f('target', 'target-ask', 'ZJ25', '浙江去年新增服务业领军企业目标多少', F('新增服务业领军企业200家左右', [200, '家']), 'relative-year');
f('target', 'target-ask', 'SD25', '山东25年培育社区嵌入式养老服务机构目标', F('培育社区嵌入式养老服务机构200家', [200, '家']), 'two-digit-year');

// ---- target vs actual (the actual, from the later report's review, cited first; the target second) -----------------
f('attainment', 'target-vs-actual', ['SD26', 'SD25'], '山东去年特殊困难老年人家庭适老化改造完成目标没', F(['特殊困难老年人家庭适老化改造1.5万户', '特殊困难家庭适老化改造1.5万户'], [1.5, '万户']), 'relative-year');
f('attainment', 'target-vs-actual', ['SH26', 'SH25'], '上海去年建设者管理者之家床位目标完成了没有', F(['筹措供应“新时代城市建设者管理者之家”床位3.2万张', '筹措供应“新时代城市建设者管理者之家”床位3万张以上'], [3.2, '万张'], [3, '万张']), 'relative-year');
f('attainment', 'target-vs-actual', ['SH26', 'SH25'], '上海去年优化营商环境58条落实完了吗', F(['全面完成优化营商环境58条改革举措', '实施新一轮优化营商环境58条改革举措'], [58, '条']), 'relative-year');

f('attainment', 'target-vs-actual', ['BJ26', 'BJ25'], '北京去年检查检验结果互认覆盖97%门诊量的目标实现了吗', F(['电子病历共享和检查检验结果互认覆盖二级以上医疗机构97%门诊量', '覆盖二级以上医疗机构97%的门诊量'], [97, '%']), 'relative-year');
f('attainment', 'target-vs-actual', ['BJ26', 'BJ25'], '北京去年计划办1.6万场市民系列文化活动，办到了没', F(['开展市民系列文化活动1.6万场', '举办市民系列文化活动1.6万场'], [1.6, '万场']), 'relative-year');

// ---- trends (two reports, one indicator; the later year cited first) -------------------------------------------------
f('trend', 'trend-two-reports', ['AH26', 'AH25'], '安徽免申即享兑付资金这两年各多少', F(['“免申即享”“即申即享”兑付资金64.5亿元', '惠企政策“免申即享”“即申即享”兑付资金77.7亿元'], [64.5, '亿元'], [77.7, '亿元']));
f('trend', 'trend-two-reports', ['SH26', 'SH25'], '上海10亿元以上重大产业项目开工数这两年怎么变', F(['开工建设10亿元以上重大产业项目47个', '开工建设10亿元以上重大产业项目26个'], [47, '个'], [26, '个']));
f('trend', 'trend-two-reports', ['SH26', 'SH25'], '沪公办幼儿园托班托额24年和25年各新增多少', F(['新增公办幼儿园托班托额3630个', '新增公办幼儿园托班托额5155个'], [3630, '个'], [5155, '个']), 'abbrev', 'two-digit-year');
f('trend', 'trend-two-reports', ['GD26', 'GD25'], '广东生活垃圾总处理能力近两年变化', F(['生活垃圾总处理能力提高到16.9万吨/日', '生活垃圾总处理能力提高到17.1万吨/日'], [16.9, '万吨'], [17.1, '万吨']));
f('trend', 'trend-two-reports', ['AH26', 'AH25'], '安徽政府承诺事项兑现率这两年多少', F(['公共政策和政府承诺事项兑现率95.3%', '公共政策和政府承诺事项兑现率94.8%'], [95.3, '%'], [94.8, '%']));
f('trend', 'trend-two-reports', ['ZJ26', 'ZJ25'], '浙江省政协提案办理数24年到25年怎么变', F(['省政协提案667件', '省政协提案770件'], [667, '件'], [770, '件']), 'two-digit-year');
f('trend', 'trend-two-reports', ['SH26', 'SH25'], '长三角示范区制度创新成果前年和去年各推出多少项', F(['长三角生态绿色一体化发展示范区新推出7项制度创新成果', '长三角生态绿色一体化发展示范区新推出18项制度创新成果'], [7, '项'], [18, '项']), 'relative-year');

// ---- superlatives (the first place checked by grep over the 20 reports) ---------------------------------------------
f('superlative', 'superlative-ask', 'FJ25', '哪个省锂电池出口全国第一', F('锂电池出口居全国首位'));
f('superlative', 'superlative-ask', 'GD25', '水产种苗产量哪个省最多', F('水产种苗产量居全国首位'));
f('superlative', 'superlative-ask', 'GD25', '托育机构和托位数哪个省最多', F('托育服务机构和可提供托位数量均居全国首位'));
f('superlative', 'superlative-ask', 'SD25', '关键软件产业规模哪个省排第一', F('关键软件产业规模跃居全国首位'));
f('superlative', 'superlative-ask', 'SD25', '光伏装机哪个省排第一', F('光伏装机居全国首位'));
f('superlative', 'superlative-ask', 'GD26', '个人养老金开户数哪个省最多', F('个人养老金开户数全国第一'));
f('superlative', 'superlative-ask', 'SD26', '碳排放权交易量哪个省排第一', F('碳排放权交易量、交易额均居全国首位'));
f('superlative', 'superlative-ask', 'SD26', '最严格水资源管理制度考核哪个省第一', F('国家最严格水资源管理制度考核全国第一'));
f('superlative', 'superlative-ask', 'GD25', '新出生人口哪个省最多', F('新出生人口数量居全国第一'));

// ---- comparisons (A和B) --------------------------------------------------------------------------------------------
f('comparison', 'comparison-ask', ['AH26', 'SH26'], '安徽和上海去年办理人大代表建议谁多', F(['办理省人大代表建议1401件', '办理市人大代表建议1256件'], [1401, '件'], [1256, '件']), 'relative-year');
f('comparison', 'comparison-ask', ['BJ26', 'SH26'], '北京和上海去年办理政协提案谁多', F(['办理市政协提案1309件', '市政协提案967件'], [1309, '件'], [967, '件']), 'relative-year');
f('comparison', 'comparison-ask', ['SD26', 'ZJ26'], '山东和浙江去年新增学前教育普及普惠县谁多', F(['新增学前教育普及普惠县26个', '新增全国学前教育普及普惠县18个'], [26, '个'], [18, '个']), 'relative-year');
f('comparison', 'comparison-ask', ['BJ26', 'AH26'], '北京和安徽去年提请审议的地方性法规谁多', F(['提请市人大常委会审议地方性法规9项', '提请省人大常委会审议地方性法规15件'], [9, '项'], [15, '件']), 'relative-year');

// ---- several indicators in one question ------------------------------------------------------------------------------
f('multi', 'multi-ask', 'SH26', '上海去年立改废政府规章和出台地方性法规分别多少件', F(['立改废政府规章44件', '配合市人大及其常委会出台地方性法规20件'], [44, '件'], [20, '件']), 'relative-year');
f('multi', 'multi-ask', 'FJ26', '福建居民医保住院报销比例和主要流域优良水质比例分别多少', F(['居民医保政策范围内住院报销比例达70%', '主要流域优良水质比例100%'], [70, '%'], [100, '%']));
f('multi', 'multi-ask', 'ZJ26', '浙江去年新增用海和用林地各多少亩', F(['新增用海29.2万亩', '用林地13.2万亩'], [29.2, '万亩'], [13.2, '万亩']), 'relative-year');
f('multi', 'multi-ask', 'GD26', '广东国家先进制造业集群和国家级中小企业特色产业集群各有几个', F(['培育国家先进制造业集群8个', '国家级中小企业特色产业集群30个'], [8, '个'], [30, '个']));
f('multi', 'multi-ask', 'SD26', '山东治理废弃矿山和小流域面积分别多少', F(['治理废弃矿山16.4万亩', '小流域面积401万亩'], [16.4, '万亩'], [401, '万亩']));
f('multi', 'multi-ask', 'JS26', '江苏建成和在建的过江通道各几座', F(['建成过江通道4座', '在建8座'], [4, '座'], [8, '座']));

// ---- priorities / outline ------------------------------------------------------------------------------------------
f('outline', 'outline-ask', 'AH26', '安徽今年工作重点是啥', O('AH26'), 'relative-year');
f('outline', 'outline-ask', 'GD26', '广东今年几大任务是什么', O('GD26'), 'relative-year');
f('outline', 'outline-ask', 'ZJ26', '浙江今年主要抓什么', O('ZJ26'), 'relative-year');
f('outline', 'outline-ask', 'SD25', '山东25年重点任务列一下', O('SD25'), 'two-digit-year');
f('outline', 'outline-ask', 'BJ25', '北京去年的工作安排大纲', O('BJ25'), 'relative-year');
f('outline', 'outline-ask', 'JS25', '江苏去年定了哪些重点工作', O('JS25'), 'relative-year');

// ---- seed corpus (HZ24 reviews 2023; QT25 reviews 2024) ---------------------------------------------------------------
f('figure', 'year-ask', 'HZ24', '杭州23年金融产业增加值多少', F('金融产业增加值2492亿元', [2492, '亿元']), 'two-digit-year');
f('figure', 'year-ask', 'HZ24', '杭州23年高新技术产业投资涨了几个点', F('高新技术产业投资增长24.5%', [24.5, '%']), 'two-digit-year');
f('figure', 'year-ask', 'HZ24', '杭州23年税收收入有多少', F('其中税收收入2348.1亿元', [2348.1, '亿元']), 'two-digit-year');
f('figure', 'year-ask', 'HZ24', '杭州23年农林牧渔业增加值大概多少', F('农林牧渔业增加值357亿元', [357, '亿元']), 'two-digit-year');
f('figure', 'year-ask', 'QT25', '钱塘区24年兑现产业扶持资金多少', F('兑现产业扶持资金44.1亿元', [44.1, '亿元']), 'two-digit-year');
f('figure', 'year-ask', 'QT25', '钱塘前年完成低效用地再开发多少亩', F('完成低效用地再开发4292亩', [4292, '亩']), 'relative-year');
f('figure', 'colloquial-ask', 'QT25', '钱塘区认定了多少家市级未来工厂', F('认定市级未来工厂32家', [32, '家']));
f('figure', 'colloquial-ask', 'QT25', '钱塘区三星级园区有几家', F('三星级园区20家', [20, '家']));
f('figure', 'colloquial-ask', 'GS25', '拱墅区要素资金争取了多少', F('要素资金争取8.73亿元', [8.73, '亿元']));

// ---- not answerable (checked absent by grep over .cache/eval-corpus) -------------------------------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('贵州去年新增保障性租赁住房多少套', 'nf-place');
nf('吉林今年粮食产量目标多少', 'nf-place');
nf('辽宁24年外贸进出口增长多少', 'nf-place');
nf('广西去年新开工两重项目多少个', 'nf-place');
nf('北京2015年新增绿道多少公里', 'nf-year');
nf('江苏十一五期间高速公路通车里程多少', 'nf-year');
nf('上海2012年技术合同成交额多少', 'nf-year');
nf('浙江去年奶茶店有多少家', 'nf-indicator');
nf('广东快餐行业营收多少', 'nf-indicator');
nf('山东去年彩礼平均多少钱', 'nf-indicator');
nf('福建高尔夫球场有几个', 'nf-indicator');
nf('安徽去年相亲活动办了多少场', 'nf-indicator');

// ---- English, as a journalist types it --------------------------------------------------------------------------------
e('figure', 'AH26', "How big is Anhui's green food industry chain?", F('绿色食品全产业链产值超1.5万亿元', [1.5, '万亿元']));
e('figure', 'AH26', 'How many airports has Anhui built?', F('建成运输机场3座', [3, '座']));
e('figure', 'AH25', 'How many freight trains did Anhui run in 2024?', F('全年开行班列909列', [909, '列']), 'year');
e('figure', 'AH25', 'Anhui new international air routes 2024', F('新增国际及地区客货运航线12条', [12, '条']), 'year');
e('figure', 'BJ26', "How many multinational drug companies moved into Beijing's international pharma innovation park?", F('国际医药创新公园新引入8家跨国药企', [8, '家']));
e('figure', 'BJ26', 'How many bridges had the space underneath cleaned up in Beijing last year?', F('完成燕莎桥等251座桥系桥下空间整治', [251, '座']), 'relative-year');
e('target', 'BJ26', 'How many kilometres of scenic rural roads will Beijing build in 2026?', F('打造美丽乡村路300公里', [300, '公里']), 'year');
e('figure', 'FJ26', 'How many Taiwan vocational qualifications did Fujian newly recognise?', F('新增直接采认台湾地区职业技能资格6项', [6, '项']));
e('figure', 'FJ26', 'How many national science and technology awards did Fujian win?', F('获国家科学技术奖20项', [20, '项']));
e('figure', 'FJ26', 'How many national "little giant" firms does Fujian have?', F('国家级专精特新“小巨人”企业达426家', [426, '家']));
e('figure', 'FJ26', "How many nationwide firsts has Fujian's free trade zone rolled out?", F('自贸试验区推出111项全国首创举措', [111, '项']));
e('figure', 'GD26', 'How many model towns did Guangdong develop last year?', F('新培育407个典型镇', [407, '个']), 'relative-year');
e('figure', 'GD26', 'How many deep-water fish cages did Guangdong add?', F('新建重力式深水网箱2000个', [2000, '个']));
e('figure', 'GD26', 'How many vocational undergraduate colleges did Guangdong open?', F('新设3所本科层次职业学校', [3, '所']));
e('figure', 'GD25', 'How many Greater Bay Area standards did Guangdong publish in 2024?', F('新发布“湾区标准”54项', [54, '项']), 'year');
e('figure', 'JS26', 'How many near-zero-carbon factories does Jiangsu have?', F('近零碳工厂30家', [30, '家']));
e('figure', 'JS26', 'How much building energy retrofitting has Jiangsu done?', F('实施既有建筑节能改造850万平方米', [850, '万平方米']));
e('figure', 'JS25', 'How many village plans did Jiangsu complete in 2024?', F('编制完成1.1万个村庄规划', [1.1, '万个']), 'year');
e('figure', 'JS25', 'How many people signed up for Jiangsu Yihuibao health insurance?', F('“江苏医惠保1号”超500万人参保', [500, '万人']));
e('figure', 'SD26', 'How many industry AI models are deployed at scale in Shandong?', F('潍柴齐天等148个行业大模型规模化应用', [148, '个']));
e('figure', 'SD26', 'How many counties are under direct provincial fiscal management in Shandong?', F('省财政直管县调整优化为48个', [48, '个']));
e('figure', 'SD26', 'How many dilapidated rural homes did Shandong renovate last year?', F('改造农村危房1.1万户', [1.1, '万户']), 'relative-year');
e('figure', 'SD25', 'Shandong high-standard farmland total', F('高标准农田达7759万亩', [7759, '万亩']));
e('figure', 'SH26', "What was the intended deal value at Shanghai's import expo last year?", F('意向成交金额达到834.9亿美元', [834.9, '亿美元']), 'relative-year');
e('figure', 'SH26', 'How many corporate headquarters did Shanghai add last year?', F('新增各类总部机构超过100家', [100, '家']), 'relative-year');
e('figure', 'SH25', 'How many future industry pilot zones did Shanghai set up in 2024?', F('打造28个未来产业试验场', [28, '个']), 'year');
e('figure', 'ZJ26', 'How many tech vice-presidents did Zhejiang send to companies?', F('省市县选派科技副总1787名', [1787, '名']));
e('figure', 'ZJ26', 'How many "zombie" government apps did Zhejiang shut down?', F('关闭压缩“僵尸”应用71个', [71, '个']));
e('figure', 'ZJ26', 'How many species have been recorded in Zhejiang?', F('共记录生物物种1.36万种', [1.36, '万种']));
e('figure', 'ZJ25', 'How many elevators did Zhejiang replace in 2024?', F('电梯更新10025台', [10025, '台']), 'year');
e('figure', 'ZJ25', 'How many new China Time-Honored Brands did Zhejiang get in 2024?', F('新增“中华老字号”35家', [35, '家']), 'year');
e('figure', 'CN25', "What share of China's surface water monitoring sections had good water quality in 2024?", F('地表水优良水质断面比例提高到90.4%', [90.4, '%']), 'year');
e('figure', 'CN24', "What was China's 5G penetration rate in 2023?", F('5G用户普及率超过50%', [50, '%']), 'year');
e('target', 'CN24', 'How much central government budget investment was planned for 2024?', F('今年中央预算内投资拟安排7000亿元', [7000, '亿元']), 'year');
e('figure', 'CN24', 'How many college graduates were expected in China in 2024?', F('预计今年高校毕业生超过1170万人', [1170, '万人']), 'year');
e('target', 'GD26', "What is Guangdong's target for internship positions this year?", F('全年募集就业见习岗位超6万个', [6, '万个']), 'relative-year');
e('attainment', ['BJ26', 'BJ25'], 'Did Beijing hit its 2025 target for relocating general manufacturers?', F(['疏解提质一般制造业企业104家', '疏解提质一般制造业企业100家'], [104, '家'], [100, '家']), 'year');
e('trend', ['AH26', 'AH25'], 'How did the number of provincial government rules Anhui made, amended or repealed change from 2024 to 2025?', F(['制定修改废止省政府规章6件', '制定修改废止省政府规章8件'], [6, '件'], [8, '件']), 'year');
e('trend', ['AH26', 'AH25'], "How did Anhui's workplace accident count change in 2024 and 2025?", F(['生产安全事故起数下降10.8%', '生产安全事故起数下降16.3%'], [10.8, '%'], [16.3, '%']), 'year');
e('superlative', 'JS25', 'Which province had the most innovative drugs approved in 2024?', F('13个创新药获批上市、居全国第一', [13, '个']), 'year');
e('superlative', 'GD25', 'Which province has the largest deep-water cage fish farming?', F('深水网箱养殖水体总量居全国第一'));
e('comparison', ['BJ26', 'ZJ26'], "Beijing vs Zhejiang: who handled more deputies' suggestions last year?", F(['建议877件', '办理省人大代表建议915件'], [877, '件'], [915, '件']), 'relative-year');
e('multi', 'FJ26', 'How many national key labs and provincial innovation labs does Fujian have?', F(['重组入列全国重点实验室13家', '省创新实验室达8家'], [13, '家'], [8, '家']));
e('outline', 'CN25', "What are the main tasks in China's 2025 government work report?", O('CN25'), 'year');
e('outline', 'FJ25', 'What is Fujian focusing on in 2025?', O('FJ25'), 'year');
e('outline', 'SH25', "What are Shanghai's priorities for 2025?", O('SH25'), 'year');
const nfe = (question, why) => x('notfound', ['not-answerable', 'en', why], [], question, NF);
nfe("What was Jilin's GDP growth last year?", 'nf-place');
nfe('Guangxi tourism revenue in 2025', 'nf-place');
nfe("What was Beijing's GDP growth in 2015?", 'nf-year');
nfe('How many bubble tea shops opened in Zhejiang last year?', 'nf-indicator');
nfe('How many golf courses does Fujian have?', 'nf-indicator');

// ---- conversations (2–3 turns; a 3-turn conversation scores its 2nd and 3rd turns) --------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([T('山东去年改造老旧小区多少户'), T('今年计划呢', 'target', 'SD26', F('开工改造老旧小区15万户', [15, '万户']), 'elliptical', 'year-switch')]);
conv([T('安徽去年办理省人大代表建议多少件'), T('政协提案呢', 'figure', 'AH26', F('省政协提案895件', [895, '件']), 'elliptical', 'topic-switch'), T('前年呢', 'figure', 'AH25', F('省政协提案797件', [797, '件']), 'elliptical', 'year-switch')]);
conv([T('How many administrative regulations did the State Council make or revise in 2024?'), T('And in 2023?', 'figure', 'CN24', F('制定修订行政法规25部', [25, '部']), 'elliptical', 'year-switch', 'en')]);
conv([T('How many press conferences did Shandong hold last year?'), T('And the year before?', 'figure', 'SD25', F('召开省级新闻发布会185场', [185, '场']), 'elliptical', 'year-switch', 'en')]);
conv([T("What is Beijing's target for high-standard farmland this year?"), T('What was it for 2025?', 'target', 'BJ25', F('建设高标准农田15万亩', [15, '万亩']), 'elliptical', 'year-switch', 'en')]);
conv([T('上海今年立体绿化目标多少'), T('去年呢', 'target', 'SH25', F('立体绿化40万平方米', [40, '万平方米']), 'elliptical', 'year-switch')]);
conv([T('广东今年公益性岗位开发多少'), T('去年定的多少', 'target', 'GD25', F('开发储备超5000个公益性岗位', [5000, '个']), 'elliptical', 'year-switch')]);
conv([T('福建今年新建改造地下管网多少公里'), T('去年目标呢', 'target', 'FJ25', F('新建改造地下管网2000公里以上', [2000, '公里']), 'elliptical', 'year-switch')]);
conv([T('浙江今年新增电力装机目标'), T('25年呢', 'target', 'ZJ25', F('确保新增电力装机2000万千瓦以上', [2000, '万千瓦']), 'elliptical', 'year-switch', 'two-digit-year')]);
conv([T('北京去年建成美丽庭院多少户'), T('前年呢', 'figure', 'BJ25', F('建成美丽庭院3100户', [3100, '户']), 'elliptical', 'year-switch')]);
conv([T('江苏自然岸线率多少'), T('山东国家先进制造业集群有几个', 'figure', 'SD26', F('国家先进制造业集群达到6个', [6, '个']), 'no-inherit', 'place-switch', 'topic-switch')]);
conv([T("What was Shanghai's technology contract turnover in 2024?"), T('How much were inclusive small business loans?', 'figure', 'SH25', F('普惠小微贷款余额达到1.3万亿元', [1.3, '万亿元']), 'elliptical', 'topic-switch', 'en')]);
conv([T('How many Greater Bay Area standards did Guangdong publish in 2024?'), T("What are Guangdong's priorities for 2025?", 'outline', 'GD25', O('GD25'), 'no-inherit', 'topic-switch', 'en')]);
conv([T('江苏24年新入选国家5G工厂多少家'), T('累计多少家', 'figure', 'JS25', F('累计210家', [210, '家']), 'elliptical')]);
conv([T("How many multinational drug companies joined Beijing's pharma innovation park last year?"), T("And how many companies moved into the Zhongguancun park in Xiong'an?", 'figure', 'BJ26', F('雄安新区中关村科技园新增入驻企业132家', [132, '家']), 'elliptical', 'topic-switch', 'en'), T('What about the Tianjin Binhai one?', 'figure', 'BJ26', F('天津滨海-中关村科技园新增注册企业689家', [689, '家']), 'elliptical', 'topic-switch', 'en')]);

// ---------------------------------------------------------------------------------------------------------------
for (const c of cases) {
  const shapes = c.tags.filter((t) => SHAPES.includes(t));
  if (shapes.length !== 1) throw new Error(`${c.q}: shape tags ${shapes.join(',') || 'none'}`);
}
const failures = checkCases(cases);
const earlier = [
  ...EARLIER_SETS,
  ...['g', 'h', 'i', 'j'].flatMap((s) => [`eval/fresh-${s}/${s}-tune.jsonl`, `eval/fresh-${s}/${s}-heldout.jsonl`]),
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
// Split as fresh-i, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it (conversations
// dealt alternately in SHA-1 order, the first side by the SHA-1 of "conversation").
dealByReportAndShape(cases, SHAPES, conversations);
const summary = splitAndWrite(
  cases.map(({ _conv, ...c }) => c),
  { dir: here, setPrefix: 'k', checkOnly: process.argv.includes('--check') },
);
summary.byShape = Object.fromEntries(SHAPES.map((s) => [s, [cases.filter((c) => c.tags.includes(s) && c._side === 'tune').length, cases.filter((c) => c.tags.includes(s) && c._side === 'heldout').length]]));
console.log(JSON.stringify(summary));
