#!/usr/bin/env node
// Writes the fresh-r sets: eval/fresh-r/r-tune.jsonl and eval/fresh-r/r-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-r/make.mjs [--check]
//
// A sixth held-out question set written BEFORE any fix, as fresh-m … fresh-q, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording, over the fresh-l corpus (.cache/eval-corpus-l: the
// seed corpus, the 20 external work reports and the 云南 / 湖南 (Word) and 吉林 (PDF) 2025 reports), with wording other
// than fresh-p's and fresh-q's (other follow-up phrasings, verbs, fragments, typos, mixed scripts, short and long asks).
// Six parts:
//   1. conversations of 3–4 turns (every later turn scored): 银龄技师呢 / 排名呢 在中部 / 前一年的呢 / 那就给最近的 /
//      说个数 / 谁拿得多 / 哪边多 / 跟Anhui比呢 / "what about 四川" (a scored not-answerable turn) / "and 福建?" /
//      "and a year earlier?" / "beijing?" / 哦不对 我是想问26年的, place / year / topic switches, complete new questions
//      after a history (a five-year span asked first, then one year), a follow-up after a not-answerable turn, after an
//      outline turn (第二项细说一下), after a trend turn, zh/en mixed threads;
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin), 4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure (checked here: not the first number of its report sentence, years aside);
//   4. trends (五年 / 十年 / 年均 / 连续几年 sentences) and A vs B comparisons, counts (有几个 / 多少个);
//   5. several indicators in one ask (multi), overviews and outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-03: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-q: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-q, plus the
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
// kinds as fresh-q: second-of-pair, growth-after-level, amount-after-count, part-vs-total, share-vs-growth,
// after-other (another indicator's figure comes first), rank
s('figure', 'YN25', '中老铁路累计发了多少万吨货', F('中老铁路累计发送旅客超4500万人次、货物超5000万吨', [5000, '万吨']), 'second-of-pair');
s('figure', 'YN25', '云南脱贫县农民人均可支配收入 24年预计涨几个点', F('预计脱贫县农村居民人均可支配收入增长7%左右', pct(7)), 'after-other', 'two-digit-year');
s('figure', 'YN25', '云南在全国少数民族传统体育运动会上获奖数排第几', F('全国少数民族传统体育运动会竞赛项目获奖数和表演项目成绩均居第1位', [1]), 'rank', 'after-other');
s('target', 'YN25', '云南惠民实事 2025年州市级儿童急诊或重症学科要建几个', F('5个具有II级水平的州(市)级儿童急诊或重症学科', [5, '个']), 'target', 'second-of-pair', 'year', 'long');
s('figure', 'HN25', '湖南拿国家科学技术奖的项目里 技术发明一等奖有几项', F('其中1项获技术发明奖一等奖', [1, '项']), 'part-vs-total', 'count');
s('figure', 'HN25', '湖南有几个重大事项写进了新时代中部地区崛起的文件', F('19个重大事项纳入新时代中部地区崛起文件', [19, '个']), 'after-other', 'count');
s('target', 'HN25', '湖南25年高新技术产业增加值力争涨多少', F('力争高新技术产业增加值增长8%', pct(8)), 'target', 'after-other', 'two-digit-year');
s('target', 'HN25', '湘 25年家庭教育指导服务和实践活动搞多少场', F('线上线下开展家庭教育指导服务和实践活动1万场', [1, '万场']), 'target', 'second-of-pair', 'abbrev', 'two-digit-year');
s('figure', 'AH25', '安徽24年新布局几个省级区域(专科)医疗中心', F('新布局省级区域(专科)医疗中心7个', [7, '个']), 'second-of-pair', 'two-digit-year', 'count');
s('figure', 'AH25', '安徽24年建成口袋体育公园多少个', F('182个口袋体育公园', [182, '个']), 'second-of-pair', 'two-digit-year');
s('figure', 'AH25', '安徽跟长三角共建的首批创新联合体是几家', F('共建首批12家创新联合体', [12, '家']), 'second-of-pair', 'count');
s('figure', 'AH25', '安徽规模化供水工程覆盖了百分之多少的农村人口', F('规模化供水工程覆盖94%的农村人口', pct(94)), 'after-other');
s('figure', 'AH26', '安徽行政机关负责人出庭应诉率多少', F('行政机关负责人出庭应诉率保持100%', pct(100)), 'second-of-pair', 'short');
s('figure', 'AH26', '这几年有多少皖北群众喝上引调水了', F('3000多万皖北地区群众喝上引调水', [3000, '万']), 'after-other', 'five-year-review');
s('figure', 'BJ25', '北京24年老旧厂房更新改造完成几处', F('完成71处老旧厂房更新改造', [71, '处']), 'second-of-pair', 'two-digit-year');
s('figure', 'BJ25', '北京24年整治了多少座桥下空间', F('整治提升国贸桥等49座桥系桥下空间', [49, '座']), 'second-of-pair', 'two-digit-year');
s('figure', 'BJ25', '北京24年厨余垃圾处理设施有几座做了免破袋改造', F('11座厨余垃圾处理设施完成免破袋装置改造', [11, '座']), 'second-of-pair', 'two-digit-year', 'count');
s('figure', 'BJ25', '北京村民经营性自建房 双通道达标率到多少', F('村民经营性自建房双通道达标率超90%', pct(90)), 'share-vs-growth');
s('figure', 'BJ25', '北京灾后“三年全面提升”项目开工了多少项', F('344项“三年全面提升”项目开工建设', [344, '项']), 'second-of-pair');
s('target', 'BJ25', '北京25年要新建多少张家庭养老床位', F('新建2000张家庭养老床位', [2000, '张']), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'BJ25', '北京25年地铁站之外 学医景商等重点区域周边非机动车停放治理几个', F('40个学医景商等重点区域周边非机动车停放治理', [40, '个']), 'target', 'second-of-pair', 'two-digit-year', 'long');
s('target', 'BJ25', '北京25年其他三级公立医院拿出多少比例的门诊号源先给基层', F('其他三级公立医院50%的门诊预约号源提前向基层投放', pct(50)), 'target', 'after-other', 'two-digit-year');
s('figure', 'FJ25', '福建24年新上市企业几家', F('上市企业8家', [8, '家']), 'second-of-pair', 'two-digit-year', 'short', 'count');
s('figure', 'FJ25', '福建24年新增省级工程研究中心多少家', F('省级工程研究中心14家', [14, '家']), 'second-of-pair', 'two-digit-year');
s('figure', 'FJ25', '福建24年有几项成果拿了国家科技奖', F('13项成果获国家科技奖', [13, '项']), 'after-other', 'two-digit-year', 'count');
s('figure', 'FJ25', '福建24年新增国家杰青几人', F('国家杰青10人', [10, '人']), 'second-of-pair', 'two-digit-year', 'short');
s('figure', 'FJ25', '福建省级区域医疗中心有几个在扩容建设', F('9个省级区域医疗中心扩容建设', [9, '个']), 'second-of-pair', 'count');
s('figure', 'FJ25', '福建提高城乡居民基础养老金 惠及了多少人', F('提高城乡居民基础养老金、惠及549万人', [549, '万人']), 'part-vs-total');
s('figure', 'FJ25', '福建24年安全生态水系打造了多少公里', F('打造安全生态水系234公里', [234, '公里']), 'after-other', 'two-digit-year');
s('figure', 'FJ25', '福健24年制定修改废止的政府规章几件', F('制定修改废止政府规章9件', [9, '件']), 'after-other', 'two-digit-year', 'typo');
s('figure', 'FJ26', '福建有几家省属国企完成了战略性重组', F('6组10家省属国企实现战略性重组', [10, '家']), 'part-vs-total', 'count');
s('figure', 'GD25', '广东进了全国千强镇的有多少个镇', F('2个县(市)、124个镇获评全国百强区、百强县、千强镇', [124, '个']), 'after-other');
s('figure', 'GD25', '广东耕地总量连续几年净增加了', F('耕地总量连续4年净增加', [4, '年']), 'after-other');
s('figure', 'GD25', '广东农村规模化供水工程覆盖率24年提到多少', F('农村规模化供水工程覆盖率提高到87%', pct(87)), 'after-other', 'two-digit-year');
s('figure', 'GD25', '广东24年生态保护修复了多少万亩', F('生态保护修复42.4万亩', [42.4, '万亩']), 'second-of-pair', 'two-digit-year');
s('figure', 'GD25', '广东两重项目的总投资是多少亿', F('推进国家重大战略实施和重点领域安全能力建设项目142个、总投资1514亿元', [1514, '亿元']), 'amount-after-count');
s('figure', 'GD25', '粤贸全球境外展带动多少家企业去开拓国际市场', F('带动2.55万家企业开拓国际市场', [2.55, '万家']), 'after-other');
s('figure', 'GD26', '广东累计建成几个国家优势特色产业集群', F('12个国家优势特色产业集群', [12, '个']), 'second-of-pair', 'count');
s('figure', 'JS25', '江苏24年计划新开工的省重大项目有多少个', F('230个计划新开工项目9月底前全部开工', [230, '个']), 'amount-after-count', 'two-digit-year');
s('figure', 'SD25', '山东首届全国青少年三大球比赛拿了几块金牌', F('在首届全国青少年三大球比赛中获得4金2银', [4]), 'after-other');
s('target', 'SD25', '山东25年推动多少个项目投产达效', F('推动3900多个项目投产达效', [3900, '个']), 'target', 'after-other', 'two-digit-year');
s('target', 'SD25', '鲁25年高速公路建成几个项目', F('建成临沂至滕州等15个项目', [15, '个']), 'target', 'after-other', 'abbrev', 'two-digit-year', 'short');
s('figure', 'SD26', '国家政策性资金在山东支持了多少个项目', F('支持项目4200余个', [4200, '个']), 'amount-after-count');
s('figure', 'SD26', '山东智能算力占比多少了', F('智能算力占比超过50%', pct(50)), 'share-vs-growth', 'short');
s('figure', 'SH25', '上海绿道累计建了多少公里', F('新建绿道230公里、累计近2000公里', [2000, '公里']), 'growth-after-level');
s('figure', 'ZJ25', '浙江24年千项万亿重大项目完成投资多少', F('1299个重大项目完成投资1.4万亿元', [1.4, '万亿元']), 'amount-after-count', 'two-digit-year');
s('figure', 'ZJ25', '浙江24年实施城中村改造多少户', F('实施城中村改造3.6万户', [3.6, '万户']), 'after-other', 'two-digit-year');
s('figure', 'CN22', '2021年国家助学贷款提额 惠及了多少在校生', F('惠及500多万在校生', [500, '万']), 'after-other', 'year');
s('figure', 'CN23', '职业技能提升行动累计培训了多少人次', F('培训8300多万人次', [8300, '万人次']), 'second-of-pair', 'five-year-review');
s('figure', 'CN23', '过去五年改造的老旧小区惠及多少家庭', F('惠及2900多万家庭', [2900, '万']), 'part-vs-total', 'five-year-review');
s('figure', 'CN23', '2022年固定资产投资增长多少', F('带动固定资产投资增长5.1%', pct(5.1)), 'after-other', 'year');
s('figure', 'CN25', '2025年赤字率比上年提高了几个百分点', F('今年赤字率拟按4%左右安排、比上年提高1个百分点', [1, '个百分点']), 'after-other', 'year');

