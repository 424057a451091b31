#!/usr/bin/env node
// Writes the fresh-aw sets: eval/fresh-aw/aw-tune.jsonl and eval/fresh-aw/aw-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-aw/make.mjs [--check]
//
// A thirty-seventh held-out question set written BEFORE any fix, as fresh-m … fresh-av, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'av'`, so fresh-av's tune file is an earlier tune file, and no cite may meet fresh-au's or fresh-av's held-out
// file (the two most recent held-out halves). Today = 2026-12-07: 今年 = 2026, 去年 = 2025, 前年 = 2024.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkHeldoutFactSetAndWrite,
  checkNoNewestHeldFacts,
  conversationBook,
  heldoutFactSetBook,
} from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// The corpus and the extracted texts of the three added reports first, then the book: s(…) a Chinese ask of a figure not
// first in its sentence, e(…) an English question, f(…) a case of a given shape, p(…) a plain Chinese figure ask.
const { cases, x, C, F, NF, O, s, e, f, p, pct, SHAPES, HF } = heldoutFactSetBook();

// ---- 1. Chinese figure asks -------------------------------------------------------------------------------------------
// plain asks: results (report N → year N−1) and targets (report N → year N)
p('target', 'GS25', '拱墅去年牵引全局的那个专项行动 叫“几+1”', F('“6+1”专项行动为牵引,聚', [6]), 'target', 'relative-year', 'colloquial');
p('target', 'SD26', '鲁今年提速的半岛北海上风电 编号是N几', F('半岛北N2海上风电', [2]), 'target', 'relative-year', 'short-name', 'colloquial', HF);
p('target', 'GS25', '拱墅去年城北片区要提升的基础设施项目 总数多少', F('基础设施提升项目77个,开发', [77, '个']), 'target', 'relative-year', HF);
p('target', 'QT25', '钱塘去年文旅这块 省级旅游驿站打算添几个', F('全年新增城市书房3家、省级旅游驿站1个', [1, '个']), 'target', 'relative-year', 'colloquial', HF);
p('figure', 'GD25', '粤前年那套科技金融政策 一共几条', F('出台“科技金融15条”', [15, '条']), 'relative-year', 'short-name', 'short', HF);
p('figure', 'FJ25', '闽前年城镇新盖的房子里 绿色建筑比重超过多少', F('城镇新建绿色建筑占比超98%', pct(98)), 'relative-year', 'short-name', 'colloquial', HF);
p('target', 'ZJ25', '浙江去年长期护理保险打算再扩多少参保人', F('持续推进长护险提质扩面,新增参保人数1500万人', [1500, '万人']), 'target', 'relative-year', HF);
p('target', 'GD26', '广东今年普高学位准备扩多少', F('新增普通高中学位20万个以上', [20, '万个']), 'target', 'relative-year', 'short', HF);
p('figure', 'SH25', '沪前年芯片、生物医药和AI这三个先导产业 加起来体量多大', F('人工智能三大先导产业规模达到1.8万亿元', [1.8, '万亿元']), 'relative-year', 'short-name', 'colloquial', HF);
p('target', 'AH26', '安徽今年优化法治环境的那套举措 一共多少项', F('实施法治化营商环境100项提升举措', [100, '项']), 'target', 'relative-year', HF);
p('figure', 'SD25', '鲁前年“好运山东”那类群众赛事 办了有多少场', F('开展“好运山东”群众赛事活动8万余场', [8, '万场']), 'relative-year', 'short-name', 'approx', HF);
p('target', 'GS25', '拱墅去年引进培育科技企业的目标 是多少家', F('突破亿元,引育科技企业100', [100]), 'target', 'relative-year', HF);
p('target', 'GS25', '拱墅去年那份报告 紧扣的省委工作部署 是哪三个数', F('省委“132”工作部署、“十项', [132]), 'relative-year', 'colloquial', HF);
p('figure', 'HZ24', '杭州亚运那年 宾馆民宿一共住进多少万人次', F('全市住宿设施共接待游客371.8万人次', [371.8, '万人次']), 'two-digit-year', 'colloquial', HF);
p('figure', 'JS26', '江苏这五年 援助兄弟省区的协作项目数量', F('实施对口支援协作项目8000多个', [8000, '个']), 'plan-period', 'short-name', 'approx', HF);
p('target', 'YN25', '云南去年挑出来重点攻坚的老百姓身边生态环境问题 有几件', F('选取100件群众身边的突出生态环境问题进行重点攻坚办理', [100, '件']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'HN25', '湘去年粮食种植面积的底线 定在多少万亩', F('确保粮食播种面积稳定在7140万亩以上', [7140, '万亩']), 'target', 'relative-year', 'short-name', HF);
p('figure', 'SD25', '鲁前年扩区调区搞完的开发区 几家', F('深化开发区改革,完成55家开发区扩区调区', [55, '家']), 'relative-year', 'short-name', 'short', HF);
p('target', 'SD25', '山东去年滨州对虾、济宁食用菌这种全产业链提质增效试点 一共几个', F('临沂生猪、菏泽肉羊等14个优势特色农业全产业链提质增效试点', [14, '个']), 'target', 'relative-year', HF);
p('figure', 'BJ25', '京前年“两重”那批 个数多少 都动工了吗', F('86个“两重”项目全部开工', [86, '个']), 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'QT25', '钱塘前年一产占经济的比重 才多少', F('三次产业结构为0.9:57.7:41.4', [0.9]), 'relative-year', 'colloquial', 'short', HF);
p('target', 'AH25', '皖去年准备新培育多少高技能人才', F('开展大规模职业技能培训,新培育高技能人才12万人', [12, '万人']), 'target', 'relative-year', 'short-name', HF);
p('figure', 'JS25', '苏前年一年里办了多少件省政协提案', F('共办理省人大代表建议748件、省政协提案954件', [954, '件']), 'relative-year', 'short-name', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'GS23', '拱墅22年除了批而未供 供而未用 低效用地盘活了多少亩', F('供而未用土地1505亩,盘活低效用地1768亩', [1768, '亩']), 'two-digit-year', 'after-other', HF);
s('figure', 'GS23', '拱墅22年城管一条龙修路 路面加人行道一共修了多少万平方米', F('累计修复路面、人行道面积约33.91万平方米', [33.91, '万平方米']), 'two-digit-year', 'after-other', 'approx', HF);
s('figure', 'GS23', '拱墅22年 街道社区那种综合性服务体 建成几个', F('社区发展基金会2家,建成社区服务综合体8家', [8, '家']), 'two-digit-year', 'after-other', 'short', HF);
s('target', 'GS23', '拱墅23年计划里 海绵区域建设要占建成区百分之几', F('完成建成区3%以上海绵区域建设', pct(3)), 'target', 'two-digit-year', 'after-other', HF);
s('figure', 'GS23', '拱墅22年向上争取金融工具那些额度里 中长期贷款占多少亿', F('贴息贷款额度2.92亿元、中长期贷款额度10.43亿元', [10.43, '亿元']), 'two-digit-year', 'after-other', HF);
s('figure', 'CN23', '23年国务院报告里 “三新”经济占国内生产总值的比重到了多少', F('新产业新业态新模式增加值占国内生产总值的比重达到17%以上', pct(17)), 'plan-period', 'after-other', HF);
s('figure', 'GD26', '广东这五年省里纵向帮扶的组团 落地的重点项目有多少', F('纵向支持组团实施重点项目1000多个', [1000, '个']), 'plan-period', 'after-other', 'approx', HF);
s('target', 'SH25', '上海去年打算多出多少公顷绿地来', F('新建绿道130公里、绿地1000公顷', [1000, '公顷']), 'target', 'relative-year', 'after-other', 'short-name', 'short', HF);
s('figure', 'AH25', '皖前年整车产量冲到多少万辆了', F('汽车产量继续保持40%以上增长、达357万辆', [357, '万辆']), 'relative-year', 'after-other', 'short-name', 'short', HF);
s('figure', 'ZJ25', '浙江前年硕士学位授权点多了多少个', F('新增博士学位授权点56个、硕士学位授权点173个', [173, '个']), 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'GD25', '粤前年发租房补贴 覆盖了多少万户', F('发放租赁补贴惠及6.2万户', [6.2, '万户']), 'relative-year', 'after-other', 'short-name', 'short', HF);
s('figure', 'GD25', '广东前年村容整洁达标的村子 占到百分之几', F('90%以上村庄达到干净整洁村标准', pct(90)), 'relative-year', 'after-other', 'colloquial', HF);
s('figure', 'AH25', '皖前年县医院升三级的 有几所', F('25所县级公立医院新晋三级医院', [25, '所']), 'relative-year', 'after-other', 'short-name', 'short', HF);
s('figure', 'YN25', '滇前年一共扑了几场山火', F('灾害,高效处置15起森林火灾', [15, '起']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'HZ24', '杭州亚运那年 河湖缓冲带修了多长', F('建成29.9公里河湖缓冲带', [29.9, '公里']), 'year-by-event', 'after-other', 'short', HF);
s('figure', 'HN25', '湖南政务app湘易办 前年月访问量保持在多少以上', F('月访问量保持在1000万人次以上', [1000, '万人次']), 'relative-year', 'after-other', HF);
s('target', 'GS25', '拱墅去年政府投的那五百多个项目 年内要砸进去多少钱', F('558个,实现当年投资75.7亿', [75.7]), 'target', 'relative-year', 'after-other', 'colloquial', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'HZ24', "hangzhou's city intelligent-computing centre, phase 2 (2023) — how much compute, in P?", F('完成杭州市智能计算中心第二期100P算力建设', [100]), 'year', 'lowercase', HF);
e('figure', 'BJ25', 'beijing 2024: ratio of projects actually started to projects filed — 1 to what?', F('开工备案项目比例达到1∶3.4', [3.4]), 'year', 'lowercase', HF);
e('target', 'BJ26', 'beijing this year: unpermitted structures to deal with — how many sq m?', F('、治理无手续建筑500万平方米', [500, '万平方米']), 'target', 'relative-year', 'lowercase', 'abbreviation', HF);
e('target', 'GD25', "guangdong 2025 health insurance: loyalty and no-claim bonuses can lift the critical-illness cap by at most what share of the original cap?", F('累计提高总额不超过所在统筹地区大病保险原封顶线的20%', pct(20)), 'target', 'year', 'lowercase', HF);
e('target', 'SD26', "shandong's provincial sports meet in 2026 — the how-manyth?", F('办好第26届省运会', [26, '届']), 'target', 'year', 'lowercase', 'short', HF);
e('figure', 'SH25', "shanghai 2024: the online exhibition-trade platform launched after the import expo — '___ zhanmao wang', which number?", F('上线“365展贸网”', [365]), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'SH26', "shanghai 2025: the key-sector safety clean-up (e-bikes, factories, warehouses) was framed as what plus 2?", F('厂房仓库等“5+2”重点行业领域整治', [5]), 'year', 'lowercase', HF);
e('target', 'YN25', "yunnan: provincial-level farm leading firms are supposed to cover how many counties?", F('省级农业龙头企业129个县(市、区)全覆盖', [129, '个']), 'target', 'lowercase', 'glossary', HF);
e('target', 'YN25', "yunnan's 'ten counties, hundred towns, thousand villages, ten thousand households' scheme — model households?", F('10000个民族团结进步示范户', [10000, '个']), 'target', 'lowercase', 'glossary', HF);
e('target', 'YN25', "yunnan's silver-age talent plan: senior sci-tech experts, how many?", F('其中银龄科技专家200人', [200, '人']), 'target', 'lowercase', 'glossary', 'short', HF);
e('target', 'YN25', "yunnan's first three-year sewage push: besides the 7 lake-basin cities, how many other county-level-or-above cities?", F('7个城市(包括县城)及其他22个县级及以上城市', [22, '个']), 'target', 'lowercase', 'glossary', HF);
e('target', 'ZJ25', "zhejiang 2025: the 'x no-go rules' (bu zhun) it wanted enforced precisely — how many?", F('“3个70%”、“7个不准”等举措精准落地', [7, '个']), 'target', 'year', 'lowercase', 'pinyin', HF);
e('target', 'ZJ26', 'zj 2026: the national private-investment policy package it is implementing has how many articles?', F('落实落细国家促进民间投资“13条政策”', [13, '条']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'HZ24', "2023 was the how-manyth anniversary of the 'eight-eight strategy', per hangzhou's report?", F('也是“八八战略”实施20周年', [20, '周年']), 'year', 'lowercase', HF);
e('figure', 'GS23', 'gongshu 2022: how many firms moved into the daegu medi-city life-health base?', F('韩国大邱Medi·City生命健康产业基地启用,入驻企业28家', [28, '家']), 'year', 'lowercase', HF);
e('target', 'GS23', "gongshu's 2023 plan: land to clear up (approved-not-supplied, supplied-not-used, low-efficiency), mu?", F('清理批而未供、供而未用、低效用地3900亩', [3900, '亩']), 'target', 'year', 'lowercase', HF);
e('target', 'QT21', "qiantang by the end of the 14th FYP: the 'x-minute public service circle' — how many minutes?", F('体育健身等“15分钟公共服务圈”', [15, '分钟']), 'target', 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'AH26', "anhui 2025: it led the formation of an agri-tech innovation alliance — '1 +' how many?", F('牵头组建“1+5”农业科技创新联盟', [5]), 'year', 'lowercase', HF);
e('target', 'FJ25', "fujian 2025 plan: the sci-tech supply-chain platform is '1 +' what?", F('构建“1+10”科创供应链平台', [10]), 'target', 'year', 'lowercase', 'short', HF);
e('figure', 'HZ24', 'hangzhou 2023: future communities completed?', F('建成未来社区134个', [134, '个']), 'year', 'lowercase', 'short', HF);
e('figure', 'HZ24', 'hz 2023: biomed & smart-iot projects brought in from shanghai — total investment?', F('智能物联产业项目22个,总投资超25亿元', [25, '亿元']), 'year', 'lowercase', 'abbreviation', 'approx', HF);
e('target', 'GS23', "gongshu's 2023 goal for the completion rate of community-level aid alliances (zhulianti)?", F('街道级达100%、社区级达20%', pct(20)), 'target', 'year', 'lowercase', 'pinyin', HF);
e('figure', 'HZ24', 'hangzhou 2023: iot sensing data shared across how many application scenarios?', F('实现47个应用场景物联感知数据共享', [47, '个']), 'year', 'lowercase', HF);
e('target', 'HZ24', "hangzhou's 2024 plan: green low-carbon factories (city level and up) to create?", F('绿色低碳工业园区2个、工厂100家', [100, '家']), 'target', 'year', 'lowercase', HF);
e('target', 'QT25', 'qiantang 2025: alumni-economy projects to bring in?', F('新引进校友经济项目150个', [150, '个']), 'target', 'year', 'lowercase', 'short', HF);
e('figure', 'AH25', "anhui 2024: strategic emerging industries' share of above-scale industrial output?", F('战略性新兴产业产值占规上工业比重43.6%', pct(43.6)), 'year', 'lowercase', HF);
e('figure', 'FJ25', 'fujian 2024: young taiwanese newly interning, working or starting up there — headcount?', F('新增来闽实习、就业、创业台青3859人', [3859, '人']), 'year', 'lowercase', HF);
e('figure', 'GD26', "gd's international container liner routes — how many at end-2025?", F('国际集装箱班轮航线增至496条', [496, '条']), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'SD26', "shandong 2025: 'get one thing done efficiently' items actually delivered?", F('37个“一件事”落地落实', [37, '个']), 'year', 'lowercase', HF);
e('figure', 'HN25', 'hunan 2024: growth in technology-contract turnover?', F('技术合同成交额增长20.2%', pct(20.2)), 'year', 'lowercase', 'short', HF);
e('figure', 'CN23', "2023 work report: market-access negative list — measures cut by what % since it started?", F('清单管理措施比制度建立之初压减64%', pct(64)), 'plan-period', 'lowercase', 'no-place', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('gyantse county — how many tourists came last year?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe("nyainrong county's 2026 road-building budget?", 'nf-place', 'year', 'lowercase', 'short');
nfe('what was the population of ningbo in 1838?', 'nf-year', 'year', 'lowercase', 'short');
nfe('number of polo clubs in qingdao?', 'nf-indicator', 'lowercase', 'short');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['SH26', 'SH25'], 'shanghai burying overhead lines: km done in 2024 vs 2025 — up or down?', F(['完成141公里架空线入地和杆箱整治', '完成134公里架空线入地和杆箱整治'], [141, '公里'], [134, '公里']), 'en', 'year', 'lowercase', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['BJ26', 'BJ25'], 'beijing government rules made, amended or repealed — 2024 count vs 2025 count?', F(['立改废政府规章18项', '制定修改废止政府规章4项'], [18, '项'], [4, '项']), 'en', 'year', 'lowercase', 'one-place-two-years', HF);
f('comparison', 'comparison-ask', 'AH25', '安徽前年制造业中长期贷款和普惠小微贷款 哪个跑赢全国更多', F('制造业中长期贷款增长23.5%、高于全国11.6个百分点,普惠小微企业贷款增长18.3%、高于全国3.7个百分点', [11.6, '个百分点'], [3.7, '个百分点']), 'two-indicators', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', 'SH26', '沪去年机场客流和货邮 谁的增速更高', F('上海机场航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨,分别增长8.3%、7.9%', pct(8.3), pct(7.9)), 'two-indicators', 'which-higher', 'relative-year', 'short-name', 'short', HF);
f('comparison', 'comparison-ask', ['ZJ26', 'GD26'], 'new national-level intangible heritage bearers in 2025 — zhejiang vs guangdong, who added more?', F(['新增国家级非遗代表性传承人75名', '新增58名国家级非遗代表性传承人'], [75, '名'], [58, '名']), 'en', 'two-places', 'which-higher', 'year', 'lowercase', HF);
f('superlative', 'ranking-ask', 'HN25', '前年研发投入强度在中部排第2的是哪个省 到了多少', F('研发投入强度提升至2.57%、居中部第2位', pct(2.57)), 'across-reports', 'relative-year', HF);
f('superlative', 'ranking-ask', 'HZ24', '22年全国一百多个城市比公共服务 群众满意度第一的是谁', F('在2022年全国120个城市公共服务质量监测中,总体满意度居第一位', [120, '个']), 'across-reports', 'two-digit-year', HF);
f('superlative', 'ranking-ask', 'BJ25', '前年国家绩效评估里 名次从第9蹿到第2的是哪个综保区', F('天竺综保区在国家绩效评估中从第9名提升至第2名', [2]), 'across-reports', 'relative-year', 'colloquial', HF);
f('superlative', 'ranking-ask', 'QT25', '哪个区的市级未来工厂累计数 连着三年排全市头名', F('认定市级未来工厂32家、12家,累计数量连续三年保持全市第一', [12, '家']), 'across-reports', 'relative-year', HF);
f('superlative', 'ranking-ask', 'ZJ25', '前年国际航运中心发展指数排名升到全球第8的 是哪个港', F('国际航运中心发展指数排名提升到全球第8', [8]), 'across-reports', 'relative-year', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'ZJ25', '前年浙江存量房贷降息 家庭一年少付的利息和受益户数 各多少', F('降低存量房贷利率,每年可减少房贷利息支出约130亿元、惠及310万户家庭', [130, '亿元'], [310, '万户']), 'relative-year', 'colloquial', HF);
f('multi', 'multi-ask', 'JS25', '江苏制造业智能化改造和数字化转型那个三年计划 一共给多少企业做了诊断 落了多少改造项目', F('累计诊断企业超6万家、改造项目5.6万余个', [6, '万家'], [5.6, '万个']), 'year-by-event', HF);
f('multi', 'multi-ask', 'HZ24', "hangzhou's free-entry first quarter of 2023 at state-run scenic spots — how much was waived, and how many visitors came?", F('推出一季度“免费游”,免费金额5.6亿元,接待游客1306万人次', [5.6, '亿元'], [1306, '万人次']), 'en', 'year', 'lowercase', HF);
f('multi', 'multi-ask', 'SD25', "shandong's civilised villages & towns, cumulative to 2024 — national-level and provincial-level counts?", F('累计创建国家文明村镇246个、省级文明村镇4295个', [246, '个'], [4295, '个']), 'en', 'year', 'lowercase', HF);
f('multi', 'multi-ask', 'FJ25', "fujian 2024: km of water supply & drainage pipes built or rebuilt, and km of 'fudao' trails?", F('新改建供排水管网2182公里,新建和改造提升福道930公里', [2182, '公里'], [930, '公里']), 'en', 'year', 'lowercase', 'pinyin', HF);
f('multi', 'multi-ask', 'HN25', "hunan's 2025 livelihood list: village doctors to train, and 'time-guardian' beds for older people?", F(['培训乡村医生5000名', '老年人“时光守护”床位2000张'], [5000, '名'], [2000, '张']), 'en', 'target', 'year', 'lowercase', HF);
f('overview', 'overview-ask', 'ZJ26', '浙江十四五这些年 经济体量是怎么一步步上来的 简单讲讲', { ...F('全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶'), lead: 9 }, 'plan-period', 'colloquial');
f('overview', 'overview-ask', 'SH26', "shanghai's economy across the 14th FYP — the short story?", { ...F('全市生产总值从4.16万亿元增加到5.67万亿元'), lead: 5.67 }, 'en', 'plan-period', 'lowercase', 'abbreviation', 'short');
f('outline', 'outline-ask', 'QT25', '钱塘去年那份计划 几个“聚焦”分别是啥', O('QT25'), 'relative-year', 'colloquial');
f('outline', 'outline-ask', 'JL25', '吉林去年的政府工作 按板块列一下', O('JL25'), 'relative-year', 'short');
f('outline', 'outline-ask', 'SH25', "sh 2025 work report — list the headline tasks for me", O('SH25'), 'en', 'year', 'lowercase', 'abbreviation');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('尼木去年来了多少游客', 'nf-place', 'relative-year', 'short');
nf('仁布前年农牧民人均可支配收入是多少', 'nf-place', 'relative-year');
nf('定结今年准备修多少公里通村路', 'nf-place', 'relative-year', 'colloquial');
nf('岗巴去年的财政收入有多少', 'nf-place', 'relative-year', 'short');
nf('拉孜24年地区生产总值多少', 'nf-place', 'two-digit-year', 'short');
nf('南木林今年有几个重点项目开工', 'nf-place', 'relative-year');
nf('白朗前年蔬菜大棚建了多少座', 'nf-place', 'relative-year');
nf('琼结去年新建了几所幼儿园', 'nf-place', 'relative-year', 'short');
nf('洛扎今年打算招商引资多少亿', 'nf-place', 'relative-year', 'colloquial');
nf('加查前年接待游客人次是多少', 'nf-place', 'relative-year');
nf('1853年上海县城住了多少户人家', 'nf-year', 'year');
nf('1874年福州船政局造了几艘船', 'nf-year', 'year', 'colloquial');
nf('浙江今年办了几场蹴鞠比赛', 'nf-indicator', 'relative-year', 'short');
nf('江苏去年柔道馆有多少家', 'nf-indicator', 'relative-year', 'colloquial');

// ---- 3. conversations, 3 turns (every turn after the first scored) ----------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('拱墅22年那张计划执行情况的表'),
  T('新增国家高新技术企业那行 完成了百分之多少', 'figure', 'GS23', F('114.18%', pct(114.18)), 'elliptical', 'two-digit-year', 'table-cell', HF),
  T('那固投呢 比目标高出几个点', 'figure', 'GS23', F('高于目标5.1个百分点', [5.1, '个百分点']), 'elliptical', 'indicator-switch', 'table-cell', 'short'),
]);
conv([
  T('钱塘去年工业上有啥大项目'),
  T('大飞机中机身那个全工序生产线 机型是C几几几', 'target', 'QT25', F('推进C919中机身(含中央翼)装配和零件制造项目全工序生产线建设', [919]), 'elliptical', 'target', 'colloquial'),
  T('钱塘新区2035远景目标里 产业发展以哪个三位数为导向', 'target', 'QT21', F('以“515”产业发展为导向', [515]), 'complete-question', 'year-switch', 'plan-period'),
]);
conv([
  T('浙江今年的民生实事清单'),
  T('今年那条老年人意外险 覆盖到哪个年龄以上', 'target', 'ZJ26', F('70周岁以上户籍老年人意外伤害保险全覆盖', [70, '周岁']), 'elliptical', 'target'),
  T('那去年免费打流感疫苗呢 几岁起', 'target', 'ZJ25', F('为全省60岁以上老年人免费接种流感疫苗', [60, '岁']), 'elliptical', 'target', 'year-switch', 'relative-year', 'short', HF),
]);
conv([
  T('云南去年那份报告的名词解释'),
  T('孟连种牛油果搞出来的联农带农模式 叫啥数字', 'figure', 'YN25', F('“334”联农带农模式:孟连县在发展牛油果产业中', [334]), 'elliptical', 'glossary', 'colloquial'),
  T('那前年服务保障的中国—南亚博览会 是第几届', 'figure', 'YN25', F('第8届中国—南亚博览会', [8, '届']), 'elliptical', 'topic-switch', 'relative-year'),
]);
conv([
  T('福建这几年交通怎么样'),
  T('这五年基本成型的那个交通圈 数字叫法是啥', 'figure', 'FJ26', F('“211”交通圈基本成型', [211]), 'elliptical', 'plan-period'),
  T('对了 总书记前年是几月份回福建考察的', 'figure', 'FJ25', F('去年10月回到福建考察时殷切期望我们', [10]), 'complete-question', 'topic-switch', 'year-switch', 'relative-year', HF),
]);
conv([
  T('拱墅去年的改革和用地安排'),
  T('国家级的改革试点 手上有几项', 'target', 'GS25', F('筹抓好7项国家级、14项省级', [7, '项']), 'elliptical', 'target', 'short', HF),
  T('低效用地呢 要提升改造多大面积', 'target', 'GS25', F('升改造低效用地2000亩', [2000, '亩']), 'elliptical', 'target', 'indicator-switch', HF),
]);
conv([
  T('杭州23年学校和科研这块'),
  T('新建的中小学跟幼儿园 一共几所', 'figure', 'HZ24', F('新建中小学和幼儿园98所', [98, '所']), 'elliptical', 'short', HF),
  T('到24年计划里 天目山实验室那批科技强基项目 年度要投多少钱', 'target', 'HZ24', F('天目山实验室等共计16个实施项目,年度计划投资29.5亿元', [29.5, '亿元']), 'elliptical', 'target', 'year-switch', 'kind-switch', 'second-figure', HF),
]);
conv([
  T('安徽25年那份报告'),
  T('开头那句 多少万江淮儿女倍感温暖', 'figure', 'AH25', F('7100万江淮儿女倍感温暖', [7100, '万']), 'elliptical', 'colloquial'),
  T("and northern anhui's manufacturing investment in 2024 — how much faster than the province?", 'figure', 'AH25', F('制造业投资增速高于全省6.7个百分点', [6.7, '个百分点']), 'elliptical', 'en', 'lowercase', 'language-switch', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('22年国务院报告里的退税'),
  T('那会儿小微企业手里攒着的留抵税 说好几月之前一次性返还', 'target', 'CN22', F('对小微企业的存量留抵税额于6月底前一次性全部退还', [6]), 'elliptical', 'target', 'no-place'),
  T('公共卫生那块人头补助 那年又往上加了几块', 'target', 'CN22', F('分别再提高30元和5元,推动基本医保省级统筹', [5, '元']), 'elliptical', 'target', 'indicator-switch', 'second-figure', HF),
]);
conv([
  T('广东的低空经济'),
  T('去年要打造的那个发展平台 是“1+几+N”', 'target', 'GD25', F('打造“1+3+N”低空经济发展平台', [3]), 'elliptical', 'target', 'relative-year', 'second-figure'),
  T('不对 我其实想问前年落地的两批“高效办成一件事”重点事项 一共多少个', 'figure', 'GD25', F('加快落地两批21个“高效办成一件事”重点事项', [21, '个']), 'self-correction', 'topic-switch', 'year-switch', 'relative-year', HF),
]);
conv([
  T('浙江去年城乡建设这块'),
  T('那措美呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('算了还是说浙江 去年村里道路改造 要覆盖几个行政村', 'target', 'ZJ25', F('改造提升3000个行政村村道', [3000, '个']), 'elliptical', 'after-not-found', 'target', 'relative-year', HF),
]);
conv([
  T("terms explained at the back of yunnan's 2025 report"),
  T("the '3+4' secondary-to-bachelor track: how many years at the university end?", 'target', 'YN25', F('本科院校就读4年', [4, '年']), 'elliptical', 'en', 'lowercase', 'glossary', 'second-figure', HF),
  T("and the '123' disaster response — rescue teams fully dispatched by which hour?", 'target', 'YN25', F('第2小时应急救援队伍要全面派出', [2]), 'elliptical', 'en', 'lowercase', 'glossary', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('beijing rail transit'),
  T('2025 plan: line 17 opens in full, plus which line\'s southern extension?', 'target', 'BJ25', F('开通地铁17号线全线和6号线南延', [6]), 'elliptical', 'en', 'lowercase', 'target', 'year', 'second-figure', HF),
  T('and for 2026, which line should have its hongmiao–pinggu section about ready to open?', 'target', 'BJ26', F('轨道交通22号线红庙至平谷段基本具备开通条件', [22]), 'elliptical', 'en', 'lowercase', 'target', 'year-switch', HF),
]);
conv([
  T('number codes in provincial reports'),
  T("fujian, 2025 report: the specialty modern agriculture programme — what's its code?", 'figure', 'FJ25', F('特色现代农业高质量发展“3212”工程', [3212]), 'elliptical', 'en', 'lowercase', 'year', HF),
  T('same idea for shandong — the laboratory system completed over the 14th FYP?', 'figure', 'SD26', F('“1313”实验室体系全面建成', [1313]), 'elliptical', 'en', 'lowercase', 'place-switch', 'plan-period', 'abbreviation', HF),
]);
conv([
  T('private business in fujian and shandong'),
  T("fujian's 2026 report: the private economy's 'contribution pattern' — five-digit label?", 'figure', 'FJ26', F('民营经济“77789”贡献格局持续巩固', [77789]), 'elliptical', 'en', 'lowercase', 'year', HF),
  T('and the hotline shandong firms dial to reach the governor directly?', 'figure', 'SD26', F('“96178”省长直通车', [96178]), 'elliptical', 'en', 'lowercase', 'place-switch', HF),
]);
conv([
  T('guangdong 2025 report'),
  T('the farm-produce marketing system it keeps deepening — which number?', 'target', 'GD25', F('农产品“12221”市场营销体系', [12221]), 'elliptical', 'en', 'lowercase', 'target', HF),
  T('and 2024 was which anniversary of the greater bay area development plan outline?', 'figure', 'GD25', F('大湾区发展规划纲要公开发布实施5周年', [5, '周年']), 'elliptical', 'en', 'lowercase', 'topic-switch', 'year', HF),
]);
conv([
  T("zhejiang's 2025 science & talent plans"),
  T('top-tier talents to recruit that year?', 'target', 'ZJ25', F('新引进顶尖人才40名以上', [40, '名']), 'elliptical', 'en', 'lowercase', 'target', 'second-figure', HF),
  T("and the 'double first-class' programme carries which number?", 'target', 'ZJ25', F('“双一流196”工程', [196]), 'elliptical', 'en', 'lowercase', 'target', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('qiantang, back in the new-area days'),
  T('since it was set up: chemical plants shut down or relocated?', 'figure', 'QT21', F('完成11家化工类企业关停转迁', [11, '家']), 'elliptical', 'en', 'lowercase', 'since-founding', HF),
  T('and the population it wants to pass by the end of the 14th FYP?', 'target', 'QT21', F('人口规模总量突破100万人', [100, '万人']), 'elliptical', 'en', 'lowercase', 'target', 'plan-period', 'kind-switch', 'second-figure', HF),
]);
conv([
  T('anhui industry policy'),
  T('2024: first batch of provincial future-industry pilot zones — how many?', 'figure', 'AH25', F('筹建首批10个省级先导区', [10, '个']), 'elliptical', 'en', 'lowercase', 'year', 'second-figure', HF),
  T("and in 2025, the twin packages for tech and export-oriented firms — how many articles each?", 'figure', 'AH26', F('外向型企业高质量发展“双20条”政策', [20, '条']), 'elliptical', 'en', 'lowercase', 'year-switch', 'second-figure', HF),
]);
conv([
  T('jiangsu manufacturing and tech'),
  T('2025 plan: industrial chains with a national-level edge (biopharma, chips and so on) — how many?', 'target', 'JS25', F('生物药、集成电路等10条具有全国优势', [10, '条']), 'elliptical', 'en', 'lowercase', 'target', 'year', 'second-figure', HF),
  T("and over the 14th FYP, the world-first outdoor test network it built — which 'G'?", 'figure', 'JS26', F('全球首个6G外场试验网成功搭建', [6]), 'elliptical', 'en', 'lowercase', 'plan-period', 'year-switch', 'second-figure', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  尼木: ['尼木', 'Nyemo'],
  仁布: ['仁布', 'Rinbung'],
  定结: ['定结', 'Dinggye'],
  岗巴: ['岗巴', 'Gamba'],
  拉孜: ['拉孜', 'Lhatse'],
  南木林: ['南木林', 'Namling'],
  白朗: ['白朗', 'Bainang'],
  琼结: ['琼结', 'Qonggyai'],
  洛扎: ['洛扎', 'Lhozhag'],
  加查: ['加查', 'Gyaca'],
  措美: ['措美', 'Comai'],
  gyantse: ['江孜', 'Gyantse'],
  nyainrong: ['聂荣', 'Nyainrong'],
  1853: ['1853'],
  1874: ['1874'],
  1838: ['1838'],
  蹴鞠: ['蹴鞠', 'cuju'],
  柔道: ['柔道', 'judo'],
  polo: ['马球', 'polo'],
};

// Never a fact that fresh-au's or fresh-av's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-au/au-heldout.jsonl', 'eval/fresh-av/av-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-au's or fresh-av's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'aw', last: 'av', notAnswerableWords: NF_WORDS });
