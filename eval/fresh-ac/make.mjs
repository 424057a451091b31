#!/usr/bin/env node
// Writes the fresh-ac sets: eval/fresh-ac/ac-tune.jsonl and eval/fresh-ac/ac-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-ac/make.mjs [--check]
//
// A seventeenth held-out question set written BEFORE any fix, as fresh-m … fresh-ab, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording and without running the bot to choose or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports), with wording other than fresh-s's … fresh-ab's (other follow-up phrasings, verbs, fragments,
// typos, traditional characters, mixed scripts, short and long asks). The free facts left are mostly the seed corpus's
// (杭州 2024 and its 重点建设项目 annex, 拱墅 2023 and its 2022 完成情况 table, 钱塘 2025, 钱塘 2021 and the 拱墅 2025
// newspaper report's line fragments), plus a handful of external ones (a dateline, two newspapers' publication dates, number
// names such as “3个100”, “16+16”, “4+4科创工程”, G331, and some plan lines no earlier set asked). Six parts:
//   1. conversations of 2–4 turns (every later turn scored): 杭州前一年改完的那批 → 两边户数谁多 / "and the 2023 plan's goal
//      on that?" → 回到22年那张完成情况表 … / 第3块 产城融合那部分 … → 倒回第2块 … (after an outline) / 不是这个 我想问 …
//      (an indicator self-correction) / 记岔了 … 是拱墅的 (a place self-correction) / 和这个一样吗 (equal) / 黄石同年呢
//      (a scored not-answerable turn) → 行吧 还是钱塘 … / a complete new question after a thread (no-inherit) / 到25年那份报告里
//      这个数定到多少 (from–to) / 跟 … 的占比比 哪个高 / 三类合起来多少个 (a sum) / … 比这少多少 / 谁先见报 / zh → en → zh and
//      en → zh → en threads;
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin, typos, abbreviations),
//      4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure (checked here: not the first number of its report sentence, years aside);
//   4. trends (streaks written in Chinese numerals, cited without a figure, and a result's completion rate then the next
//      year's target) and A vs B comparisons (two parts of one report's annex, two places, two parts of one plan);
//   5. several indicators in one ask (multi), two overviews and four outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-05: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-ab: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-ab, plus the
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
// kinds as fresh-ab: second-of-pair, after-other (another indicator's figure comes first), third-in-list, report-date
// (the day of a report's own dateline, after its month); new: number-name (the second number of a name like “3个100”)
s('figure', 'SH25', '上海25年那份报告 龚正是1月哪一天作的', F('15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告', [15]), 'date', 'report-date', 'two-digit-year', 'short');
s('target', 'BJ26', '北京今年要加快推进的“3个几”重点工程', F('优化实施“两重”项目,加快推进“3个100”等重点工程建设', [100]), 'number-name', 'relative-year', 'mixed-script', 'short');
// 杭州 2024 report: 2023 results (杭州23年 / 三年前 / 亚运那年) and 2024 plan with its annex (杭州24年 / 前年)
s('figure', 'HZ24', '三年前杭州的农林牧渔业 增速多少', F('农林牧渔业增加值357亿元,增长3.7%', pct(3.7)), 'second-of-pair', 'relative-year', 'short');
s('target', 'HZ24', '杭州24年先进制造业基地领域 那个动力电池项目年产能多少GWh', F('研发生产基地、年产能12GWh动力电池', [12, 'GWh']), 'target', 'after-other', 'two-digit-year', 'mixed-script');
s('figure', 'HZ24', '杭州23年那套“抢先机、拼经济” 政策一共几条', F('推出“抢先机、拼经济”30条', [30, '条']), 'after-other', 'two-digit-year', 'short');
s('figure', 'HZ24', '亚运那年杭州 整治提升的重要保障道路有几条', F('139条亚运通勤道路、200条重要保障道路', [200, '条']), 'third-in-list', 'event-year', 'short');
s('figure', 'HZ24', '杭城亚运前的环境提升 精品点(线)位一共多少处', F('200条重要保障道路和102处精品点(线)位', [102, '处']), 'third-in-list', 'event-year', 'nickname');
s('figure', 'HZ24', '杭州23年人才共有产权保障住房 推出了几个配售项目', F('推出人才共有产权保障住房配售项目16个', [16, '个']), 'third-in-list', 'two-digit-year');
s('figure', 'HZ24', '杭州23年人才共有产权房 销售房源一共几套', F('配售项目16个、销售房源7223套', [7223, '套']), 'second-of-pair', 'two-digit-year', 'short');
s('figure', 'HZ24', '杭州23年物联感知数据 在多少个应用场景里实现了共享', F('465.3亿条数据,实现47个应用场景物联感知数据共享', [47, '个']), 'third-in-list', 'two-digit-year');
s('figure', 'HZ24', '杭州23年首批“城市艺舞台·演艺新空间” 名单上有几个', F('评定并公布了首批40个“城市艺舞台·演艺新空间”名单', [40, '个']), 'after-other', 'two-digit-year');
s('figure', 'HZ24', '杭州23年头一个季度 “免费游”游客人次同比涨了多少', F('接待游客1306万人次,增长63%', pct(63)), 'after-other', 'two-digit-year', 'colloquial');
s('figure', 'HZ24', '杭州23年拿到省生物多样性保护优秀案例的 共几个', F('省级生物多样性体验地,3个案例获2023年度浙江省生物多样性保护优秀案例', [3, '个']), 'second-of-pair', 'two-digit-year');
s('figure', 'HZ24', '杭州23年首批10条全产业链 总产值大约多少亿', F('首批10条全产业链基本建成,总产值约212.2亿元', [212.2, '亿元']), 'second-of-pair', 'two-digit-year');
s('target', 'HZ24', '杭州24年新出让工业用地里 民间投资项目占比底线是多少', F('新出让工业用地中民间投资项目比重不低于70%', pct(70)), 'target', 'after-other', 'two-digit-year');
s('target', 'HZ24', '杭州24年要优化的要素保障清单 是几张', F('优化8个重点领域政策包和4张要素保障清单', [4, '张']), 'target', 'second-of-pair', 'two-digit-year', 'short');
s('target', 'HZ24', '前年杭州拓市场 要参加的境外展会不少于多少场', F('组织外贸团组150个,参加境外展会100场以上', [100, '场']), 'target', 'second-of-pair', 'relative-year');
s('target', 'HZ24', '杭州24年升级改建文广旅游网 要建成几个网站', F('升级改建杭州文广旅游网,建成7个语种9个网站的网络宣传矩阵', [9, '个']), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'HZ24', '杭州24年碳达峰试点 绿色低碳工厂(市级及以上)要创几家', F('创建市级以上绿色低碳工业园区2个、工厂100家', [100, '家']), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'HZ24', '杭州24年国家重点研发、省重大攻关、市重点攻关项目 各要实施多少项', F('实施国家重点研发项目、省重大攻关项目、市重点攻关项目各100项以上', [100, '项']), 'target', 'after-other', 'two-digit-year', 'long');
s('target', 'HZ24', '杭州24年区、县(市)那一级安排的重点建设实施项目 一年计划投多少亿', F('各区、县(市)安排重点建设实施项目666个,年度计划投资1364.6亿元', [1364.6, '亿元']), 'target', 'second-of-pair', 'two-digit-year', 'long');
s('target', 'HZ24', '前年杭州那786个重点建设实施项目 年度计划投资合计多少', F('建成项目130个,年度计划投资2068.5亿元', [2068.5, '亿元']), 'target', 'after-other', 'relative-year');
s('target', 'HZ24', '杭州24年科技创新强基领域 投资占比才多少', F('年度计划投资29.5亿元,投资占比1.4%', pct(1.4)), 'target', 'third-in-list', 'two-digit-year', 'short');
s('target', 'HZ24', '杭州24年重点建设里水网提升安澜 投资占比几个点', F('年度计划投资60.4亿元,投资占比2.9%', pct(2.9)), 'target', 'third-in-list', 'two-digit-year');
s('target', 'HZ24', '前年杭州城镇有机更新领域 投资占全市重点建设的比重', F('年度计划投资171.4亿元,投资占比8.3%', pct(8.3)), 'target', 'third-in-list', 'relative-year');
// 拱墅 2023 report: 2022 results (拱墅22年 / 四年前) and 2023 plan (拱墅23年 / 三年前)
s('figure', 'GS23', '拱墅22年省重大新建项目 开工率是多少', F('省重大新建项目开工率达100%', pct(100)), 'after-other', 'two-digit-year', 'short');
s('figure', 'GS23', '拱墅四年前 每万老人拥有的持证助老员 有几名', F('每万老人拥有持证助老员数达26名', [26, '名']), 'after-other', 'relative-year');
s('figure', 'GS23', '拱墅22年建的小微修复示范点 几个', F('建设湿地保护小区2处、小微修复示范点10个', [10, '个']), 'second-of-pair', 'two-digit-year', 'short');
s('target', 'GS23', '拱墅23年的留用地项目 计划投用几个', F('开工留用地项目3个、投用5个', [5, '个']), 'target', 'second-of-pair', 'two-digit-year', 'short');
s('target', 'GS23', '三年前拱墅要完成的海绵区域建设 占建成区多少', F('森林覆盖率稳定在24.5%以上,完成建成区3%以上海绵区域建设', pct(3)), 'target', 'second-of-pair', 'relative-year');
s('target', 'GS23', '拱墅23年 省级五星级社区服务空间打算打造几个', F('打造省级五星级社区服务空间1个', [1, '个']), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'GS23', '三年前拱墅 高龄独居老人“安居守护”工程 要覆盖多少户', F('家庭养老床位550张以上,完成2000户高龄独居老人“安居守护”工程', [2000, '户']), 'target', 'after-other', 'relative-year');
// 钱塘 2025 report: 2024 results (钱塘24年 / 前年)
s('figure', 'QT25', '钱塘24年那101个市重点项目 投资完成率超过多少', F('101个市重点项目投资完成率超180%', pct(180)), 'third-in-list', 'two-digit-year');
s('figure', 'QT25', '钱唐前年办的国际国内赛事 有多少场', F('成功举办全国轮滑锦标赛等国际国内赛事50余场', [50, '场']), 'after-other', 'relative-year', 'typo', 'short');
// 钱塘 2021 report: 新区成立以来, the 十四五 targets
s('figure', 'QT21', '钱塘新区成立以来 生物医药产值占全市比重超过多少', F('生物医药产业产值占全市比重超过50%', pct(50)), 'second-of-pair');
s('figure', 'QT21', '钱塘新区挂牌后 年经营性收入20万元以下的村 消薄了几个', F('完成年经营性收入20万元以下行政村消薄3个', [3, '个']), 'second-of-pair');
s('target', 'QT21', '钱塘十四五末 国家高企数量要突破多少家', F('国家高新技术企业数量突破1200家', [1200, '家']), 'target', 'after-other', 'plan-period', 'abbreviation', 'short');
s('target', 'QT21', '钱塘到十四五末 整理腾出的土地要有多少亩', F('新增各类保障性住房5万套,整理腾出土地5000亩以上', [5000, '亩']), 'target', 'after-other', 'plan-period', 'short');
s('target', 'QT21', '錢塘“十四五”營商環境便利度 目標定到多少', F('营商环境便利度达到90%', pct(90)), 'target', 'after-other', 'plan-period', 'traditional', 'short');
// 拱墅 2025 newspaper report (line fragments): 2025 plan (去年)
s('target', 'GS25', '拱墅去年安排的政府投资项目 当年投资要到多少亿', F('558个,实现当年投资75.7亿', [75.7]), 'target', 'second-of-pair', 'relative-year', 'fragment-source');