// ---- 2. English single-turn, as a foreign journalist or analyst writes ----------------------------------------------
e('figure', 'YN25', "How many 'caring mothers' volunteers did Yunnan recruit?", F('招募17.7万名“爱心妈妈”', [17.7, '万']));
e('figure', 'YN25', "what share of yunnan's grassroots health facilities meet the national service standard", F('98%的基层医疗卫生机构服务能力达到国家标准', pct(98)), 'lowercase');
e('target', 'YN25', 'Yunnan plans how many demo counties for combined rural passenger, freight and postal transport in 2025?', F('建成农村客货邮示范县16个', [16, '个']), 'year', 'long');
e('target', 'YN25', 'yunnan farmland replenishment target 2025 (mu)', F('补充耕地13.5万亩', [13.5, '万亩']), 'year', 'lowercase', 'short');
e('figure', 'HN25', 'How many expressways opened to traffic in Hunan in 2024?', F('8条高速公路建成通车', [8, '条']), 'year', 'count');
e('figure', 'HN25', "Hunan 'Xu Teli' county high schools — how many are up and running?", F('100所县域普通高中“徐特立项目”建成投用', [100, '所']), 'pinyin');
e('target', 'HN25', "What's Hunan's 2025 goal for new and upgraded high-standard farmland?", F('新增建设和改造提升高标准农田300万亩以上', [300, '万亩']), 'year');
e('target', 'JL25', 'jilin: how many projects worth 100m yuan+ targeted for 2025', F('亿元以上项目达到1000个', [1000, '个']), 'year', 'lowercase', 'short');
e('target', 'JL25', 'Jilin Three-North shelterbelt construction area planned for 2025?', F('“三北”工程建设面积70万亩', [70, '万亩']), 'year', 'short');
e('figure', 'AH25', 'How many Anhui manufacturers above designated size went through digital upgrades in 2024?', F('新增规上制造业企业数字化改造8943户', [8943, '户']), 'year');
e('figure', 'AH25', 'anhui rural black & smelly water bodies cleaned up 2024', F('治理农村黑臭水体1653个', [1653, '个']), 'year', 'lowercase', 'short');
e('figure', 'AH26', "What share of Anhui's county hospitals now reach tier-3 service capacity?", F('90%的县医院达到三级医院服务能力水平', pct(90)));
e('figure', 'BJ25', 'How many rural households in Beijing switched to clean heating in 2024?', F('完成农村住户清洁取暖改造1.3万户', [1.3, '万户']), 'year');
e('figure', 'BJ25', 'beijing urban + rural sewage treatment rate', F('城乡污水处理率达到97.5%', pct(97.5)), 'lowercase', 'short');
e('target', 'BJ25', 'How many EV super-charging stations was Beijing going to build in 2025?', F('建成电动汽车超充站1000座', [1000, '座']), 'year');
e('figure', 'BJ26', 'How many national laboratory permanent campuses opened in Beijing last year?', F('3家国家实验室永久园区启用', [3, '家']), 'relative-year');
e('target', 'BJ26', 'beijing 2026 — number of dilapidated simple buildings to be made safe?', F('抓好507栋危旧简易楼排险工作', [507, '栋']), 'year', 'lowercase');
e('figure', 'FJ25', 'Fujian: share of state-monitored river sections with good water, 2024?', F('主要流域国控断面优良水质比例100%', pct(100)), 'year', 'after-other');
e('figure', 'FJ26', 'How long can transit passengers stay visa-free in Fujian now?', F('落地实施240小时过境免签政策', [240, '小时']));
e('figure', 'GD26', 'How many provincial-level approval items in Guangdong now have the fastest processing time in the country?', F('891项省级事项办理时间全部实现全国最优', [891, '项']), 'long');
e('target', 'GD26', 'guangdong plastic running tracks to build in 2026, km?', F('因地制宜新建标准塑胶跑道2000公里以上', [2000, '公里']), 'year', 'lowercase', 'short');
e('figure', 'JS26', 'How many provincial key labs did Jiangsu restructure in its first batch?', F('首批63个省重点实验室重组完成', [63, '个']));
e('figure', 'SD25', "How many of Shandong's village clinics met the 'five haves, three upgrades' standard?", F('10601个村卫生室实现“五有三提升”', [10601, '个']));
e('figure', 'SD25', 'shandong national key clinical specialty projects selected in 2024', F('入选国家临床重点专科建设项目17个', [17, '个']), 'year', 'lowercase');
e('figure', 'SD26', "How many new cultural relic sites did Shandong's fourth national heritage survey find?", F('第四次全国文物普查新发现文物1.4万余处', [1.4, '万处']));
e('figure', 'SD26', "Shandong — how many households benefited from upgrading 'non-direct power supply' estates?", F('“非直供电小区”改造惠及群众106万户', [106, '万户']));
e('figure', 'SH25', 'Shanghai farm investment actually landed in 2024?', F('实到资金达到285.6亿元', [285.6, '亿元']), 'year', 'short');
e('target', 'SH25', 'How many new corporate HQs did Shanghai aim to add in 2025?', F('全年新增各类总部机构100家', [100, '家']), 'year');
e('target', 'SH26', 'shanghai old-housing suite renovation this yr, sq m', F('完成20万平方米旧住房成套改造', [20, '万平方米']), 'relative-year', 'lowercase', 'short');
e('target', 'SH26', 'How many waterlogging fixes (estates, roads, underpasses) will Shanghai carry out this year?', F('实施住宅小区、道路、下立交积水改善工程52个', [52, '个']), 'relative-year');
e('figure', 'ZJ25', 'How much liquidity did reserve-requirement cuts release in Zhejiang in 2024?', F('释放降准资金1021亿元', [1021, '亿元']), 'year');
e('figure', 'ZJ25', 'zhejiang one-off subsidies to people in special hardship — total?', F('面向特殊困难群众发放一次性补贴1.87亿元', [1.87, '亿元']), 'lowercase');
e('figure', 'ZJ25', 'zhejiang marine economy output growth 2024', F('全省海洋生产总值增长6.5%左右', pct(6.5)), 'year', 'lowercase', 'short');
e('figure', 'ZJ26', "How big is the first phase of Zhejiang's social-security sci-tech fund?", F('首期规模500亿元的浙江社保科创基金签约落地', [500, '亿元']));
e('figure', 'CN22', 'How many national key counties for rural revitalisation assistance were named in 2021?', F('确定160个国家乡村振兴重点帮扶县', [160, '个']), 'year');
e('figure', 'CN23', 'How many low-income people got price subsidies in 2022?', F('约6700万人受益', [6700, '万']), 'year', 'short');
e('figure', 'CN24', "how many taxpayers gained from the bigger 'elderly and kids' income-tax deduction in 2023", F('“一老一小”个人所得税专项附加扣除标准,6600多万纳税人受益', [6600, '万']), 'year', 'lowercase');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe("What was Wuhan's GDP growth last year?", 'nf-place', 'relative-year', 'pinyin');
nfe('harbin fixed-asset investment 2024', 'nf-place', 'year', 'lowercase', 'short', 'pinyin');
nfe("What was Zhejiang's fiscal revenue in 2017?", 'nf-year', 'year');
nfe("What's the average flight on-time rate at Jiangsu airports?", 'nf-indicator');

