#!/usr/bin/env node
// Writes the fresh-n sets: eval/fresh-n/n-tune.jsonl and eval/fresh-n/n-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-n/make.mjs [--check]
//
// A second held-out question set written BEFORE any fix, as fresh-m, as analysts, officials and journalists type in
// Slack, without reading the bot's source to choose wording, over the fresh-l corpus (.cache/eval-corpus-l: the seed
// corpus, the 20 external work reports and the 云南 / 湖南 (Word) and 吉林 (PDF) 2025 reports), with wording other than
// fresh-m's (new verbs, new ellipses, typos, mixed scripts, very short and long rambling asks). Five parts:
//   1. conversations of 3–4 turns (every later turn scored): 比全国高多少 / 三成以上的呢 / 其中亿元以上的呢 / 今年计划呢 /
//      换成湖南 / "how many businesses did it reach?" / "And Anhui?", a follow-up after a not-answerable turn (广西呢 →
//      then back to 江苏), follow-ups after outline and trend turns, zh/en mixed threads, complete new questions;
//   2. English single-turn questions, figures not the first of their sentence where possible, 4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure;
//   4. trends (从…到 sentences, two-figure actual → plan), a tie superlative and A vs B, grep-checked over every report;
//   5. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-03: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-m: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-m, plus the
// stricter same-sentence check below).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { askShorthands, caseBook, checkDealAndWrite, conversationBook, useFreshLReports } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// The corpus and the extracted texts of the three added reports first: a cite must be text the extraction yields.
useFreshLReports();

const { cases, x, C, F, NF } = caseBook();
const SHAPES = ['follow-up', 'english-ask', 'second-figure-ask', 'trend-ask', 'superlative-ask', 'comparison-ask', 'not-answerable'];
// s(…) a Chinese ask of a figure not first in its sentence, e(…) an English question, f(…) a case of a given shape.
const { s, e, f, pct } = askShorthands(x);

