#!/usr/bin/env node
// Writes the fresh-t sets: eval/fresh-t/t-tune.jsonl and eval/fresh-t/t-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-t/make.mjs [--check]
//
// An eighth held-out question set written BEFORE any fix, as fresh-m … fresh-s, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording and without running the bot to choose or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports), with wording other than fresh-q's, fresh-r's and fresh-s's (other follow-up phrasings,
// verbs, fragments, typos, mixed scripts, short and long asks). Six parts:
//   1. conversations of 3–4 turns (every later turn scored): 那农村的呢 / 全省农产品出口涨幅呢 / 总量呢 / 再往前一年呢 /
//      和山东比呢 → 哪个多 / 达标了吗 / 有数吗 / "and the year after?" / "how about Hubei?" (a scored not-answerable
//      turn) / "which one grew faster?" / 那最近一年的呢 (after a year no report holds) / 第一条细说下 (after an outline) /
//      Jiangsu呢 → 哪个高 / "and in Guangdong?" / Fujian 25年定的是多少 / 说错了 我要的是24年… (a self-correction) /
//      "and in Shanghai?" → "so which city has more?", complete new questions after a five-year question, counts
//      (有几家 / 建了多少家 / 一共几个), after trend turns, zh/en mixed threads;
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin), 4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure (checked here: not the first number of its report sentence, years aside);
//   4. trends (连续几年 / 连续几届 / 年均 / 连续几个月 sentences) and A vs B comparisons (two years of one report, two
//      reports), counts;
//   5. several indicators in one ask (multi), overviews and outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-04: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-s: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-s, plus the
// stricter same-sentence check). Overview cases cite the report's headline sentence on purpose (as case-checks exempts
// them): their figure is given as `lead` only.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { askShorthands, caseBook, checkAskedFigureNotFirst, checkDealAndWrite, conversationBook, useFreshLReports } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// The corpus and the extracted texts of the three added reports first: a cite must be text the extraction yields.
useFreshLReports();

const { cases, x, C, F, NF, O } = caseBook();
const SHAPES = ['follow-up', 'english-ask', 'second-figure-ask', 'trend-ask', 'comparison-ask', 'multi-ask', 'overview-ask', 'outline-ask', 'not-answerable'];
// s(…) a Chinese ask of a figure not first in its sentence, e(…) an English question, f(…) a case of a given shape.
const { s, e, f, pct } = askShorthands(x);

