#!/usr/bin/env node
// Writes the fresh-ad sets: eval/fresh-ad/ad-tune.jsonl and eval/fresh-ad/ad-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-ad/make.mjs [--check]
//
// An eighteenth held-out question set written BEFORE any fix, as fresh-m … fresh-ac, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording and without running the bot to choose or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports), with wording other than fresh-s's … fresh-ac's (other follow-up phrasings, verbs, fragments,
// typos, traditional characters, mixed scripts, short and long asks). Seventeen sets have mined this corpus: the free
// figures left are mostly the seed corpus's (杭州 2024's plan-indicator line, its awards and its annex shares, 拱墅 2023's
// 2022 完成情况 table gaps and plan lines, 钱塘 2025 and 2021, the 拱墅 2025 newspaper's line fragments and its page jump),
// number names (“146”, “55830”, “1+4+N”, “1131”, “3815”, “7+N”, “135”, “132”, G60, F1, N2, 6G, 20号线 / 21号线, 104 / 320国道),
// a dateline, years (2022年度, 2029, 2030 / 2033) and streaks written in Chinese numerals; so this set also asks, for the
// first time since fresh-e, `entity` facts (what was approved, opened, listed, named; cite only, no figure), and takes
// a few figures earlier sets asked only in an unscored first turn or only as a level (tags `earlier-first-turn`,
// `level-asked`). Six parts:
//   1. conversations of 2–4 turns (every later turn scored): 医学所那年批成了什么 → "and Westlake Uni …?" / 其中约束性的呢 →
//      没达标的那几项里 有没有 … → 民间投资那项呢 / 那涨幅呢 → 钱塘24年 … 跟这个比哪个高 / 不对 我要问的是北京 … (a place
//      self-correction) / 不对 是26年报告里提到的那个 (a year self-correction) / 第6块 文化那块 … → 第8块 城市治理那块 … (after
//      an outline) / 忻州同一年有没有 (a scored not-answerable turn) → 算了 回到钱塘 … / a complete new question after a thread
//      (no-inherit) / "and the target for the following year?" / 北京通州站呢 / 两件事里都有龙岩吗 / en → zh and zh → en threads;
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin, typos, abbreviations),
//      4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure (checked here: not the first number of its report sentence, years aside);
//   4. trends (streaks written in Chinese numerals, cited without a figure; a plan in one report and its result in the
//      next) and A vs B comparisons (two rows of one table, two places' number names, two periods of one annex line);
//   5. several indicators in one ask (multi), two overviews and four outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-05: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-ac: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-ac, plus the
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
// kinds as fresh-ac: second-of-pair, after-other, third-in-list, report-date, number-name; new: year-ask (a 年度 after
// another number), fraction (the denominator of “1/3”, “1/10”)
s('figure', 'CN22', '22年国务院工作报告 人代会上是3月几号作的', F('——2022年3月5日在第十三届全国人民代表大会第五次会议上', [5]), 'date', 'report-date', 'two-digit-year', 'short');
s('figure', 'GS23', '拱墅那份22年执行情况、23年计划的报告 网页上的生成日期是5月几号', F('生成日期2023-05-11发布日期', [11]), 'date', 'report-date', 'two-digit-year', 'long');
// 杭州 2024 report: 2023 results (杭州23年 / 三年前 / 亚运那年) and 2024 plan with its annex (杭州24年 / 前年)
s('figure', 'HZ24', '三年前杭州的37项计划指标里 预期性的占几项', F('从全年计划指标完成情况看,37项指标,包括32项预期性指标', [32, '项']), 'second-of-pair', 'relative-year');
s('figure', 'HZ24', '杭州23年计划指标里 没达到目标、还有差距的 有几项', F('可以达到或超过年初确定的目标,6项指标距离目标还有差距', [6, '项']), 'after-other', 'two-digit-year');
s('figure', 'HZ24', '亚运那年杭州GDP跨进了几万亿方阵', F('增速高于全国0.4个百分点,成功进入“2万亿方阵”', [2]), 'number-name', 'after-other', 'event-year', 'short');
s('figure', 'HZ24', '杭州23年的成绩单里 服务外包示范城市综合评价全国第一 是哪个年度的评价', F('全国首创数字自贸区制度型开放23项举措,杭州在2022年度中国服务外包示范城市综合评价中位列全国第一', [2022]), 'year-ask', 'after-other', 'two-digit-year');
s('figure', 'HZ24', '三年前杭州有4家企业进了“全国文化企业几十强”', F('4家企业入选“全国文化企业30强”', [30]), 'number-name', 'second-of-pair', 'relative-year', 'short');
s('figure', 'HZ24', '杭州23年那3个省级生物多样性优秀案例里 评上全国优秀案例的几个', F('位居全省第一,其中1个案例被评为全国优秀案例', [1, '个']), 'third-in-list', 'two-digit-year');
s('figure', 'HZ24', '亚运那年杭州改造二次供水设施 惠及多少万户居民', F('二次供水设施改造完成303个,惠及居民家庭16万余户', [16, '万户']), 'second-of-pair', 'two-digit-year', 'short', 'earlier-first-turn');
s('figure', 'HZ24', '杭州23年货物出口 同比涨了几个点', F('货物出口总额5338.7亿元,增长3.7%', pct(3.7)), 'second-of-pair', 'two-digit-year', 'colloquial', 'short', 'level-asked');
s('figure', 'HZ24', '杭州亚运那年 社零增速是多少', F('社会消费品零售总额7671亿元,增长5.2%', pct(5.2)), 'second-of-pair', 'event-year', 'abbreviation', 'short', 'level-asked');
s('figure', 'HZ24', '三年前杭州新建河湖缓冲带 一共几公里', F('“污水零直排区”提质增效,建成29.9公里河湖缓冲带', [29.9, '公里']), 'after-other', 'two-digit-year', 'short', 'earlier-first-turn');
s('figure', 'HZ24', '疫情转段那阵 杭州给60岁以上老人免费发的防疫包 一共几万份', F('向60岁以上老人免费发放“防疫包”204.8万份', [204.8, '万份']), 'after-other', 'event-year', 'earlier-first-turn');
s('target', 'HZ24', '杭州24年那批重点建设项目里 保供清洁能源的领域 投资占比几个点', F('年度计划投资14.8亿元,投资占比0.7%', pct(0.7)), 'target', 'third-in-list', 'two-digit-year');
s('target', 'HZ24', '前年杭州重点建设里农业农村优先领域 投资占比多少', F('年度计划投资8.4亿元,投资占比0.4%', pct(0.4)), 'target', 'third-in-list', 'relative-year', 'short');
s('target', 'HZ24', '杭州24年要接着擦亮的金名片 是民营企业多少强城市首位度', F('持续擦亮民营企业500强城市首位度的金名片', [500]), 'target', 'number-name', 'after-other', 'two-digit-year');
// 拱墅 2023 report: 2022 results (拱墅22年 / 四年前) and 2023 plan (拱墅23年 / 三年前)
s('figure', 'GS23', '拱墅22年一揽子稳经济政策 减负降本一共多少亿', F('办理留抵退税56.9亿元,减负降本达85.54亿元', [85.54, '亿元']), 'after-other', 'two-digit-year', 'short');
s('figure', 'GS23', '四年前拱墅助企纾困 惠及企业多少万家次', F('亿元,惠及企业137.7万家次', [137.7, '万家次']), 'after-other', 'relative-year', 'short');
s('figure', 'GS23', '拱墅22年上了全国民营企业500强的 有几家', F('华东医药、海外海集团等5家企业上榜全国民营企业500强', [5, '家']), 'after-other', 'two-digit-year', 'short');
s('figure', 'GS23', '拱墅四年前除了5家社区卫生服务中心 还有几家站点提升改造完成', F('5家社区卫生服务中心、6家站点提升改造完成', [6, '家']), 'second-of-pair', 'two-digit-year');
s('figure', 'GS23', '四年前拱墅打造的核酸采样圈 是几分钟的', F('成功打造“5分钟核酸采样圈”', [5]), 'number-name', 'after-other', 'relative-year', 'short');
s('figure', 'GS23', '四年前拱墅成立社区发展基金会那年 社区服务综合体建成了几家', F('成立区级及街道级社区发展基金会2家,建成社区服务综合体8家', [8, '家']), 'second-of-pair', 'two-digit-year', 'earlier-first-turn');
s('target', 'GS23', '拱墅23年要打造的产业体系叫“1+几”', F('围绕打造“1+4”产业体系', [4]), 'target', 'number-name', 'second-of-pair', 'two-digit-year', 'mixed-script', 'short');
s('target', 'GS23', '三年前拱墅说要深挖产业链资源的龙头企业 招商蛇口、联想之外 那个“几几同城”', F('继续深挖招商蛇口、联想、58同城等龙头企业产业链资源', [58]), 'target', 'number-name', 'after-other', 'relative-year', 'long');
// 拱墅 2025 newspaper report (line fragments): 2025 plan (去年)
s('target', 'GS25', '拱墅去年迭代升级的产业政策体系 “1+几+N”', F('迭代升级“1+4+N”产业', [4]), 'target', 'number-name', 'second-of-pair', 'relative-year', 'mixed-script', 'fragment-source', 'short');
// 钱塘 2025 report: 2024 results (钱塘24年 / 前年) and 2025 plan (25年 / 去年)
s('figure', 'QT25', '钱塘24年跟S211竞潮快速路一起稳步推进的 是几零几国道', F('S211竞潮快速路(头蓬快速路)、104国道等重大交通项目稳步推进', [104]), 'number-name', 'second-of-pair', 'two-digit-year', 'mixed-script');
s('figure', 'QT25', '钱塘前年国庆75周年那些安保之外 实质化解了几个重点风险隐患', F('等重大赛事活动维稳安保工作,推进21个重点风险隐患实质化解', [21, '个']), 'after-other', 'relative-year', 'earlier-first-turn');
s('target', 'QT25', '钱塘去年总体要求里 区委的部署叫“几几几”', F('市委打造中国式现代化城市范例工作要求和区委“146”部署要求', [146]), 'target', 'number-name', 'after-other', 'relative-year', 'short');
s('target', 'QT25', '钱塘25年主要目标里 规上工业企业的研发费用 要占到营业收入的多少以上', F('规上工业研发费用占营业收入比重超3%', pct(3)), 'target', 'after-other', 'two-digit-year');
s('target', 'QT25', '钱塘去年要培育几家市级未来工厂', F('力争数字经济核心产业占GDP比重达13%以上,培育市级未来工厂10家', [10, '家']), 'target', 'second-of-pair', 'relative-year', 'short');
s('target', 'QT25', '錢塘去年大灣區省級濕地公園 要爭創幾A級旅遊景區', F('推动大湾区省级湿地公园争创3A级旅游景区', [3]), 'target', 'number-name', 'third-in-list', 'relative-year', 'traditional', 'earlier-first-turn');
// 钱塘 2021 report: the 2035 vision and the 十四五 targets
s('target', 'QT21', '钱塘2035年远景里 生产总值力争突破多少亿', F('亩均效益指标、单位GDP能耗指标达到全省前列水平,生产总值力争突破8000亿元', [8000, '亿元']), 'target', 'after-other', 'plan-period', 'short');
s('target', 'QT21', '钱塘十四五末要初步建成的公共服务圈 是几分钟的', F('养老照料、体育健身等“15分钟公共服务圈”', [15]), 'target', 'number-name', 'after-other', 'plan-period', 'short');
s('target', 'QT21', '钱塘十四五末跟燃气管网一起全域覆盖的 是几G网络', F('亩以上,实现5G网络、燃气管网全域覆盖', [5]), 'target', 'number-name', 'after-other', 'plan-period', 'mixed-script', 'short');
// external reports
s('figure', 'YN25', '云南24年那10种有色金属 产量占全国超过几分之一', F('有色金属产量占全国比重超1/10', [10]), 'fraction', 'second-of-pair', 'two-digit-year');
s('figure', 'GD25', '廣東24年世界技能大賽拿的金牌 佔全國幾分之一', F('块金牌、占全国1/3', [3]), 'fraction', 'after-other', 'two-digit-year', 'traditional', 'short');
s('target', 'GD25', '广东25年省科技创新战略专项资金 至少拿出几分之一投基础研究', F('持续将1/3以上的省科技创新战略专项资金投向基础研究', [3]), 'target', 'fraction', 'second-of-pair', 'two-digit-year');
s('target', 'SH25', '25年上海加快建的轨交 除了崇明线、嘉闵线和那几条延伸段 还有哪两条整线', F('15号线南延伸、20号线、21号线、23号线等轨道交通线', [20], [21]), 'target', 'number-name', 'after-other', 'two-digit-year', 'long');
s('figure', 'JS26', '江苏26年报告里 总书记交给江苏的重大任务 “4+几”', F('“四个走在前”、“四个新”、“4+1”、“四个着力点”等重大任务', [1]), 'number-name', 'second-of-pair', 'two-digit-year', 'mixed-script', 'short');

