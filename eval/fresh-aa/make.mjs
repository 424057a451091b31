#!/usr/bin/env node
// Writes the fresh-aa sets: eval/fresh-aa/aa-tune.jsonl and eval/fresh-aa/aa-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-aa/make.mjs [--check]
//
// A fifteenth held-out question set written BEFORE any fix, as fresh-m … fresh-z, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording and without running the bot to choose or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports), with wording other than fresh-s's … fresh-z's (other follow-up phrasings, verbs, fragments,
// typos, traditional characters, mixed scripts, short and long asks). The external reports' free facts are nearly used up
// (what is left are number-names such as “555X”, “1131”, “3815”, G331, the reports' own delivery dates and the 二轮土地承包
// 延长30年 lines), so most cites are the seed corpus's district and city plan reports (杭州 2024, 拱墅 2023, 钱塘 2025,
// 钱塘 2021 and, new, the 拱墅 2025 newspaper report's line fragments). Six parts:
//   1. conversations of 2–4 turns (every later turn scored): 拱墅23年那份计划里呢 → 两边谁定得高 (equal) / 那23年打算再改几家 →
//      比上一年少几家 / "what about the 2023 goal?" → "and future-community builds …?" → 加装电梯呢 / 纠正一下 我问的是未来乡村
//      (an indicator self-correction) / 写岔了 问的是拱墅 (a place self-correction) / 第3个 产城融合那块细说 … → 跳到第4个 …
//      (after an outline) / zh → en → zh and en → zh → en threads / 那鹤壁同期建了多少 (a scored not-answerable turn) → 好吧 说回
//      钱塘 … / 26年报告里升成整省试点了没 (from–to) / 跟拱墅比呢 (compare with) / 这俩加起来多少 (a sum) / a multi turn / a
//      complete new question after a thread (no-inherit);
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin, typos, abbreviations),
//      4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure (checked here: not the first number of its report sentence, years aside);
//   4. trends (from–to across two reports of one place or two plans of one district, a result then the next year's target,
//      a first-quarter result then the full-year target) and A vs B comparisons (two places, two years, two parts of one
//      report, two report dates);
//   5. several indicators in one ask (multi), two five-year overviews and four outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-05: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-z: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-z, plus the
// stricter same-sentence check). Overview cases cite the report's five-year headline sentence on purpose (as case-checks
// exempts them): their figure is given as `lead` only.
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
// kinds as fresh-z: second-of-pair, after-other (another indicator's figure comes first), part-vs-total, date, count;
// new: third-in-list (the third figure of a list of three or more), report-date (the day of the report's own dateline)
s('figure', 'AH26', '安徽今年那份政府工作报告 是2月几号在省人代会上作的', F('——2026年2月5日在安徽省第十四届人民代表大会第四次会议上', [5]), 'date', 'report-date', 'relative-year', 'short');
s('figure', 'GD26', '广东26年政府工作报告落款的日子 1月哪天', F('年1月26日在广东省第十四届', [26]), 'date', 'report-date', 'two-digit-year', 'short');
s('figure', 'FJ26', '福建今年的政府工作報告 趙龍省長是1月幾號作的', F('——2026年1月27日在福建省第十四届人民代表大会第四次会议上', [27]), 'date', 'report-date', 'relative-year', 'traditional');
// 杭州 2024 report: 2023 results (杭州23年 / 三年前) and 2024 plan (杭州24年 / 前年)
s('figure', 'HZ24', '杭州23年文化及相关产业增加值 涨了几个点', F('文化及相关产业增加值3211亿元,增长11.3%', pct(11.3)), 'after-other', 'two-digit-year', 'short');
s('figure', 'HZ24', '三年前杭州的制造业投资 增速是多少', F('固定资产投资增长2.8%,其中制造业投资增长30%', pct(30)), 'part-vs-total', 'relative-year', 'short');
s('figure', 'HZ24', '杭州23年全市重点项目建设 完成投资是年度计划的百分之几', F('全市重点项目建设完成投资3011.6亿元,为年度计划的146.1%', pct(146.1)), 'part-vs-total', 'two-digit-year');
s('figure', 'HZ24', '杭州23年在册经营主体里头 企业占了多少万户', F('增长11.7%,其中企业96万户', [96, '万户']), 'part-vs-total', 'two-digit-year');
s('figure', 'HZ24', '杭州23年出的那一揽子政策 扩大有效投资的是多少条', F('经济高质量发展64条、扩大有效投资18条', [18, '条']), 'third-in-list', 'two-digit-year', 'count');
s('figure', 'HZ24', '杭洲23年给市场经营主体减负 一共减了多少亿', F('安排财政资金480亿元,为市场经营主体减负925.7亿元', [925.7, '亿元']), 'after-other', 'two-digit-year', 'typo');
s('figure', 'HZ24', '杭州23年新认定的高层次人才 有多少万名', F('新入选省顶尖人才11名,新认定高层次人才3.5万名', [3.5, '万名']), 'second-of-pair', 'two-digit-year');
s('figure', 'HZ24', '“数智宜居”平台23年给多少万套房子赋了身份证码', F('完成105万幢、490万套房屋身份证赋码', [490, '万套']), 'second-of-pair', 'two-digit-year', 'mixed-script');
s('figure', 'HZ24', '杭州23年组团出海拓市场 最后拿回多少亿订单', F('出行企业3485家次,获取订单1114.9亿元', [1114.9, '亿元']), 'third-in-list', 'two-digit-year');
s('figure', 'HZ24', '杭州23年新建改建的综合性急救站 有几个', F('新(改)建综合性急救站12个', [12, '个']), 'after-other', 'two-digit-year', 'short');
s('figure', 'HZ24', '杭州23年中秋国庆长假 景区景点接待游客涨了多少', F('各景区景点(含乡村旅游)接待游客1301万人次,增长34.4%', pct(34.4)), 'second-of-pair', 'two-digit-year');
s('target', 'HZ24', '杭州24年地方政府专项债储备 目标定的多少亿', F('争取中央预算内投资8亿元,争取地方政府专项债储备300亿元以上', [300, '亿元']), 'target', 'third-in-list', 'two-digit-year');
s('target', 'HZ24', '前年杭州要推广的夜间消费示范点位 多少个', F('全面宣传推广10大夜间消费场景和100个示范点位', [100, '个']), 'target', 'second-of-pair', 'relative-year');
s('target', 'HZ24', '杭州24年881个市重点建设项目 实施项目占几个', F('2024年计划安排市重点建设项目881个,其中实施项目786个', [786, '个']), 'target', 'part-vs-total', 'two-digit-year');
// 拱墅 2023 report: 2022 results (拱墅22年 / 四年前) and 2023 plan (拱墅23年 / 三年前)
s('figure', 'GS23', '拱墅22年固定资产投资 比目标任务高出几个百分点', F('固定资产投资增长12.1%,高于目标任务5.1个百分点', [5.1]), 'after-other', 'two-digit-year');
s('figure', 'GS23', '拱墅四年前 一般公共预算收入刨掉留抵退税因素 同比增幅多少', F('一般公共预算收入全年同比增长2.6%,扣除留抵退税因素,同比增长13.6%', pct(13.6)), 'second-of-pair', 'two-digit-year', 'colloquial');
s('figure', 'GS23', '拱墅22年城市眼·云共治 接进来多少万个物联感知设备', F('联通40个数源单位115个平台系统,接入7.1万余个物联感知设备', [7.1]), 'third-in-list', 'two-digit-year', 'mixed-script');
s('figure', 'GS23', '拱墅22年给市民发了几轮购车补贴', F('发放2轮综合消费券及3轮购车补贴', [3, '轮']), 'second-of-pair', 'two-digit-year', 'short');
s('figure', 'GS23', '拱墅22年申请到的贴息贷款额度 多少亿', F('专项债额度66.02亿元、贴息贷款额度2.92亿元', [2.92, '亿元']), 'third-in-list', 'two-digit-year', 'short');
s('figure', 'GS23', '四年前拱墅盘活的低效用地 多少亩', F('供而未用土地1505亩,盘活低效用地1768亩', [1768, '亩']), 'third-in-list', 'relative-year', 'short');
s('figure', 'GS23', '拱墅22年拆违 拆掉的面积是多少万平方米', F('全年累计拆除各类违法建筑1553处、22.81万平方米', [22.81, '万平方米']), 'second-of-pair', 'two-digit-year', 'colloquial');
s('figure', 'GS23', '拱墅22年地铁沿线顺利开通的站点 一共几个', F('地铁3、4、10、19号线沿线24个站点顺利开通', [24, '个']), 'after-other', 'two-digit-year', 'count');
s('figure', 'GS23', '拱墅22年创建的市级美丽河湖 是几条', F('创建省级1片区7条、市级1片区8条', [8, '条']), 'after-other', 'two-digit-year', 'count', 'short');
s('figure', 'GS23', '拱墅22年道路养护 修复的路面和人行道面积约多少万平方米', F('累计修复路面、人行道面积约33.91万平方米', [33.91, '万平方米']), 'after-other', 'two-digit-year');
s('figure', 'GS23', '拱墅22年垃圾分类 省级示范预备小区推进了多少个', F('推进18个省级示范小区、30个省级示范预备小区建设', [30, '个']), 'second-of-pair', 'two-digit-year');
s('figure', 'GS23', '拱墅22年安置房累计回迁了多少户', F('10个项目竣工交付,累计回迁1785户', [1785, '户']), 'after-other', 'two-digit-year', 'short');
s('target', 'GS23', '拱墅23年服务业增加值增速 保底要到多少', F('服务业增加值增长6%左右(确保5.5%以上)', pct(5.5)), 'target', 'second-of-pair', 'two-digit-year', 'colloquial');
s('target', 'GS23', '拱墅23年计划里 河道综保工程安排了几个', F('推进吴家角港泵站等12座闸泵站维修、俞家桥河等10个河道综保工程', [10, '个']), 'target', 'second-of-pair', 'two-digit-year');
// 钱塘 2025 report: 2024 results (钱塘24年 / 前年) and 2025 plan (钱塘25年 / 去年)
s('figure', 'QT25', '钱塘24年GDP增速 比全市快了多少个百分点', F('全年地区生产总值达1416亿元,增长5.1%,高于全市0.4个百分点', [0.4]), 'after-other', 'two-digit-year', 'mixed-script');
s('figure', 'QT25', '钱塘前年规上工业增加值 增幅几个点', F('三次产业结构为0.9:57.7:41.4,其中规上工业增加值增长3.5%', pct(3.5)), 'after-other', 'relative-year', 'short');
s('figure', 'QT25', '钱塘“三年强园”行动 到24年累计培育的四星级园区几家', F('累计培育五星级园区2家、四星级园区3家', [3, '家']), 'second-of-pair', 'two-digit-year', 'mixed-script');
s('figure', 'QT25', '钱塘24年便民服务中心升级以后 日均办件量同比涨了多少', F('推动7个街道便民服务中心升级,日均办件量同比上升140.8%', pct(140.8)), 'after-other', 'two-digit-year');
s('figure', 'QT25', '钱塘那个三级矛盾纠纷调处平台 是“1+7+几”', F('搭建“1+7+122”三级矛盾纠纷调处平台', [122]), 'third-in-list', 'mixed-script', 'short');
s('target', 'QT25', '钱塘去年要促成的产学研合作项目 多少个', F('市级概念验证中心累计达3家,促成产学研合作项目190个', [190, '个']), 'target', 'after-other', 'relative-year');
// 钱塘 2021 report: 新区成立以来 (2019–2020) and the 14th five-year targets; 拱墅 2025 newspaper report (line fragments)
s('figure', 'QT21', '钱塘新区成立以来 引进的高层次人才是多少人', F('新引进领军型人才75人、高层次人才1099人', [1099, '人']), 'second-of-pair', 'short');
s('target', 'QT21', '钱塘十四五末 亿元GDP生产安全事故死亡率要压到多少以下', F('亿元GDP生产安全事故死亡率低于0.01人/亿元', [0.01]), 'target', 'after-other', 'plan-period', 'mixed-script');
s('target', 'GS25', '拱墅去年统筹抓的改革试点里 省级的有几项', F('筹抓好7项国家级、14项省级', [14, '项']), 'target', 'second-of-pair', 'relative-year', 'fragment-source');