// ---- 3. the asked figure is not the first of its sentence -----------------------------------------------------------
// kinds as fresh-s: second-of-pair, amount-after-count, share-vs-growth, after-other (another indicator's figure comes
// first), rank, count
s('figure', 'AH25', '引江济淮24年过闸总吨位有多少', F('全年共调水4.75亿立方米,过闸总吨位1.3亿吨', [1.3, '亿吨']), 'second-of-pair', 'two-digit-year');
s('figure', 'AH25', '安徽24年国家级和省级园区里 完成循环化改造的占比多少', F('绿色供应链管理企业11家,80%的国家级和省级园区均完成循环化改造', pct(80)), 'after-other', 'two-digit-year');
s('target', 'AH25', '安徽25年争取培育几家制造业单项冠军和链主企业', F('争创制造业单项冠军和链主企业10家左右', [10, '家']), 'target', 'after-other', 'two-digit-year', 'count');
s('figure', 'AH26', '去年安徽纳入长三角一卡通办的居民服务事项 是多少项', F('统计数据分算机制,113项居民服务事项长三角“一卡通办”', [113, '项']), 'after-other', 'relative-year', 'count');
s('target', 'AH26', '安徽今年问题排查治理 涵盖多少类问题', F('全面开展7大领域101类问题排查和治理', [101, '类']), 'target', 'second-of-pair', 'relative-year');
s('figure', 'BJ25', '北京24年新开通的轨道交通线 一共几条', F('昌平线南延一期等3条轨道新线', [3, '条']), 'after-other', 'two-digit-year', 'count');
s('target', 'BJ25', '北京2025年打算改造提升多少处老旧厂房', F('治理背街小巷1100条,改造提升老旧厂房40处', [40, '处']), 'target', 'after-other', 'year');
s('target', 'BJ25', '北京25年准备新建的农村邻里互助养老服务点 有多少个', F('张家庭养老床位、200个农村邻里互助养老服务点', [200, '个']), 'target', 'after-other', 'two-digit-year');
s('figure', 'BJ26', '北京去年办了几项市人大代表议案', F('立改废政府规章18项,办理市人大代表议案5项', [5, '项']), 'after-other', 'relative-year', 'count');
s('trend', 'CN23', '这些年工程建设项目全流程审批时间压到了不超过多少个工作日', F('工程建设项目全流程审批时间压缩到不超过120个工作日', [120, '个工作日']), 'after-other', 'five-year-review', 'plan-period');
s('trend', 'CN23', '过去五年草原综合植被盖度和湿地保护率到了多少', F('草原综合植被盖度和湿地保护率均达50%以上', pct(50)), 'after-other', 'five-year-review', 'plan-period');
s('figure', 'FJ25', '福建24年完成机构改革的人口小县有几个', F('省市县政府机构改革和11个人口小县机构改革顺利完成', [11, '个']), 'after-other', 'two-digit-year', 'count');
s('figure', 'FJ25', '福建24年实现数据最多采一次的政务服务事项多少个', F('全省范围内469个政务服务事项实现“数据最多采一次”', [469, '个']), 'after-other', 'two-digit-year');
s('target', 'FJ25', '福建25年县级城市黑臭水体消除率要到多少', F('设市城市生活污水集中收集率75%以上,县级城市黑臭水体消除率90%以上', pct(90)), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'FJ25', '福建25年培育“一村一品”专业村的目标', F('打造45个林下经济重点县,培育“一村一品”专业村2000个以上', [2000, '个']), 'target', 'second-of-pair', 'two-digit-year', 'short');
s('trend', 'FJ26', '福建这五年制定修改废止了多少件政府规章', F('提请审议省级地方性法规61件,制定修改废止政府规章38件', [38, '件']), 'second-of-pair', 'five-year-review', 'plan-period');
s('figure', 'GD25', '广东24年达到干净整洁村标准的村庄占比', F('基本建成129条乡村振兴示范带,90%以上村庄达到干净整洁村标准', pct(90)), 'after-other', 'two-digit-year', 'short');
s('figure', 'GD25', '广东24年推动多少家企业搞了技术改造和数字化转型', F('家,推动超1万家企业开展技术改造和数字化转型', [1, '万家']), 'after-other', 'two-digit-year');
s('figure', 'GD25', '“组合港”24年新开了几条航线', F('中欧班列开行数量增长10%,“组合港”(一港通)新开行航线8条', [8, '条']), 'after-other', 'two-digit-year', 'count');
s('figure', 'GD25', '广东24年租赁补贴惠及多少户', F('新筹建各类保障性住房28.6万套(间),发放租赁补贴惠及6.2万户', [6.2, '万户']), 'second-of-pair', 'two-digit-year', 'short');
s('target', 'GD25', '广东25年65岁及以上老人医养结合服务率要超过多少', F('65岁及以上老年人医养结合服务率超过40%', pct(40)), 'target', 'after-other', 'two-digit-year');
s('target', 'GD25', '广东25年线下无理由退货承诺店要发展到多少家', F('新增放心消费承诺单位超1.5万家,线下无理由退货承诺店超4500家', [4500, '家']), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'GD26', '广东今年优质高中跟县中结对帮扶 有几所参与', F('持续开展232所优质高中对县中的结对帮扶', [232, '所']), 'target', 'after-other', 'relative-year');
s('target', 'GD26', '12355青少年服务台今年服务量目标多少人次', F('每天24小时提供免费心理疏导、心理咨询等服务,服务数量超75万人次', [75, '万人次']), 'target', 'after-other', 'relative-year', 'mixed-script');
s('target', 'GD26', '广东26年大宗原料、餐饮具、餐饮食品抽检监测多少批次', F('开展大宗原料、餐饮具、餐饮食品抽检监测3250批次', [3250, '批次']), 'target', 'after-other', 'two-digit-year');
s('target', 'GD26', '广东今年高速服务区里 特色服务区打造几个', F('其中根据当地资源禀赋打造14个特色服务区', [14, '个']), 'target', 'part-vs-total', 'relative-year', 'count');
s('target', 'GD26', '广东26年充电电量增长目标', F('充电电量增长25%以上', pct(25)), 'target', 'share-vs-growth', 'two-digit-year', 'short');
s('figure', 'JS25', '江苏24年完成的重要文件合法性审查有多少件', F('提请省人大常委会审议地方性法规13项,完成重要文件合法性审查169件', [169, '件']), 'after-other', 'two-digit-year');
s('target', 'JS26', '江苏今年推几项基础研究重点项目', F('80项前沿技术研发和60项基础研究重点项目', [60, '项']), 'target', 'second-of-pair', 'relative-year', 'count');
s('figure', 'SD25', '山东24年省市县重点项目完成投资多少', F('推动工程项目审批提速提效,省市县重点项目完成投资2.9万亿元以上', [2.9, '万亿元']), 'after-other', 'two-digit-year');
s('target', 'SD25', '山东25年要吸引集聚多少青年人才', F('建好30家人才效能提升重点平台,吸引集聚青年人才80万人', [80, '万人']), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'SD25', '山东2025年新增4A级以上景区的目标几家', F('支持泰山、“三孔”争创世界级旅游景区,新增4A级以上景区10家', [10, '家']), 'target', 'after-other', 'year', 'count');
s('target', 'SD26', '山东今年拟竣工投产项目抓多少个', F('抓好赛得利纤维等3500多个拟竣工投产项目', [3500, '个']), 'target', 'after-other', 'relative-year');
s('target', 'SD26', '山东26年高速建成通车几个项目', F('建成通车济南至宁津等5个项目', [5, '个']), 'target', 'after-other', 'two-digit-year', 'count');
s('target', 'SD26', '山东今年传统产业集群大气污染综合治理搞多少个', F('开展30个以上传统产业集群大气污染综合治理', [30, '个']), 'target', 'second-of-pair', 'relative-year');
s('figure', 'SH25', '上海24年大型居住社区配套设施建成了多少个', F('推动既有多层住宅加装电梯3005台,建成39个大型居住社区配套设施', [39, '个']), 'after-other', 'two-digit-year');
s('figure', 'SH25', '上海24年营业性演出吸引了多少观众', F('举办营业性演出5.7万场、吸引观众2545万人次', [2545, '万人次']), 'second-of-pair', 'two-digit-year', 'short');
s('target', 'SH25', '上海保障性租赁住房到十四五末总量要达到多少', F('实现“十四五”末总量达到60万套(间)', [60, '万套']), 'target', 'part-vs-total', 'plan-period');
s('figure', 'SH26', '长三角那边去年上海牵头推进的重点合作事项有几个', F('建设全国统一大市场先行区等12个重点合作事项加快落地', [12, '个']), 'after-other', 'relative-year', 'count');
s('target', 'YN25', '云南25年电煤供应目标多少万吨', F('供应电煤3000万吨以上', [3000, '万吨']), 'target', 'after-other', 'two-digit-year', 'short');
s('figure', 'ZJ25', '浙江24年给重大项目保障了多少用能指标', F('新增建设用地32.8万亩,保障重大项目用能指标1600万吨标准煤', [1600, '万吨标准煤']), 'after-other', 'two-digit-year');
s('figure', 'ZJ25', '浙江24年17个重点传统制造业增加值增速', F('17个重点传统制造业增加值增长8%', pct(8)), 'share-vs-growth', 'two-digit-year', 'short');
s('target', 'ZJ25', '浙江25年更新改造住宅老旧电梯多少台', F('全面完成20年以上电梯更新,全省更新改造住宅老旧电梯1.5万台', [1.5, '万台']), 'target', 'after-other', 'two-digit-year');
s('figure', 'ZJ26', '浙江去年“企业认定、政府认账”认定了多少人才', F('授权企业8063家、认定人才5.45万名', [5.45, '万名']), 'second-of-pair', 'relative-year');
s('figure', 'ZJ26', '浙江2025年建设改造地下管网多少公里', F('更新住宅老旧电梯1.8万台,建设改造地下管网3200公里', [3200, '公里']), 'after-other', 'year');
s('target', 'ZJ26', '浙江今年取得重大科技成果的目标是多少项', F('部署实施“双尖双领+X”项目400项以上,取得重大科技成果100项以上', [100, '项']), 'target', 'second-of-pair', 'relative-year');