// ---- 4. trends and comparisons across reports --------------------------------------------------------------------
f('trend', 'trend-ask', 'CN23', '全国基础研究经费这五年翻了几倍', F('全国基础研究经费五年增长1倍', [1, '倍']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '这十年有多少农村人口在城镇落了户', F('十年1.4亿农村人口在城镇落户', [1.4, '亿']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '过去五年CPI年均涨多少', F('居民消费价格年均上涨2.1%', pct(2.1)), 'plan-period', 'five-year-review', 'mixed-script', 'short');
f('trend', 'trend-ask', 'CN23', '五年下来全国发电装机容量增长了多少', F('发电装机容量增长40%以上', pct(40)), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '十年来居民消费价格涨幅大体稳在什么水平', F('十年来我国居民消费价格涨幅稳定在2%左右的较低水平', pct(2)), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '开办一家企业的时间从一个多月压到了几天', F('企业开办时间从一个月以上压缩到目前的平均4个工作日以内', [4, '个工作日']), 'from-to', 'five-year-review');
f('trend', 'trend-ask', 'GD26', '广东有多少个县近3年年均增速跑赢全省', F('57个县(市)生产总值近3年年均增速快于全省', [57, '个']), 'plan-period', 'count');
f('trend', 'trend-ask', 'FJ26', '福建耕地面积连续几年净增加了', F('耕地面积连续4年净增加', [4, '年']), 'plan-period', 'short');
f('trend', 'trend-ask', 'CN23', '这些年财政性教育经费占GDP比重一直保持在多少以上', F('财政性教育经费占国内生产总值比例每年都保持在4%以上', pct(4)), 'plan-period', 'five-year-review', 'mixed-script');
f('trend', 'trend-ask', 'JS26', '过去五年江苏改善了多少户农村住房', F('改善农村住房超50万户', [50, '万户']), 'plan-period', 'five-year-review');
f('comparison', 'comparison-ask', ['AH25', 'AH26'], '安徽亿元以上技改项目 今年计划和去年计划比 哪年多', F(['实施亿元以上技改项目1200项以上', '实施亿元以上技改项目1200项以上'], [1200, '项']), 'year-compare', 'relative-year');
f('comparison', 'comparison-ask', ['BJ26', 'BJ25'], '北京25年向民间资本推介重大项目 实际推介的总投资比目标多多少', F(['面向民间资本推介重大项目总投资约2350亿元', '面向民间资本推介重大项目总投资不低于2000亿元'], [2350, '亿元'], [2000, '亿元']), 'target-vs-actual', 'two-digit-year');
f('comparison', 'comparison-ask', ['SH26', 'SH25'], '上海低效建设用地减量 25年和26年的目标各多少平方公里 哪年更大', F(['低效建设用地减量10平方公里', '低效建设用地减量7平方公里'], [10, '平方公里'], [7, '平方公里']), 'year-compare', 'two-digit-year');
f('comparison', 'comparison-ask', ['CN25', 'CN22'], '国务院2021年和2024年制定修订的行政法规 哪年多 各几部', F(['制定修订行政法规15部', '制定修订行政法规28部'], [15, '部'], [28, '部']), 'year-compare', 'year');
f('comparison', 'comparison-ask', ['HN25', 'YN25'], '湖南和云南 24年五个一工程获奖作品 谁多', F(['《禾下乘凉梦》等4部作品获精神文明建设“五个一工程”奖', '3部作品荣获第十七届精神文明建设“五个一工程”优秀作品奖'], [4, '部'], [3, '部']), 'two-reports', 'two-digit-year');
f('comparison', 'comparison-ask', ['YN25', 'AH25'], '云南跟安徽24年的减税降费及退税 差多少', F(['共减税降费及退税超167亿元', '支持科技创新和制造业发展的主要政策减税降费及退税超过900亿元'], [167, '亿元'], [900, '亿元']), 'two-reports', 'two-digit-year');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'FJ25', '福建24年供排水管网和福道 各新改建了多少公里', F('新改建供排水管网2182公里,新建和改造提升福道930公里', [2182, '公里'], [930, '公里']), 'two-digit-year');
f('multi', 'multi-ask', 'FJ25', '福建25年全民健身共享中心、多功能运动场、智慧体育公园、校园足球场 分别建多少个', F('新建改扩建10个全民健身共享中心、45个多功能运动场、4个智慧体育公园、100个校园足球场地', [10, '个'], [45, '个'], [4, '个'], [100, '个']), 'two-digit-year', 'long');
f('multi', 'multi-ask', 'BJ25', '北京24年绿化彩化 街区、立交桥、城市画廊各几个', F('20个街区、300座立交桥、100条城市画廊实现绿化彩化', [20, '个'], [300, '座'], [100, '条']), 'two-digit-year');
f('multi', 'multi-ask', 'BJ25', '北京25年京通和京办 分别要新增多少项', F('新增“京通”便民便企服务200项、“京办”城市治理应用50项', [200, '项'], [50, '项']), 'two-digit-year', 'mixed-script');
f('multi', 'multi-ask', 'AH26', '安徽优良天数比率、国考断面水质优良比例、公众生态环境满意率 分别是多少', F(['优良天数比率超过80%,国考断面水质优良比例超过90%', '公众生态环境满意率稳定在90%以上'], pct(80), pct(90), pct(90)), 'five-year-review');
f('multi', 'multi-ask', 'CN25', '2025年居民医保和基本公卫服务经费的人均财政补助 各提高多少', F('居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元', [30, '元'], [5, '元']), 'year');
f('overview', 'overview-ask', 'ZJ26', '浙江去年经济成绩单 概括一下', { ...F('全省生产总值增长5.5%'), lead: 5.5 }, 'relative-year', 'short');
f('overview', 'overview-ask', 'AH26', '安徽2025年经济运行总体情况怎么样', { ...F('全省地区生产总值5.3万亿元、增长5.5%'), lead: 5.5 }, 'year');
f('outline', 'outline-ask', 'GD26', '广东今年政府工作主要抓哪几块', O('GD26'), 'relative-year');
f('outline', 'outline-ask', 'SD25', '山东2025年重点工作 有哪些条', O('SD25'), 'year', 'short');
f('outline', 'outline-ask', 'BJ26', 'beijing govt priorities for 2026?', O('BJ26'), 'en', 'year', 'lowercase', 'short');
f('outline', 'outline-ask', 'CN25', '25年国务院政府工作报告安排了哪几项任务 帮我列个提纲', O('CN25'), 'two-digit-year');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('西安24年GDP增速多少', 'nf-place', 'two-digit-year', 'short', 'mixed-script');
nf('郑州今年民生实事有哪些', 'nf-place', 'relative-year');
nf('哈尔滨去年冰雪旅游收入多少', 'nf-place', 'relative-year');
nf('武汉25年城镇新增就业目标', 'nf-place', 'two-digit-year', 'short');
nf('武汉和西安去年哪个经济增速快', 'nf-place', 'relative-year');
nf('浙江2017年地区生产总值是多少', 'nf-year', 'year');
nf('山东2009年常住人口多少', 'nf-year', 'year');
nf('北京2017年新建了多少公租房', 'nf-year', 'year');
nf('上海2009年城市化率', 'nf-year', 'year', 'short');
nf('广东女性就业率多少', 'nf-indicator', 'short');
nf('江苏去年肥胖率多少', 'nf-indicator', 'relative-year');
nf('福建成年人吸烟率是多少', 'nf-indicator');
nf('安徽中小学生近视率去年降到多少', 'nf-indicator', 'relative-year');
nf('湖南去年居民人均存款 报告里提了没 没提就直说', 'nf-indicator', 'relative-year', 'long');
nf('云南人均住房公积金缴存额多少', 'nf-indicator');

// ---- 1. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('云南25年惠民实事里 银龄教师招多少名'),
  T('银龄技师呢', 'target', 'YN25', F('银龄技师300名', [300, '名']), 'elliptical', 'second-of-pair', 'short'),
  T('那去农村实习支教的大学生呢', 'target', 'YN25', F('遴选3600名高校优秀学生到农村地区开展体育、音乐、美术等实习支教', [3600, '名']), 'elliptical', 'topic-switch'),
]);
conv([
  T('湖南24年新增了几个国家中小企业特色产业集群'),
  T('排名呢 在中部', 'figure', 'HN25', F('新增硬质合金等7个国家中小企业特色产业集群,国家级制造业单项冠军企业总数达72个,均居中部第1位', [1]), 'elliptical', 'rank', 'short'),
  T('岳阳那个化工园区的竞争力又排第几', 'figure', 'HN25', F('岳阳绿色化工高新区综合竞争力居中部化工园区第1位', [1]), 'elliptical', 'topic-switch', 'rank'),
]);
conv([
  T('安徽去年新型公共文化空间投用了多少个'),
  T('前一年的呢', 'figure', 'AH25', F('建成投用600个公共文化空间', [600, '个']), 'elliptical', 'year-switch', 'short'),
  T('今年打算再新建几个', 'target', 'AH26', F('新建新型公共文化空间600个', [600, '个']), 'elliptical', 'year-switch', 'relative-year'),
]);
conv([
  T('How many new doctoral and master degree-granting institutions did Shandong add in 2024?'),
  T('and vocational colleges?', 'figure', 'SD25', F('新增高职院校4所', [4, '所']), 'elliptical', 'topic-switch', 'en', 'short'),
  T('what about 江苏 — how many new national universal-preschool counties?', 'figure', 'JS25', F('新增国家学前教育普及普惠县市区21个', [21, '个']), 'elliptical', 'place-switch', 'en', 'mixed-language'),
]);
conv([
  T('福建24年几部作品获五个一工程优秀作品奖'),
  T('浙江呢', 'figure', 'ZJ25', F('12部浙产作品获“五个一工程奖”', [12, '部']), 'elliptical', 'place-switch', 'short'),
  T('谁拿得多', 'comparison', ['ZJ25', 'FJ25'], F(['12部浙产作品获“五个一工程奖”', '9部作品获“五个一工程”优秀作品奖'], [12, '部'], [9, '部']), 'elliptical', 'comparison', 'short'),
  T('山东那年入选几部', 'figure', 'SD25', F('8部作品入选“五个一工程”奖', [8, '部']), 'elliptical', 'place-switch'),
]);
conv([
  T('湖南2013年新增了多少家研发机构'),
  T('那就给最近的', 'figure', 'HN25', F('长沙全球研发中心城市建设新增研发机构1178家', [1178, '家']), 'elliptical', 'after-not-found', 'year-switch', 'short'),
  T('首台首套首创产品呢', 'figure', 'HN25', F('创新“首台首套首创”产品18个', [18, '个']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('西安25年计划新建多少个数字农业工厂'),
  T('安徽呢', 'target', 'AH25', F('新建数字农业工厂100个', [100, '个']), 'elliptical', 'place-switch', 'after-not-found', 'short'),
  T('海外仓布局多少', 'target', 'AH25', F('新布局海外仓100个以上', [100, '个']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('安徽25年重点工作分哪几块'),
  T('第二项细说一下 科技领军企业培育几家', 'target', 'AH25', F('新培育科技领军企业10家以上', [10, '家']), 'elliptical', 'after-outline'),
  T('省级现代产业学院呢', 'target', 'AH25', F('建设省级现代产业学院50个', [50, '个']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('过去五年国家助学贷款惠及了多少学生'),
  T('2021年新增减税降费多少', 'figure', 'CN22', F('去年新增减税降费超过1万亿元', [1, '万亿元']), 'no-inherit', 'after-trend', 'year'),
  T('那年制造业研发费用加计扣除比例提到多少', 'figure', 'CN22', F('将制造业企业研发费用加计扣除比例提高到100%', pct(100)), 'elliptical', 'topic-switch'),
]);
conv([
  T('How many national regional medical centres are open in Anhui?'),
  T('what about 郑州', 'notfound', [], NF, 'elliptical', 'place-switch', 'mixed-language', 'short'),
  T('and 福建?', 'figure', 'FJ25', F('8个国家区域医疗中心全部投用', [8, '个']), 'elliptical', 'place-switch', 'mixed-language', 'short'),
  T('安徽和福建哪边多', 'comparison', ['AH25', 'FJ25'], F(['9个国家区域医疗中心全部开诊', '8个国家区域医疗中心全部投用'], [9, '个'], [8, '个']), 'elliptical', 'comparison'),
]);
conv([
  T('吉林24年保交楼任务完成了多少套'),
  T('跟Yunnan比呢 云南有保交楼的数吗', 'notfound', [], NF, 'elliptical', 'place-switch', 'mixed-language', 'nf-indicator'),
  T('那吉林24年城市黑臭水体清零了几条', 'figure', 'JL25', F('104条城市黑臭水体动态清零', [104, '条']), 'elliptical', 'topic-switch', 'two-digit-year'),
]);
conv([
  T('安徽规上数字经济核心产业营收多少'),
  T('每万人口高价值发明专利拥有量涨了多少', 'figure', 'AH25', F('每万人口高价值发明专利拥有量增长28.2%', pct(28.2)), 'elliptical', 'topic-switch'),
  T('光储产业竞争力全国排第几', 'figure', 'AH25', F('光储产业综合竞争力评价居全国第3位', [3]), 'elliptical', 'topic-switch', 'rank'),
]);
conv([
  T('吉林25年亿元以上项目打算到多少个'),
  T('那装备制造项目开工几个', 'target', 'JL25', F('开工建设东方电气氢燃料电池等5个以上装备制造项目', [5, '个']), 'elliptical', 'topic-switch'),
  T('“以大换小”新增多少兆瓦', 'target', 'JL25', F('“以大换小”新增500兆瓦以上', [500, '兆瓦']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('How many homes in rural Beijing became "beautiful courtyards" last year?'),
  T('and how many key areas like 宛平城 got a facelift?', 'figure', 'BJ26', F('宛平城等20处重点区域环境面貌显著提升', [20, '处']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
  T('生物医药这些产业链 卡点攻关突破了多少项', 'figure', 'BJ26', F('生物医药等重点产业链36项卡点攻关取得突破', [36, '项']), 'elliptical', 'topic-switch', 'mixed-language'),
]);
conv([
  T('过去五年城镇新增就业年均多少'),
  T('外汇储备呢', 'trend', 'CN23', F('外汇储备稳定在3万亿美元以上', [3, '万亿美元']), 'elliptical', 'after-trend', 'short'),
  T('工业增加值突破多少了', 'trend', 'CN23', F('工业增加值突破40万亿元', [40, '万亿元']), 'elliptical', 'after-trend', 'topic-switch'),
]);
conv([
  T('How many cross-border "one-stop" government services does Guangdong offer now?'),
  T('and a year earlier?', 'figure', 'GD25', F('187项高频政务服务事项“跨境通办”', [187, '项']), 'elliptical', 'year-switch', 'en', 'short'),
  T("how big was the Greater Bay Area's economy in 2025?", 'figure', 'GD26', F('预计大湾区经济总量突破15万亿元', [15, '万亿元']), 'elliptical', 'topic-switch', 'en', 'year'),
]);
conv([
  T('北京老老人服务保障惠及面大吗'),
  T('说个数', 'figure', 'BJ25', F('“老老人”服务保障措施惠及80余万高龄和失能失智老年人', [80, '万']), 'elliptical', 'short'),
  T('那25年在老老人多的区域新建几个养老服务中心', 'target', 'BJ25', F('在“老老人”数量较多的区域新建50个养老服务中心', [50, '个']), 'elliptical', 'year-switch', 'two-digit-year'),
]);
conv([
  T('福建25年计划改造多少万户城镇老旧小区'),
  T('城中村改造呢', 'target', 'FJ25', F('开工筹集城中村改造项目5000套', [5000, '套']), 'elliptical', 'topic-switch', 'short'),
  T('哦不对 我是想问26年的城中村', 'target', 'FJ26', F('开工筹集城中村改造安置住房1500套', [1500, '套']), 'elliptical', 'year-switch', 'self-correction'),
]);
conv([
  T('Shandong — how many "Sunshine Home" disabled people got care services?'),
  T('异地就医直接结算率呢', 'figure', 'SD25', F('异地就医直接结算率90%以上', pct(90)), 'elliptical', 'topic-switch', 'mixed-language'),
  T('and how many mass sports events did "Good Luck Shandong" run?', 'figure', 'SD25', F('开展“好运山东”群众赛事活动8万余场', [8, '万场']), 'elliptical', 'topic-switch', 'en'),
]);
conv([
  T('过去五年江苏单位GDP能耗累计降了多少'),
  T('江苏24年新开工老旧小区改造几个', 'figure', 'JS25', F('新开工老旧小区改造1114个', [1114, '个']), 'no-inherit', 'after-trend', 'two-digit-year'),
  T('对口支援协作项目那年实施了多少', 'figure', 'JS25', F('实施对口支援协作项目1847个', [1847, '个']), 'elliptical', 'topic-switch'),
]);
conv([
  T('广东24年技改投资增速多少'),
  T('深港广科技集群全球第二 连着几年了', 'figure', 'GD25', F('“深圳—香港—广州”科技集群创新指数连续5年居全球第二', [5, '年']), 'elliptical', 'topic-switch'),
  T('科技金融出了多少条', 'figure', 'GD25', F('出台“科技金融15条”', [15, '条']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T("What's Beijing's green-power import target for 2025?"),
  T('建筑智能化供热改造呢', 'target', 'BJ25', F('完成3800万平方米建筑智能化供热改造', [3800, '万平方米']), 'elliptical', 'topic-switch', 'mixed-language'),
  T('and the share of green enterprises?', 'target', 'BJ25', F('绿色企业比例达到30%以上', pct(30)), 'elliptical', 'topic-switch', 'en', 'short'),
]);

// ---------------------------------------------------------------------------------------------------------------
// The Chinese multi-figure part: its first figure is the asked one and must not be the first number of its report
// sentence (years and dates aside), or the case measures nothing the single-figure sets do not.
checkAskedFigureNotFirst(cases);

// Split as fresh-q, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'r', last: 'q' });