// ---- 3. the asked figure is not the first of its sentence -----------------------------------------------------------
// kinds as fresh-m: second-of-pair, growth-after-level (also the level after an increment), amount-after-count,
// from-to, part-vs-total, after-other (another indicator's figure comes first)
s('figure', 'YN25', '沪滇那个“2+3”园区 省外资金到位了多少啊', F('“2+3”园区累计到位省外资金708亿元', [708, '亿元']), 'after-other');
s('figure', 'YN25', '云南营造林之外 种草改良搞了多少亩', F('种草改良26.2万亩', [26.2, '万亩']), 'second-of-pair');
s('figure', 'YN25', 'yn城乡绿化美化面积24年新增多少', F('新增城乡绿化美化面积10.02万亩', [10.02, '万亩']), 'after-other', 'two-digit-year', 'mixed-script');
s('figure', 'YN25', '云南30户以上的自然村 硬化路通到什么比例了', F('乡镇通三级公路、30户以上自然村通硬化路的比例分别达70%、78%', pct(78)), 'second-of-pair');
s('target', 'YN25', '云南银龄人才计划25年要引进几名银龄医师', F('银龄医师1000名', [1000, '名']), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'YN25', '云男25年农村生活垃圾处理设施覆盖率要到多少', F('农村生活垃圾处理设施覆盖率达到95%', pct(95)), 'target', 'second-of-pair', 'two-digit-year', 'typo');
s('figure', 'HN25', '湖南“四个十大”项目投资完成情况如何 多少亿', F('“四个十大”项目完成投资1515.8亿元', [1515.8, '亿元']), 'after-other');
s('figure', 'HN25', '北斗规模应用产值 湖南涨幅是多少', F('北斗规模应用产值增长35.6%', pct(35.6)), 'after-other');
s('figure', 'HN25', '湖南国际友好城市一共结了多少对', F('新结对国际友好城市4对、总数达110对', [110, '对']), 'growth-after-level');
s('figure', 'HN25', '湘 城镇化率到多少了', F('城镇化率提升0.9个百分点、达62.1%', pct(62.1)), 'growth-after-level', 'abbrev', 'short');
s('figure', 'HN25', '湖南农产品加工业营收同比增长几个点', F('农产品加工业营收增长7.1%', pct(7.1)), 'after-other');
s('figure', 'HN25', '湘易办一个月有多少人次访问', F('月访问量保持在1000万人次以上', [1000, '万人次']), 'after-other');
s('target', 'JL25', '吉林25年水肥一体化推广面积打算新增多少', F('“水肥一体化”推广面积新增100万亩', [100, '万亩']), 'target', 'second-of-pair', 'two-digit-year');
s('figure', 'FJ25', '福建24年山海协作首批重点项目一共投了多少钱', F('首批103个重点项目加快推进、总投资350亿元', [350, '亿元']), 'amount-after-count', 'two-digit-year');
s('figure', 'FJ25', '福健补贴性职业培训做了多少人次', F('补贴性培训31.9万人次', [31.9, '万人次']), 'after-other', 'typo');
s('figure', 'FJ25', '福建24年建成线下零工驿站几家', F('建成10个线上零工平台、727家线下零工驿站', [727, '家']), 'second-of-pair', 'two-digit-year');
s('figure', 'FJ25', '福建24年新建示范性长者食堂多少个', F('示范性长者食堂405个', [405, '个']), 'second-of-pair', 'two-digit-year');
s('figure', 'FJ25', '闽 技改融资专项规模扩到多少了', F('技改融资专项规模扩大至近400亿元', [400, '亿元']), 'after-other', 'abbrev');
s('figure', 'GD26', '广东去年闲置土地处置了多少亩', F('闲置土地18.3万亩', [18.3, '万亩']), 'second-of-pair', 'relative-year');
s('figure', 'GD26', '广东自贸试验区有几项改革创新成果在全国推广了', F('广东自贸试验区43项改革创新成果在全国推广', [43, '项']), 'after-other');
s('figure', 'GD26', '广东去年新培育了多少个典型村', F('2519个典型村', [2519, '个']), 'second-of-pair', 'relative-year');
s('figure', 'ZJ26', '浙江招引亿元以上产业项目以后 面上产业投资增速多少', F('带动面上产业投资增长6.5%', pct(6.5)), 'amount-after-count');
s('figure', 'ZJ26', 'zj去年“综合查一次”实施率多少', F('“综合查一次”实施率达83.1%', pct(83.1)), 'after-other', 'mixed-script', 'short', 'relative-year');
s('figure', 'ZJ26', '浙江居民服务一卡通用的事项有多少项', F('113项居民服务事项实现“一卡通用”', [113, '项']), 'second-of-pair');
s('figure', 'ZJ26', '浙江去年给重大项目保障了多少用能', F('保障重大项目用能1302万吨标准煤', [1302, '万吨标准煤']), 'after-other', 'relative-year');
s('figure', 'ZJ26', '浙江基层文化活动一年办了多少场次', F('举办各类基层文化活动超10万场次', [10, '万场次']), 'after-other');
s('figure', 'SD25', '山东省级领军人才24年新增多少人', F('省级领军人才947人', [947, '人']), 'second-of-pair', 'two-digit-year');
s('figure', 'SD25', '山东公益性岗位和以工代赈吸纳了多少就业', F('公益性岗位、以工代赈吸纳就业29.1万人次', [29.1, '万人次']), 'after-other');
s('figure', 'SD25', '山东设备更新项目总共完成投资多少', F('实施设备更新项目7910个、完成投资4763.4亿元', [4763.4, '亿元']), 'amount-after-count');
s('figure', 'SD25', '山东超长期特别国债支持了几个项目', F('争取超长期特别国债资金383亿元、支持项目512个', [512, '个']), 'after-other');
s('figure', 'SD26', '鲁执法让入企检查次数压减了多少', F('“鲁执法”推动入企检查次数压减30%以上', pct(30)), 'after-other');
s('figure', 'SD26', '山东乡村振兴片区到去年累计覆盖了多少个行政村', F('覆盖1.8万余个行政村', [1.8, '万']), 'after-other', 'relative-year');
s('figure', 'SD26', '山东检查结果互认平台服务了多少次群众', F('医疗机构检查结果互认平台服务群众1500万次', [1500, '万次']), 'after-other');
s('figure', 'AH25', '安徽24年免申即享惠及多少企业', F('兑付资金77.7亿元、惠及企业2.6万家', [2.6, '万家']), 'growth-after-level', 'two-digit-year');
s('figure', 'AH25', '安徽口岸外贸货物吞吐量24年增长多少', F('口岸外贸货物吞吐量增长12.7%', pct(12.7)), 'after-other', 'two-digit-year');
s('figure', 'AH25', '安徽政务服务跨省通办事项扩大到多少项', F('政务服务“跨省通办”事项扩大到176项', [176, '项']), 'second-of-pair');
s('figure', 'AH26', '皖 去年几所高职高专升了本科', F('3所高职高专升格本科', [3, '所']), 'second-of-pair', 'abbrev', 'relative-year');
s('figure', 'BJ25', '北京24年多少项检查结果实现了医疗机构互认', F('181项检验结果和300项检查结果实现全市医疗机构互认共享', [300, '项']), 'second-of-pair', 'two-digit-year');
s('target', 'BJ25', '北京25年公交和轨道50米内换乘比例要提到多少', F('公交与轨道50米内换乘比例提高到90%', pct(90)), 'target', 'after-other', 'two-digit-year');
s('target', 'GD25', '广东25年城乡社区规范健康管理服务率要提高到多少', F('城乡社区规范健康管理服务率提高到65%', pct(65)), 'target', 'after-other', 'two-digit-year');
s('figure', 'CN24', '24年政府工作报告里赤字规模比上年年初预算多了多少', F('比上年年初预算增加1800亿元', [1800, '亿元']), 'after-other', 'two-digit-year');
s('figure', 'CN25', '24年全国PM2.5平均浓度降了多少', F('平均浓度下降2.7%', pct(2.7)), 'after-other', 'two-digit-year');
s('figure', 'CN22', '22年中央对地方转移支付规模多大', F('规模近9.8万亿元', [9.8, '万亿元']), 'growth-after-level', 'two-digit-year');
s('figure', 'CN23', '国务院23年报告 农村危房累计改造了多少户', F('多年累计改造农村危房2400多万户', [2400, '万户']), 'after-other', 'two-digit-year', 'five-year-review');
s('figure', 'CN23', '过去五年全国科技进步贡献率提到多少了', F('科技进步贡献率提高到60%以上', pct(60)), 'after-other', 'five-year-review');
s('figure', 'CN23', '中央财政对地方转移支付占中央支出比重提高到多少', F('中央一般公共预算支出中对地方转移支付占比提高到70%左右', pct(70)), 'after-other', 'five-year-review');