// ---- 2. English single-turn questions -------------------------------------------------------------------------------
e('figure', 'AH25', "Anhui's 'hundred events, ten thousand firms' matchmaking — how many sessions were held in 2024?", F('组织“百场万企”供需对接活动999场', [999, '场']), 'year');
e('figure', 'AH25', 'anhui institute for advanced study first intake of masters & phd students', F('首招硕博士研究生735名', [735, '名']), 'lowercase', 'short');
e('figure', 'AH26', 'Where did Anhui rank nationally in 2025 for the value of major projects pitched to private capital?', F('向民间资本推介重大项目投资总额居全国第3位', [3]), 'year', 'rank');
e('target', 'AH26', 'anhui 2026 — provincial S&T breakthrough programme projects, how many?', F('实施省级科技创新攻坚计划项目100项以上', [100, '项']), 'year', 'lowercase', 'short');
e('figure', 'BJ25', "How many staff now work in Beijing's sub-centre after the second batch of city agencies moved?", F('近3.3万名工作人员在副中心办公', [3.3, '万']));
e('figure', 'BJ25', 'beijing 2024 — total value of major projects pitched to private investors', F('面向民间资本推介重大项目投资总额超2700亿元', [2700, '亿元']), 'year', 'lowercase', 'short');
e('figure', 'BJ25', 'How many shopping districts did Beijing upgrade in 2024, Xizhimen among them?', F('完成西直门等15个商圈改造升级', [15, '个']), 'year', 'pinyin', 'count');
e('figure', 'BJ25', 'Huairou national science centre: how many facilities are now doing research?', F('推动怀柔综合性国家科学中心29个科技设施进入科研状态', [29, '个']), 'pinyin', 'count');
e('figure', 'BJ25', 'beijing road railings removed 2024 km', F('拆除护栏247公里', [247, '公里']), 'year', 'lowercase', 'short');
e('target', 'BJ25', "What was Beijing's 2025 goal for green power brought in from outside the city?", F('外调绿电规模力争达到400亿千瓦时', [400, '亿千瓦时']), 'year');
e('target', 'BJ25', 'jobs for new grads beijing promised to post in 2025?', F('归集发布不少于10万个高校毕业生就业岗位', [10, '万个']), 'year', 'lowercase');
e('figure', 'BJ25', 'How many Beijing companies upgraded their VOC treatment in 2024?', F('绿色电力占比达到26%,2000余家企业实施挥发性有机物等治理提升', [2000, '家']), 'year', 'after-other');
e('target', 'CN22', '2022 central budget investment — how much?', F('中央预算内投资安排6400亿元', [6400, '亿元']), 'year', 'short');
e('target', 'CN22', 'How much of the unemployment insurance fund was set aside in 2022 for job retention and training?', F('使用1000亿元失业保险基金支持稳岗和培训', [1000, '亿元']), 'year');
e('trend', 'CN23', 'How big were the old financial-reform costs of the state banks and rural credit co-ops that got fully resolved?', F('完全化解了历史上承担的国有商业银行和农村信用社等14486亿元金融改革成本', [14486, '亿元']), 'five-year-review');
e('figure', 'CN25', 'one-off living allowance for people in hardship in 2024 — how many got it?', F('向困难群众发放一次性生活补助,惠及1100多万人', [1100, '万']), 'year', 'lowercase');
e('figure', 'FJ25', 'How much water has Fujian piped to Kinmen so far?', F('累计向金门供水3800多万吨', [3800, '万吨']), 'pinyin');
e('figure', 'FJ25', 'silk road maritime alliance — member count?', F('“丝路海运”联盟成员达343家', [343, '家']), 'lowercase', 'short', 'count');
e('figure', 'FJ25', 'fujian policies scrapped for hindering fair competition 2024', F('清理废除妨碍统一市场和公平竞争的政策措施249件', [249, '件']), 'year', 'lowercase', 'short');
e('figure', 'FJ25', 'Fujian 2024: how many experts were added to the national high-level talent special support programme?', F('新增国家高层次人才特殊支持计划专家23人', [23, '人']), 'year', 'after-other');
e('figure', 'GD25', "Guangdong's mangrove planting and restoration to date — how many hectares?", F('累计完成红树林营造修复5648公顷', [5648, '公顷']));
e('figure', 'GD25', 'By how much did the total number of petitions in Guangdong fall in 2024?', F('推进信访问题源头治理,信访总量下降53%', pct(53)), 'year');
e('figure', 'GD25', 'guangdong new public cultural spaces opened 2024', F('建成开放公共文化新空间3300余家', [3300, '家']), 'year', 'lowercase', 'short');
e('figure', 'GD25', 'How many Guangdong districts made the national top-100 districts list in 2024?', F('城乡居民收入比缩小至2.31:1,17个区', [17, '个']), 'year', 'after-other', 'count');
e('figure', 'HN25', "How many problems did Hunan's 'walk, find, think, push' visits solve for businesses in 2024?", F('解决各类问题超7000个', [7000, '个']), 'year');
e('figure', 'HN25', 'hunan — funds brought home by returning hunan entrepreneurs in 2024?', F('湘商回归新注册企业达到1670家、到位资金突破6000亿元', [6000, '亿元']), 'year', 'lowercase', 'after-other');
e('target', 'JL25', "Jilin's 2025 goal for raising farmers' wage income?", F('实施农民工资性收入提升行动,工资性收入提高20%以上', pct(20)), 'year');
e('figure', 'JL25', "jilin provincial SOEs' assets, revenue, profit and taxes in 2024 — best in how many years?", F('资产总额、营业收入、利润增长、上交税费均创近5年最好水平', [5, '年']), 'year', 'lowercase', 'after-other');
e('figure', 'JS25', "How many home appliances did Jiangsu's trade-in scheme sell in 2024?", F('带动家电销售735.4万件', [735.4, '万件']), 'year');
e('figure', 'SD25', 'Shandong above-scale agricultural processing firms — how many now?', F('规上农产品加工企业突破1.1万家', [1.1, '万家']), 'count');
e('figure', 'SD25', "shandong 'four firsts' products promoted 2024", F('培育推广“四首”产品797项', [797, '项']), 'year', 'lowercase', 'short');
e('figure', 'SD25', 'By how much did Shandong cut enterprise inspection visits in key sectors?', F('重点领域入企检查频次压减45%', pct(45)));
e('figure', 'SD26', 'How many provincial-level leading talents did Shandong bring in or train in 2025?', F('新引育省级以上领军人才1480多人', [1480, '人']), 'year');
e('figure', 'SH25', 'Shanghai idle industrial land put back into use in 2024, sq km?', F('盘活处置低效产业用地45平方公里', [45, '平方公里']), 'year', 'short');
e('figure', 'ZJ26', 'zhejiang 2025 consumption-boosting policies count', F('研究出台首发经济、会展经济、健康消费等方面29项促消费政策', [29, '项']), 'year', 'lowercase', 'short', 'count');
e('figure', 'ZJ26', "How many 'county town – central town – key village' development axes did Zhejiang start building in 2025?", F('启动建设87条“县城—中心镇—重点村”发展轴', [87, '条']), 'year');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe("What was Xining's GDP growth in 2025?", 'nf-place', 'year', 'pinyin');
nfe('wuhan retail sales 2024', 'nf-place', 'year', 'lowercase', 'short', 'pinyin');
nfe("Guangdong's Engel coefficient?", 'nf-indicator', 'short');
nfe('jiangsu foreign trade total in 2009', 'nf-year', 'year', 'lowercase');