// ---- 2. English single-turn questions -------------------------------------------------------------------------------
e('figure', 'HZ24', 'Hangzhou, end-2023: registered business entities in total?', F('在册市场经营主体总量187.5万户', [187.5, '万户']), 'year', 'short');
e('figure', 'HZ24', "work-safety sweep of hangzhou's city operations in 2023 — sites checked, cumulatively?", F('累计检查点位(场所)25.1万处', [25.1, '万处']), 'year', 'lowercase');
e('target', 'HZ24', 'hz 2024 plan — provincial modern-service innovation zones to lift, how many?', F('国家物流枢纽等国家级试点建设,高标准推动18家省级现代服务业创新发展区提质增效', [18, '家']), 'year', 'lowercase', 'abbreviation');
e('target', 'HZ24', "Hangzhou's culture-and-tourism web portal rebuild in 2024: in how many languages?", F('升级改建杭州文广旅游网,建成7个语种', [7, '个']), 'year');
e('target', 'HZ24', "Hangzhou 2024, the '8+4' policy system: key-sector policy packages to refine — number?", F('优化8个重点领域政策包', [8, '个']), 'year', 'mixed-script');
e('figure', 'HZ24', 'hangzho finance sector, 2023 — value-added growth?', F('金融产业增加值2492亿元,增长7.7%', pct(7.7)), 'year', 'lowercase', 'typo', 'short');
e('figure', 'GS23', "Gongshu '22: financial-instrument quota it applied for, in 100m yuan?", F('申请金融工具额度13.46亿元', [13.46, '亿元']), 'two-digit-year', 'pinyin', 'short');
e('figure', 'GS23', 'gongshu 2022 river upkeep: overall cleaning efficiency rose by what %?', F('河道整体保洁效率提高250%', pct(250)), 'year', 'lowercase', 'pinyin');
e('figure', 'GS23', 'Resettlement-housing projects Gongshu kept building through 2022 — number?', F('统筹推进51个安置房项目续建', [51, '个']), 'year', 'pinyin');
e('figure', 'GS23', 'gongshu 2022: community development foundations set up at district + street level?', F('成立区级及街道级社区发展基金会2家', [2, '家']), 'year', 'lowercase', 'pinyin');
e('figure', 'GS23', 'How many charity trusts (student aid, hardship relief, veterans) did Gongshu launch in 2022?', F('启动助学、助困、崇军关爱等5个慈善信托项目', [5, '个']), 'year', 'pinyin', 'long');
e('target', 'GS23', 'Gongshu 2023 plan: skilled-talent training goal, at least how many?', F('等各类人才队伍发展壮大,培养高技能人才3000人以上', [3000, '人']), 'year', 'pinyin', 'short');
e('target', 'GS23', 'gs 2023 — distributed PV to develop, in kW?', F('完成分布式光伏项目开发1万千瓦', [1, '万千瓦']), 'year', 'lowercase', 'abbreviation', 'short');
e('target', 'GS23', "gongshu '23: embedded sports facilities to push ahead — floor area?", F('推进3.5万平方米嵌入式体育场地设施建设', [3.5, '万平方米']), 'two-digit-year', 'lowercase', 'pinyin', 'short');
e('figure', 'GS23', 'services value added, Gongsu, 2022 — up how much?', F('服务业增加值增长1.5%', pct(1.5)), 'year', 'typo', 'short');
e('target', 'GS23', "Gongshu's 2023 law-enforcement reform: street-level demo sites (Gongchenqiao among them) to build on — how many?", F('总结提升拱宸桥等6个街道示范点创建成效', [6, '个']), 'year', 'pinyin', 'long');
e('target', 'GS23', "gongshu '23 grassroots smart-governance system — how many 'tracks' was it to build?", F('平安法治、公共服务4条跑道', [4, '条']), 'two-digit-year', 'lowercase', 'pinyin');
e('target', 'GS25', 'gongshu 2025: burden relief for businesses, at least how much?', F('负30亿元以上', [30, '亿元']), 'year', 'lowercase', 'pinyin', 'fragment-source', 'short');
e('target', 'GS25', "Gongshu '25 — proactive push rate for new policies on its policy supermarket, target?", F('升至96%', pct(96)), 'two-digit-year', 'pinyin', 'fragment-source');
e('target', 'GS25', 'gongshu 2025: invention-patent holdings per 10k people — goal?', F('人拥有量58件以上', [58, '件']), 'year', 'lowercase', 'pinyin', 'fragment-source', 'short');
e('target', 'GS25', 'Overseas invention-patent filings Gongshu is aiming for in 2025?', F('专利申请量达到90件以上', [90, '件']), 'year', 'pinyin', 'fragment-source', 'short');
e('target', 'GS25', 'gongshu 2025 plan: land for commercial use to be sold, in mu?', F('让经营性用地628亩、工业用', [628, '亩']), 'year', 'lowercase', 'pinyin', 'fragment-source', 'short');
e('figure', 'QT25', "qiantang '24 — hukou residents' take-up of basic medical cover?", F('基本医疗保险户籍人口参保率达99%以上', pct(99)), 'two-digit-year', 'lowercase', 'pinyin');
e('figure', 'QT21', 'Qiantang New Area, 2020: share of district-level rivers at Class IV or better?', F('2020年70%以上的区级河道达到四类及以上水质', pct(70)), 'year', 'pinyin');
e('target', 'QT21', "qiantang's 2021 goal for digital-economy core industry value added?", F('数字经济核心产业增加值增长12%', pct(12)), 'year', 'lowercase', 'pinyin', 'short');
e('target', 'QT21', "Qiantang, end-14th FYP: where should it sit in the province's 'Ping'an Zhejiang' ranking?", F('“平安浙江”考核成绩稳居全省前20位', [20, '位']), 'plan-period', 'abbreviation', 'pinyin', 'rank');
e('figure', 'FJ26', 'fujian 2025: how many measures in its AI industry and applications policy?', F('出台推动人工智能产业发展和赋能应用10条措施', [10, '条']), 'year', 'lowercase', 'abbreviation');
e('figure', 'JS25', "jiangsu's 2025 report rallies the strength of how many million Jiangsu people?", F('只要我们勠力同心汇聚8500万江苏人民的奋进力量', [8500, '万']), 'year', 'lowercase');
e('target', 'SD25', "shandong 2025: key items under its 'efficiently get one thing done' reform — how many?", F('抓好企业迁移登记、就医费用报销、教育入学等100个重点事项', [100, '个']), 'year', 'lowercase');
e('figure', 'GD26', 'guangdong across 2021–25: PM2.5 annual average held at around what level?', F('年平均浓度保持在20微克/立方米左右', [20]), 'five-year-review', 'plan-period', 'lowercase', 'mixed-script');
e('target', 'GD25', "gd '25 goal: share of national-assessment water sections rated good — keep it above?", F('确保国考断面水质优良率稳定在90%以上', pct(90)), 'two-digit-year', 'lowercase', 'abbreviation');
e('target', 'CN22', 'state council, 2022 plan: how much new high-standard cropland?', F('加强中低产田改造,新建1亿亩高标准农田', [1, '亿亩']), 'year', 'lowercase', 'short');
e('figure', 'AH25', 'anhui 2024, wanbei cluster push: new 100m-yuan-plus manufacturing projects started?', F('新开工亿元以上制造业项目562个', [562, '个']), 'year', 'lowercase', 'pinyin');
e('figure', 'YN25', "yunnan 2024: the Shanghai–Yunnan park co-building scheme is '16+' what?", F('构建沪滇“16+16”园区共建体系', [16]), 'year', 'lowercase', 'number-name', 'short');
e('figure', 'FJ26', 'fujian, 2021–25: how many more of its manufacturing clusters earned national "advanced" status?', F('支柱产业规模不断壮大,新增2个国家先进制造业集群', [2, '个']), 'five-year-review', 'plan-period', 'lowercase', 'abbreviation');
e('figure', 'SD26', "shandong's 2025 trade-in push: funds put in, roughly?", F('推进以旧换新扩围提质,落实资金280多亿元', [280, '亿元']), 'year', 'lowercase', 'short');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('dazhou 2025 gdp growth?', 'nf-place', 'year', 'lowercase', 'pinyin', 'short');
nfe('Huludao: 2024 cargo handled at its ports?', 'nf-place', 'year', 'pinyin', 'short');
nfe('zhejiang industrial output in 1964', 'nf-year', 'year', 'lowercase', 'short');
nfe('How many mahjong parlours are licensed in Hangzhou?', 'nf-indicator', 'short');