// ---- 2. English single-turn questions -------------------------------------------------------------------------------
e('figure', 'HZ24', 'Hangzhou 2023 SOE overhaul — how many firms (Hangzhou Capital, the bus group) got upgraded?', F('杭州资本、公交集团2家企业升格', [2, '家']), 'year', 'long');
e('target', 'HZ24', 'hz 2024 goal: new innovative SMEs, at least how many?', F('力争全市新增创新型中小企业2000家以上', [2000, '家']), 'year', 'lowercase', 'abbreviation', 'short', 'earlier-first-turn');
e('target', 'HZ24', "Linping's trio of industrial parks (chips, little giants, biomedicine) in hangzhou's 2024 plan: sq km apiece?", F('谋划推进三个“1平方公里”产业园', [1, '平方公里']), 'year', 'pinyin', 'number-name');
e('target', 'HZ24', "hz '24: the provincial eco-civilisation demo drive it is rolling out — the '8-what'?", F('推进落实第五轮“省811”生态文明先行示范行动', [811]), 'two-digit-year', 'lowercase', 'abbreviation', 'number-name');
e('entity', 'HZ24', 'which county-level city in Hangzhou made the 4th national batch of social-credit demo zones in 2023?', F('建德市入选全国第四批社会信用体系建设示范区'), 'year', 'lowercase', 'entity-ask', 'long');
e('entity', 'HZ24', 'Xiaoshan airport in 2023 — what opened in its east zone?', F('萧山机场东区国际货站建成并正式投运'), 'year', 'pinyin', 'entity-ask', 'short');
e('entity', 'HZ24', "hangzhou 2023: what got approved for the ultra-weak magnetic field big-science facility?", F('极弱磁场大科学装置可行性研究报告成功获批'), 'year', 'lowercase', 'entity-ask');
e('target', 'GS23', 'Gongshu 2023 plan: how many big venues (Canal Sports Park, the esports centre, Hangzhou Gymnasium) in its operations plan?', F('杭州电竞中心、杭州体育馆等4大场馆', [4]), 'year', 'pinyin', 'long');
e('target', 'GS23', "Gongshu's 2023 one-stop business platform is called the 'what-call'?", F('积极打造“1call”服务平台', [1]), 'year', 'pinyin', 'number-name', 'short');
e('target', 'GS23', 'gs 2023: demolition and relocation for which metro line of phase IV?', F('全力做好地铁四期工程15号线各站点的征迁任务', [15]), 'year', 'lowercase', 'abbreviation', 'number-name', 'short');
e('target', 'GS23', 'How many scenic-spot TCM experience halls was Gongshu to build in 2023?', F('建成景区特色中医体验馆1家', [1, '家']), 'year', 'pinyin', 'abbreviation');
e('target', 'GD26', "guangdong's 2026 report, 15th-plan part: how many aspects must government work keep a firm grip on?", F('政府工作中,我们要重点把握好5个方面', [5, '个']), 'plan-period', 'lowercase', 'long');
e('entity', 'GS23', "gongshu 2022: which proof-of-concept centre made hangzhou's first batch?", F('中美华东合成生物概念验证中心入选杭州市首批概念验证中心'), 'year', 'lowercase', 'pinyin', 'entity-ask');
e('figure', 'GS23', 'gongsu 2022: trade-and-commerce value added, actual growth per the scorecard?', F('-4.2%', pct(-4.2)), 'year', 'lowercase', 'typo', 'table-source', 'short');
e('entity', 'GS23', "gongshu 2022: the province-first pilot it built under the 'Yuantong' name — what is it called?", F('建成全省首家“圆通·圆梦家园”试点'), 'year', 'lowercase', 'pinyin', 'entity-ask');
e('figure', 'GS25', "Gongshu's 2025 report in the newspaper — front page continued on page what?", F('(下转7版)', [7]), 'year', 'pinyin', 'fragment-source', 'short');
e('figure', 'GS25', 'gongshu q1 2025: goods exports grew by?', F('长38.3%,社会消费品零售总', pct(38.3)), 'year', 'lowercase', 'pinyin', 'abbreviation', 'fragment-source', 'short', 'earlier-first-turn');
e('target', 'GS25', "gongshu '25: the provincial-municipal-district industry cooperation zone runs along which national road?", F('片区再开发,打造320国道沿', [320]), 'two-digit-year', 'lowercase', 'pinyin', 'number-name', 'fragment-source');
e('target', 'GS25', "gongshu 2025: the province's private-economy policy it pledges to carry out in detail — how many articles?", F('落细“民营经济32条”,加大', [32, '条']), 'year', 'lowercase', 'pinyin', 'fragment-source');
e('figure', 'QT25', 'qiantang, close of 2024 — patents for inventions still in force: past what mark?', F('有效发明专利拥有量突破2.1万件', [2.1, '万件']), 'year', 'pinyin', 'short', 'earlier-first-turn');
e('figure', 'QT25', "qiantang '24 — the new-industrialisation action plan it drew up has what number for a name?", F('谋划实施“55830”新型工业化行动计划', [55830]), 'two-digit-year', 'lowercase', 'pinyin', 'number-name');
e('entity', 'QT25', 'qiantang 2024: which yangtze-delta industry cluster, with qiantang a key piece, got national-level cluster status?', F('长三角大飞机产业集群成功入选国家先进制造业集群'), 'year', 'lowercase', 'pinyin', 'entity-ask', 'long');
e('entity', 'QT21', "qiantang new area, first years: what national first did its bonded zone score in city freight?", F('创成全国首个综保区内城市货站'), 'pinyin', 'entity-ask');
e('target', 'FJ25', "Fujian's business-environment plan launched in 2025 runs through which year?", F('组织实施《福建省营商环境建设规划(2024—2029年)》', [2029]), 'year', 'year-ask');
e('figure', 'FJ25', 'fujian 2025 report: xi came back to inspect the province in which month of 2024?', F('去年10月回到福建考察时', [10]), 'year', 'lowercase', 'date');
e('target', 'FJ26', "fujian 2026 plan: the e-government foundation-platform project goes by which four digits?", F('实施“1131”数字政府基础平台提升工程', [1131]), 'year', 'lowercase', 'abbreviation', 'number-name', 'earlier-first-turn');
e('target', 'GD25', "guangdong's 2025 work revolves around the provincial party committee's '13-what' plan?", F('围绕落实省委“1310”具体部署', [1310]), 'year', 'lowercase', 'number-name');
e('target', 'YN25', "yunnan 2025 — the strategic development goal '38-what'?", F('是“3815”战略发展目标“三年上台阶”的实现之年', [3815]), 'year', 'lowercase', 'number-name', 'short');
e('figure', 'AH25', "anhui 2024: its future-industries programme is the '?+N' project?", F('实施“7+N”未来产业培育工程', [7]), 'year', 'lowercase', 'number-name', 'short');
e('target', 'SD25', 'sd 2025: companies urged into early research on mobile networks of which G?', F('支持企业积极参与6G技术预研', [6]), 'year', 'lowercase', 'abbreviation', 'number-name', 'short');
e('target', 'ZJ26', "zhejiang's 15th-plan talent-province system project — the '1-what'?", F('深入实施“135”人才强省体系建设工程', [135]), 'plan-period', 'lowercase', 'number-name', 'short');
e('figure', 'AH26', 'anhui 2026 report: the progress of the past five years was won by how many million people of the province?', F('是在省委坚强领导下,7000多万江淮儿女一道拼出来', [7000, '万']), 'five-year-review', 'plan-period', 'lowercase', 'long');
e('target', 'SD26', "shandong 2026 'double hundred' AI push: specialised firms to cultivate?", F('开展人工智能“双百工程”,培育100家以上特色企业', [100, '家']), 'year', 'lowercase', 'abbreviation', 'short');
e('target', 'SD26', 'sd 2026: the offshore wind project off the peninsula it is speeding up — N-what?', F('加快荣成石岛湾核电扩建一期、半岛北N2海上风电等项目建设', [2]), 'year', 'lowercase', 'abbreviation', 'number-name');
e('entity', 'FJ26', 'which fujian city was named an international wetland city in 2025?', F('福州获评国际湿地城市'), 'year', 'lowercase', 'entity-ask', 'short');
e('entity', 'AH25', "anhui 2024: which site in langxi made china's top-10 archaeological finds?", F('郎溪磨盘山遗址入选“全国十大考古新发现”'), 'year', 'lowercase', 'pinyin', 'entity-ask');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('panjin 2025 gdp growth', 'nf-place', 'year', 'lowercase', 'pinyin', 'short');
nfe('Shangluo: how many tourists in 2024?', 'nf-place', 'year', 'pinyin', 'short');
nfe('guangdong grain output in 1961?', 'nf-year', 'year', 'lowercase', 'short');
nfe('How many karaoke (KTV) venues does Shanghai have?', 'nf-indicator', 'abbreviation', 'short');