// ---- 4. trends and comparisons across reports --------------------------------------------------------------------
f('trend', 'trend-ask', 'JS25', '江苏在健康中国考核里连着几年拿优秀', F('在健康中国考核中连续4年获得优秀', [4, '年']), 'plan-period');
f('trend', 'trend-ask', 'SH25', '截至2024年 上海港集装箱吞吐量连续多少年世界第一', F('万标准箱、连续15年排名世界第一', [15, '年']), 'plan-period', 'year');
f('trend', 'trend-ask', 'FJ25', '截至24年 福建保障农民工工资支付连续几年在全国第一方阵', F('保障农民工工资支付工作连续4年位列全国第一方阵', [4, '年']), 'plan-period', 'two-digit-year');
f('trend', 'trend-ask', 'FJ25', '福建省政府门户网站绩效评估 到24年连续几年全国第一', F('省政府门户网站绩效评估连续3年全国第一', [3, '年']), 'plan-period', 'two-digit-year');
f('trend', 'trend-ask', 'GD25', '广东技改投资两位数增长持续了几个月', F('技改投资增长11.5%、连续24个月保持两位数增长', [24, '个月']), 'plan-period', 'after-other');
f('trend', 'trend-ask', 'CN23', '过去五年 平均每年新增多少涉税企业和个体户', F('年均新增涉税企业和个体工商户等超过1100万户', [1100, '万户']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '那五年城镇新增就业年均多少', F('城镇新增就业年均1270多万人', [1270, '万']), 'plan-period', 'five-year-review', 'short');
f('trend', 'trend-ask', 'JS25', '江苏耕地总量连续几年净增加了', F('有力推进乡村全面振兴,耕地总量连续3年净增加', [3, '年']), 'plan-period', 'short');
f('trend', 'trend-ask', 'FJ26', '福建连续多少届拿了中国戏剧梅花奖', F('海丝国际文化旅游节等活动,连续12届获中国戏剧梅花奖', [12, '届']), 'plan-period', 'count');
f('trend', 'trend-ask', 'FJ26', '这五年福建新设台企户数和实际使用台资 连续几年大陆第一', F('新设台企户数和实际使用台资规模连续4年居大陆首位', [4, '年']), 'plan-period', 'five-year-review');
f('comparison', 'comparison-ask', ['ZJ25', 'ZJ26'], '浙江“两重”项目 24年和25年开工的各多少个 哪年多', F(['216个“两重”项目全部开工建设', '206个“两重”项目开工建设'], [216, '个'], [206, '个']), 'year-compare', 'two-digit-year');
f('comparison', 'comparison-ask', ['BJ25', 'BJ26'], '北京每月一题 24年治理了几个难题 今年打算攻几个', F(['每月一题专项治理13个高频共性难题', '攻坚突破家政服务市场规范等11个难点问题'], [13, '个'], [11, '个']), 'year-compare', 'two-digit-year', 'relative-year');
f('comparison', 'comparison-ask', ['AH26', 'SD26'], '今年安徽和山东各办多少项民生实事 谁多', F(['今年我们将继续对接群众需求,办好30项民生实事', '投资于人协同发力,扎实办好20项重点民生实事'], [30, '项'], [20, '项']), 'two-reports', 'relative-year');
f('comparison', 'comparison-ask', ['ZJ25', 'ZJ26'], '浙江幸福河湖 25年整治的和26年建设的里程 哪年定得多', F(['完成幸福河湖农村水系整治1200公里', '全域幸福河湖建设700公里'], [1200, '公里'], [700, '公里']), 'year-compare', 'two-digit-year');
f('comparison', 'comparison-ask', ['GD25', 'GD26'], '广东引导高校毕业生去粤东粤西粤北就业 25年和26年的目标有差别吗', F(['吸引超2万名高校毕业生等青年到粤东粤西粤北地区稳定就业', '引导超2万名高校毕业生等青年到粤东粤西粤北地区稳定就业'], [2, '万']), 'year-compare', 'two-digit-year');
f('comparison', 'comparison-ask', ['CN24', 'CN25'], '2024年和2025年城乡居民基础养老金最低标准分别提高多少 一样吗', F(['城乡居民基础养老金月最低标准提高20元', '城乡居民基础养老金最低标准再提高20元'], [20, '元']), 'year-compare', 'year');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'GD25', '广东25年民生实事 城镇供排水管网和污水处理能力 各新增多少', F('新增改造城镇供排水管网超2000公里,新增改造污水处理能力30万吨/日', [2000, '公里'], [30, '万吨/日']), 'two-digit-year');
f('multi', 'multi-ask', 'SH25', '上海25年高标准农田和粮食生产无人农场 分别建多少万亩', F(['抓好主要农产品稳产保供,建设4万亩高标准农田', '积极培育行业领先的种业企业,新建2.7万亩粮食生产无人农场'], [4, '万亩'], [2.7, '万亩']), 'two-digit-year');
f('multi', 'multi-ask', 'ZJ26', '浙江今年青少年心理关爱应急专家团队组几支 心理健康辅导专场办几场', F('组建青少年心理关爱应急专家团队100支,举办青少年心理健康辅导专场1000场', [100, '支'], [1000, '场']), 'relative-year');
f('multi', 'multi-ask', 'SD26', '山东26年碳达峰抓几个领域 零碳园区打造几家', F('抓好工业等17个领域碳达峰工作,建设产品碳足迹体系,精准管控“两高”行业,打造20家省级以上零碳园区', [17, '个'], [20, '家']), 'two-digit-year', 'count');
f('multi', 'multi-ask', 'GD25', '广东25年孕妇产前筛查和新生儿疾病筛查 各覆盖多少人', F('为超61万名孕妇免费提供地中海贫血、唐氏综合征、严重致死致残结构畸形的产前筛查,为超73万名新生儿', [61, '万'], [73, '万']), 'two-digit-year');
f('multi', 'multi-ask', 'ZJ25', '浙江25年农村物流综合服务站点和客货邮融合线路 分别新增多少', F('新增农村物流综合性服务站点500个,开通客货邮融合线路100条以上', [500, '个'], [100, '条']), 'two-digit-year');
f('overview', 'overview-ask', 'SH26', '上海去年经济大盘怎么样 给个大概', { ...F('全市生产总值达到5.67万亿元、增长5.4%'), lead: 5.4 }, 'relative-year', 'short');
f('overview', 'overview-ask', 'CN25', '2024年全国经济总体情况 简要概括下', { ...F('经济规模稳步扩大,国内生产总值达到134.9万亿元、增长5%'), lead: 5 }, 'year');
f('outline', 'outline-ask', 'FJ26', 'fujian 2026 priorities? bullet points pls', O('FJ26'), 'en', 'year', 'lowercase', 'short');
f('outline', 'outline-ask', 'JS26', '江苏今年政府工作重点任务列一下', O('JS26'), 'relative-year', 'short');
f('outline', 'outline-ask', 'GD25', '广东25年政府工作主要抓哪几个方面', O('GD25'), 'two-digit-year');
f('outline', 'outline-ask', 'BJ26', '北京今年的政府工作安排 分几块 各是什么', O('BJ26'), 'relative-year', 'count');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('西宁去年GDP增长多少', 'nf-place', 'relative-year', 'short', 'mixed-script');
nf('乌鲁木齐24年社会消费品零售总额多少', 'nf-place', 'two-digit-year');
nf('贵阳今年计划新开工多少个重点项目', 'nf-place', 'relative-year');
nf('海口25年接待过夜游客多少人次', 'nf-place', 'two-digit-year');
nf('西安去年城镇新增就业多少', 'nf-place', 'relative-year');
nf('沈阳前年固定资产投资增速', 'nf-place', 'relative-year', 'short');
nf('山东2009年粮食总产量多少', 'nf-year', 'year');
nf('上海2009年进出口总额', 'nf-year', 'year', 'short');
nf('浙江2009年城镇居民人均可支配收入是多少', 'nf-year', 'year');
nf('广东恩格尔系数多少', 'nf-indicator', 'short');
nf('江苏去年结婚率是多少', 'nf-indicator', 'relative-year');
nf('北京刑事犯罪率下降了多少', 'nf-indicator');
nf('安徽成人吸烟率控制在多少', 'nf-indicator');
nf('福建彩票销售额一年多少', 'nf-indicator', 'short');
nf('湖南人均住房面积多少平方米 报告没写的话直接说没有', 'nf-indicator', 'long');