// ---- 2. English single-turn questions -------------------------------------------------------------------------------
e('figure', 'HZ24', 'hangzhou 2023, sports floor space per head — roughly?', F('人均体育场地面积预计达2.85平方米', [2.85, '平方米']), 'year', 'lowercase', 'short');
e('figure', 'HZ24', 'How many idle rural homesteads and farmhouses did Hangzhou put back to use in 2023?', F('新增盘活闲置宅基地和农房4278宗', [4278, '宗']), 'year');
e('figure', 'HZ24', "hz '23: investment-promotion delegations sent abroad — count?", F('赴国(境)外招商组团51个', [51, '个']), 'two-digit-year', 'lowercase', 'abbreviation', 'short');
e('figure', 'HZ24', "Hangzhou's digital free-trade zone: how many institutional-opening measures did it pioneer nationally in 2023?", F('全国首创数字自贸区制度型开放23项举措', [23, '项']), 'year', 'long');
e('figure', 'HZ24', 'hangzhou 2023 — practices like elderly-friendly retrofits and village operation that national ministries promoted: how many?', F('农民增收模式等12项经验做法被国家部委推广', [12, '项']), 'year', 'lowercase', 'long');
e('figure', 'HZ24', 'Provincial government quality award winners added by Hangzhou in 2023?', F('新增省政府质量奖获奖组织6家', [6, '家']), 'year', 'short');
e('figure', 'HZ24', "How many Hangzhou items got onto Zhejiang's sixth provincial intangible-heritage list?", F('“丝绸画缋”等14个项目入选第六批省级非遗代表性项目名录', [14, '个']), 'count');
e('figure', 'HZ24', "hangzou 2023: towns/streets whose 'zero direct sewage discharge' zones were upgraded?", F('完成57个镇街“污水零直排区”提质增效', [57, '个']), 'year', 'lowercase', 'typo');
e('figure', 'HZ24', "ministry- and province-level reform pilots Hangzhou ran in 2023, 'quiet neighbourhoods' among them — number?", F('统筹推进“宁静小区”、碳监测等11项部、省改革试点', [11, '项']), 'year', 'lowercase');
e('target', 'HZ24', 'How many indicators are on the target list of Hangzhou\'s 2024 plan?', F('2024年经济社会发展目标安排了38项指标', [38, '项']), 'year', 'count');
e('target', 'HZ24', 'HZ 2024: innovation consortia at city level or higher to be formed?', F('组建市级及以上创新联合体10个以上', [10, '个']), 'year', 'abbreviation', 'short');
e('target', 'HZ24', "Hangzhou's 2024 plan — how many new 'Pinzibiao' brand firms?", F('新增“品字标”品牌企业60家以上', [60, '家']), 'year', 'pinyin', 'short');
e('target', 'HZ24', "Hangzhou's rural collective-economy target by 2024 goes by a four-digit code. Which one?", F('全市村集体经济基本实现“8050”目标', [8050]), 'year');
e('target', 'HZ24', 'visa-free tour product hangzhou wanted to try out in 2024 — how many hours?', F('探索推出“144小时免签游”国际体验项目', [144, '小时']), 'year', 'lowercase');
e('figure', 'GS23', 'How many micro-grids did Gongshu set up for grid governance in 2022?', F('推动党建统领网格智治建设,设置微网格10054个', [10054, '个']), 'year', 'pinyin');
e('figure', 'GS23', "Gongshu's digital-economy core value added in 2022?", F('全年实现数字经济核心产业增加值80.4亿元', [80.4, '亿元']), 'year', 'pinyin', 'short');
e('figure', 'GS23', 'gongshou 2022 — district micro fire stations upgraded, how many?', F('全域26个区域性微型消防救援站提升改造完成', [26, '个']), 'year', 'lowercase', 'typo', 'short');
e('figure', 'GS23', 'covid vaccine doses given in gongshu in 2022', F('完成新冠疫苗接种70.73万剂次', [70.73, '万剂次']), 'year', 'lowercase', 'pinyin');
e('target', 'GS23', "gongshu '23: 'welcome the Asian Games' mass-fitness events planned — how many?", F('开展100场“迎亚运”全民健身系列活动', [100, '场']), 'two-digit-year', 'lowercase', 'pinyin');
e('target', 'GS23', 'How many Asian Games and Asian Para Games events did Gongshu have to support in 2023?', F('盲人足球、硬地滚球等8项赛事服务保障', [8, '项']), 'year', 'pinyin', 'count');
e('figure', 'QT25', "Qiantang 2024: firms that made Hangzhou's city-level HQ-enterprise list?", F('63家企业上榜市级总部企业', [63, '家']), 'year', 'pinyin', 'short');
e('figure', 'QT25', 'qiangtang 2024 — achievements honoured with zhejiang\'s provincial sci-tech awards?', F('45项科技成果获浙江省科学技术奖励', [45, '项']), 'year', 'lowercase', 'typo');
e('figure', 'QT25', "Xiasha port's cumulative container throughput, as of 2024?", F('全市首个千吨级内河码头下沙港累计集装箱吞吐量突破14万标箱', [14, '万标箱']), 'year', 'pinyin', 'short');
e('target', 'QT25', "How many 'Jianbing Lingyan + X' provincial S&T projects did Qiantang aim to win in 2025?", F('力争入选省“尖兵领雁+X”等重大科技项目10个以上', [10, '个']), 'year', 'pinyin', 'mixed-script');
e('target', 'QT25', 'qiantang 2025 — sub-sector target firms to finish "digital retrofit 2.0": how many?', F('加快实现109家细分行业目标企业数改', [109, '家']), 'year', 'lowercase');
e('target', 'QT25', 'Producer-services revenue Qiantang wanted to pass in 2025?', F('力争全年生产性服务业营收突破440亿元', [440, '亿元']), 'year', 'pinyin', 'short');
e('figure', 'QT21', 'From the New Area\'s founding on, how much abandoned farmland in Qiantang\'s Jiangdong section was cleared up?', F('江东片区完成1.9万余亩抛荒地集中整治', [1.9]), 'pinyin', 'long');
e('figure', 'QT21', 'qiantang new area: cross-border e-commerce export modes it was first in china to cover fully — how many?', F('在全国率先实现跨境电商出口4种模式全覆盖', [4, '种']), 'lowercase', 'pinyin');
e('target', 'SD26', "sd this year: the Jinan–Qingdao–Yantai new-format consumption pilots — how many?", F('发挥济青烟3个新业态新模式新场景消费试点作用', [3, '个']), 'relative-year', 'lowercase', 'abbreviation', 'pinyin');
e('target', 'SD26', "Shandong's transport-and-tourism flagship for 2026 is called 'No. ? project' — what number?", F('实施“山东交旅1号工程”', [1]), 'year', 'short');
e('target', 'YN25', 'yunan 2025: which strategic-goal code is supposed to "step up a level in three years"?', F('确保完成“3815”战略发展目标“三年上台阶”的任务', [3815]), 'year', 'lowercase', 'typo');
e('figure', 'HN25', "hunan's '?+? sci-tech innovation project', fully up and running by 2024 — the digits?", F('“4+4科创工程”全部实体化运行', [4]), 'year', 'lowercase', 'mixed-script');
e('target', 'JL25', 'jl 2025: which national highway is to have its whole Jilin stretch linked up?', F('实现G331吉林段全线贯通', [331]), 'year', 'lowercase', 'abbreviation', 'mixed-script');
e('figure', 'SH25', "What master plan did Shanghai finish a five-year implementation review of in 2024? Give its name's year.", F('完成“上海2035”城市总体规划五年实施评估', [2035]), 'year');
e('figure', 'GD26', "Guangdong's provincial party 'specific deployment' it carried out last year — the four-digit code?", F('全面落实省委“1310”具体部署', [1310]), 'relative-year');
e('figure', 'BJ26', "bj 2026 report — january what? (the day it was delivered to the people's congress)", F('——2026年1月25日在北京市第十六届人民代表大会第四次会议上', [25]), 'year', 'lowercase', 'abbreviation', 'report-date');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('hanzhong 2025 industrial output growth, above designated size?', 'nf-place', 'year', 'lowercase', 'pinyin');
nfe('Tieling: how much grain did it harvest in 2024?', 'nf-place', 'year', 'pinyin', 'short');
nfe('jiangsu retail sales 1967', 'nf-year', 'year', 'lowercase', 'short');
nfe('How many pet dogs are registered in Beijing?', 'nf-indicator', 'short');