// ---- 2. English single-turn, as a foreign journalist or analyst writes ----------------------------------------------
e('figure', 'YN25', "What's the coverage rate of community elderly-care facilities in Yunnan?", F('社区养老服务设施覆盖率达88.7%', pct(88.7)));
e('figure', 'YN25', 'How many forest fires did Yunnan have to put out in 2024?', F('高效处置15起森林火灾', [15, '起']), 'year');
e('figure', 'YN25', "How many new PhD/master's degree programmes did Yunnan get approved?", F('新增3个硕士授予单位和62个博士硕士学位授权点', [62, '个']), 'second-of-pair');
e('target', 'YN25', 'yunnan pension insurance enrolment goal for 2025?', F('全省城镇职工基本养老保险参保人数达970万人', [970, '万人']), 'year', 'short');
e('target', 'YN25', 'How many legal-aid cases does Yunnan plan to handle in 2025?', F('办理各类法律援助案件8万件', [8, '万件']), 'year', 'second-of-pair');
e('target', 'YN25', "What's Yunnan's 2025 target for treating rural domestic sewage?", F('农村生活污水治理(管控)率达到60%', pct(60)), 'year', 'second-of-pair');
e('figure', 'HN25', "What share of Hunan's industrial value added comes from its industrial parks?", F('贡献了全省74.6%的规模工业增加值', pct(74.6)));
e('figure', 'HN25', "How many core technologies did Hunan's ten big tech projects crack?", F('“十大技术攻关项目”突破核心技术20项', [20, '项']));
e('figure', 'HN25', 'How many pilot-scale test bases did Hunan set up in 2024?', F('中试基地20家', [20, '家']), 'second-of-pair', 'year');
e('figure', 'HN25', 'How many new energy vehicles did Hunan make in 2024?', F('新能源汽车产量近100万辆', [100, '万辆']), 'year');
e('target', 'HN25', 'How many rural parcel delivery service stations will Hunan set up in 2025?', F('建成农村寄递物流综合服务站1.9万个', [1.9, '万个']), 'year');
e('figure', 'HN25', 'How many people had to be relocated from the Tuanzhou flood storage area in Hunan?', F('团洲垸蓄滞洪区2.1万余人进行迁建', [2.1, '万']));
e('figure', 'JL25', "Jilin added a lot of wind and solar — how many times its normal absorption capacity?", F('是正常消纳能力的10倍', [10, '倍']), 'long');
e('figure', 'JL25', 'How many platform companies has Jilin brought online for foreign trade?', F('上线平台企业超过2000家', [2000, '家']), 'second-of-pair');
e('target', 'JL25', 'How many outdoor fitness centres does Jilin plan for 2025?', F('26个户外健身中心', [26, '个']), 'year', 'second-of-pair');
e('target', 'JL25', 'How much conservation tillage area does Jilin plan to add in 2025?', F('保护性耕作面积新增200万亩', [200, '万亩']), 'year');
e('figure', 'JL25', 'by how much did jilin shrink the number of first-tier provincial SOE subsidiaries', F('省属国企一级企业数量压减80%', pct(80)), 'lowercase');
e('figure', 'FJ25', "What was Fujian's nine-year compulsory education retention rate in 2024?", F('九年义务教育巩固率99.6%', pct(99.6)), 'year');
e('figure', 'FJ25', 'How many expressway service-area exits did Fujian open in 2024?', F('新开通2个高速公路出入口和18个服务区出入口', [18, '个']), 'year', 'second-of-pair');
e('figure', 'FJ25', 'How many projects worth 1 billion yuan or more did Fujian land from foreign investors?', F('新引进落地总投资10亿元以上项目102个', [102, '个']));
e('figure', 'GD26', 'How many tier-3 public general hospitals in Guangdong got an A or better in the national performance review?', F('49家三级公立综合医院在国家绩效监测中获评A级以上', [49, '家']), 'long');
e('figure', 'GD26', 'How many 10-billion-yuan-plus industrial projects went into production in Guangdong last year?', F('揭阳中石油炼化一体化等23个投资额百亿元以上重大工业项目建成投产', [23, '个']), 'relative-year');
e('target', 'GD26', 'How many autistic children will Guangdong give free rehab services to?', F('为超8000名孤独症儿童免费提供个体康复', [8000, '名']));
e('target', 'ZJ26', 'How many provincial pilot-scale platforms will Zhejiang certify this year?', F('新认定省级概念验证中心20家、省级中试平台10家', [10, '家']), 'relative-year', 'second-of-pair');
e('target', 'ZJ26', 'How many smart factories and digital workshops does Zhejiang aim to build this year?', F('建设未来工厂20家、智能工厂和数字化车间200家', [200, '家']), 'relative-year', 'second-of-pair');
e('target', 'ZJ26', 'How many extra places at senior universities will Zhejiang add in 2026?', F('新增老年大学(学校)学位3万个', [3, '万个']), 'year');
e('figure', 'SD25', 'How many 5A scenic spots does Shandong have in total?', F('5A级景区新增周村古商城、总数达到16家', [16, '家']), 'growth-after-level');
e('target', 'SD25', 'How many key projects at provincial, city and county level will Shandong keep running in 2025?', F('继续实施15000个省市县重点项目', [15000, '个']), 'year');
e('target', 'SD25', 'Shandong — how many beds for people with dementia planned for 2025?', F('认知障碍床位3000张', [3000, '张']), 'year', 'second-of-pair');
e('target', 'SD25', 'How many "key industrial chains" is Shandong organising, besides the 18 flagship ones?', F('整合建立18条标志性产业链和66条重点产业链', [66, '条']), 'second-of-pair');
e('figure', 'SD26', "How many requests did Shandong's 12345 hotline take last year?", F('“12345”热线受理诉求4000多万件', [4000, '万件']), 'relative-year');
e('figure', 'SD25', 'How many new-style public cultural spaces did Shandong open in 2024?', F('新打造新型公共文化空间350个', [350, '个']), 'year', 'second-of-pair');
e('figure', 'BJ25', "How much social investment did Beijing's new government investment funds pull in during 2024?", F('带动社会投资286亿元', [286, '亿元']), 'after-other', 'year');
e('figure', 'BJ25', 'How many kilometres of greenway did Beijing build in 2024?', F('建成绿道500公里', [500, '公里']), 'year');
e('figure', 'AH25', 'How many venture capital funds were newly registered in Anhui in 2024?', F('创业投资基金148只', [148, '只']), 'year', 'second-of-pair');
e('figure', 'AH25', 'How many provincial supply-chain service platforms has Anhui cultivated?', F('培育省级供应链服务平台23家', [23, '家']));
e('figure', 'AH26', 'How many general aviation airports did Anhui build?', F('通用机场8座', [8, '座']), 'second-of-pair');
e('figure', 'CN23', 'How many mobile internet users did China have, per the 2023 government work report?', F('移动互联网用户数增加到14.5亿户', [14.5, '亿户']), 'year');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe("What was Guangxi's GDP growth in 2025?", 'nf-place', 'year');
nfe("Inner Mongolia's coal output last year?", 'nf-place', 'relative-year', 'short');
nfe("What was Shanghai's GDP growth back in 2016?", 'nf-year', 'year');
nfe('What was the box office take in Beijing cinemas last year?', 'nf-indicator', 'relative-year');