// ---- 4. trends and comparisons -------------------------------------------------------------------------------------
f('trend', 'trend-ask', ['HZ24'], '杭州新建标准厂房 23年完成了年度目标的百分之几 24年又计划新增多少万平方米', F(['其中新建796.3万平方米,完成年度目标的199.1%', '低效工业用地15000亩、新增标准厂房400万平方米以上'], pct(199.1), [400, '万平方米']), 'result-then-plan', 'year-compare', 'two-digit-year');
f('trend', 'trend-ask', ['HZ24'], '杭州盘活低效工业用地 三年前是年度目标的百分之多少 前年又定了多少亩', F(['共盘活低效工业用地1.3万亩,完成年度目标的130%', '力争全年盘活低效工业用地15000亩'], pct(130), [15000, '亩']), 'result-then-plan', 'year-compare', 'relative-year');
f('trend', 'trend-ask', ['HZ24'], '杭州全国健康城市建设样板市 截至23年是连着第几年', F('连续三年被评为全国健康城市建设样板市'), 'streak', 'two-digit-year', 'short');
f('trend', 'trend-ask', ['QT25'], '钱塘的健康浙江、健康杭州考核 到前年连续几年拿优秀', F('健康浙江、健康杭州考核连续六年取得优秀'), 'streak', 'relative-year');
f('trend', 'trend-ask', ['QT25'], '钱塘经开区综合考评 进全国前十已经连着几年了 算到24年', F('经开区综合考评连续五年位列全国前十'), 'streak', 'two-digit-year');
f('trend', 'trend-ask', ['QT25'], '钱塘24年全省投资“赛马”激励 连拿了几个季度', F('连续两个季度获全省投资“赛马”激励'), 'streak', 'two-digit-year', 'short');
f('trend', 'trend-ask', ['QT25'], '钱塘前年“企呼我应”闭环解决的典型案例 连续入选了几个季度', F('连续三个季度入选全省“企呼我应”涉企问题高效闭环解决典型案例'), 'streak', 'relative-year');
f('trend', 'trend-ask', ['QT25'], '钱塘市级未来工厂的累计认定数 全市第一保持几年了 截至前年', F('累计数量连续三年保持全市第一'), 'streak', 'relative-year');
f('comparison', 'comparison-ask', 'GS23', '拱墅22年完成情况表 生命健康产业和文化产业增加值 哪个离目标差得远 各差几个点', F(['低于目标1.6个百分点', '低于目标6.8个百分点'], [1.6], [6.8]), 'same-report', 'two-digit-year', 'which-higher', 'table-source', 'long');
f('comparison', 'comparison-ask', 'GS23', '四年前拱墅新增国家高企和新增市级高层次人才 哪项完成率更高', F(['114.18%', '143.5%'], pct(114.18), pct(143.5)), 'same-report', 'relative-year', 'which-higher', 'table-source');
f('comparison', 'comparison-ask', 'HZ24', '前年杭州重点建设项目里 清洁能源保供跟文化旅游融合 投资计划差多少', F(['光伏复合发电等共计7个实施项目,年度计划投资14.8亿元', '等共计24个实施项目,年度计划投资42.2亿元'], [14.8, '亿元'], [42.2, '亿元']), 'same-report', 'two-digit-year', 'difference');
f('comparison', 'comparison-ask', 'HZ24', '前年杭州水网提升安澜跟农业农村优先比 哪个领域年度计划投资大', F(['等共计20个实施项目,年度计划投资60.4亿元', '等共计7个实施项目,年度计划投资8.4亿元'], [60.4, '亿元'], [8.4, '亿元']), 'same-report', 'relative-year', 'which-higher');
f('comparison', 'comparison-ask', ['GS25', 'QT21'], '拱墅25年R&D投入占GDP的目标 跟钱塘十四五末研发支出占比的目标 差几个点', F(['至1.15%以上', '研发经费支出占GDP比重达到4.5%以上'], pct(1.15), pct(4.5)), 'two-places', 'plan-period', 'two-digit-year', 'mixed-script', 'difference', 'fragment-source');
f('comparison', 'comparison-ask', 'GS25', '拱墅去年高新区的高新技术产业投资和制造业投资 占全区比重各要超过多少 哪个高', F(['术产业投资比重超过78%、制', '造业投资比重超过92%、规上'], pct(78), pct(92)), 'same-report', 'relative-year', 'which-higher', 'fragment-source');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'HZ24', '杭州24年市本级政府投资 前期、新开工、续建、决算四类 挨个报数', F('其中:前期项目195个,新开工项目118个,续建项目183个,决算项目38个', [195, '个'], [118, '个'], [183, '个'], [38, '个']), 'two-digit-year', 'colloquial');
f('multi', 'multi-ask', 'GS25', '拱墅去年 规上工业研发费用占营收、高新技术产业增加值占规上工业 这两个比重的目标分别多少', F(['比重达到6%以上,高新技术', '值比重达到86%以上'], pct(6), pct(86)), 'relative-year', 'fragment-source', 'long');
f('multi', 'multi-ask', 'GS25', '拱墅25年高新区 总营收和总税收 各定了多少', F('现总营收650亿元,总税收65', [650, '亿元'], [65]), 'two-digit-year', 'fragment-source', 'short');
f('multi', 'multi-ask', 'GS25', '拱墅去年高新区 亿元以上新签约项目和开工数量、规上工业增加值 占全区比重各要超过多少', F(['占全区比重超过60%、高新技', '工业增加值比重超过76%、数'], pct(60), pct(76)), 'relative-year', 'fragment-source', 'long');
f('multi', 'multi-ask', 'GS23', '拱墅22年完成情况表里 加梯、新增就业、认知症照护床位 三项完成率各是多少', F(['102.5%', '113.3%', '101.1%'], pct(102.5), pct(113.3), pct(101.1)), 'two-digit-year', 'table-source', 'long');
f('multi', 'multi-ask', 'GS25', '拱墅25年新一轮大城北开发 提升项目几个 开发建成率冲到多少', F(['基础设施提升项目77个,开发', '建成率达到80%以上,推动大'], [77, '个'], pct(80)), 'two-digit-year', 'fragment-source', 'colloquial');
f('overview', 'overview-ask', 'CN25', "china's 2024 economy in one line, going by the state council's 2025 report", { ...F('国内生产总值达到134.9万亿元、增长5%'), lead: 134.9 }, 'en', 'year', 'lowercase');
f('overview', 'overview-ask', 'GS25', '拱墅去年一季度 经济大面上咋样 简单说两句', { ...F('年同期,GDP增长4.6%,规上'), lead: 4.6 }, 'relative-year', 'fragment-source', 'colloquial', 'short');
f('outline', 'outline-ask', 'CN24', '国务院24年报告 那年政府工作任务拆成几条 标题逐个念', O('CN24'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'GD26', 'guangdong 2026 to-do list: headings only, top to bottom', O('GD26'), 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'ZJ26', '浙江今年报告里 十条“着力”开头的工作 依次列一下', O('ZJ26'), 'relative-year', 'colloquial');
f('outline', 'outline-ask', 'BJ25', "beijing's 2025 report: what are the key-task sections for the year?", O('BJ25'), 'en', 'year', 'lowercase');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('内江去年的规上工业增加值增速', 'nf-place', 'relative-year', 'short');
nf('平顶山25年原煤产量多少万吨', 'nf-place', 'two-digit-year', 'short');
nf('三门峡前年游客接待量 有出处的话一并给', 'nf-place', 'relative-year', 'long');
nf('鸡西今年准备动工的亿元以上项目 数量多少', 'nf-place', 'relative-year');
nf('庆阳24年粮食产了多少 报告里有数吗', 'nf-place', 'two-digit-year');
nf('铜仁去年城镇新增就业人数', 'nf-place', 'relative-year', 'short');
nf('鹰潭25年财政收入(一般公共预算)是多少', 'nf-place', 'two-digit-year', 'short');
nf('荆门今年的GDP增长目标定了多少', 'nf-place', 'relative-year', 'mixed-script');
nf('江苏1957年粮食产量有多少', 'nf-year', 'year', 'short');
nf('1963年浙江财政收入是多少', 'nf-year', 'year', 'short');
nf('山东1970年的工业总产值', 'nf-year', 'year', 'short');
nf('杭州剧本杀门店有多少家', 'nf-indicator', 'short');
nf('上海去年狂犬疫苗接种了多少人次', 'nf-indicator', 'relative-year');
nf('广东去年考驾照的有多少人 报告里查得到吗', 'nf-indicator', 'relative-year', 'long');

// ---- 1. conversations, 2–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('福建24年开工改造的老旧小区 有多少万户'),
  T('杭州前一年改完的那批 惠及多少住户', 'figure', 'HZ24', F('完成城镇老旧小区改造269个,惠及住户近10万户', [10, '万户']), 'elliptical', 'place-switch', 'year-switch', 'relative-year', 'short'),
  T('两边户数谁多', 'comparison', ['FJ25', 'HZ24'], F(['开工老旧小区改造36万户', '完成城镇老旧小区改造269个,惠及住户近10万户'], [36, '万户'], [10, '万户']), 'elliptical', 'comparison', 'which-higher', 'short'),
]);
conv([
  T('拱墅22年社零 跟年度目标比差了几个点'),
  T("and the 2023 plan's goal on that?", 'target', 'GS23', F('社会消费品零售总额增长8%以上', pct(8)), 'elliptical', 'and-the-target', 'year-switch', 'en', 'mixed-language', 'short'),
  T('回到22年那张完成情况表 商贸业增加值比目标低了多少', 'figure', 'GS23', F('低于目标13.2个百分点', [13.2]), 'elliptical', 'year-switch', 'topic-switch', 'table-source', 'mixed-language'),
]);
conv([
  T('拱墅去年那份报告 重点工作分几块 先列个目录'),
  T('第3块 产城融合那部分 数字经济核心产业的规上企业要新增几家', 'target', 'GS25', F('业企业30家,数字经济核心产', [30, '家']), 'elliptical', 'after-outline', 'fragment-source'),
  T('生产性服务业占服务业的比重呢', 'target', 'GS25', F('服务业增加值比重达到62%', pct(62)), 'elliptical', 'after-outline', 'fragment-source', 'short'),
  T('倒回第2块 科技创新那块 引育科技企业定了多少家', 'target', 'GS25', F('突破亿元,引育科技企业100', [100]), 'elliptical', 'after-outline', 'fragment-source'),
]);
conv([
  T('拱墅23年打算新开几家“阳光食堂”'),
  T('不是这个 我想问打造几个特色专科', 'target', 'GS23', F('提升改造3家社区卫生服务中心、2家站点,打造14个特色专科', [14, '个']), 'elliptical', 'self-correction', 'indicator-correction', 'short'),
  T('回头看22年那张表 数字经济核心产业没完成 企业增长面才多少', 'figure', 'GS23', F('受疫情反复及经济下行等因素影响,企业增长面仅为50%左右', pct(50)), 'elliptical', 'year-switch', 'topic-switch', 'table-source'),
]);
conv([
  T('杭州23年建了几处湿地保护小区'),
  T('记岔了 湿地保护小区是拱墅的 拱墅22年建了几处', 'figure', 'GS23', F('建设湿地保护小区2处', [2, '处']), 'elliptical', 'self-correction', 'place-switch', 'two-digit-year'),
]);
conv([
  T('钱塘那份图解报告里 十四五生态类的目标有哪些'),
  T('市控以上断面要多大比例达到III类', 'target', 'QT21', F('优良天数比率达到90%以上,市控以上断面100%达到或优于', pct(100)), 'elliptical', 'topic-switch', 'plan-period', 'short'),
  T('生活垃圾分类覆盖面呢 和这个一样吗', 'comparison', ['QT21'], F(['优良天数比率达到90%以上,市控以上断面100%达到或优于', '生活垃圾分类覆盖面达到100%'], pct(100)), 'elliptical', 'comparison', 'equal', 'plan-period'),
]);
conv([
  T('What GDP growth did Qiantang pencil in for 2021?'),
  T('高新技术产业增加值 那年目标呢', 'target', 'QT21', F('高新技术产业增加值增长7%', pct(7)), 'elliptical', 'topic-switch', 'mixed-language', 'short'),
  T('and by the close of the 14th FYP — pension insurance take-up rate it aims for?', 'target', 'QT21', F('基本养老保险参保率达到99%', pct(99)), 'elliptical', 'year-switch', 'plan-period', 'en', 'mixed-language', 'abbreviation'),
]);
conv([
  T('钱塘25年要新增培育多少家出口主体'),
  T('黄石同年呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('行吧 还是钱塘 那年省级现代化美丽城镇示范镇要新增几个', 'target', 'QT25', F('新增省级现代化美丽城镇示范镇1个', [1, '个']), 'elliptical', 'after-not-found', 'topic-switch'),
]);
conv([
  T('杭州24年计划安排的市重点建设项目 一共多少个'),
  T('其中预备项目呢', 'target', 'HZ24', F('其中实施项目786个,预备项目95个', [95, '个']), 'elliptical', 'topic-switch', 'short'),
  T('拱墅22年完成情况表里 金融产业增加值离目标差多少', 'figure', 'GS23', F('低于目标0.7个百分点', [0.7]), 'no-inherit', 'topic-switch', 'place-switch', 'table-source', 'two-digit-year'),
]);
conv([
  T('拱墅23年计划新增几家省级专精特新企业'),
  T('到25年那份报告里 这个数定到多少', 'trend', ['GS23', 'GS25'], F(['省级专精特新企业10家', '30家以上'], [10, '家'], [30, '家']), 'elliptical', 'from-to', 'year-switch', 'fragment-source'),
  T('同一份里 “国高企”要新增多少家', 'target', 'GS25', F('企”100家,新增国家级专精', [100, '家']), 'elliptical', 'topic-switch', 'fragment-source', 'short'),
]);
conv([
  T('拱墅25年高新区 总营收要做到多少'),
  T('生命健康产业增加值那项呢', 'target', 'GS25', F('比重超过58%、上市企业和高', pct(58)), 'elliptical', 'topic-switch', 'fragment-source', 'short'),
  T('跟上市企业和高企数量的占比比 哪个高', 'comparison', ['GS25'], F(['比重超过58%、上市企业和高', '新技术企业数量占全区50%以'], pct(58), pct(50)), 'elliptical', 'comparison', 'compare-with', 'which-higher', 'fragment-source'),
]);
conv([
  T('前年杭州科技创新强基那个领域 排了几个实施项目'),
  T('年度计划投资多少亿', 'target', 'HZ24', F('共计16个实施项目,年度计划投资29.5亿元', [29.5, '亿元']), 'elliptical', 'topic-switch', 'short'),
  T('交通强省那块 投资占比是多少', 'target', 'HZ24', F('年度计划投资429.5亿元,投资占比20.8%', pct(20.8)), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('拱墅25年要开工的重点项目 几个'),
  T('加快建设的呢', 'target', 'GS25', F('都等64个重点项目,投用华东', [64, '个']), 'elliptical', 'topic-switch', 'fragment-source', 'short'),
  T('再加上投用的那批 三类合起来多少个', 'comparison', ['GS25'], F(['产业园等14个重点项目,加快', '都等64个重点项目,投用华东', '医药生物创新智造中心等30'], [14, '个'], [64, '个'], [30]), 'elliptical', 'comparison', 'sum', 'fragment-source'),
]);
conv([
  T('杭州23年地铁口新增非机动车停放点多少处'),
  T('停车位加了多少个', 'figure', 'HZ24', F('新增地铁口非机动车停放点127处、停车位18288个', [18288, '个']), 'elliptical', 'topic-switch', 'short'),
  T('“共停共享”补的泊位比这少多少', 'comparison', ['HZ24'], F(['停放点127处、停车位18288个', '补充地铁口非机动车泊位资源1700个'], [18288, '个'], [1700, '个']), 'elliptical', 'comparison', 'difference', 'short'),
]);
conv([
  T('拱墅22年实际利用外资 完成了年度目标的百分之几'),
  T('省科技型中小企业那行呢', 'figure', 'GS23', F('258.43%', pct(258.43)), 'elliptical', 'topic-switch', 'table-source', 'short'),
  T('新增停车泊位的完成率多少', 'figure', 'GS23', F('415.4%', pct(415.4)), 'elliptical', 'topic-switch', 'table-source', 'short'),
  T('到23年计划里 停车泊位打算再新增多少个', 'target', 'GS23', F('新增地下空间50万平方米、停车泊位5000个', [5000, '个']), 'elliptical', 'year-switch', 'and-the-target', 'two-digit-year'),
]);
conv([
  T('钱塘24年新认定的国高企有多少'),
  T('共富农房租成交签约量多少', 'figure', 'QT25', F('加大共富农房租应用推广力度,成交签约量超3.9万单', [3.9, '万单']), 'elliptical', 'topic-switch', 'short'),
  T('全国综保区创新发展案例 新入选几项', 'figure', 'QT25', F('新入选全国综保区创新发展案例3项', [3, '项']), 'elliptical', 'topic-switch', 'short'),
  T('再看25年的安排 智慧化社区卫生服务站要改扩建几家', 'target', 'QT25', F('完成智慧化社区卫生服务站改扩建5家', [5, '家']), 'elliptical', 'year-switch', 'and-the-target', 'two-digit-year'),
]);
conv([
  T('浙江25年要新改建多少家家门口青少年宫'),
  T("and provincial SOEs' R&D spending — growth to beat the provincial average by how many points?", 'target', 'ZJ25', F('省属国有企业研发投入年均增幅高于全省平均2个百分点以上', [2]), 'elliptical', 'topic-switch', 'en', 'mixed-language', 'abbreviation'),
  T('翻到26年那份 去年提请人大审议通过的地方性法规几件', 'figure', 'ZJ26', F('《浙江省海洋经济高质量发展促进条例》等9件地方性法规提请人大审议通过', [9, '件']), 'elliptical', 'year-switch', 'mixed-language'),
]);
conv([
  T('湖南25年要在种源、医疗、计算这些方面突破多少项关键技术'),
  T('那个科创工程 叫“4+几”', 'target', 'HN25', F('着力提升“4+4科创工程”平台能级', [4]), 'elliptical', 'topic-switch', 'number-name', 'mixed-script', 'short'),
  T("and Jilin's 2025 plan: besides the Changbai expressways, which G-road is it speeding up? G-what?", 'target', 'JL25', F('松江河至长白高速和G331公路等项目建设', [331]), 'elliptical', 'place-switch', 'en', 'mixed-language', 'number-name'),
]);
conv([
  T('国务院22年报告 回顾前一年GDP增长多少'),
  T('下一份报告里 22年全年增值税留抵退税退了多少', 'figure', 'CN23', F('全年增值税留抵退税超过2.4万亿元', [2.4, '万亿元']), 'elliptical', 'year-switch', 'two-digit-year'),
]);
conv([
  T('杭州23年老年学校添了几所'),
  T('那年入选省级生物多样性体验地的有几个', 'figure', 'HZ24', F('杭州植物园等4个体验地入选省级生物多样性体验地', [4, '个']), 'elliptical', 'topic-switch'),
  T('村集体经营性收入过50万元的行政村 占比多少', 'figure', 'HZ24', F('集体经营性收入50万元以上行政村占比达96.6%', pct(96.6)), 'elliptical', 'topic-switch'),
  T('放到24年计划 “一园一主业”特色产业平台要创建几个', 'target', 'HZ24', F('创建“一园一主业”特色产业平台15个以上', [15, '个']), 'elliptical', 'year-switch', 'and-the-target', 'two-digit-year'),
]);
conv([
  T('钱塘25年要落地几个10亿元以上项目'),
  T('签约那头 10亿元以上和亿元以上的 各定了几个', 'multi', 'QT25', F('10亿元以上项目20个、亿元以上项目100个', [20, '个'], [100, '个']), 'elliptical', 'multi', 'topic-switch'),
  T('综保区全国绩效考评那年要保在前百分之几', 'target', 'QT25', F('综保区全国绩效考评保持全国前20%', pct(20)), 'elliptical', 'topic-switch', 'rank'),
]);
conv([
  T('安徽26年那份报告 省长哪天作的'),
  T('安徽日报几号登的全文', 'figure', 'AH26', F('时间:2026-02-11', [11]), 'elliptical', 'publication-date', 'short'),
  T('浙江日报登26年那份是哪天 谁先见报', 'comparison', ['AH26', 'ZJ26'], F(['时间:2026-02-11', '时间:2026-01-22'], [11], [22]), 'elliptical', 'comparison', 'place-switch', 'publication-date', 'which-earlier', 'two-digit-year'),
]);

// ---------------------------------------------------------------------------------------------------------------
// The Chinese multi-figure part: its first figure is the asked one and must not be the first number of its report
// sentence (years and dates aside), or the case measures nothing the single-figure sets do not.
checkAskedFigureNotFirst(cases);

// Split as fresh-ab, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'ac', last: 'ab' });