// ---- 1. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('广东25年民生实事 城镇污水处理能力要新增多少'),
  T('那农村的呢', 'target', 'GD25', F('新增解决超1000个自然村生活污水治理问题', [1000, '个']), 'elliptical', 'urban-rural', 'short'),
  T('农村公路呢 升级改造多少公里', 'target', 'GD25', F('升级改造农村公路超4000公里', [4000, '公里']), 'elliptical', 'topic-switch'),
]);
conv([
  T('湖南24年永州果蔬出口规模多大'),
  T('全省农产品出口涨幅呢', 'figure', 'HN25', F('农产品出口增长7.9%', pct(7.9)), 'elliptical', 'growth-after-level'),
  T('25年新增限上批零住餐企业的目标是多少', 'target', 'HN25', F('全年新增限额以上批零住餐企业1000家以上', [1000, '家']), 'elliptical', 'topic-switch', 'two-digit-year'),
]);
conv([
  T('江苏去年新登记经营主体多少'),
  T('总量呢', 'figure', 'JS26', F('总量达1461.4万户', [1461.4, '万户']), 'elliptical', 'absolute-value', 'short'),
  T('那年有几项成果入选中国科学十大进展', 'figure', 'JS26', F('3项成果入选“中国科学十大进展”', [3, '项']), 'elliptical', 'topic-switch', 'count'),
]);
conv([
  T('福建去年新增了几个国家现代农业产业园'),
  T('再往前一年呢', 'figure', 'FJ25', F('新增国家级优势特色产业集群1个、现代农业产业园2个', [2, '个']), 'elliptical', 'year-switch', 'short'),
  T('海洋牧场那年新增几个', 'figure', 'FJ25', F('现代农业产业园2个、海洋牧场1个', [1, '个']), 'elliptical', 'topic-switch', 'count'),
]);
conv([
  T('浙江25年计划开展多少人次就业技能培训'),
  T('和山东比呢', 'target', 'SD25', F('开展职业技能培训40万人次', [40, '万人次']), 'elliptical', 'place-switch', 'short'),
  T('哪个多', 'comparison', ['ZJ25', 'SD25'], F(['开展重点领域就业技能和企业职工岗位技能培训50万人次以上', '开展职业技能培训40万人次'], [50, '万人次'], [40, '万人次']), 'elliptical', 'comparison', 'short'),
  T('那山东26年呢 全年培训多少', 'target', 'SD26', F('开展“技兴齐鲁乐业山东”培训,全年培训40万人次', [40, '万人次']), 'elliptical', 'year-switch', 'two-digit-year'),
]);
conv([
  T('上海25年沪派江南风貌保护传承试点计划搞几个'),
  T('达标了吗', 'figure', 'SH26', F('15个“沪派江南”风貌保护传承试点稳步推进', [15, '个']), 'elliptical', 'attainment', 'short'),
  T('那年新建了几家高质量概念验证平台', 'figure', 'SH26', F('优化中试平台布局,新建7家高质量概念验证平台', [7, '家']), 'elliptical', 'topic-switch', 'count'),
]);
conv([
  T('浙江医疗检查检验互认推进得怎么样'),
  T('有数吗', 'figure', 'ZJ25', F('“浙医互认”高频检查检验项目覆盖率达90%', pct(90)), 'elliptical', 'short'),
  T('25年给多少岁以上的户籍老人买意外伤害险', 'target', 'ZJ25', F('为全省70岁以上户籍老年人购买意外伤害保险', [70, '岁']), 'elliptical', 'topic-switch', 'two-digit-year'),
]);
conv([
  T('How many community-embedded elderly care facilities was Shandong going to add in 2025?'),
  T('and the year after?', 'target', 'SD26', F('新增社区嵌入式养老服务机构150家', [150, '家']), 'elliptical', 'year-switch', 'en', 'short'),
  T('ok, and dementia care beds that year?', 'target', 'SD26', F('新增认知障碍照护床位3000张', [3000, '张']), 'elliptical', 'topic-switch', 'en'),
  T('back to 2025 — how many smart elderly homes?', 'target', 'SD25', F('新增智慧养老院30家、家庭养老床位1万张', [30, '家']), 'elliptical', 'year-switch', 'en', 'year'),
]);
conv([
  T('How many national regional medical centres is Shandong building in 2026?'),
  T('how about Hubei?', 'notfound', [], NF, 'elliptical', 'place-switch', 'en', 'short'),
  T('ok back to Shandong — new medical-and-elderly-care institutions with both licences in 2026?', 'target', 'SD26', F('新增两证齐全医养结合机构50家', [50, '家']), 'elliptical', 'after-not-found', 'place-switch', 'en'),
]);
conv([
  T("How fast did banks' inclusive small-business loans grow in 2021?"),
  T('and at the big state-owned banks?', 'figure', 'CN22', F('大型商业银行普惠小微企业贷款增幅超过40%', pct(40)), 'elliptical', 'en'),
  T('which one grew faster?', 'comparison', ['CN22'], F(['普惠小微企业贷款增长27.3%', '大型商业银行普惠小微企业贷款增幅超过40%'], pct(27.3), pct(40)), 'elliptical', 'comparison', 'en', 'short'),
]);
conv([
  T('浙江2009年办了多少场大型营业性演出'),
  T('那最近一年的呢', 'figure', 'ZJ26', F('全省举办大型营业性演出273场', [273, '场']), 'elliptical', 'after-not-found', 'year-switch', 'short'),
  T('那年有几个历史经典产业进了国家培育名单', 'figure', 'ZJ26', F('绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业入围国家培育名单', [3, '个']), 'elliptical', 'topic-switch', 'count'),
]);
conv([
  T('山东今年政府工作有哪几大任务'),
  T('第一条细说下 服务消费季打算办多少场', 'target', 'SD26', F('举办“齐鲁服务消费季”活动500场', [500, '场']), 'elliptical', 'after-outline'),
  T('第五条乡村振兴那块 新建几个粮油单产提升引领方', 'target', 'SD26', F('新建粮油单产提升引领方260个', [260, '个']), 'elliptical', 'after-outline', 'topic-switch'),
]);
conv([
  T('这五年山东推动出台了多少件地方性法规'),
  T('新闻发布会呢 开了多少场', 'trend', 'SD26', F('召开省级新闻发布会972场', [972, '场']), 'elliptical', 'after-trend', 'five-year-review'),
  T('重大行政决策事项发布了多少件', 'trend', 'SD26', F('发布重大行政决策事项2964件', [2964, '件']), 'elliptical', 'after-trend', 'five-year-review'),
  T('农村公路那几年新改建了多少', 'trend', 'SD26', F('城乡收入比缩小至2.12,新改建农村公路4.2万公里', [4.2, '万公里']), 'elliptical', 'after-trend', 'topic-switch', 'five-year-review'),
]);
conv([
  T('安徽24年信访事项一次性化解率多少'),
  T('Jiangsu呢', 'figure', 'JS25', F('信访事项一次性化解率97.8%', pct(97.8)), 'elliptical', 'place-switch', 'mixed-language', 'pinyin', 'short'),
  T('哪个高', 'comparison', ['AH25', 'JS25'], F(['信访事项一次性化解率95.7%', '信访事项一次性化解率97.8%'], pct(95.7), pct(97.8)), 'elliptical', 'comparison', 'short'),
]);
conv([
  T('How many km of "happy rivers and lakes" will Zhejiang build in 2026?'),
  T('and in Guangdong?', 'target', 'GD26', F('推动建设超100条(个)幸福河湖', [100, '条']), 'elliptical', 'place-switch', 'en', 'short'),
  T("Shandong's 2025 goal for that?", 'target', 'SD25', F('新增幸福河湖600公里以上', [600, '公里']), 'elliptical', 'place-switch', 'year-switch', 'en'),
]);
conv([
  T('广东今年新开工改造多少个老旧小区'),
  T('Fujian 25年定的是多少', 'target', 'FJ25', F('改造城镇老旧小区4.5万户', [4.5, '万户']), 'elliptical', 'place-switch', 'mixed-language', 'pinyin', 'two-digit-year'),
  T('福建那年乡村振兴十大行动重点项目滚动推进多少个', 'target', 'FJ25', F('滚动推进100个以上乡村振兴“十大行动”重点项目', [100, '个']), 'elliptical', 'topic-switch'),
]);
conv([
  T('北京25年要新建几个紧密型城市医疗集团'),
  T('说错了 我要的是24年已经建成的', 'figure', 'BJ25', F('全面推进健康北京建设,建成9个紧密型城市医疗集团', [9, '个']), 'elliptical', 'self-correction', 'two-digit-year'),
  T('那年新增造林绿化多少', 'figure', 'BJ25', F('巩固拓展全域森林城市建设成果,新增造林绿化1万亩', [1, '万亩']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('广东24年获批设置了几所高等院校'),
  T('有几家医院进了国家公立综合医院百强', 'figure', 'GD25', F('12家医院位列国家公立综合医院百强', [12, '家']), 'elliptical', 'count', 'topic-switch'),
  T('高校基础研究卓越中心建了多少家', 'figure', 'GD25', F('建设11家高等学校基础研究卓越中心', [11, '家']), 'elliptical', 'count', 'topic-switch'),
]);
conv([
  T("How many of Beijing's districts were named national model cities for military-civilian support?"),
  T('and in Shanghai?', 'figure', 'SH26', F('全市16个区首次全部获评全国双拥模范城', [16, '个']), 'elliptical', 'place-switch', 'en', 'count', 'short'),
  T('so which city has more?', 'comparison', ['BJ26', 'SH26'], F(['16个区均被评为全国双拥模范城', '全市16个区首次全部获评全国双拥模范城'], [16, '个']), 'elliptical', 'comparison', 'en'),
]);
conv([
  T('这五年安徽建了多少个国家生态文明建设示范区和两山基地'),
  T('吉林24年争取了多少中央资金', 'figure', 'JL25', F('争取各类中央资金1000亿元以上', [1000, '亿元']), 'no-inherit', 'after-trend', 'place-switch', 'two-digit-year'),
  T('长白山那几个省实验室一共几个', 'figure', 'JL25', F('长白山、三江、吉光3个省实验室挂牌运行', [3, '个']), 'elliptical', 'count'),
]);
conv([
  T('江苏24年设立的省战略性新兴产业母基金规模多大'),
  T('and how many "multinationals in Jiangsu" events were held that year?', 'figure', 'JS25', F('举办“跨国公司江苏行”系列活动超300场', [300, '场']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
  T('那年新增了几所普通高校', 'figure', 'JS25', F('高职“双高计划”和中职“双优计划”深入实施,新增4所普通高等学校', [4, '所']), 'elliptical', 'topic-switch', 'mixed-language', 'count'),
]);
conv([
  T('广东污染防治攻坚战国家考核 到24年连续几年优秀'),
  T('到25年呢', 'trend', 'GD26', F('污染防治攻坚战连续5年获国家考核优秀等次', [5, '年']), 'elliptical', 'year-switch', 'after-trend', 'short'),
  T('最严格水资源管理制度考核呢', 'trend', 'GD26', F('落实最严格水资源管理制度,连续4年获国务院考核优秀等次', [4, '年']), 'elliptical', 'topic-switch', 'after-trend'),
]);

// ---------------------------------------------------------------------------------------------------------------
// The Chinese multi-figure part: its first figure is the asked one and must not be the first number of its report
// sentence (years and dates aside), or the case measures nothing the single-figure sets do not.
checkAskedFigureNotFirst(cases);

// Split as fresh-s, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 't', last: 's' });
