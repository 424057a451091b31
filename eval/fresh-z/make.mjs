#!/usr/bin/env node
// Writes the fresh-z sets: eval/fresh-z/z-tune.jsonl and eval/fresh-z/z-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-z/make.mjs [--check]
//
// A fourteenth held-out question set written BEFORE any fix, as fresh-m … fresh-y, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording and without running the bot to choose or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports), with wording other than fresh-s's … fresh-y's (other follow-up phrasings, verbs, fragments,
// typos, traditional characters, mixed scripts, short and long asks). The external reports' free facts are nearly used up
// by the earlier sets, so more than half the cites here are the seed corpus's district and city plan reports (拱墅 2023,
// 杭州 2024, 钱塘 2025, 钱塘 2021), whose narrative sentences no earlier set had cited. Six parts:
//   1. conversations of 2–4 turns (every later turn scored): 换到拱墅 22年那会儿新增的呢 → 俩地方谁招得多 / 往前倒一年 … /
//      "what did they aim for on that in 2024?" → "and enterprise R&D centres …?" → 孵化器那项呢 / 哦不 我要的是22年实际竣工的
//      (a plan → result self-correction) / 搞错了 应该问拱墅 (a place self-correction) / 第三块 科技那部分细说 … → 再往后 民生
//      保障那块 … (after an outline) / zh → en → zh and en → zh → en threads / 濮阳有没有这个数 (a scored not-answerable turn) →
//      那算了 接着说杭州 … / 到26年报告里这套体系还在迭代吗 (from–to) / 少改了多少个 (difference) / 比这个长还是短 (which is
//      higher) / a multi turn / a complete new question after a thread (no-inherit);
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin, typos, abbreviations),
//      4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure (checked here: not the first number of its report sentence, years aside);
//   4. trends (from–to across two reports of one place, two plan horizons of one report, a result then the next year's
//      target) and A vs B comparisons (two places, two indicators of one report, two years of one place);
//   5. several indicators in one ask (multi), two five-year overviews and four outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-04: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-y: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-y, plus the
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
// kinds as fresh-y: second-of-pair, after-other (another indicator's figure comes first), part-vs-total, rank, range,
// date, count; new: decade (上世纪70年代)
s('target', 'GD26', '广东今年心理健康服务要联动的妇联维权服务中心 是哪个号码', F('联动青少年服务中心、12338妇联维权服务中心', [12338]), 'target', 'after-other', 'relative-year');
s('target', 'GD26', '广东今年全流程检查要覆盖几家学生餐配送单位', F('中小学食堂、40家学生集体用餐配送单位实现全流程检查评价', [40, '家']), 'target', 'after-other', 'relative-year', 'count');
s('target', 'GD26', '广东今年省内产的国家集采中选药 抽检覆盖率得达到多少', F('省内生产的国家集采中选药品抽检覆盖率达到100%', pct(100)), 'target', 'after-other', 'relative-year', 'abbreviation');
s('figure', 'SD26', '山东去年跟旅游列车一起推的那个海上游 叫“半岛几号”', F('旅游列车、“半岛1号”海上游等旅游产品', [1]), 'second-of-pair', 'relative-year', 'mixed-script', 'short');
s('figure', 'GD25', '广东说的“岳山造林” 是上世纪几十年代的事', F('“岳山造林”:上世纪70年代,肇庆市怀集县针对过度砍伐问题', [70]), 'decade', 'short');
s('figure', 'ZJ25', '浙江24年五张民企榜单都拿第一 其中研发投入那张榜 是前多少家', F('服务业100强、研发投入500家、发明专利500家等五张榜单', [500, '家']), 'after-other', 'two-digit-year', 'rank');
// 拱墅 2023 report: 2022 results (拱墅22年 / 四年前) and 2023 plan
s('figure', 'GS23', '拱墅22年纳入“一网通办”的社区 总共多少个', F('推进政务服务区街社“一体化”,全区18个街道170个社区全部纳入“一网通办”', [170, '个']), 'after-other', 'two-digit-year', 'count');
s('figure', 'GS23', '拱墅那个城市眼·云共治运行中心 22年联通了几个平台系统', F('城市眼•云共治运行中心正式启用,联通40个数源单位115个平台系统', [115, '个']), 'second-of-pair', 'two-digit-year', 'count');
s('figure', 'GS23', '利尔达科技过北交所上市委审议 是22年12月几号', F('凯大催化、利尔达科技分别于12月14日、23日通过北交所上市委会议审议', [23]), 'date', 'two-digit-year', 'short');
s('figure', 'GS23', '拱墅四年前新增的省知识产权示范企业 是几家', F('国家知识产权优势示范企业4家、省知识产权示范企业11家', [11, '家']), 'after-other', 'relative-year', 'count', 'short');
s('figure', 'GS23', '韩国大邱那个生命健康产业基地 22年启用时入驻了多少家企业', F('韩国大邱Medi·City生命健康产业基地启用,入驻企业28家', [28, '家']), 'after-other', 'two-digit-year', 'mixed-script');
s('figure', 'GS23', '拱墅22年签约注册的那批重大产业项目 总投资多大', F('普华永道等53个重大产业项目签约注册,总投资618亿元', [618, '亿元']), 'after-other', 'two-digit-year');
s('figure', 'GS23', '拱墅22年顺利落地的“152”项目 一共几个', F('康桥中国联通5G基地等4个“152”项目顺利落地', [4, '个']), 'after-other', 'two-digit-year', 'mixed-script', 'short');
s('figure', 'GS23', '拱墅22年56个市重点项目 完成年度任务的百分之多少', F('累计实现年度投资11.65亿元、238.07亿元,分别完成年度任务的192%、184.4%', [184.4, '%']), 'after-other', 'two-digit-year', 'part-vs-total');
s('figure', 'GS23', '拱墅22年新增的停车泊位里 公共泊位占几个', F('累计新增停车泊位14539个,公共泊位1408个', [1408, '个']), 'part-vs-total', 'two-digit-year');
s('figure', 'GS23', '拱墅22年的PM2.5平均浓度 是多少微克每立方米', F('道路扬尘管控,PM2.5平均浓度30.8微克/立方米', [30.8, '微克/立方米']), 'after-other', 'two-digit-year', 'mixed-script');
s('figure', 'GS23', '拱墅22年整治卫生死角、乱停乱放这些问题 一共整了多少万处', F('乱停乱放等11方面问题7.64万处', [7.64, '万处']), 'after-other', 'two-digit-year', 'colloquial');
s('figure', 'GS23', '拱墅22年加梯完工了多少台', F('建立全区“一盘棋”加梯体系,完工205台', [205, '台']), 'after-other', 'two-digit-year', 'colloquial', 'short');
s('figure', 'GS23', '拱墅“4·几”突发疫情 是22年4月哪天', F('打赢50余场疫情防控硬仗,沉着应对“4·19”突发疫情', [19]), 'date', 'two-digit-year', 'mixed-script', 'short');
s('target', 'GS23', '拱墅23年围绕的国企架构新布局 是“2+几”', F('深化国企平台改革,围绕“2+6”国企架构新布局', [6]), 'target', 'second-of-pair', 'two-digit-year', 'mixed-script', 'short');
s('target', 'GS23', '拱墅23年招引优质产业链项目 目标多少个', F('盯引落地10亿元以上重大产业项目20个,招引优质产业链项目160个', [160, '个']), 'target', 'after-other', 'two-digit-year');
s('target', 'GS23', '三年前拱墅计划里 家庭养老床位要新建多少张以上', F('认知症照护专区10个、家庭养老床位550张以上', [550, '张']), 'target', 'after-other', 'relative-year');
// 杭州 2024 report: 2023 results (杭州23年 / 三年前) and 2024 plan (杭州24年 / 前年)
s('figure', 'HZ24', '杭州23年營利性服務業增加值 增長了多少', F('服务业增加值14045亿元,增长7.2%,其中营利性服务业增加值增长9.3%', pct(9.3)), 'after-other', 'two-digit-year', 'traditional', 'short');
s('figure', 'HZ24', '杭州23年用的外资里 制造业占多少亿美元', F('实际利用外资88.3亿美元,其中制造业利用外资45.4亿美元', [45.4, '亿美元']), 'part-vs-total', 'two-digit-year');
s('figure', 'HZ24', '杭州23年财政一般预算收入 在全国城市里名次多少', F('一般公共预算收入2616.8亿元,居全国城市第4位', [4]), 'rank', 'two-digit-year', 'short');
s('figure', 'HZ24', '杭洲23年新建改建的城市公园中 亚运主题的有几个', F('新(改)建城市公园65个,其中亚运主题公园30个', [30, '个']), 'part-vs-total', 'two-digit-year', 'typo', 'count');
s('figure', 'HZ24', '杭州23年一季度“免费游” 除了国有A级景区还有几个佛道教场所参加', F('全市41个国有A级景区和9个佛道教场所推出一季度“免费游”', [9, '个']), 'second-of-pair', 'two-digit-year', 'long');
s('figure', 'HZ24', '三年前杭州治气 NO2平均浓度同比降了多少', F('国二及以下柴油叉车6315台,特征指标NO2平均浓度同比下降5.4%', pct(5.4)), 'after-other', 'relative-year', 'mixed-script', 'short');
s('target', 'HZ24', '杭州24年想争取的中央预算内投资 几个亿', F('积极争取国债资金100亿元,争取中央预算内投资8亿元', [8, '亿元']), 'target', 'after-other', 'two-digit-year', 'short');
s('target', 'HZ24', '杭州前年定的“3+N”产业基金集群 投向民营项目的比重要在多少以上', F('确保“3+N”杭州产业基金集群投向民营项目比重在75%以上', pct(75)), 'target', 'after-other', 'relative-year', 'mixed-script');
s('target', 'HZ24', '杭州24年养老机构护理型床位占比 要到多少', F('养老机构护理型床位占比达到64.5%', pct(64.5)), 'target', 'after-other', 'two-digit-year');
// 钱塘 2025 report: 2024 results (钱塘24年 / 前年) and 2025 plan (钱塘25年 / 去年)
s('figure', 'QT25', '钱塘前年城乡居民收入倍差 缩到了多少', F('城镇和农村居民人均可支配收入分别增长3.8%和4.9%,收入倍差缩小至1.42', [1.42]), 'after-other', 'relative-year', 'short');
s('figure', 'QT25', '钱塘24年“两重”领域争取的资金 占全市份额多少', F('专项债等各类上级资金超140亿元,“两重”领域资金争取份额占全市13.1%', pct(13.1)), 'part-vs-total', 'two-digit-year');
s('figure', 'QT25', '钱塘24年15个省千项万亿工程项目 投资完成率多少', F('15个省“千项万亿”工程项目投资完成率174.7%', pct(174.7)), 'after-other', 'two-digit-year');
s('figure', 'QT25', '錢塘24年 “塘塘合作”經驗做法入選省市典型案例幾次', F('完成四川省消费帮扶超4600万元,“塘塘合作”经验做法7次入选省市典型案例', [7, '次']), 'after-other', 'two-digit-year', 'traditional', 'count');
s('target', 'QT25', '钱塘去年除了C919的中机身 还要加快研发制造哪个型号的中机身项目', F('装配和零件制造项目全工序生产线建设,加快C929中机身项目研发制造', [929]), 'target', 'second-of-pair', 'relative-year', 'mixed-script');
s('target', 'QT25', '钱塘25年单位GDP能耗 要比2020年降多少', F('全年计划新增分布式光伏并网5万千瓦,实现单位GDP能耗较2020年下降18%', pct(18)), 'target', 'after-other', 'two-digit-year');
// 钱塘 2021 report: 新区成立以来 (2019–2020) and the 14th five-year targets
s('figure', 'QT21', '钱塘新区成立以来 拿到的省级“万亩千亿”新产业平台 几个', F('-6个产业平台实体化运作,获批2个省级“万亩千亿”新产业平台', [2, '个']), 'after-other', 'count', 'short');
s('figure', 'QT21', '钱塘2020年空气优良天数提到了多少天', F('以上的区级河道达到四类及以上水质,空气优良天数提高到323天', [323, '天']), 'after-other', 'year', 'short');
s('target', 'QT21', '钱塘十四五末 城乡居民收入倍差要控制在多少以内', F('居民人均可支配收入达到8.5万元,城乡居民收入倍差控制在1.8以内', [1.8]), 'target', 'after-other', 'plan-period');