// ---- 4. trends and comparisons -------------------------------------------------------------------------------------
f('trend', 'trend-ask', ['CN22', 'CN24'], '二轮土地承包到期再延长的试点 22年国务院报告说整县搞 后来升到整省了没 延长几年', F(['开展好第二轮土地承包到期后再延长30年整县试点', '启动第二轮土地承包到期后再延长30年整省试点'], [30]), 'from-to', 'year-compare', 'two-digit-year', 'long');
f('trend', 'trend-ask', 'QT25', '钱塘市场经营主体总量 前年突破了多少万家 去年想冲到多少', F(['全区市场经营主体总量突破14万家', '力争市场经营主体总量突破16万家'], [14, '万家'], [16, '万家']), 'from-to', 'year-compare', 'relative-year', 'colloquial');
f('trend', 'trend-ask', 'QT25', '钱塘规上工业总产值 24年实际做到多少亿 25年目标突破多少亿', F(['全年实现规上工业总产值3756.5亿元', '力争规上工业总产值突破4000亿元'], [3756.5, '亿元'], [4000, '亿元']), 'from-to', 'year-compare', 'two-digit-year');
f('trend', 'trend-ask', ['GS23', 'GS25'], '拱墅计划推进的道路建设 23年是多少条 到25年的计划变成多少条了', F(['加快推进储鑫路、丽水路等99条54.7公里道路建设', '俞家桥路、和丰路等90条41.7'], [99, '条'], [90, '条']), 'from-to', 'year-compare', 'two-digit-year', 'fragment-source');
f('trend', 'trend-ask', ['GS23', 'GS25'], "gongshu's new underground-space targets: 2023 plan vs 2025 plan, in m²?", F(['大力推进地下空间开发,新增地下空间50万平方米', '间30万平方米、停车泊位3000'], [50, '万平方米'], [30, '万平方米']), 'en', 'from-to', 'year-compare', 'year', 'lowercase', 'pinyin', 'fragment-source');
f('trend', 'trend-ask', 'GS23', '拱墅公用充电桩 22年完工多少个 第二年打算再新增几个', F(['全力推进充电桩建设,完工公用充电桩406个', '加快新能源汽车充电桩建设布局,新增公用桩200个'], [406, '个'], [200, '个']), 'from-to', 'year-compare', 'two-digit-year');
f('trend', 'trend-ask', 'HZ24', '杭州城乡风貌样板区 23年建成了几个 24年再新打造几个', F(['城乡风貌样板区33个', '新打造城乡风貌样板区20个'], [33, '个'], [20, '个']), 'from-to', 'year-compare', 'two-digit-year');
f('trend', 'trend-ask', ['GS23', 'GS25'], '拱墅每年引进亿元以上产业项目的目标 23年到25年变了没', F(['个、亿元以上产业项目60个', '引进亿元以上产业项目60个、'], [60, '个']), 'from-to', 'year-compare', 'two-digit-year', 'equal', 'fragment-source');
f('trend', 'trend-ask', ['GS25'], '拱墅去年一季度制造业投资涨了多少 全年又定的涨多少', F(['长59.2%、226.1%,各类国家', '上,带动制造业投资增长15%'], pct(226.1), pct(15)), 'from-to', 'quarter-to-year', 'relative-year', 'fragment-source');
f('trend', 'trend-ask', ['JS25', 'JS26'], '江苏省长作政府工作报告的日子 25年是1月几号 26年挪到几月几号了', F(['2025年1月19日在江苏省第十四届人民代表大会第三次会议上', '——2026年2月3日在江苏省第十四届人民代表大会第五次会议上'], [19], [3]), 'from-to', 'year-compare', 'report-date', 'two-digit-year');
f('comparison', 'comparison-ask', ['AH25', 'SD25'], '安徽和山东25年的政府工作报告 是不是同一天作的', F(['2025年1月20日在安徽省第十四届人民代表大会第三次会议上', '2025年1月20日在山东省第十四届人民代表大会第三次会议上'], [20]), 'two-places', 'report-date', 'two-digit-year', 'equal');
f('comparison', 'comparison-ask', 'HZ24', '杭州数字乡村样板镇(村) 23年建成的和24年要新建的 哪个多', F(['提质乡村数字经济,建成数字乡村样板镇(村)100个', '数字乡村样板镇(村)100个'], [100, '个']), 'year-compare', 'two-digit-year', 'which-higher', 'equal');
f('comparison', 'comparison-ask', ['QT25', 'HZ24'], '基本养老保险参保率 钱塘25年和杭州24年各要稳在多少 谁定得高', F(['实现本地户籍人员基本养老保险参保率稳定在98%以上', '全市基本养老保险参保率稳定在98%以上'], pct(98)), 'two-places', 'two-digit-year', 'which-higher', 'equal');
f('comparison', 'comparison-ask', 'HZ24', '杭州前年重点建设里 交通强省领域和民生设施领域的实施项目 各几个 差多少', F(['枢纽及接线国道杭州河庄至衙前段工程等共计35个实施项目', '国科大杭高院双浦校区等共计192个实施项目'], [35, '个'], [192, '个']), 'same-report', 'relative-year', 'difference');
f('comparison', 'comparison-ask', 'HZ24', '杭州24年重点建设实施项目 区县安排的和市本级安排的 哪边多', F(['各区、县(市)安排重点建设实施项目666个', '市本级安排120个,年度计划投资703.9亿元'], [666, '个'], [120, '个']), 'same-report', 'two-digit-year', 'which-higher');
f('comparison', 'comparison-ask', 'GS23', '拱墅出让经营性用地 22年出让了多少亩 23年计划多少亩 少了多少', F(['出让经营性用地14宗515亩', '出让经营性用地7宗424亩'], [515, '亩'], [424, '亩']), 'year-compare', 'two-digit-year', 'difference');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'HZ24', '杭州前年市本级政府投资计划 安排了几个项目 年度投资多少 一并说', F('2024年市本级政府投资计划安排项目534个,年度计划投资532.3亿元', [534, '个'], [532.3, '亿元']), 'relative-year', 'colloquial');
f('multi', 'multi-ask', 'QT25', '钱塘去年储备申报的“两重”“两新”、专项债、中央预算内投资项目 各几个', F('储备申报“两重”“两新”项目70个、地方政府专项债项目15个、中央预算内投资项目10个', [70, '个'], [15, '个'], [10, '个']), 'relative-year', 'long');
f('multi', 'multi-ask', 'GS23', '拱墅23年托育这块 托育机构、普惠托位、养育指导课堂 分别定了多少', F('新增托育机构6家、普惠托位240个,开展公益养育指导课堂150场', [6, '家'], [240, '个'], [150, '场']), 'two-digit-year');
f('multi', 'multi-ask', 'HZ24', '杭州23年老旧污水管、供水管、庭院管道 各改了多少公里 挨个报', F('老旧污水管道改造完成58.2公里,老旧供水管道改造完成37.2公里,市政燃气管线公里,庭院管道改造完成127.6公里', [58.2, '公里'], [37.2, '公里'], [127.6, '公里']), 'two-digit-year', 'colloquial');
f('multi', 'multi-ask', 'QT25', '钱塘24年竣工的新校 和联建的高校附属学校 各几所', F('全年竣工文海第二实验学校等新校8所,联建中国计量大学、浙江工商大学等高校附属学校7所', [8, '所'], [7, '所']), 'two-digit-year');
f('multi', 'multi-ask', 'HZ24', '杭州23年农村集体经济总收入和经营性收入 分别多少亿', F('全市农村集体经济总收入196.7亿元、经营性收入154.3亿元', [196.7, '亿元'], [154.3, '亿元']), 'two-digit-year');
f('overview', 'overview-ask', 'SH26', '上海这五年经济总量从多少涨到多少 大势给个概括', { ...F('全市生产总值从4.16万亿元增加到5.67万亿元'), lead: 5.67 }, 'five-year-review', 'plan-period');
f('overview', 'overview-ask', 'GD26', "guangdong 2021–25 in one line: where did the economy go?", { ...F('地区生产总值从11.37万亿元提高到14.58万亿元'), lead: 14.58 }, 'en', 'five-year-review', 'plan-period', 'lowercase');
f('outline', 'outline-ask', 'SH26', '上海26年报告里那十个“着力” 按顺序过一遍', O('SH26'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'CN25', '国务院去年报告的政府工作任务 拆成哪几条', O('CN25'), 'relative-year', 'short');
f('outline', 'outline-ask', 'SD26', "shandong's 2026 to-do list — the ten 'strive to advance' headings?", O('SD26'), 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'JL25', 'Jilin 2025 work plan: what are its eight focus areas?', O('JL25'), 'en', 'year', 'pinyin');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('漯河去年社零增速多少', 'nf-place', 'relative-year', 'short');
nf('遂宁25年新开工亿元以上项目几个', 'nf-place', 'two-digit-year', 'short');
nf('六盘水前年的煤炭产量 报告里有吗', 'nf-place', 'relative-year');
nf('张掖今年接待游客目标多少万人次', 'nf-place', 'relative-year');
nf('吕梁24年财政收入 一般公共预算那个口径 多少', 'nf-place', 'two-digit-year');
nf('周口今年要建多少亩高标准农田', 'nf-place', 'relative-year');
nf('孝感去年新增城镇就业 多少人 出处也发我', 'nf-place', 'relative-year', 'long');
nf('浙江1969年粮食总产量多少', 'nf-year', 'year', 'short');
nf('江苏1971年的工业总产值', 'nf-year', 'year', 'short');
nf('广东1973年常住人口多少万', 'nf-year', 'year', 'short');
nf('广东去年中小学生溺水死亡多少人', 'nf-indicator', 'relative-year');
nf('杭州核心区停车收费标准 一小时多少钱', 'nf-indicator', 'colloquial');
nf('上海公务员年终奖平均发多少', 'nf-indicator', 'short');
nf('北京有多少家商业健身房 报告里没写就直说', 'nf-indicator', 'long');

// ---- 1. conversations, 2–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('钱塘去年定的城镇新增就业目标 多少万人'),
  T('拱墅23年那份计划里呢', 'target', 'GS23', F('构建多元化就业帮扶体系,新增城镇就业3万人', [3, '万人']), 'elliptical', 'place-switch', 'year-switch', 'two-digit-year', 'short'),
  T('两边谁定得高', 'comparison', ['QT25', 'GS23'], F(['开展各类招聘服务活动不少于40场,确保城镇新增就业3万人以上', '构建多元化就业帮扶体系,新增城镇就业3万人'], [3, '万人']), 'elliptical', 'comparison', 'which-higher', 'equal', 'short'),
]);
conv([
  T('拱墅22年社区卫生服务中心提升改造完成了几家'),
  T('那23年打算再改几家', 'target', 'GS23', F('签约落地浙江大学医学院附属五官科医院,提升改造3家社区卫生服务中心', [3, '家']), 'elliptical', 'year-switch', 'and-the-target', 'two-digit-year', 'short'),
  T('比上一年少几家', 'comparison', ['GS23'], F(['邵逸夫医院大运河院区正式签约,5家社区卫生服务中心', '签约落地浙江大学医学院附属五官科医院,提升改造3家社区卫生服务中心'], [5, '家'], [3, '家']), 'elliptical', 'comparison', 'difference', 'short'),
]);
conv([
  T('拱墅22年推进改造的老旧小区 有几个'),
  T('what about the 2023 goal?', 'target', 'GS23', F('实施幸福家园深化行动,加快52个老旧小区综合改造提升', [52, '个']), 'elliptical', 'and-the-target', 'en', 'mixed-language', 'year', 'short'),
  T('and future-community builds on that year\'s list — how many?', 'target', 'GS23', F('推进27个省市级未来社区建设', [27, '个']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
  T('加装电梯呢 确保多少台', 'target', 'GS23', F('推动成片小区加梯项目落地,确保加装电梯200台', [200, '台']), 'elliptical', 'topic-switch', 'mixed-language', 'short'),
]);
conv([
  T('杭州24年新建美丽乡村特色村的目标是几个'),
  T('纠正一下 我问的是未来乡村 不是特色村', 'target', 'HZ24', F('特色村30个、未来乡村40个', [40, '个']), 'elliptical', 'self-correction', 'indicator-correction'),
  T('23年已经建成的未来社区有多少个', 'figure', 'HZ24', F('打造共同富裕现代化基本单元,建成未来社区134个', [134, '个']), 'elliptical', 'year-switch', 'plan-to-result', 'two-digit-year'),
  T('同一句里富春山居图样板区是几个', 'figure', 'HZ24', F('省级“新时代富春山居图样板区”12个', [12, '个']), 'elliptical', 'topic-switch', 'same-report', 'short'),
]);
conv([
  T('钱塘25年新引进35周岁以下大学生 目标多少万'),
  T('写岔了 问的是拱墅', 'target', 'GS25', F('岁以下大学生4万名以上', [4, '万名']), 'elliptical', 'self-correction', 'place-switch', 'fragment-source', 'short'),
  T('那拱墅同年顶尖领军人才要新增几名', 'target', 'GS25', F('增顶尖领军人才10名', [10, '名']), 'elliptical', 'topic-switch', 'fragment-source'),
]);
conv([
  T('拱墅去年政府工作 重点安排分几个方面'),
  T('第3个 产城融合那块细说 服务业领军企业新增几家', 'target', 'GS25', F('地,新增服务业领军企业10', [10]), 'elliptical', 'after-outline', 'fragment-source'),
  T('电竞产业增加值增速定了多少', 'target', 'GS25', F('电竞产业增加值增长10%', pct(10)), 'elliptical', 'after-outline', 'fragment-source', 'short'),
  T('跳到第4个 改革那块 低效用地提升改造多少亩', 'target', 'GS25', F('升改造低效用地2000亩', [2000, '亩']), 'elliptical', 'after-outline', 'fragment-source'),
]);
conv([
  T('杭州23年建了多少个市区两级文明驿站'),
  T('and how many civic-practice activities were held?', 'figure', 'HZ24', F('开展各类文明实践活动26万余场', [26]), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
]);
conv([
  T('Qiantang, end of 2024 — how many valid invention patents did it hold?'),
  T('那25年新增发明专利授权 目标多少件', 'target', 'QT25', F('加力推进知识产权强县试点建设,新增发明专利授权3000件以上', [3000, '件']), 'elliptical', 'year-switch', 'mixed-language', 'two-digit-year'),
  T('and trade shows at home and abroad for its firms that year — how many?', 'target', 'QT25', F('全年组织企业参加境内外展会100场以上', [100, '场']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
]);
conv([
  T('钱塘24年新创建了几个省级未来社区'),
  T('那鹤壁同期建了多少', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('好吧 说回钱塘 当年完成的无障碍避灾场所改造有几个', 'figure', 'QT25', F('扎实推进避灾场所和救灾物资管理工作,完成无障碍避灾场所改造5个', [5, '个']), 'elliptical', 'after-not-found', 'topic-switch'),
]);
conv([
  T('拱墅22年国家高新技术企业 新增了多少家'),
  T('市级众创空间呢', 'figure', 'GS23', F('CC梦工场、运河汇获评国家级众创空间,新增市级众创空间4家', [4, '家']), 'elliptical', 'topic-switch', 'short'),
  T('安徽26年报告里 要提升的健身圈是几分钟的', 'target', 'AH26', F('改造多功能运动空间,提升15分钟健身圈服务功能', [15, '分钟']), 'no-inherit', 'topic-switch', 'two-digit-year'),
]);
conv([
  T('江苏25年报告里 二轮土地承包延期试点是怎么提的'),
  T('26年报告里升成整省试点了没', 'trend', ['JS25', 'JS26'], F(['稳妥有序推进第二轮土地承包到期后再延长三十年试点', '稳步推进第二轮土地承包到期后再延长30年整省试点'], [30]), 'elliptical', 'from-to', 'year-switch', 'two-digit-year'),
  T('广东今年是不是也整省推进', 'target', 'GD26', F('实施第二轮土地承包到期后再延长30年整省试点', [30]), 'elliptical', 'place-switch', 'relative-year'),
]);
conv([
  T('钱塘去年要创建的市级以上绿色低碳工厂 几家'),
  T('跟拱墅同年的目标比呢', 'target', 'GS25', F('色低碳工厂1家以上', [1, '家']), 'elliptical', 'place-switch', 'compare-with', 'fragment-source', 'short'),
  T('两边差多少家', 'comparison', ['QT25', 'GS25'], F(['全年创建市级以上绿色低碳工厂14家', '色低碳工厂1家以上'], [14, '家'], [1, '家']), 'elliptical', 'comparison', 'difference', 'short'),
]);
conv([
  T('拱墅22年新增省科技型中小企业几家'),
  T('23年的目标是多少', 'target', 'GS23', F('新增国家高新技术企业100家、省科技型中小企业200家', [200, '家']), 'elliptical', 'year-switch', 'and-the-target', 'two-digit-year', 'short'),
  T('目标比上年实际高还是低', 'comparison', ['GS23'], F(['新增国家高新技术企业161家、省科技型中小企业460家', '新增国家高新技术企业100家、省科技型中小企业200家'], [460, '家'], [200, '家']), 'elliptical', 'comparison', 'which-higher', 'short'),
]);
conv([
  T('杭州24年要落地的亿元以上制造业固投项目 多少个'),
  T('服务业那头 亿元以上的和10亿以上的各几个', 'multi', 'HZ24', F('落地总投资1亿元以上服务业项目90个、其中10亿元以上项目35个', [90, '个'], [35, '个']), 'elliptical', 'multi', 'topic-switch'),
  T('那制造业里10亿以上的呢', 'target', 'HZ24', F('制造业固投类项目300个、其中10亿元以上项目55个', [55, '个']), 'elliptical', 'topic-switch', 'part-vs-total', 'short'),
]);
conv([
  T('杭州23年科技强基重大项目增加到多少个'),
  T('承担的国家、省重点研发项目呢', 'figure', 'HZ24', F('承担国家、省重点研发项目278项', [278, '项']), 'elliptical', 'topic-switch', 'short'),
  T('“卡脖子”技术实现国产替代的有几项', 'figure', 'HZ24', F('实施市重大科技创新项目100项,13项“卡脖子”技术实现国产替代', [13, '项']), 'elliptical', 'topic-switch', 'mixed-script'),
  T('那年新增的省技术创新中心 几家', 'figure', 'HZ24', F('省科技型中小企业7770家,新增省技术创新中心1家', [1, '家']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('拱墅22年企业职工养老保险参保人数多少万'),
  T('基本医保呢', 'figure', 'GS23', F('基本医疗保险参保人数达121.3万人', [121.3, '万人']), 'elliptical', 'topic-switch', 'short'),
  T('街道助联体建成了几家', 'figure', 'GS23', F('强化社会兜底保障,完成9家街道助联体建设', [9, '家']), 'elliptical', 'topic-switch', 'short'),
  T('累计发了多少万元保障金', 'figure', 'GS23', F('社会救助服务对象覆盖面拓宽近12%,累计发放保障金4585.6万元', [4585.6, '万元']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('Qiantang New Area, from its founding: schools built and opened — how many?'),
  T('and new basic-education places?', 'figure', 'QT21', F('新增基础教育学位1.7万个', [1.7, '万个']), 'elliptical', 'topic-switch', 'en', 'short'),
  T('教育事业支出一共多少亿', 'figure', 'QT21', F('教育事业支出39亿元', [39, '亿元']), 'elliptical', 'topic-switch', 'mixed-language', 'short'),
]);
conv([
  T('拱墅22年中介服务机构累计有多少家'),
  T('in English please: the canal wealth town\'s newly landed licensed financial firms that year — count?', 'figure', 'GS23', F('引进民生银行运河支行、新加坡大华银行杭州分行2家持牌金融机构', [2, '家']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
  T('那年上“亩产效益”领跑者名单的企业 几家', 'figure', 'GS23', F('米络星等6家企业列入浙江省服务业重点行业规上企业“亩产效益”领跑者名单', [6, '家']), 'elliptical', 'topic-switch', 'mixed-language', 'mixed-script'),
]);
conv([
  T('杭州24年新建中小学、幼儿园多少所'),
  T('跟钱塘25年新建成的比呢', 'comparison', ['HZ24', 'QT25'], F(['加快教育高质量发展,新建中小学、幼儿园70所', '新建成中小学、幼儿园3所'], [70, '所'], [3, '所']), 'elliptical', 'comparison', 'compare-with', 'two-places', 'two-digit-year'),
  T('杭州那年新增学位目标呢', 'target', 'HZ24', F('新增学位6万个', [6, '万个']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('钱塘24年新增建设用地指标多少亩'),
  T('批复用能多少万吨标煤', 'figure', 'QT25', F('能源要素保障持续强化,批复用能15.44万吨标煤', [15.44, '万吨标煤']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('杭州23年股权类资产处置了多少亿'),
  T('实物类呢', 'figure', 'HZ24', F('实物类资产处置7.2亿元', [7.2, '亿元']), 'elliptical', 'topic-switch', 'short'),
  T('这俩加起来多少', 'comparison', ['HZ24'], F('完成股权类资产处置32.7亿元、实物类资产处置7.2亿元', [32.7, '亿元'], [7.2, '亿元']), 'elliptical', 'comparison', 'sum', 'short'),
]);
conv([
  T("fujian this year: its digital-government base-platform upgrade project — what's the number?"),
  T('这五年福建民营经济的贡献格局 是“7几几几几”', 'figure', 'FJ26', F('民营经济“77789”贡献格局持续巩固', [77789]), 'elliptical', 'topic-switch', 'five-year-review', 'mixed-language', 'mixed-script'),
  T("and its 15th-plan industrial layout, the '___X' one?", 'target', 'FJ26', F('推动形成万亿立柱、千亿提升、百亿成势的“555X”产业发展格局', [555]), 'elliptical', 'topic-switch', 'en', 'mixed-language', 'plan-period'),
]);

// ---------------------------------------------------------------------------------------------------------------
// The Chinese multi-figure part: its first figure is the asked one and must not be the first number of its report
// sentence (years and dates aside), or the case measures nothing the single-figure sets do not.
checkAskedFigureNotFirst(cases);

// Split as fresh-z, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'aa', last: 'z' });