// ---- 4. trends and comparisons -------------------------------------------------------------------------------------
// streaks written in Chinese numerals (every 连续N年 line with a digit count is an earlier set's cite or ask), cited
// without a figure; a plan in one report and its result in the next (plan-to-result)
f('trend', 'trend-ask', ['QT25'], '钱塘全省综合考核先进单位 截至前年是连着第几年', F('连续两年获评全省综合考核先进单位'), 'streak', 'relative-year', 'short');
f('trend', 'trend-ask', ['BJ26'], '北京细颗粒物年均浓度 到去年为止连续几年稳定达标', F('细颗粒物年均浓度连续五年稳定达标'), 'streak', 'relative-year', 'five-year-review');
f('trend', 'trend-ask', ['SD25'], '山东中央污染防治攻坚战考核 算到24年连拿了几年优秀', F('中央污染防治攻坚战考核连续四年优秀'), 'streak', 'two-digit-year', 'colloquial');
f('trend', 'trend-ask', ['SD25'], '山东耕地面积净增加 截至24年是几连增', F('耕地面积连续四年净增加'), 'streak', 'two-digit-year', 'short');
f('trend', 'trend-ask', ['SH25'], '上海乡村全面振兴发展综合指数 截到24年全国第一保持了几年', F('乡村全面振兴发展综合指数连续两年位列全国第一'), 'streak', 'two-digit-year');
f('trend', 'trend-ask', ['ZJ26'], '浙江民企“五张榜单”大满贯 到去年是连着几年了', F('中国民营企业“五张榜单”连续两年实现大满贯'), 'streak', 'relative-year', 'short');
f('trend', 'trend-ask', ['HN25'], '湖南重特大事故零发生 截至24年是连续第几年', F('重特大事故连续两年“零发生”'), 'streak', 'two-digit-year', 'short');
f('trend', 'trend-ask', ['YN25'], '中老铁路客货运量 到24年连续增长几年了', F('客货运量连续三年增长'), 'streak', 'two-digit-year', 'short');
f('trend', 'trend-ask', ['AH25', 'AH26'], '安徽25年报告说要开通运营亳州机场 26年报告里通航了没', F(['开通运营亳州机场、蚌埠机场', '亳州机场建成通航']), 'plan-to-result', 'from-to', 'two-digit-year');
f('trend', 'trend-ask', ['AH25', 'AH26'], '2025年中国网络文明大会 安徽25年的报告说要办好 26年的报告里说办了没', F(['办好2025年中国网络文明大会', '高质量举办2025年中国网络文明大会']), 'plan-to-result', 'from-to', 'relative-year');
f('trend', 'trend-ask', ['SH25', 'SH26'], '上海25年说要大力提升G60科创走廊 到26年报告里 去年落了什么实招', F(['大力提升G60科创走廊', '制定实施G60科创走廊策源地建设支持措施']), 'plan-to-result', 'from-to', 'two-digit-year', 'mixed-script');
f('comparison', 'comparison-ask', 'GS23', '四年前拱墅那张完成情况表上 GDP和服务业增加值 分别比目标低几个点 是一样的吗', F(['低于目标5.5个百分点'], [5.5]), 'same-report', 'two-digit-year', 'equal', 'table-source');
f('comparison', 'comparison-ask', 'GS23', '四年前拱墅规上工业增加值和R&D经费支出 哪个离目标差得更远', F(['低于目标0.6个百分点', '低于目标24.7个百分点'], [0.6], [24.7]), 'same-report', 'relative-year', 'which-higher', 'table-source', 'mixed-script');
f('comparison', 'comparison-ask', ['HZ24', 'GD25'], '杭州23年要加快构建的现代服务业政策体系 和广东24年的全过程创新链政策 是不是都叫“1+N”', F(['出台服务业高质量发展实施意见,加快构建“1+N”现代服务业政策体系', '加快实现高水平科技自立自强,制定全过程创新链“1+N”政策'], [1]), 'two-places', 'equal', 'number-name', 'two-digit-year', 'mixed-script', 'long');
f('comparison', 'comparison-ask', ['QT25', 'GS25'], '钱塘25年和拱墅25年的报告里 紧扣的省委工作部署 是不是同一个“几几几”', F(['紧扣省委“132”工作部署', '省委“132”工作部署、“十项'], [132]), 'two-places', 'equal', 'number-name', 'two-digit-year', 'fragment-source');
f('comparison', 'comparison-ask', 'YN25', '云南污水治理第2个和第3个“三年行动” 各到哪年收尾 差几年', F(['第2个“三年行动”(2028—2030年)', '第3个“三年行动”(2031—2033年)'], [2030], [2033]), 'same-report', 'difference', 'year-ask', 'long');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'GS23', '拱墅22年GDP没完成目标的原因里 服务业占比多少 商品房销售面积前一年的基数多少万方 一起说', F(['占比91%左右的服务业基本盘受疫情冲击较大', '受去年206万方高基数影响,商品房销售面积负增长'], pct(91), [206, '万方']), 'two-digit-year', 'table-source', 'long');
f('multi', 'multi-ask', 'GD25', '广东24年 前海推出的“首创”“首批”金融政策几项 省产业园又新增几个 挨个报', F(['前海实施14项全国“首创”、“首批”金融政策', '加快建设“万亩千亿”产业平台,新增8个省产业园'], [14, '项'], [8, '个']), 'two-digit-year', 'colloquial', 'earlier-first-turn');
f('multi', 'multi-ask', 'HZ24', '杭州23年报告里 改革突破奖金奖和社会救助创新实践优秀案例 各是哪个年度的', F(['国家营商环境创新试点改革荣获2022年度浙江省改革突破奖金奖', '“低收入人口动态监测帮扶”应用获评2022年度全国社会救助领域创新实践优秀案例并获第一名'], [2022]), 'two-digit-year', 'year-ask', 'long');
f('multi', 'multi-ask', 'GS25', '拱墅去年报告 具体工作要把握几个方面 “三个几%”政策 两个数一起给', F(['作中要着重把握好4个方面', '个15%”政策刚性落实,扎实'], [4, '个'], [15]), 'relative-year', 'fragment-source', 'number-name');
f('multi', 'multi-ask', 'QT21', '钱塘新区成立以来 建成投用的学校和安置的过渡拆迁户 各多少', F(['建成投用学校21所', '安置在外过渡拆迁户4606户'], [21, '所'], [4606, '户']), 'short', 'earlier-first-turn');
f('overview', 'overview-ask', 'QT25', '钱塘前年整体经济 用一句话讲', { ...F('全年地区生产总值达1416亿元,增长5.1%'), lead: 1416 }, 'relative-year', 'short');
f('overview', 'overview-ask', 'CN24', "china 2023 economy at a glance (per the 2024 state council report)", { ...F('国内生产总值超过126万亿元,增长5.2%'), lead: 126 }, 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'AH26', '安徽今年报告里的重点任务 十一大块 按顺序念标题', O('AH26'), 'relative-year', 'colloquial');
f('outline', 'outline-ask', 'GD25', "guangdong's 2025 work plan — just the section headings, please", O('GD25'), 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'SD25', '山东25年那几个“下功夫、求实效” 一条条报一下', O('SD25'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'BJ26', "beijing's 2026 plan: the numbered task blocks, by title?", O('BJ26'), 'en', 'year', 'lowercase');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('酒泉去年GDP增长多少', 'nf-place', 'relative-year', 'short');
nf('百色25年芒果产量多少万吨', 'nf-place', 'two-digit-year', 'short');
nf('安顺前年的游客接待量 有原文的话贴一下', 'nf-place', 'relative-year', 'long');
nf('本溪今年计划开工的重大项目有几个', 'nf-place', 'relative-year');
nf('阜新24年城镇里新增了多少就业', 'nf-place', 'two-digit-year', 'short');
nf('铜川去年的地方财政收入 有多少亿', 'nf-place', 'relative-year', 'short');
nf('钦州港25年集装箱吞吐量', 'nf-place', 'two-digit-year', 'short');
nf('武威今年的GDP目标定在多少', 'nf-place', 'relative-year', 'mixed-script');
nf('浙江1952年的粮食总产量', 'nf-year', 'year', 'short');
nf('1959年上海工业总产值有多少', 'nf-year', 'year', 'short');
nf('北京1972年常住人口多少', 'nf-year', 'year', 'short');
nf('杭州广场舞队伍有多少支', 'nf-indicator', 'short');
nf('江苏婚纱摄影行业去年营收多少', 'nf-indicator', 'relative-year');
nf('北京去年沙尘暴天数有几天 报告里提了没', 'nf-indicator', 'relative-year', 'long');

// ---- 1. conversations, 2–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('杭州23年国家实验室挂牌了没'),
  T('中科院杭州医学所那年批成了什么', 'entity', 'HZ24', F('中科院杭州医学所获批直属所'), 'elliptical', 'topic-switch', 'entity-ask', 'short'),
  T('and Westlake Uni — what did it get approved for that year?', 'entity', 'HZ24', F('西湖大学获批博士学位授予单位'), 'elliptical', 'topic-switch', 'en', 'mixed-language', 'entity-ask'),
]);
conv([
  T('三年前杭州计划指标一共多少项'),
  T('其中约束性的呢', 'figure', 'HZ24', F('预期性指标、5项约束性指标', [5, '项']), 'elliptical', 'indicator-switch', 'short'),
  T('没达标的那几项里 有没有“新增上市企业”', 'entity', 'HZ24', F('“新增上市企业”指标主要受IPO节奏阶段性收紧影响'), 'elliptical', 'topic-switch', 'entity-ask', 'mixed-script'),
  T('民间投资那项呢 卡在哪', 'entity', 'HZ24', F('“民间(项目)投资”指标主要受企业发展预期和投资信心影响'), 'elliptical', 'topic-switch', 'entity-ask'),
]);
conv([
  T('杭州23年跟哪个市联合印发了全省首个跨省流域规划'),
  T('那年评上省级生态文明建设实践体验地的 是哪两个区', 'entity', 'HZ24', F('余杭区、富阳区入选省级生态文明建设实践体验地'), 'elliptical', 'topic-switch', 'entity-ask'),
  T('环境空气质量综合指数改善率 全省排第几', 'entity', 'HZ24', F('环境空气质量综合指数改善率全省第一'), 'elliptical', 'topic-switch', 'rank', 'short'),
]);
conv([
  T('四年前拱墅嵌入式体育场地 新建了几片'),
  T('那个全国首个健身圈建设指南 是几分钟圈', 'figure', 'GS23', F('发布全国首个“10分钟高品质健身圈”建设指南', [10]), 'elliptical', 'topic-switch', 'number-name', 'short'),
  T('全省首个的什么公园 也是那年建成的', 'entity', 'GS23', F('建成全省首个嵌入式城市篮球公园'), 'elliptical', 'topic-switch', 'entity-ask', 'short'),
]);
conv([
  T('拱墅22年获评全省数字化改革“最强大脑”应用成果的是什么'),
  T('建成的那个全市第一个县区政府级的中心 叫啥', 'entity', 'GS23', F('建成全市第一个县区政府级算力中心'), 'elliptical', 'topic-switch', 'entity-ask', 'short'),
  T('大运河文化那年入选了省里哪一批名单', 'entity', 'GS23', F('大运河文化入选省首批十大文化标识'), 'elliptical', 'topic-switch', 'entity-ask'),
  T('《如梦上塘》呢', 'entity', 'GS23', F('《如梦上塘》荣获全省首批文化基因解码成果转化利用示范项目'), 'elliptical', 'topic-switch', 'entity-ask', 'short'),
]);
conv([
  T('钱塘24年创成的全省首个三星绿色生态城区 是哪块'),
  T('同一年 “办不成事”兜底服务上了什么刊物', 'entity', 'QT25', F('“办不成事”兜底服务入选国务院办公厅《政务情况交流》'), 'elliptical', 'topic-switch', 'entity-ask'),
  T("and the 'no-waste campus' case — which university?", 'entity', 'QT25', F('杭州电子科技大学探索“无废高校”建设路径获评省级无废城市建设社会共建最佳实践案例'), 'elliptical', 'topic-switch', 'en', 'mixed-language', 'entity-ask'),
]);
conv([
  T('钱塘前年那个全国首个“平急两用”项目 是干什么的'),
  T('忻州同一年有没有类似的项目', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('算了 回到钱塘 那年低空经济拿了个什么名号', 'entity', 'QT25', F('获评全市低空经济产业发展示范区'), 'elliptical', 'after-not-found', 'topic-switch', 'entity-ask'),
]);
conv([
  T('钱塘新区是全省大湾区第几个成立的新区'),
  T('到2035年远景里 钱塘说要开启几铁时代', 'target', 'QT21', F('高铁+地铁+城际铁路的“三铁时代”正式开启'), 'elliptical', 'year-switch', 'plan-period', 'short'),
  T('“四港联动”的什么体系要全面建成', 'target', 'QT21', F('“四港联动”的立体式综合交通体系全面建成'), 'elliptical', 'topic-switch', 'plan-period', 'short'),
]);
conv([
  T('What did Fujian do with its new university in Fuqing in 2025?'),
  T('福耀科技大学那年招生了吗', 'entity', 'FJ26', F('福建福耀科技大学获批设置并顺利招生'), 'elliptical', 'mixed-language', 'entity-ask', 'short'),
  T('福州大学呢 批了个什么专业', 'entity', 'FJ26', F('福州大学获批设置临床医学本科专业'), 'elliptical', 'topic-switch', 'entity-ask', 'short'),
]);
conv([
  T('北京去年东六环入地改造通车了吗'),
  T('北京通州站呢', 'entity', 'BJ26', F('北京通州站开通运营'), 'elliptical', 'what-about', 'entity-ask', 'short'),
  T('广东24年新发现的那个我国首个深水深层油田 叫啥', 'entity', 'GD25', F('新发现我国首个深水深层油田开平南油田'), 'no-inherit', 'place-switch', 'topic-switch', 'entity-ask', 'two-digit-year'),
]);
conv([
  T('广东24年的“伏羲一号”是什么'),
  T('建在哪个市', 'entity', 'GD25', F('超大型风渔融合网箱平台“伏羲一号”在汕尾建成投运'), 'elliptical', 'topic-switch', 'entity-ask', 'short'),
  T('不对 我要问的是北京24年发布的全球首个通用人工智能体 叫什么', 'entity', 'BJ25', F('全球首个通用人工智能体“通通”正式发布'), 'elliptical', 'self-correction', 'place-switch', 'entity-ask'),
]);
conv([
  T('拱墅四年前的生命健康产业 增加值实际增速多少'),
  T('and the target for the following year?', 'target', 'GS23', F('力争生命健康产业增加值增长10%以上', pct(10)), 'elliptical', 'and-the-target', 'year-switch', 'en', 'mixed-language', 'short'),
]);
conv([
  T('亚运那年杭州规上工业增加值 规模多少亿'),
  T('那涨幅呢', 'figure', 'HZ24', F('规上工业增加值4355亿元,增长2.4%', pct(2.4)), 'elliptical', 'indicator-switch', 'short', 'level-asked'),
  T('钱塘24年规上工业总产值的增速 跟这个比哪个高', 'comparison', ['HZ24', 'QT25'], F(['规上工业增加值4355亿元,增长2.4%', '规上工业总产值3756.5亿元、增长2.4%'], pct(2.4)), 'elliptical', 'comparison', 'compare-with', 'which-higher', 'place-switch', 'equal'),
]);
conv([
  T('三年前杭州的科技强基重大项目 增加到几个了'),
  T('那年新建市区两级文明驿站多少个', 'figure', 'HZ24', F('创新打造市区两级文明驿站534个', [534, '个']), 'elliptical', 'topic-switch', 'short', 'earlier-first-turn'),
  T('放到24年计划 综合监测站要新建几个', 'target', 'HZ24', F('谋划生物多样性监测网络,新建1个以上综合监测站', [1, '个']), 'elliptical', 'year-switch', 'two-digit-year', 'short', 'earlier-first-turn'),
]);
conv([
  T('钱塘24年累计签约亿元以上项目多少个'),
  T('新增建设用地指标呢', 'figure', 'QT25', F('空间要素保障持续加力,新增建设用地指标3734亩', [3734, '亩']), 'elliptical', 'topic-switch', 'short', 'earlier-first-turn'),
  T('那年江海之城获评了什么试点', 'entity', 'QT25', F('江海之城获评省级综合品质样板区建设试点'), 'elliptical', 'topic-switch', 'entity-ask', 'short'),
]);
conv([
  T('拱墅四年前参加企业职工养老保险的 有多少万人'),
  T('23年要打造的“亿元楼”几幢', 'target', 'GS23', F('深入推进“楼均论英雄”改革,打造“亿元楼”60幢', [60, '幢']), 'elliptical', 'year-switch', 'two-digit-year', 'short', 'earlier-first-turn'),
  T('那年的“1call”平台 要提供几大云端功能', 'target', 'GS23', F('探索提供“云咨询、云辅导、云踏勘、云帮办”四大云端功能'), 'elliptical', 'topic-switch', 'mixed-script', 'short'),
]);
conv([
  T('东部湾新城去年要提升改造的那条大街 是几号大街'),
  T('往前一年看 钱塘24年自贸试验区考核拿了什么等次', 'entity', 'QT25', F('首次获评全省自贸试验区考核优秀等次'), 'elliptical', 'year-switch', 'entity-ask'),
  T('“链主工厂”累计认定数 去年定的要求是什么', 'target', 'QT25', F('“链主工厂”累计认定数保持全市第一'), 'elliptical', 'year-switch', 'rank', 'short'),
]);
conv([
  T('杭州宿州产业园区什么时候揭牌的'),
  T('是为了落实什么任务', 'entity', 'HZ24', F('落实合作帮扶皖北任务,杭州宿州产业园区正式揭牌'), 'elliptical', 'topic-switch', 'entity-ask', 'short'),
  T('and the Hangzhou metropolitan-area plan — what happened to it that year?', 'entity', 'HZ24', F('《杭州都市圈发展规划》获批实施'), 'elliptical', 'topic-switch', 'en', 'mixed-language', 'entity-ask'),
]);
conv([
  T('安徽24年武王墩墓考古有什么成果'),
  T('不对 是26年报告里提到的那个 入选全国十大考古新发现的墓叫啥', 'entity', 'AH26', F('武王墩一号墓入选“全国十大考古新发现”'), 'elliptical', 'self-correction', 'year-switch', 'entity-ask'),
  T('同一份报告里 徽州文化研究院怎么样了', 'entity', 'AH26', F('徽州文化研究院揭牌成立'), 'elliptical', 'topic-switch', 'entity-ask', 'short'),
]);
conv([
  T('上海25年报告的主要任务分几块 先列个目录'),
  T('第6块 文化那块 要办好的国际赛事里 是F几中国大奖赛', 'target', 'SH25', F('办好世界赛艇锦标赛、F1中国大奖赛', [1]), 'elliptical', 'after-outline', 'number-name', 'mixed-script'),
  T('第8块 城市治理那块 要持续推进几分钟社区生活圈', 'target', 'SH25', F('持续推进15分钟社区生活圈建设', [15]), 'elliptical', 'after-outline', 'number-name'),
]);
conv([
  T('福建24年龙岩地质公园批成了什么'),
  T('福州呢 那年入选了什么气候方面的试点', 'entity', 'FJ25', F('福州、龙岩入选深化气候适应型城市建设试点'), 'elliptical', 'topic-switch', 'entity-ask'),
  T('两件事里都有龙岩吗', 'comparison', ['FJ25'], F(['龙岩地质公园获批世界地质公园', '福州、龙岩入选深化气候适应型城市建设试点']), 'elliptical', 'comparison', 'equal', 'short'),
]);
conv([
  T('北京24年首钢老工业区入选了什么'),
  T('大运河文化旅游景区呢 评上几A', 'figure', 'BJ25', F('大运河文化旅游景区获评国家5A级景区', [5]), 'elliptical', 'what-about', 'number-name', 'short'),
  T('北京那年获评了什么生物多样性称号', 'entity', 'BJ25', F('北京获评全球生物多样性魅力城市'), 'elliptical', 'topic-switch', 'entity-ask', 'short'),
]);

// ---------------------------------------------------------------------------------------------------------------
// The Chinese multi-figure part: its first figure is the asked one and must not be the first number of its report
// sentence (years and dates aside), or the case measures nothing the single-figure sets do not.
checkAskedFigureNotFirst(cases);

// Split as fresh-ac, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'ad', last: 'ac' });