// ---- 2. English single-turn questions -------------------------------------------------------------------------------
e('figure', 'FJ25', "Fujian's 2025 report: so far, how many central ministries and financial institutions have issued supporting policies for cross-strait integration?", F('推动政策落地,累计争取28家中央和国家部委、金融机构出台25份配套支持政策', [28, '家']), 'long');
e('figure', 'FJ25', "quanzhou's sporting-goods cluster — fujian's which national advanced-manufacturing cluster, as of 2024?", F('泉州现代体育产品集群成为我省第2个国家先进制造业集群', [2]), 'year', 'lowercase', 'pinyin', 'rank');
e('figure', 'FJ25', 'How many Fujian projects won the China Habitat Environment Example Award in 2024?', F('4个项目获中国人居环境范例奖,福州入选首批城市更新示范城市', [4, '个']), 'year', 'short');
e('figure', 'FJ25', "fujain 2024: the 'check at the county, diagnose upstream' model reached what share of township health centres?", F('县域内基层医院检查、上级医院诊断的方式覆盖全省90%乡镇卫生院', pct(90)), 'year', 'lowercase', 'typo');
e('target', 'FJ25', "Fujian keeps building a 'Shanhai No. ?' scenic byway in 2025 — which number?", F('持续建设山海1号风景道、联通世遗廊道', [1]), 'year', 'pinyin', 'short');
e('target', 'FJ26', "Which session of UNESCO's intangible-heritage intergovernmental committee is Fujian hosting this year?", F('保护非物质文化遗产政府间委员会第21届常会', [21]), 'relative-year', 'rank');
e('target', 'FJ26', "fj this year — the 'zhangzhou ___' police unit whose example they want to carry on: what number?", F('传承弘扬新时代“漳州110”先进事迹', [110]), 'relative-year', 'lowercase', 'abbreviation', 'pinyin');
e('figure', 'GD26', "Guangzhou Lab's first-in-class flu drug that reached the market last year — anti-PB-what?", F('广州实验室成功研发上市全球首个抗甲流PB2新药', [2]), 'relative-year', 'mixed-script');
e('figure', 'GD26', 'the Ascend supernode cluster guangdong mentions for 2025 — Ascend what number?', F('昇腾384超节点集群、电子设计自动化软件、超高速实时示波器均取得重要进展', [384]), 'year', 'lowercase', 'pinyin');
e('target', 'GD25', "What's the number-name of the preschool campaign whose results Guangdong wants to consolidate in 2025?", F('巩固学前教育“5085”攻坚成果', [5085]), 'year');
e('target', 'GD25', 'guandong 2025 livelihood list: associate-senior-or-above doctors to be hired for county public hospitals, how many?', F('聘请200名副高级以上职称的医疗专家到县级公立医院工作', [200, '名']), 'year', 'lowercase', 'typo', 'long');
e('figure', 'JS25', "What's the code number of Jiangsu's industrial system, per its 2025 report?", F('推进“1650”产业体系建设,新获批国家先进制造业集群4个', [1650]), 'short');
e('figure', 'JS25', 'js 2024 — port-and-park feeder waterways completed, how many?', F('建成通港达园专支线航道5条', [5, '条']), 'year', 'lowercase', 'abbreviation', 'short');
e('figure', 'JS25', "After China's fifth economic census, how many of Jiangsu's prefecture-level cities had their GDP revised up?", F('经过全国第五次经济普查,13个设区市地区生产总值都不同程度有所增加', [13, '个']), 'count');
e('target', 'JS25', "jiangsu's 2025 future-industry system: '?+X' — fill in the number", F('加快构建“10+X”未来产业体系', [10]), 'year', 'lowercase', 'mixed-script', 'short');
e('figure', 'JS26', 'How many Jiangsu areas and parks were picked as national carbon-peaking pilots over 2021–25?', F('4个地区和园区入选国家碳达峰试点', [4, '个']), 'five-year-review', 'plan-period');
e('target', 'JS26', "jiangsu's source-innovation action for this year goes by which number?", F('实施“1820”策源行动,提升基础科学中心能级', [1820]), 'relative-year', 'lowercase', 'short');
e('target', 'SD25', "shandnog 2025: how many events under the '100 counties, 1,000 firms, 10,000 stores' consumption push?", F('组织“百县千企万店”促消费重点活动1000场', [1000, '场']), 'year', 'lowercase', 'typo');
e('target', 'SD25', "What's the number of Shandong's first-class discipline project in its 2025 plan?", F('深入实施一流学科建设“811”项目', [811]), 'year', 'short');
e('target', 'SD25', "Shandong's 2025 plan builds urban living-and-employment service circles of how many minutes?", F('打造城市15分钟生活就业融合服务圈', [15, '分钟']), 'year');
e('figure', 'SD26', 'How many flagship industrial chains did Shandong build up during 2021–25?', F('19条标志性产业链立起先进制造业强省“四梁八柱”', [19, '条']), 'five-year-review', 'plan-period');
e('figure', 'SD26', 'sd, 2021–25: big science facilities added?', F('战略科技力量加快壮大,大科学装置新增2个', [2, '个']), 'five-year-review', 'lowercase', 'abbreviation', 'short');
e('target', 'SD26', 'Green-power industrial parks Shandong is building this year — how many?', F('推进万华新一代电池材料等10个绿电产业园建设', [10, '个']), 'relative-year', 'short');
e('figure', 'HN25', "Which 'Xizi' number made China's list of major agricultural S&T results, per Hunan's 2025 report?", F('“西子3号”入选中国农业农村重大科技新成果', [3]), 'pinyin');
e('target', 'HN25', "hunan 2025 — the 'two ??%' incentive for researchers: what percentage?", F('落实“两个70%”激励政策', pct(70)), 'year', 'lowercase', 'short');
e('target', 'YN25', 'yunnan 2025 livelihood projects: provincial children\'s rescue centres with level-III critical care, how many?', F('年度目标:建设1个具有儿童(含新生儿)重症救治III级水平的省级儿童医学救治中心', [1, '个']), 'year', 'lowercase', 'long');
e('target', 'AH26', "Anhui's 15th five-year plan: the modern industrial system it wants goes by what number code?", F('打造“1188”现代化产业体系', [1188]), 'plan-period');
e('figure', 'BJ25', "How many 'two major' projects did Beijing get all under way in 2024?", F('86个“两重”项目全部开工', [86, '个']), 'year', 'short');
e('target', 'SH26', 'Which Shanghai metro line is getting an eastern extension built this year?', F('上海示范区线、南枫线、13号线东延伸', [13]), 'relative-year', 'short');
e('figure', 'QT21', "Since Qiantang New Area was set up, how many criminal gangs has the anti-mafia campaign busted?", F('扫黑除恶专项斗争查处涉黑恶团伙74个', [74, '个']), 'pinyin');
e('figure', 'GS23', 'gongshu 2022: key projects like the hangzhou esports centre completed and put into use — count?', F('中国杭州电竞中心等64个重点项目竣工投用', [64, '个']), 'year', 'lowercase', 'pinyin', 'count');
e('target', 'GS23', "gongshu '23 plan: residential fire-safety drills, how many?", F('深入开展500场居住小区消防安全培训演练', [500, '场']), 'two-digit-year', 'lowercase', 'pinyin', 'short');
e('target', 'QT25', 'How many future communities did Qiantang plan to complete in 2025?', F('重点实施未来社区创建等民生要事,计划建成未来社区25个', [25, '个']), 'year', 'pinyin', 'short');
e('figure', 'HZ24', 'hz 2023 — AEDs added in public places?', F('新增公共场所自动体外除颤仪1671台', [1671, '台']), 'year', 'lowercase', 'abbreviation', 'short');
e('figure', 'QT25', 'qiantang 2024: talent co-ownership homes put on offer, number?', F('全年共推出人才共有产权房2173套', [2173, '套']), 'year', 'lowercase', 'pinyin', 'short');
e('target', 'HZ24', "Hangzhou's 2024 plan: international professional organisations' HQs or branches to attract — how many?", F('招引国际专业组织总部或分支机构5个', [5, '个']), 'year', 'long');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('xuchang 2025 retail sales growth?', 'nf-place', 'year', 'lowercase', 'pinyin', 'short');
nfe('How much grain did Jiaozuo harvest in 2024?', 'nf-place', 'year', 'pinyin');
nfe('shandong gdp 1975', 'nf-year', 'year', 'lowercase', 'short');
nfe('How many public swimming pools does Jiangsu have?', 'nf-indicator', 'short');