// ---- 4. trends, rankings and comparisons across reports ------------------------------------------------------------
f('trend', 'trend-ask', 'CN23', '新增劳动力平均受教育年限这几年从几年提到几年', F('新增劳动力平均受教育年限从13.5年提高到14年', [13.5, '年'], [14, '年']), 'from-to', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '全国义务教育巩固率五年里是怎么变化的', F('义务教育巩固率由93.8%提高到95.5%', pct(93.8), pct(95.5)), 'from-to', 'five-year-review');
f('trend', 'trend-ask', 'CN23', 'How did the length of China’s high-speed rail network change over the five years to 2022?', F('高速铁路运营里程从2.5万公里增加到4.2万公里', [2.5, '万公里'], [4.2, '万公里']), 'from-to', 'five-year-review', 'en');
f('trend', 'trend-ask', 'CN23', '全国制造业贷款余额这五年翻了多少', F('制造业贷款余额从16.3万亿元增加到27.4万亿元', [16.3, '万亿元'], [27.4, '万亿元']), 'from-to', 'five-year-review');
f('trend', 'trend-ask', 'JL25', '吉林肉牛屠宰量在全国排第几 以前呢', F('由全国第11位跃升至第5位', [11], [5]), 'from-to', 'rank');
f('trend', 'trend-ask', 'AH26', '安徽高新技术企业数量全国排名这几年往前挪了几位', F('高新技术企业数增长1.7倍、从全国第10位升至第8位', [10], [8]), 'from-to', 'rank');
f('superlative', 'superlative-ask', ['BJ25', 'SH25'], '24年哪个地方营业性演出场次最多', F(['举办市民系列文化活动1.6万场、营业性演出5.7万场', '举办营业性演出5.7万场'], [5.7, '万场']), 'tie', 'two-digit-year', 'two-reports');
f('comparison', 'comparison-ask', ['ZJ25', 'HN25'], '浙江跟湖南25年计划新建的公共充电桩 谁多', F(['新建新能源汽车公共充电桩2万个以上', '新建电动汽车公共充电桩5000个'], [2, '万个'], [5000, '个']), 'two-digit-year', 'two-reports');
f('comparison', 'comparison-ask', ['JL25', 'HN25'], '吉林“畅返不畅”和湖南农村公路提质改造 25年计划哪个里程长 比一比', F(['实施“畅返不畅”工程5200公里', '提质改造农村公路3000公里'], [5200, '公里'], [3000, '公里']), 'two-digit-year', 'two-reports');
f('comparison', 'comparison-ask', ['GD25', 'SD25'], '24年广东山东办理的省人大代表建议 谁多一点', F(['办理省人大代表建议987件', '办理省人大代表建议971件'], [987, '件'], [971, '件']), 'two-digit-year', 'two-reports');
f('comparison', 'comparison-ask', 'JS25', '江苏24年办的政协提案比人大代表建议多还是少', F('共办理省人大代表建议748件、省政协提案954件', [954, '件'], [748, '件']), 'two-digit-year', 'second-of-pair');
f('comparison', 'comparison-ask', 'SD26', '山东这五年办理人大代表建议和政协委员提案哪个多', F('办理省人大代表建议4417件、政协委员提案4245件', [4417, '件'], [4245, '件']), 'five-year-review');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l) -----------------------------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('广西去年经济增速多少', 'nf-place', 'relative-year');
nf('贵州前年粮食产量有多少吨', 'nf-place', 'relative-year');
nf('辽宁今年GDP增长目标定的几', 'nf-place', 'relative-year');
nf('江西城镇居民人均可支配收入去年是多少', 'nf-place', 'relative-year');
nf('山西24年煤炭产量', 'nf-place', 'two-digit-year', 'short');
nf('浙江2016年的经济增速是多少', 'nf-year', 'year');
nf('江苏2015年进出口总额多少', 'nf-year', 'year');
nf('北京去年电影票房多少', 'nf-indicator', 'relative-year');
nf('山东成年人肥胖率多少', 'nf-indicator');
nf('上海养老金替代率是多少', 'nf-indicator');
nf('广东基尼系数多少', 'nf-indicator');
nf('麻烦查下湖南去年新生儿数量有多少 我在写一篇人口的稿子 急用', 'nf-indicator', 'relative-year', 'long');