// ---- 4. trends and comparisons -------------------------------------------------------------------------------------
f('trend', 'trend-ask', ['JS25', 'JS26'], '江苏船舶海工出口规模占全国的份额 24年是几分之一 25年有变化没', F(['跨境电商平台进出口增长20.1%,船舶海工出口规模占全国1/3', '船舶海工出口规模占全国1/3以上'], [3]), 'from-to', 'year-compare', 'two-digit-year', 'mixed-script');
f('trend', 'trend-ask', ['SH25', 'SH26'], '上海25年报告里推进建设的那条南北转型轨交线 几号线 26年报告里还在加快建设吗', F(['湾区科创城等重点转型区域功能升级,推进19号线、南枫线等轨道交通线建设', '东延伸、19号线、20号线、21号线、23号线等轨道交通线'], [19]), 'from-to', 'year-compare', 'two-digit-year', 'long');
f('trend', 'trend-ask', ['ZJ25', 'ZJ26'], '云和梯田是哪年评上5A的 浙江26年报告回顾五年时又提了吗', F(['云和梯田景区、双龙风景旅游区成功创建国家5A级旅游景区', '台州府城、云和梯田、金华双龙成功创建国家5A级旅游景区'], [5]), 'from-to', 'year-compare', 'five-year-review', 'mixed-script');
f('trend', 'trend-ask', ['ZJ25', 'ZJ26'], '浙江24年深化的“3几5”科技创新体系 到十五五还接着搞吗', F(['深化“315”科技创新体系建设', '深入实施“315”科技创新体系建设、“415X”先进制造业集群培育工程'], [315]), 'from-to', 'plan-period', 'two-digit-year', 'mixed-script');
f('trend', 'trend-ask', 'QT21', '钱塘人口规模 十四五末要破多少万 到2035年又是多少万', F(['常住人口城镇化率达到90%,人口规模总量突破100万人', '新流入人口年均增幅位居全市九个星城前列,人口规模总量突破130万人'], [100, '万人'], [130, '万人']), 'from-to', 'plan-period', 'year');
f('trend', 'trend-ask', 'QT21', "qiantang built-up area goals: end of the 14th FYP vs 2035?", F(['建成区面积达到124平方公里,新增各类保障性住房5万套', '契合“拥江发展”的城市功能配套齐全优质,建成区面积达到150平方公里'], [124, '平方公里'], [150, '平方公里']), 'en', 'from-to', 'plan-period', 'lowercase', 'pinyin');
f('trend', 'trend-ask', 'GS23', '拱墅新认定的市级高层次人才 22年是多少名 23年目标比它高还是低', F(['入选国家级海外引才计划2名,新认定市级高层次人才1435名', '新增市级高层次人才1500名以上'], [1435, '名'], [1500, '名']), 'from-to', 'year-compare', 'two-digit-year');
f('trend', 'trend-ask', 'QT25', '钱塘的省级专精特新中小企业 24年新认定了几家 25年目标又是几家', F(['省级专精特新中小企业49家', '省专精特新中小企业70家'], [49, '家'], [70, '家']), 'from-to', 'year-compare', 'two-digit-year');
f('trend', 'trend-ask', 'HZ24', '杭州境外拓市场团组 23年组织了多少个 24年计划组织多少个', F(['共组织境外拓市场团组773个', '深化“双百双千”拓市场活动,组织外贸团组150个'], [773, '个'], [150, '个']), 'from-to', 'year-compare', 'two-digit-year');
f('trend', 'trend-ask', ['GD25', 'GD26'], '河源万绿湖评上国家几A级景区 是广东哪年报告里说的 26年报告回顾五年时还算进去了没', F(['动工建设韶关丹霞山文旅综合体,河源万绿湖入选国家5A级景区', '河源万绿湖入选国家5A级景区'], [5]), 'from-to', 'year-compare', 'five-year-review', 'mixed-script', 'long');
f('comparison', 'comparison-ask', ['ZJ25', 'ZJ26'], '浙江就业帮扶覆盖的重点群体 25年和26年各定了多少万 一样吗', F(['为80万重点群体提供就业帮扶,其中离校未就业高校毕业生', '为80万重点群体提供就业帮扶,面向重点群体开展'], [80, '万']), 'year-compare', 'two-digit-year', 'equal');
f('comparison', 'comparison-ask', ['GS23', 'HZ24'], '拱墅22年和杭州23年 新建的嵌入式体育场地 面积各多少 差多大', F(['新建嵌入式体育场地设施341片,超6万平方米', '新建嵌入式体育场地68.5万平方米'], [6, '万平方米'], [68.5, '万平方米']), 'two-places', 'two-digit-year', 'difference');
f('comparison', 'comparison-ask', 'HZ24', '杭州23年进服务业企业500强的 和进民营服务业100强的 各几家 差几家', F(['30家企业入选中国服务业企业500强', '13家企业入选中国民营企业服务业100强'], [30, '家'], [13, '家']), 'same-report', 'two-digit-year', 'difference');
f('comparison', 'comparison-ask', 'QT25', '钱塘24年新入选的制度创新案例 省级最佳的和市级优秀的 哪个多', F(['省级自贸试验区最佳制度创新案例4项', '市级优秀制度创新案例9项'], [4, '项'], [9, '项']), 'same-report', 'two-digit-year', 'which-higher');
f('comparison', 'comparison-ask', 'GS23', '拱墅安置房 22年竣工交付了几个项目 23年计划竣工几个 哪年多', F(['17个项目主体结顶,10个项目竣工交付', '竣工安置房项目8个,回迁安置2260户'], [10, '个'], [8, '个']), 'year-compare', 'two-digit-year', 'which-higher');
f('comparison', 'comparison-ask', ['QT25', 'GS23'], '钱塘24年新增的绿地 跟拱墅22年新增的比 哪边多', F(['新建、改建公园7个,新增绿地70.46万平方米', '城区扩绿持续推进,新增绿地面积71.8万平方米'], [70.46, '万平方米'], [71.8, '万平方米']), 'two-places', 'two-digit-year', 'which-higher');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'GS23', '拱墅23年 新增知识产权示范企业和万人发明专利拥有量 分别定了多少', F('新增知识产权示范企业22家、万人发明专利拥有量90件以上', [22, '家'], [90, '件']), 'two-digit-year');
f('multi', 'multi-ask', 'HZ24', '杭州前年 跨境电商进出口额和集成电路产业营收 各要冲到多少亿', F(['力争全年跨境电商进出口额达1500亿元', '集成电路产业营收800亿元以上'], [1500, '亿元'], [800, '亿元']), 'relative-year', 'colloquial');
f('multi', 'multi-ask', 'QT25', '钱塘24年战新 高端装备 高新技术这三块增加值 分别涨了多少 一口气说完', F('战略性新兴产业、高端装备制造业、高新技术产业增加值分别增长6.2%、5.7%和4.2%', pct(6.2), pct(5.7), pct(4.2)), 'two-digit-year', 'colloquial', 'long');
f('multi', 'multi-ask', 'HN25', '湖南25年报告里 科技创新高地和改革开放高地的标志性工程 各是几大', F(['加快推进科技创新高地5大标志性工程', '聚焦改革开放高地3大标志性工程'], [5, '大'], [3, '大']), 'two-digit-year', 'count');
f('multi', 'multi-ask', 'SD26', '山东去年 获中国质量奖的单位和扎实落地的合作事项 各有多少', F(['3家单位获中国质量奖', '晋冀鲁豫大宗商品骨干流通走廊等50余个合作事项扎实落地'], [3, '家'], [50]), 'relative-year', 'count');
f('multi', 'multi-ask', 'QT21', '钱塘十四五目标里 PM2.5年均浓度控制线和空气优良天数比率 一起列一下', F('PM2.5年均浓度控制在32微克/立方米以下,城市空气质量优良天数比率达到90%以上', [32, '微克/立方米'], pct(90)), 'plan-period', 'mixed-script');
f('overview', 'overview-ask', 'SD26', '山东这五年经济大盘 总的来说怎么样', { ...F('全省地区生产总值年均增长5.9%、高于全国0.5个百分点'), lead: 5.9 }, 'five-year-review', 'plan-period');
f('overview', 'overview-ask', 'JS26', "jiangsu's economy across 2021–25 — the broad strokes?", { ...F('地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%'), lead: 14.2 }, 'en', 'five-year-review', 'plan-period', 'lowercase');
f('outline', 'outline-ask', 'QT25', '钱塘去年那七个“聚焦” 按顺序报一下', O('QT25'), 'relative-year', 'colloquial');
f('outline', 'outline-ask', 'GS23', '拱墅23年实现目标的主要措施 四大块标题是啥', O('GS23'), 'two-digit-year', 'short');
f('outline', 'outline-ask', 'GS25', 'gongshu 2025 plan — headline themes only, no numbers', O('GS25'), 'en', 'year', 'lowercase', 'pinyin');
f('outline', 'outline-ask', 'ZJ25', '浙江25年报告定的重点工作 一共几方面 挨个儿说', O('ZJ25'), 'two-digit-year', 'colloquial');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('长治去年工业增速 规上的 多少来着', 'nf-place', 'relative-year', 'short');
nf('荆州25年接待了多少游客', 'nf-place', 'two-digit-year', 'short');
nf('营口港前年货物吞吐量多少亿吨', 'nf-place', 'relative-year');
nf('廊坊今年招商引资的目标是多少亿', 'nf-place', 'relative-year');
nf('驻马店24年粮食总产量 报告里怎么说的', 'nf-place', 'two-digit-year');
nf('晋中今年打算新开工多少个亿元以上项目', 'nf-place', 'relative-year');
nf('临汾前年的地方财政收入 麻烦给个原文出处', 'nf-place', 'relative-year', 'long');
nf('浙江1981年的地区生产总值多少', 'nf-year', 'year', 'short');
nf('北京1978年常住人口有多少', 'nf-year', 'year', 'short');
nf('福建1976年的粮食产量是多少', 'nf-year', 'year', 'short');
nf('上海鸡蛋零售均价一斤多少钱', 'nf-indicator', 'colloquial');
nf('山东去年查处酒驾多少起', 'nf-indicator', 'relative-year', 'short');
nf('杭州动物园一年接待多少游客', 'nf-indicator', 'short');
nf('广东电动自行车骑行头盔佩戴率多少 报告没提的话直说', 'nf-indicator', 'long');

// ---- 1. conversations, 2–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('钱塘24年新招引的35周岁以下大学生 数量多少'),
  T('换到拱墅 22年那会儿新增的呢', 'figure', 'GS23', F('新增高技能人才4800人,新增35周岁以下大学生3.4万人', [3.4, '万人']), 'elliptical', 'place-switch', 'year-switch', 'two-digit-year'),
  T('俩地方谁招得多', 'comparison', ['QT25', 'GS23'], F(['新招引35周岁以下大学生3.4万名', '新增高技能人才4800人,新增35周岁以下大学生3.4万人'], [3.4, '万名'], [3.4, '万人']), 'elliptical', 'comparison', 'which-higher', 'equal', 'short'),
]);
conv([
  T('钱塘24年迭代出台的人才新政 是多少条'),
  T('那年落地的高层次人才创业项目呢', 'figure', 'QT25', F('迭代出台“人才新政30条”,落地高层次人才创业项目61个', [61, '个']), 'elliptical', 'topic-switch', 'short'),
  T('往后挪一年 25年打算落地几个', 'target', 'QT25', F('落地高层次人才项目60个', [60, '个']), 'elliptical', 'year-switch', 'and-the-target', 'two-digit-year'),
]);
conv([
  T('杭州23年省科技型中小企业新认定了几家'),
  T('what did they aim for on that in 2024?', 'target', 'HZ24', F('力争新增国家高新技术企业2000家、新增省科技型中小企业3000家', [3000, '家']), 'elliptical', 'and-the-target', 'en', 'mixed-language', 'year'),
  T('and enterprise R&D centres at city level or above?', 'target', 'HZ24', F('新增市级及以上企业研发机构200家', [200, '家']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
  T('孵化器那项呢', 'target', 'HZ24', F('新增孵化器(众创空间)50家', [50, '家']), 'elliptical', 'topic-switch', 'mixed-language', 'short'),
]);
conv([
  T('拱墅23年计划新建几所学校'),
  T('哦不 我要的是22年实际竣工的', 'figure', 'GS23', F('不断扩大优质教育资源供给,竣工学校18所', [18, '所']), 'elliptical', 'self-correction', 'plan-to-result', 'two-digit-year', 'short'),
  T('那年托位新增了多少个', 'figure', 'GS23', F('新增普惠型托育机构5家、社区成长驿站12家、托位1194个', [1194, '个']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('杭州23年二次供水设施改造完成了多少个'),
  T('搞错了 应该问拱墅 22年改了几个小区', 'figure', 'GS23', F('提升改造公厕20座,16个小区二次供水改造完成', [16, '个']), 'elliptical', 'self-correction', 'place-switch', 'two-digit-year'),
]);
conv([
  T('杭州前年的计划 重点工作分了几大块'),
  T('第三块 科技那部分细说 概念验证中心新建几家', 'target', 'HZ24', F('加大关键技术研发,新创建概念验证中心3家', [3, '家']), 'elliptical', 'after-outline'),
  T('国产替代那个目标多少项', 'target', 'HZ24', F('力争国产替代30项以上', [30, '项']), 'elliptical', 'after-outline', 'short'),
  T('再往后 民生保障那块 认知障碍床位每万老年人要几张', 'target', 'HZ24', F('加快医康养有效融合,每万老年人拥有认知障碍床位数达到17张', [17, '张']), 'elliptical', 'after-outline'),
]);
conv([
  T('拱墅22年申请到的专项债额度是多少'),
  T('and the rent relief for small firms and sole traders that year — how much?', 'figure', 'GS23', F('减免2882家小微企业和个体工商户租金1.7亿元', [1.7, '亿元']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
  T('留抵退税办了多少', 'figure', 'GS23', F('办理留抵退税56.9亿元', [56.9, '亿元']), 'elliptical', 'topic-switch', 'mixed-language', 'short'),
]);
conv([
  T('Qiantang in 2024: number of signed projects worth at least 100m yuan?'),
  T('落地的里头10亿元以上的几个', 'figure', 'QT25', F('落地亿元以上项目67个,其中10亿元以上项目16个', [16, '个']), 'elliptical', 'part-vs-total', 'mixed-language', 'short'),
  T('and for 2025, how many 5bn-yuan-plus deals did they commit to signing?', 'target', 'QT25', F('确保签约50亿元以上项目2个', [2, '个']), 'elliptical', 'year-switch', 'en', 'mixed-language', 'year'),
]);
conv([
  T('杭州23年盘活的低效工业用地有多少亩'),
  T('濮阳有没有这个数', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('那算了 接着说杭州 那年新建的标准厂房多少万平方米', 'figure', 'HZ24', F('全年建设标准厂房1601万平方米,完成年度目标的160.1%,其中新建796.3万平方米', [796.3, '万平方米']), 'elliptical', 'after-not-found', 'part-vs-total'),
]);
conv([
  T('钱塘新区成立以来 新引进亿元以上项目多少个'),
  T('领军型人才引进了多少', 'figure', 'QT21', F('新引进领军型人才75人', [75, '人']), 'elliptical', 'topic-switch', 'short'),
  T('山东25年要开工的石岛湾核电 是几号机组', 'target', 'SD25', F('开工招远一期、石岛湾核电2号机组', [2]), 'no-inherit', 'topic-switch', 'two-digit-year', 'short'),
]);
conv([
  T('浙江25年报告里那个“141”基层治理体系 是要完善还是新建'),
  T('到26年报告里这套体系还在迭代吗', 'trend', 'ZJ26', F('以坚持和发展新时代“枫桥经验”为引领,迭代完善“141”基层治理体系', [141]), 'elliptical', 'from-to', 'year-switch'),
  T('拱墅23年也有个跟“141”贯通的体系 那个叫“16几几”', 'target', 'GS23', F('深化数字化改革,推进“1612”与“141”体系贯通', [1612]), 'elliptical', 'place-switch', 'two-digit-year', 'mixed-script'),
]);
conv([
  T('杭州23年改造了多少个城镇老旧小区'),
  T('第二年计划改多少', 'target', 'HZ24', F('深入推进第二轮老旧小区改造三年行动,完成改造老旧小区200个', [200, '个']), 'elliptical', 'year-switch', 'and-the-target', 'short'),
  T('少改了多少个', 'comparison', ['HZ24'], F(['完成城镇老旧小区改造269个', '完成改造老旧小区200个'], [269, '个'], [200, '个']), 'elliptical', 'comparison', 'difference', 'short'),
]);
conv([
  T('钱塘去年要新增的省专精特新中小企业 目标几家'),
  T('高技能人才和新农人总数 各定了多少', 'multi', 'QT25', F('新增高技能人才3000名,“新农人”总数达6000人以上', [3000, '名'], [6000, '人']), 'elliptical', 'multi', 'topic-switch'),
  T('海外领军人才呢', 'target', 'QT25', F('新引育市级以上海外领军人才50名', [50, '名']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('shandong, 2024 — how many of its results took national S&T prizes?'),
  T('打破国外垄断的那个聚烯烃装置 是多少万吨的', 'figure', 'SD25', F('20万吨聚烯烃装置、高强高模碳纤维材料打破国外垄断', [20, '万吨']), 'elliptical', 'topic-switch', 'mixed-language'),
  T("and the share of government services you could do online that year?", 'figure', 'SD25', F('创新应用“鲁通码”,政务服务事项网上可办率90%以上', pct(90)), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
]);
conv([
  T('福建去年有几所职业院校升格本科'),
  T('落地沪明临港、广龙合作产业园的项目几个', 'figure', 'FJ26', F('19个项目落地沪明临港产业园、广龙合作产业园', [19, '个']), 'elliptical', 'topic-switch', 'count'),
  T('亮相联合国气候变化大会的典型案例呢', 'figure', 'FJ26', F('3个典型案例亮相联合国气候变化大会', [3, '个']), 'elliptical', 'topic-switch', 'short'),
  T('群众安全感率到多少', 'figure', 'FJ26', F('平安中国建设考核获评优秀,群众安全感率99%以上', pct(99)), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('拱墅22年新增绿地面积多少'),
  T('绿道提升了多少公里', 'figure', 'GS23', F('提升绿道23.6公里,京杭大运河绿道被评为浙江省最美绿道', [23.6, '公里']), 'elliptical', 'topic-switch', 'short'),
  T('23年计划建的绿道比这个长还是短', 'comparison', ['GS23'], F(['提升绿道23.6公里,京杭大运河绿道被评为浙江省最美绿道', '新增绿地35万平方米,建设绿道8.3公里'], [23.6, '公里'], [8.3, '公里']), 'elliptical', 'comparison', 'which-higher', 'year-switch'),
]);
conv([
  T('Hangzhou 2023: how many 5G base stations were built?'),
  T('and per 10,000 residents?', 'figure', 'HZ24', F('完成5G基站建设2315座,每万人拥有5G基站数超过28个', [28, '个']), 'elliptical', 'en', 'short'),
  T('how many firms hooked up to the new-type internet exchange centre?', 'figure', 'HZ24', F('持续推进国家(杭州)新型互联网交换中心应用,完成230家企业接入', [230, '家']), 'elliptical', 'topic-switch', 'en', 'lowercase'),
  T('换中文问 智能计算中心第二期建的是多少P算力', 'figure', 'HZ24', F('完成杭州市智能计算中心第二期100P算力建设', [100]), 'elliptical', 'topic-switch', 'mixed-language', 'mixed-script'),
]);
conv([
  T('杭州23年建成的河湖缓冲带多少公里'),
  T('钱塘24年呢 水质基本稳定的地表水监测点有几个', 'figure', 'QT25', F('222个地表水监测点水质状况基本稳定', [222, '个']), 'elliptical', 'place-switch', 'year-switch', 'two-digit-year'),
]);
conv([
  T('Gongshu 2022: how many road projects were pushed forward, and how long in total?'),
  T('完工的有几条', 'figure', 'GS23', F('开工康钢路等21条,完工沈康路等36条', [36, '条']), 'elliptical', 'mixed-language', 'short'),
]);
conv([
  T('拱墅23年计划 “亿元楼”要打造多少幢'),
  T('持牌金融机构总量想做到几家', 'target', 'GS23', F('推进星展银行等国际持牌金融机构落地,力争总量达到12家', [12, '家']), 'elliptical', 'topic-switch', 'short'),
  T('上市企业培育几家', 'target', 'GS23', F('培育上市企业3家以上', [3, '家']), 'elliptical', 'topic-switch', 'short'),
  T('实际利用外资目标呢', 'target', 'GS23', F('多措并举吸引外资落地,实际利用外资6亿美元以上', [6, '亿美元']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T("anhui 2025: what's the name of the listing drive that runs alongside the 'Yingkesong' plan?"),
  T('26年报告里这个“科创多少”还在搞吗', 'trend', 'AH26', F('加力实施企业上市“迎客松行动”计划和“科创100”上市专项行动', [100]), 'elliptical', 'from-to', 'year-switch', 'mixed-language', 'mixed-script'),
  T('同一份报告里 科创引领高地是“几+N”格局', 'target', 'AH26', F('形成科创引领高地“3+N”发展格局', [3]), 'elliptical', 'topic-switch', 'same-report', 'mixed-script'),
]);
conv([
  T('钱塘新区成立以来 化工类企业关停转迁了几家'),
  T('腾出来再开发的低效用地有多少亩', 'figure', 'QT21', F('完成11家化工类企业关停转迁,实现低效用地再开发3500亩', [3500, '亩']), 'elliptical', 'topic-switch', 'short'),
  T('到十四五末 全员劳动生产率要到多少', 'target', 'QT21', F('人均生产总值达到16万元,全员劳动生产率40万元以上', [40, '万元']), 'elliptical', 'year-switch', 'plan-period'),
  T('人才资源总量呢', 'target', 'QT21', F('人才资源总量突破27万人', [27, '万人']), 'elliptical', 'topic-switch', 'short'),
]);

// ---------------------------------------------------------------------------------------------------------------
// The Chinese multi-figure part: its first figure is the asked one and must not be the first number of its report
// sentence (years and dates aside), or the case measures nothing the single-figure sets do not.
checkAskedFigureNotFirst(cases);

// Split as fresh-y, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'z', last: 'y' });