// ---- 1. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('云南24年经营主体净增多少户'),
  T('总量到多少了', 'figure', 'YN25', F('经营主体净增48万户、达680万户', [680, '万户']), 'elliptical', 'growth-after-level'),
  T('高企呢', 'figure', 'YN25', F('高新技术企业净增600户', [600, '户']), 'elliptical', 'topic-switch', 'abbrev'),
  T('小巨人呢', 'figure', 'YN25', F('新增国家级专精特新“小巨人”企业15户', [15, '户']), 'elliptical', 'topic-switch', 'second-of-pair'),
]);
conv([
  T("How much new credit did Yunnan's financing service platform extend in 2024?"),
  T('how many businesses did it reach?', 'figure', 'YN25', F('惠及经营主体14.6万户次', [14.6, '万户次']), 'elliptical', 'second-of-pair', 'en'),
  T('那腾冲科学家论坛促成的招商项目呢', 'figure', 'YN25', F('招商引资项目780个', [780, '个']), 'elliptical', 'topic-switch', 'second-of-pair', 'mixed-language'),
]);
conv([
  T('湖南24年三季度GDP增长多少'),
  T('四季度呢', 'figure', 'HN25', F('四季度增长5.6%', pct(5.6)), 'elliptical'),
  T('比全国高多少', 'figure', 'HN25', F('高于全国0.2个百分点', [0.2, '个百分点']), 'elliptical', 'after-other'),
]);
conv([
  T('湖南25年重点工作有哪些'),
  T('民生实事里乡村医生要培训多少', 'target', 'HN25', F('3培训乡村医生5000名', [5000, '名']), 'elliptical', 'after-outline'),
  T('时光守护床位呢', 'target', 'HN25', F('老年人“时光守护”床位2000张', [2000, '张']), 'elliptical', 'topic-switch', 'second-of-pair'),
]);
conv([
  T('吉林24年安置了多少户危房群众'),
  T('加固重建的呢', 'figure', 'JL25', F('加固重建危房1312户', [1312, '户']), 'elliptical', 'second-of-pair'),
  T('政协提案办了多少', 'figure', 'JL25', F('省政协提案538件', [538, '件']), 'elliptical', 'topic-switch', 'second-of-pair'),
  T("And NPC deputies' suggestions?", 'figure', 'JL25', F('省人大代表建议214件', [214, '件']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
]);
conv([
  T('吉林25年重大项目要实施多少个'),
  T('其中亿元以上的呢', 'target', 'JL25', F('其中亿元以上项目1500个以上', [1500, '个']), 'elliptical', 'part-vs-total'),
  T('夜间消费新场景目标定的多少', 'target', 'JL25', F('20个夜间消费新场景', [20, '个']), 'elliptical', 'topic-switch'),
]);
conv([
  T('福建24年低效用地上图入库多少亩'),
  T('再开发了多少', 'figure', 'FJ25', F('实施再开发5.6万亩', [5.6, '万亩']), 'elliptical', 'second-of-pair'),
  T('拉动了多少投资', 'figure', 'FJ25', F('拉动投资超3000亿元', [3000, '亿元']), 'elliptical'),
]);
conv([
  T('福建24年职工住院报销比例提高到多少'),
  T('集采药品降价呢', 'figure', 'FJ25', F('省级集采药品耗材平均降价47.4%', pct(47.4)), 'elliptical', 'topic-switch'),
  T('企业养老保险新增参保多少人', 'figure', 'FJ25', F('企业职工基本养老保险新增参保85.6万人', [85.6, '万人']), 'elliptical', 'topic-switch'),
]);
conv([
  T('广东去年港澳居民在粤参加医保多少人次'),
  T('养老失业工伤保险呢', 'figure', 'GD26', F('参加养老、失业、工伤保险35.4万人次', [35.4, '万人次']), 'elliptical', 'second-of-pair'),
  T('how many typhoons did they have to deal with?', 'figure', 'GD26', F('“桦加沙”等15个台风', [15, '个']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
]);
conv([
  T('广东有几种工业产品产量占全国一成以上'),
  T('三成以上的呢', 'figure', 'GD26', F('超过30%的有11种', [11, '种']), 'elliptical', 'second-of-pair'),
  T('国家公布产量的一共多少种', 'figure', 'GD26', F('国家公布产量的104种工业产品', [104, '种']), 'elliptical'),
]);
conv([
  T('浙江去年新增两院院士几名'),
  T('产业教授选派了多少', 'figure', 'ZJ26', F('产业教授973名', [973, '名']), 'elliptical', 'topic-switch', 'second-of-pair'),
  T('what about the key little giants?', 'figure', 'ZJ26', F('重点“小巨人”企业149家', [149, '家']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
]);
conv([
  T('山东24年服务业增加值多少'),
  T('增速比全国高几个点', 'figure', 'SD25', F('服务业增加值达5.23万亿元、增长5.4%,高于全国0.4个百分点', [0.4, '个百分点']), 'elliptical', 'after-other'),
  T('社零呢', 'figure', 'SD25', F('社会消费品零售总额达3.79万亿元、增长5%,高于全国1.5个百分点', [1.5, '个百分点']), 'elliptical', 'topic-switch'),
  T('换成湖南', 'figure', 'HN25', F('社会消费品零售总额增长5.4%、高于全国1.9个百分点', [1.9, '个百分点']), 'elliptical', 'place-switch'),
]);
conv([
  T('安徽24年制造业技改投资增长多少'),
  T('比全国高多少', 'figure', 'AH25', F('高于全国12.4个百分点', [12.4, '个百分点']), 'elliptical', 'after-other'),
  T('皖北制造业投资增速又比全省快多少', 'figure', 'AH25', F('制造业投资增速高于全省6.7个百分点', [6.7, '个百分点']), 'elliptical', 'topic-switch'),
]);
conv([
  T('北京24年电影票房多少'),
  T('那新增备案博物馆呢', 'figure', 'BJ25', F('新增15家备案博物馆', [15, '家']), 'elliptical', 'topic-switch', 'after-not-found'),
  T('类博物馆呢', 'figure', 'BJ25', F('29家类博物馆', [29, '家']), 'elliptical', 'second-of-pair'),
]);
conv([
  T('江苏去年GDP增速多少'),
  T('广西呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place'),
  T('算了 那福建24年新增几个国家级高技能人才培训基地', 'figure', 'FJ25', F('投入4.3亿元实施职业技能提升工程,新增5个国家级、60个省级高技能人才培训基地', [5, '个']), 'no-inherit', 'after-not-found', 'place-switch', 'topic-switch', 'two-digit-year'),
]);
conv([
  T('How many old residential compounds did Jiangsu start renovating in 2024?'),
  T('And Anhui?', 'figure', 'AH25', F('改造城镇老旧小区1545个', [1545, '个']), 'elliptical', 'place-switch', 'en'),
  T('城市片区更新推进了几个', 'figure', 'AH25', F('推进43个城市片区更新', [43, '个']), 'elliptical', 'topic-switch', 'mixed-language'),
]);
conv([
  T('全国过去五年高铁里程怎么变的'),
  T('高速公路呢', 'trend', 'CN23', F('高速公路里程从13.6万公里增加到17.7万公里', [13.6, '万公里'], [17.7, '万公里']), 'elliptical', 'after-trend', 'from-to'),
  T('排水管道呢', 'trend', 'CN23', F('排水管道从63万公里增加到89万公里', [63, '万公里'], [89, '万公里']), 'elliptical', 'after-trend', 'from-to'),
]);
conv([
  T('浙江去年办了多少场大型营业性演出'),
  T('今年计划呢', 'target', 'ZJ26', F('举办大型营业性演出100场', [100, '场']), 'elliptical', 'year-switch', 'relative-year'),
  T('重大体育赛事呢', 'target', 'ZJ26', F('重大体育赛事200场', [200, '场']), 'elliptical', 'topic-switch', 'second-of-pair'),
]);
conv([
  T('What share of Hunan manufacturing is advanced manufacturing?'),
  T('生产性服务业占比呢', 'figure', 'HN25', F('生产性服务业占服务业比重超过42%', pct(42)), 'elliptical', 'topic-switch', 'mixed-language'),
  T('how many national service-oriented manufacturing demo firms?', 'figure', 'HN25', F('国家级服务型制造示范企业(平台、项目)达29个', [29, '个']), 'elliptical', 'topic-switch', 'en'),
]);
conv([
  T('这五年全国义务教育巩固率怎么变的'),
  T('高中阶段毛入学率呢', 'figure', 'CN23', F('高中阶段教育毛入学率提高到90%以上', pct(90)), 'elliptical', 'after-trend', 'topic-switch'),
  T('高等教育呢', 'trend', 'CN23', F('高等教育毛入学率从45.7%提高到59.6%', pct(45.7), pct(59.6)), 'elliptical', 'topic-switch', 'from-to'),
]);
conv([
  T('山东24年城中村改造安置多少套'),
  T('老旧小区开工改造多少户', 'figure', 'SD25', F('开工改造老旧小区70万户', [70, '万户']), 'elliptical', 'topic-switch'),
  T('25年计划呢', 'target', 'SD25', F('开工老旧小区改造13.7万户', [13.7, '万户']), 'elliptical', 'year-switch', 'two-digit-year'),
  T('吉林25年想留住多少高校毕业生', 'target', 'JL25', F('高校毕业生留吉超过15万人', [15, '万人']), 'no-inherit', 'place-switch', 'topic-switch', 'two-digit-year'),
]);

// ---------------------------------------------------------------------------------------------------------------
// Split as fresh-m, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it (conversations
// dealt alternately in SHA-1 order, the first side by the SHA-1 of "conversation").
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'n', last: 'm' });
