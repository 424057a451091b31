#!/usr/bin/env node
// Writes the fresh-y sets: eval/fresh-y/y-tune.jsonl and eval/fresh-y/y-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-y/make.mjs [--check]
//
// A thirteenth held-out question set written BEFORE any fix, as fresh-m … fresh-x, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording and without running the bot to choose or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports), with wording other than fresh-s's … fresh-x's (other follow-up phrasings, verbs, fragments,
// typos, traditional characters, mixed scripts, short and long asks). Six parts:
//   1. conversations of 2–4 turns (every later turn scored): 广东那年产能上来的晶圆呢 → 俩尺寸一样不 / 换成今年的报告 …
//      (year switch) / "and what's the 2025 goal for …?" → 县域重点产业链那块 … / 不对 我记得是26年报告里的 (a year
//      self-correction) / 记岔了 是山东的 (a place self-correction) / 第3条具体说说 … → 第7条千万工程那块 … → 后面那份民生实事
//      清单 … (after an outline) / zh → en → zh and en → zh → en threads / 1984年那届呢 报告里有没有 (a scored not-answerable turn) → 算了 还说
//      云南 … / 26年报告里说这个纪念活动保障完成了没 → 山东那年报告也提了纪念活动 … / 后一年比前一年多几条 / 这俩谁大 /
//      那年是八八战略实施多少周年 (a trend turn) / a multi turn (… 各是多少所 几类) / a complete new question after a five-year
//      thread;
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin, typos, abbreviations),
//      4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure (checked here: not the first number of its report sentence, years aside);
//   4. trends (连拿几年 / 多少周年 / from–to: 24年说到哪 25年呢, 计划建成 → 建成了没, 开建 → 开工了没) and A vs B comparisons
//      (two reports, two policies of one report, two years of one report);
//   5. several indicators in one ask (multi), two five-year overviews and outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-04: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-x: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-x, plus the
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
// kinds as fresh-x: second-of-pair, after-other (another indicator's figure comes first), part-vs-total, rank, range,
// count; new: date (the day of a dated event, after its month)
s('figure', 'BJ25', '北京24年跟3号线一期一块儿开通的 还有哪条整线 几号线', F('逐步改善交通出行条件,开通3号线一期、12号线、昌平线南延一期', [12]), 'second-of-pair', 'two-digit-year', 'mixed-script');
s('target', 'FJ25', '福建25年开建的福州地铁西延线 是几号线的', F('福州地铁6号线西延线', [6]), 'target', 'after-other', 'two-digit-year', 'short');
s('figure', 'FJ25', '福建24年扛过去的那场持续性极端强降雨 是“6·几”', F('有力防范应对“6·9”持续性极端强降雨', [9]), 'date', 'two-digit-year', 'mixed-script', 'short');
s('target', 'FJ25', '福建25年推进建设的厦门港翔安泊位 是1号到几号', F('福莆宁F2和F3线、厦门港翔安1—5号泊位', [5]), 'target', 'range', 'after-other', 'two-digit-year');
s('figure', 'GD25', '广东24年率先出台的设备更新和以旧换新政策体系 “1+3+几”', F('推进大规模设备更新和消费品以旧换新,率先出台“1+3+8”政策体系', [8]), 'second-of-pair', 'two-digit-year', 'mixed-script');
s('figure', 'GD25', '陆风核电24年拿到核准的 除了1号机组还有几号', F('汕尾陆丰核电1、2号机组获国家核准', [2]), 'second-of-pair', 'two-digit-year', 'typo', 'short');
s('figure', 'GD25', '广东24年梅州那场特大暴雨 是6月几号的', F('梅大高速茶阳路段塌方灾害、梅州市“6·16”特大暴雨', [16]), 'date', 'two-digit-year', 'short');
s('target', 'GD26', '广东今年连续健康管理的重点人群里 老年人按多少岁以上算', F('为孕产妇、0—6岁儿童、65岁以上老年人以及高血压', [65, '岁']), 'target', 'after-other', 'relative-year');
s('figure', 'GD26', '总书记去年11月来广东视察、出席全运会开幕式 是6号到几号', F('11月6日至10日,习近平总书记亲临广东视察', [10]), 'date', 'relative-year');
s('figure', 'JS25', '江苏24年东数西算长三角枢纽那个算力平台 “1+”后面跟几', F('“东数西算”长三角枢纽“1+4”算力平台互联互通加快推进', [4]), 'second-of-pair', 'two-digit-year', 'mixed-script');
s('figure', 'JS26', '江苏这五年搭起来的全球首个外场试验网 是几G的', F('“中国科学十大进展”,全球首个6G外场试验网成功搭建', [6]), 'after-other', 'five-year-review', 'mixed-script', 'short');
s('figure', 'JS26', '江苏数量一直保持全国首位的景区 是几A级的', F('入选联合国教科文组织非遗项目、5A级旅游景区数量保持全国首位', [5]), 'after-other', 'five-year-review', 'mixed-script', 'short');
s('figure', 'SD26', '山东去年推出的好客山东旅游列车 叫“齐鲁几号”', F('创新推出好客山东“齐鲁1号”旅游列车', [1]), 'after-other', 'relative-year', 'short');
s('figure', 'SD26', '山东这五年加速构建的人才集聚雁阵格局 是“几+N”', F('“1313”实验室体系全面建成,“2+N”人才集聚雁阵格局加速构建', [2]), 'after-other', 'five-year-review', 'mixed-script', 'short');
s('target', 'SD26', '山东的津潍高铁 报告里定的哪年建成', F('高铁里程突破3400公里,2027年、2028年分别建成津潍、潍宿高铁', [2027]), 'target', 'after-other', 'year-ask', 'short');
s('figure', 'SH25', '上海24年启动建设的首批自贸区联动创新区 是“6+几”', F('“6+1”首批自贸试验区联动创新区启动建设', [1]), 'second-of-pair', 'two-digit-year', 'mixed-script');
s('target', 'SH25', '上海25年加快建设的轨交线里 南延伸的那条是几号线', F('加快建设崇明线、嘉闵线、12号线西延伸、15号线南延伸', [15]), 'target', 'after-other', 'two-digit-year');
s('figure', 'SH26', '上海去年推进的重点行业领域整治 是“几+2”', F('推进电动自行车、厂房仓库等“5+2”重点行业领域整治', [5]), 'after-other', 'relative-year', 'mixed-script', 'short');
s('figure', 'YN25', '云南24年启动的高本贯通改革试点 是“3+几”', F('启动职业教育“3+4”中本贯通和“3+2”高本贯通改革试点', [2]), 'second-of-pair', 'two-digit-year', 'mixed-script', 'short');
s('figure', 'YN25', '云南24年镇雄那次山体滑坡 是1月几号', F('稳妥处置镇雄“1·22”山体滑坡灾害', [22]), 'date', 'two-digit-year', 'short');
s('figure', 'HN25', '湖南24年深入推进的长江经济带污染治理工程 叫“几+1”', F('中部崛起127项重点任务落地实施,长江经济带污染治理“4+1”工程深入推进', [4]), 'after-other', 'two-digit-year', 'mixed-script');
s('figure', 'HN25', '湖南24年加快构建的现代化产业体系 是“4×几”', F('新质生产力稳步发展,“4×4”现代化产业体系加快构建', [4]), 'after-other', 'two-digit-year', 'mixed-script', 'short');
s('figure', 'HN25', '湘西鳳凰古城24年創的是國家幾A級景區', F('湘西凤凰古城成功创建国家5A级旅游景区', [5]), 'after-other', 'two-digit-year', 'traditional', 'short');
s('figure', 'ZJ25', '浙江24年组建完成的那批专项基金 是“几+1”的', F('完成17支“4+1”专项基金组建', [4]), 'after-other', 'two-digit-year', 'mixed-script', 'short');
s('figure', 'CN25', '24年那次部署一揽子增量政策的中央政治局会议 是9月几号开的', F('特别是坚决贯彻落实9月26日中央政治局会议', [26]), 'date', 'two-digit-year');
s('figure', 'AH26', '安徽这五年做到行政村全覆盖的是几G信号', F('公用充电桩覆盖所有乡镇,5G信号覆盖所有行政村', [5]), 'after-other', 'five-year-review', 'mixed-script', 'short');
s('figure', 'FJ26', '福州去年获评的“最具幸福感城市” 是哪个年度的', F('城乡居民基础养老金最低标准调增11.8%,福州获评“2025最具幸福感城市”', [2025]), 'after-other', 'relative-year', 'year-ask', 'short');
s('figure', 'HZ24', '杭州23年迎亚运环境提升 整治了多少个入城口', F('专项行动,21条铁路、39个入城口', [39, '个']), 'second-of-pair', 'two-digit-year', 'count', 'short');
s('figure', 'HZ24', '杭州亚运会的观赛规模 超过多少万人次', F('赛事平均上座率超90%,观赛规模超370万人次', [370, '万人次']), 'after-other', 'short');
s('figure', 'HZ24', '杭州23年志愿服务 参与的有多少万人次', F('开展志愿服务40.7万场,324.4万人次参与', [324.4, '万人次']), 'after-other', 'two-digit-year', 'short');
s('figure', 'HZ24', '杭州23年给来杭求职大学生免费住的房间 推出了多少间', F('推出青荷驿站35个、来杭求职大学生可免费入住的房间818个', [818, '个']), 'after-other', 'two-digit-year', 'count');
s('figure', 'HZ24', '杭州23年新晋3A级以上的物流企业有几家', F('入选2023年度全国物流50强企业4家、新晋3A级以上物流企业10家', [10, '家']), 'after-other', 'two-digit-year', 'mixed-script', 'count');
s('figure', 'HZ24', '杭州强村富民那块 飞地抱团项目累计搞了多少个', F('累计培育强村公司524家、实施飞地抱团项目127个', [127, '个']), 'after-other', 'count');
s('figure', 'HZ24', '杭州23年新入选的共富观察点 几个', F('新入选省级共富试点3个、最佳实践7个、共富观察点8个', [8, '个']), 'after-other', 'two-digit-year', 'count', 'short');
s('figure', 'HZ24', '杭州23年新增的托位里头 普惠托位占多少个', F('新增托位6870个(其中普惠托位5505个)', [5505, '个']), 'part-vs-total', 'two-digit-year');
s('figure', 'HZ24', '第五届茶博会在杭州办的 意向交易额是多少亿', F('成功举办第五届中国国际茶博会,现场交易额1.7亿元、意向交易额38亿元', [38, '亿元']), 'after-other', 'short');
s('figure', 'HZ24', '杭州治气攻坚 国二及以下柴油叉车累计淘汰了多少台', F('累计淘汰国四及以下柴油汽车5.1万辆、国二及以下柴油叉车6315台', [6315, '台']), 'after-other');
s('target', 'HZ24', '杭州24年五大产业生态圈 新材料规模要冲到多少亿', F('高端装备、新材料、绿色能源产业规模分别突破9000亿元、1000亿元、7300亿元、1800亿元、2500亿元', [1800, '亿元']), 'target', 'after-other', 'two-digit-year', 'long');
s('target', 'HZ24', '杭州24年新招收进站的博士后 目标多少名', F('新引进(留杭)博士2000名以上,新招收进站博士后800名以上', [800, '名']), 'target', 'after-other', 'two-digit-year', 'short');
s('figure', 'QT25', '钱塘24年三次产业结构 二产占比是多少', F('三次产业结构为0.9:57.7:41.4', [57.7]), 'part-vs-total', 'two-digit-year', 'short');

// ---- 2. English single-turn questions -------------------------------------------------------------------------------
e('figure', 'AH25', "How many firms did Anhui's 'grow together' financing scheme for tech start-ups reach in 2024?", F('扩面实施金融支持科创企业“共同成长计划”,惠及企业1.2万家', [1.2, '万家']), 'year');
e('target', 'AH25', 'anhui 2025 — backbone power capacity to be completed and switched on?', F('建成投运支撑性电源装机496万千瓦', [496, '万千瓦']), 'year', 'lowercase', 'short');
e('target', 'AH25', 'anhui 2025: new 100m-yuan-plus key projects to break ground, number', F('加强项目全周期服务调度和要素保障,全年新开工亿元以上重点项目1000个以上', [1000, '个']), 'year', 'lowercase', 'short');
e('figure', 'AH26', 'How many world-first technologies ended up in production cars in Anhui last year?', F('构建开放型汽车生态实验室体系,20多项全球首发技术装车应用', [20]), 'relative-year', 'count');
e('target', 'BJ25', 'bj 2025 — qualifications to be mutually recognised across jing-jin-ji, at least how many items?', F('推动公共服务资源共建共享,实现20项以上互认资质资格统一规范办理', [20, '项']), 'year', 'lowercase', 'abbreviation', 'pinyin');
e('target', 'BJ25', "How many results from Beijing's three science cities should the innovative cluster demonstration zone take on in 2025?", F('创新型产业集群示范区承接三大科学城成果不少于300项', [300, '项']), 'year', 'long');
e('figure', 'BJ26', 'Which generation of mobile network did Beijing build a small-scale experimental network for in 2025?', F('世界人形机器人运动会举世瞩目,6G小规模实验网率先建成', [6]), 'year');
e('figure', 'FJ25', "fujian's first batch of carbon-peaking pilots — cities, parks and public bodies — how many in 2024?", F('出台加强生态环境分区管控实施意见,首批16个碳达峰试点城市、园区和公共机构加快建设', [16, '个']), 'year', 'lowercase', 'count');
e('target', 'FJ25', 'How much is Fujian putting into rural building-quality upgrades in 2025?', F('完成农村建设品质提升投资260亿元以上', [260, '亿元']), 'year', 'short');
e('figure', 'FJ25', "Per Fujian's 2025 report, how much in special loans for private small firms has been issued so far?", F('设立省民营经济发展促进中心,累计投放200亿元民营中小微企业提质争效专项贷款', [200, '亿元']), 'long');
e('figure', 'FJ26', 'fj 2025: pilot expert teams formed for key industrial chains, number?', F('实施“人才兴链”行动,试点组建4个重点产业链特聘专家团', [4, '个']), 'year', 'lowercase', 'abbreviation', 'short');
e('figure', 'FJ26', "what was the outreach rate of fujian's county medical communities' 'six centres' to grassroots clinics in 2025?", F('县域医共体“六大中心”基层辐射率达96.9%', pct(96.9)), 'year', 'lowercase');
e('figure', 'GD25', 'guangdong 2024: new expressway exits to neighbouring provinces — how many?', F('新增南雄至信丰、龙川至寻乌2条高速公路出省通道', [2, '条']), 'year', 'lowercase', 'short');
e('figure', 'GD25', 'Guangdong basically finished renewing ageing gas pipes in 2024 — pipes older than how many years?', F('狠抓重点行业领域隐患排查整治,基本完成20年以上老化燃气管道更新改造', [20, '年']), 'year');
e('figure', 'GD25', "guangdong's real-time population, roughly — per the 2025 report", F('营商环境优良,实时人口1.5亿左右', [1.5, '亿']), 'lowercase', 'short');
e('figure', 'GD26', 'How many Shenzhen pilot-demonstration-zone experiences were promoted nationwide in 2021–25?', F('创造型、引领型改革全面推进,深圳中国特色社会主义先行示范区47项经验', [47, '项']), 'five-year-review', 'plan-period', 'long');
e('target', 'GD26', 'gd 2026: minimum daily physical activity time for school kids?', F('推动中小学生每天综合体育活动时间不低于2小时', [2, '小时']), 'year', 'lowercase', 'abbreviation', 'short');
e('figure', 'JS25', "Jiangsu's three-year smart-manufacturing drive: how many companies got a diagnosis in total?", F('如期完成制造业智能化改造和数字化转型三年行动计划,累计诊断企业超6万家', [6, '万家']), 'count');
e('target', 'JS25', 'what size of container terminal is jaingsu building at lianyungang in 2025?', F('加快建设连云港20万吨级集装箱码头', [20]), 'year', 'lowercase', 'typo', 'pinyin');
e('target', 'JS26', "jiangsu's unified provincial psychological-aid hotline — which number?", F('统筹建强全省统一的12356心理援助热线体系', [12356]), 'lowercase', 'short');
e('figure', 'SD25', 'What share of farm households in Shandong take part in agricultural industrialisation, per the 2025 report?', F('农业社会化服务组织总量居全国首位,85%以上农户参与农业产业化经营', pct(85)), 'long');
e('target', 'SD25', 'shandong 2025: visa-free transit of how many hours is it leaning on for tourism?', F('用好入境免签和240小时过境免签政策', [240, '小时']), 'year', 'lowercase');
e('target', 'SD25', 'How big is the education grant per eligible orphan in Shandong in 2025?', F('留守儿童关爱服务,为符合条件的孤儿每人发放1万元助学金', [1, '万元']), 'year', 'short');
e('target', 'SD25', 'shangdong 2025 — new provincial-or-above archaeological site parks?', F('建好文物保护利用示范区,新建5处省级以上考古遗址公园', [5, '处']), 'year', 'lowercase', 'typo', 'short');
e('figure', 'SD26', "How many points did Shandong's share of good-quality surface-water sections gain in 2025?", F('地表水国考断面优良水体比例提升4.6个百分点', [4.6, '个百分点']), 'year');
e('figure', 'SH25', "shanghai 2024, size of the public-resources 'one-network trading' platform?", F('公共资源“一网交易”规模达到1.2万亿元', [1.2, '万亿元']), 'year', 'lowercase', 'short');
e('figure', 'SH26', 'How many measures were in the Hongqiao international trade centre platform package that took effect last year?', F('出台实施虹桥国际商务区及周边地区专项规划,虹桥国际贸易中心新平台建设“33条”落地见效', [33, '条']), 'relative-year', 'pinyin');
e('figure', 'SH26', 'sh 2025 — what sample share was the population sample survey?', F('生育友好岗等生育支持政策,完成1%人口抽样调查', pct(1)), 'year', 'lowercase', 'abbreviation', 'short');
e('figure', 'ZJ25', "How many of Zhejiang's high-level universities got 'one school, one policy' plans, per the 2025 report?", F('推动高等教育内涵式发展,12所高水平大学“一校一策”建设方案加快实施', [12, '所']), 'count');
e('figure', 'GD25', "How many of Guangdong's institutional-opening pilot tasks had all landed by the end of 2024?", F('出台广东自贸试验区提升战略行动方案,对接国际高标准推进制度型开放试点33项任务全部落地', [33, '项']), 'year');
e('figure', 'ZJ26', 'the tiaozhoumen channel that opened in 2025 — what ship size?', F('中欧北极集装箱航线成功首航,30万吨级条帚门航道建成投运', [30]), 'year', 'lowercase', 'pinyin', 'short');
e('figure', 'YN25', 'yunnan: how many prefectures had a university by 2024?', F('实现16个州(市)高等学校全覆盖', [16, '个']), 'year', 'lowercase', 'count', 'short');
e('figure', 'HN25', "How many landmark projects anchor Hunan's advanced-manufacturing highland drive, per the 2025 report?", F('以先进制造业高地3大标志性工程为牵引', [3, '大']), 'count');
e('target', 'SD25', 'shandong 2025: pilots for upgrading whole chains of signature farm products — how many?', F('菏泽肉羊等14个优势特色农业全产业链提质增效试点', [14, '个']), 'year', 'lowercase', 'count');
e('target', 'FJ25', "How many 'single-document' multimodal pilot routes will Fujian add in 2025?", F('补齐多式联运、仓储设施等短板,新培育5条“一单制”试点线路', [5, '条']), 'year', 'short');
e('target', 'YN25', "How many areas of work does Yunnan's 2025 report set out for the year?", F('具体要抓好9个方面的工作', [9, '个']), 'year', 'count', 'short');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('anyang 2025 fixed investment, growth rate?', 'nf-place', 'year', 'lowercase', 'pinyin', 'short');
nfe('Mudanjiang 2024 grain harvest — how much?', 'nf-place', 'year', 'pinyin');
nfe('fujian gdp in 1977?', 'nf-year', 'year', 'lowercase', 'short');
nfe("What's the average hotel occupancy rate in Shanghai?", 'nf-indicator', 'short');

// ---- 4. trends and comparisons across reports --------------------------------------------------------------------
f('trend', 'trend-ask', ['SH25', 'SH26'], '上海制度型开放总体方案那“80条” 24年推进到哪一步了 25年呢', F(['高水平制度型开放总体方案“80条”基本完成', '制度型开放总体方案“80条”基本落地'], [80, '条']), 'from-to', 'year-compare', 'two-digit-year');
f('trend', 'trend-ask', ['SH25', 'SH26'], '上海25年报告说要建成的那条二期轨交 是几号线 到26年报告里建成了吗', F(['23号线等轨道交通线,建成2号线西延伸、18号线二期', '开工建设10亿元以上重大产业项目47个,建成2号线西延伸、18号线二期'], [18]), 'from-to', 'year-compare', 'two-digit-year', 'long');
f('trend', 'trend-ask', ['FJ25', 'FJ26'], '福建25年说要开建的厦漳泉城际 是R几线 去年真开工了没', F(['开建温福高铁、厦漳泉R1线', '宁德核电6号机组、温福高铁、厦漳泉R1线先行段'], [1]), 'from-to', 'year-compare', 'two-digit-year', 'relative-year', 'mixed-script');
f('trend', 'trend-ask', 'GD25', '中山大学24年迎来的是建校多少周年', F('习近平总书记向深中通道建成开通、中山大学建校100周年', [100]), 'two-digit-year', 'short');
f('trend', 'trend-ask', 'JS26', '江苏这五年隆重纪念的抗战胜利 是多少周年', F('隆重纪念中国人民抗日战争暨世界反法西斯战争胜利80周年', [80]), 'five-year-review', 'plan-period', 'short');
f('trend', 'trend-ask', 'HZ24', '省里的“科技创新鼎” 杭州到23年已经连拿几年了', F('项“卡脖子”技术实现国产替代,连续3年获省“科技创新鼎”', [3, '年']), 'two-digit-year', 'streak', 'colloquial');
f('trend', 'trend-ask', ['JS25', 'JS26'], '江苏的重点功能区建设 25年报告是“1+几” 到26年还是这个格局吗', F(['深化“1+3”重点功能区建设,出台新一轮宁镇扬', '推进“1+3”重点功能区建设,海洋生产总值突破万亿'], [3]), 'from-to', 'year-compare', 'two-digit-year', 'mixed-script', 'equal');
f('trend', 'trend-ask', ['BJ25', 'BJ26'], '北京25年那个“零点几微克”行动 到26年报告里还在推吗', F(['实施“0.1微克”行动,强化结构、工程、管理减排', '深入实施0.1微克攻坚行动'], [0.1]), 'from-to', 'year-compare', 'two-digit-year', 'colloquial');
f('trend', 'trend-ask', 'HZ24', '世界羽联巡回赛总决赛 杭州23年办过 24年还接着办吗', F(['成功举办2023世界羽联世界巡回赛总决赛', '高水平承办2024世界羽联世界巡回赛总决赛'], [2024]), 'from-to', 'two-digit-year', 'year-ask');
f('comparison', 'comparison-ask', ['GD25', 'FJ25'], '24年 广东落地的首批营商环境改革试点 和福建往纵深推的试点特色改革项目 哪边个数多', F(['科技体制改革三年攻坚顺利完成,首批10个营商环境改革试点落地', '“一市一试点、一县一特色”专项改革扎实推进,24个试点特色改革项目向纵深突破'], [10, '个'], [24, '个']), 'two-reports', 'two-digit-year', 'which-higher', 'long');
f('comparison', 'comparison-ask', ['ZJ26', 'SD26'], '去年浙江应对美国加征关税出的举措 和山东支持乡村富民产业的措施 条数谁多', F(['第一时间成立支持外经贸高质量发展指挥部、出台20条举措', '出台支持乡村富民产业发展20条措施'], [20, '条']), 'two-reports', 'relative-year', 'which-higher', 'equal');
f('comparison', 'comparison-ask', ['GD25', 'SD25'], '24年 广东省委全会部署的具体改革举措 跟山东三批政策清单里的务实举措 哪个数大', F(['大力弘扬改革开放精神和特区精神,系统部署500多项具体改革举措', '接续推出三批政策清单、151项务实举措'], [500, '项'], [151, '项']), 'two-reports', 'two-digit-year', 'which-higher', 'long');
f('comparison', 'comparison-ask', ['AH26', 'ZJ26'], '安徽今年要构建的合肥都市圈通勤圈 和浙江这五年建成的交通圈 都是几小时的', F(['推进合六、合淮、合滁产业走廊建设,构建1小时通勤圈', '省域、市域、城区三个“1小时交通圈”基本建成'], [1, '小时']), 'two-reports', 'relative-year', 'five-year-review', 'equal');
f('comparison', 'comparison-ask', ['SD25'], '山东25年内河航道 在建的和做前期的项目各几个 一样多吗', F(['内河航道,提速新万福河复航二期等6个在建项目', '做好郓城新河等6个项目前期工作'], [6, '个']), 'same-report', 'two-digit-year', 'equal');
f('comparison', 'comparison-ask', ['HZ24'], '杭州总部企业 23年认定了多少家 24年要认定多少家以上 差了多少', F(['开发上线总部企业管理平台,认定首批总部企业468家', '开展2024年度杭州市总部企业认定,争取认定总部企业450家以上'], [468, '家'], [450, '家']), 'year-compare', 'two-digit-year', 'difference');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'SD25', '山东25年 省级质量标准实验室和国家级环保装备制造规范企业 各培育几家', F(['建设省级质量标准实验室5家', '实施绿色制造培育工程,培育国家级环保装备制造规范企业10家左右'], [5, '家'], [10, '家']), 'two-digit-year', 'count');
f('multi', 'multi-ask', 'ZJ26', '浙江今年文体惠民 品质戏曲送进社区乡村多少场 身边的体育场地设施搞多少个 一起给我', F(['选送1000场品质戏曲进社区进乡村', '新建改建和维护提升群众身边的体育场地设施1万个'], [1000, '场'], [1, '万个']), 'relative-year', 'colloquial', 'long');
f('multi', 'multi-ask', 'BJ26', '北京今年副中心规划建设的M线 和平谷方向基本具备开通条件的那条 分别是几号线', F(['保持千亿级投资规模,推动轨道交通M102线规划建设', '促进通勤圈一体发展,轨道交通22号线红庙至平谷段基本具备开通条件'], [102], [22]), 'relative-year', 'mixed-script');
f('multi', 'multi-ask', 'FJ25', '福建24年 学校应急疏散演练覆盖率和信访事项及时受理率 分别到了多少', F(['印发实施《福建省校园安全教育实施方案》,实现学校应急疏散演练100%全覆盖', '信访工作法治化全面推进,信访事项及时受理率100%'], pct(100), pct(100)), 'two-digit-year');
f('multi', 'multi-ask', 'AH26', '安徽去年 道德模范和中国好人的数量 还有法治政府示范创建数量 分别排全国第几', F(['全国道德模范、“中国好人”数量均居全国第1位', '第三批全国法治政府建设示范创建数量居全国第1位'], [1], [1]), 'relative-year', 'rank');
f('multi', 'multi-ask', 'YN25', '云南25年第三轮爱国卫生专项行动和城乡生活污水治理三年行动 各几个', F(['实施第三轮爱国卫生“7个专项行动”', '实施城乡生活污水治理3个“三年行动”'], [7, '个'], [3, '个']), 'two-digit-year', 'count');
f('overview', 'overview-ask', 'BJ26', '北京这五年经济总量上了几个台阶 整体走势给个概括', { ...F('地区生产总值年均增长5.2%,经济总量连续迈上4万亿、5万亿两个台阶'), lead: 5.2 }, 'five-year-review', 'plan-period');
f('overview', 'overview-ask', 'ZJ26', 'zhejiang over the 14th five-year plan — the economy in a couple of lines?', { ...F('全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶,年均增长5.9%'), lead: 5.9 }, 'en', 'five-year-review', 'plan-period', 'lowercase');
f('outline', 'outline-ask', 'SH25', '上海25年报告的重点任务 九个“聚力”逐个念一下', O('SH25'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'BJ26', '北京今年政府工作的十个方面 是哪十个', O('BJ26'), 'relative-year', 'short');
f('outline', 'outline-ask', 'FJ26', '福建26年的重点任务 九大块各叫啥', O('FJ26'), 'two-digit-year', 'short');
f('outline', 'outline-ask', 'JS26', 'jiangsu 2026 to-dos: just the section headers, no detail', O('JS26'), 'en', 'year', 'lowercase');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('邯郸去年规上工业增速是多少', 'nf-place', 'relative-year');
nf('开封25年接待游客多少万人次', 'nf-place', 'two-digit-year', 'short');
nf('乐山前年GDP是多少', 'nf-place', 'relative-year', 'short');
nf('玉溪今年烟草工业增加值目标定了多少', 'nf-place', 'relative-year');
nf('天水今年计划新开工几个亿元以上项目', 'nf-place', 'relative-year');
nf('锦州港去年的集装箱量 多少万标箱', 'nf-place', 'relative-year');
nf('德阳前年装备制造业营收有多少 帮忙找下原文', 'nf-place', 'relative-year', 'long');
nf('江苏1982年的粮食产量是多少', 'nf-year', 'year', 'short');
nf('广东1987年进出口总额多少', 'nf-year', 'year', 'short');
nf('上海1980年的财政收入有多少', 'nf-year', 'year', 'short');
nf('北京现在有多少块电影院银幕', 'nf-indicator', 'colloquial');
nf('浙江公共图书馆去年借阅量多少万册次', 'nf-indicator', 'relative-year');
nf('杭州早晚高峰平均车速是多少', 'nf-indicator', 'short');
nf('山东公办幼儿园学费标准一个月多少钱 报告里要是没写就说没写', 'nf-indicator', 'long');

// ---- 1. conversations, 2–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('山东24年全球首发的碳化硅衬底 是几英寸的'),
  T('广东那年产能上来的晶圆呢', 'figure', 'GD25', F('深入推进“广东强芯”和核心软件攻关工程,一批重大产业项目建成投产,12英寸晶圆制造产能大幅提升', [12, '英寸']), 'elliptical', 'place-switch', 'short'),
  T('俩尺寸一样不', 'comparison', ['SD25', 'GD25'], F(['全球首列碳纤维地铁列车投入商运,12英寸碳化硅衬底', '深入推进“广东强芯”和核心软件攻关工程,一批重大产业项目建成投产,12英寸晶圆制造产能大幅提升'], [12, '英寸']), 'elliptical', 'comparison', 'equal', 'short'),
]);
conv([
  T('山东24年加快推进的高铁项目有几个'),
  T('换成今年的报告 续建的高铁抓几条', 'target', 'SD26', F('抓好6条续建高铁建设', [6, '条']), 'elliptical', 'year-switch', 'relative-year', 'short'),
]);
conv([
  T('福建24年实施的省“揭榜挂帅”和科技重大专项 一共多少个'),
  T("and what's the 2025 goal for manufacturing clusters with revenue above 100bn yuan?", 'target', 'FJ25', F('促进资源共享、融通发展,形成10个营业收入超千亿元的先进制造业集群', [10, '个']), 'elliptical', 'and-the-target', 'en', 'mixed-language', 'year'),
  T('县域重点产业链那块 支持几个试点县', 'target', 'FJ25', F('从技术体系、产业体系、制度体系等方面统筹发力,加大对10个试点县的支持力度', [10, '个']), 'elliptical', 'topic-switch', 'mixed-language', 'short'),
  T('工业战新产值的比重要突破多少', 'target', 'FJ25', F('推动工业战略性新兴产业产值占规模以上工业比重突破30%', pct(30)), 'elliptical', 'topic-switch', 'abbreviation', 'short'),
]);
conv([
  T('浙江25年那批民生实事 农民工随迁子女的公办学位保障比例多少'),
  T('职业技能培训圈按几分钟来建', 'target', 'ZJ25', F('推进“30分钟职业技能培训圈”建设', [30, '分钟']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('上海25年要办的创新创业青年论坛 叫多少人论坛'),
  T('不对 我记得是26年报告里的', 'target', 'SH26', F('“海聚英才”全球创新创业赛会、创新创业青年50人论坛', [50, '人']), 'elliptical', 'self-correction', 'year-switch', 'short'),
  T('同一份报告里 那套现代化产业体系是“2+几+6+6”', 'target', 'SH26', F('加快构建以先进制造业为骨干的“2+3+6+6”现代化产业体系', [3]), 'elliptical', 'topic-switch', 'mixed-script'),
]);
conv([
  T('安徽去年那个“省长直通车”的号码是多少'),
  T('记岔了 是山东的', 'figure', 'SD26', F('完善政企面对面交流、“96178”', [96178]), 'elliptical', 'self-correction', 'place-switch', 'short'),
  T('那接诉即办机制叫“多少”', 'figure', 'SD26', F('省长直通车、“2115”接诉即办等机制', [2115]), 'elliptical', 'topic-switch', 'mixed-script', 'short'),
]);
conv([
  T('浙江25年要认真抓好的那11方面重点工作 各是啥'),
  T('第3条具体说说 全省经营主体数量要增长多少', 'target', 'ZJ25', F('实际使用外资占全国份额保持基本稳定,全省经营主体数量增长5%', pct(5)), 'elliptical', 'after-outline'),
  T('第7条千万工程那块 乡村规划体系叫“多少X”', 'target', 'ZJ25', F('完善“141X”乡村规划体系,全域推进和美乡村建设', [141]), 'elliptical', 'after-outline', 'mixed-script', 'short'),
  T('后面那份民生实事清单 城乡宜居那条里 行政村村道改造提升多少个', 'target', 'ZJ25', F('改造提升3000个行政村村道', [3000, '个']), 'elliptical', 'after-outline', 'long'),
]);
conv([
  T('吉林24年查干湖、嫩江湾升成了几A级景区'),
  T('and the hydrogen-based green energy park — what share of its new-energy output is used on site?', 'figure', 'JL25', F('氢基绿能产业园配套新能源80%实现自发自用', pct(80)), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
  T('吉林25年城镇化那几项行动 一共几项', 'target', 'JL25', F('县城城镇化水平提升、长春都市圈培育、城市更新和安全韧性提升4项行动', [4, '项']), 'elliptical', 'topic-switch', 'mixed-language', 'two-digit-year'),
]);
conv([
  T('How many national bases for attracting overseas talent was Fujian building in 2024?'),
  T('那年新增的全国传统村落集中连片保护利用示范县几个', 'figure', 'FJ25', F('泉州宋元古城获批创建国家文物保护利用示范区,新增2个全国传统村落集中连片保护利用示范县', [2, '个']), 'elliptical', 'topic-switch', 'mixed-language'),
  T('what about counties named national village-cleaning pacesetters?', 'figure', 'FJ25', F('原生生活垃圾实现“零填埋”,3个县入选全国村庄清洁行动先进县', [3, '个']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
]);
conv([
  T('云南24年办的南博会是第几届'),
  T('1984年那届呢 报告里有没有', 'notfound', [], NF, 'elliptical', 'year-switch', 'nf-year', 'short'),
  T('算了 还说云南 24年农产品出口规模在西部排第几', 'figure', 'YN25', F('农产品出口规模保持西部第1位', [1]), 'elliptical', 'after-not-found', 'rank'),
]);
conv([
  T('这五年福建实施了多少项省级科技重大专项'),
  T('厦门综改试点形成的全国首创成果有多少项', 'figure', 'FJ26', F('医改、林改、科技特派员制度等特色改革影响力持续扩大,厦门综合改革试点形成80项全国首创成果', [80, '项']), 'elliptical', 'topic-switch', 'five-year-review'),
  T('湖南25年第一批重大改革事项是多少项', 'target', 'HN25', F('扎实推进各领域改革任务,加快推进第一批12项重大改革事项落地见效', [12, '项']), 'no-inherit', 'topic-switch', 'two-digit-year', 'count'),
]);
conv([
  T('北京25年要做好服务保障的抗战胜利纪念活动 是多少周年'),
  T('26年报告里说这个纪念活动保障完成了没', 'trend', 'BJ26', F('圆满完成中国人民抗日战争暨世界反法西斯战争胜利80周年纪念活动服务保障', [80]), 'elliptical', 'from-to', 'year-switch'),
  T('山东那年报告也提了纪念活动 是不是同一个周年', 'trend', 'SD25', F('做好纪念中国人民抗日战争暨世界反法西斯战争胜利80周年我省相关活动', [80]), 'elliptical', 'place-switch', 'equal'),
]);
conv([
  T('山东25年要打造几条生态清洁小流域'),
  T('26年推进生态流量达标的重点河湖是几条', 'target', 'SD26', F('加强大运河生态环境保护,推进25条重点河湖生态流量达标', [25, '条']), 'elliptical', 'year-switch', 'two-digit-year'),
  T('后一年比前一年多几条', 'comparison', ['SD25', 'SD26'], F(['落实好河湖长制,打造20条生态清洁小流域', '加强大运河生态环境保护,推进25条重点河湖生态流量达标'], [20, '条'], [25, '条']), 'elliptical', 'comparison', 'difference', 'short'),
]);
conv([
  T('广东25年要建几个区域消费中心城市'),
  T('乡镇中心幼儿园和商品比较试验那两条 各是多少所 几类', 'multi', 'GD25', F(['推动超40所乡镇中心幼儿园构建城乡学前教育一体化管理资源共享机制', '针对家用电子电器、健康文体、网络购物等8类以上重点商品品种'], [40, '所'], [8, '类']), 'elliptical', 'multi', 'topic-switch'),
  T('农产品那个市场营销体系叫“多少”体系', 'target', 'GD25', F('深化农产品“12221”市场营销体系建设', [12221]), 'elliptical', 'topic-switch', 'mixed-script', 'short'),
]);
conv([
  T('杭州23年全国重点实验室新增了几家'),
  T('那年是八八战略实施多少周年', 'trend', 'HZ24', F('也是“八八战略”实施20周年、杭州亚(残)运会成功举办之年', [20]), 'elliptical', 'topic-switch', 'short'),
  T('亚残运会来了多少个国家和地区', 'figure', 'HZ24', F('名运动员参加亚运会,44个国家(地区)3038名运动员参加亚残运会', [44, '个']), 'elliptical', 'after-trend', 'count', 'short'),
]);
conv([
  T('山东24年组织实施了几项牵引性集成改革'),
  T('要素政策赋能清单出了多少条', 'figure', 'SD25', F('优化项目投资服务,出台“要素政策赋能清单16条”', [16, '条']), 'elliptical', 'topic-switch', 'short'),
  T('科技成果转化那个呢', 'figure', 'SD25', F('打造科技创新公共服务平台,出台“科技成果转化16条”', [16, '条']), 'elliptical', 'topic-switch', 'short'),
  T('科技创新的行动计划推出了几个', 'figure', 'SD25', F('工业母机、新能源、新材料等重点领域,推出科技创新10个行动计划', [10, '个']), 'elliptical', 'topic-switch', 'count', 'short'),
]);
conv([
  T('广东24年布局的省重点领域研发计划是第几批'),
  T('大湾区菜篮子交易中心总投资多少', 'figure', 'GD25', F('总投资200亿元的大湾区“菜篮子”交易中心揭牌', [200, '亿元']), 'elliptical', 'topic-switch', 'short'),
  T('新增的国家县域商业建设行动县几个', 'figure', 'GD25', F('启动环南昆山—罗浮山县镇村高质量发展引领区建设,新增9个国家县域商业建设行动县', [9, '个']), 'elliptical', 'topic-switch', 'count', 'short'),
  T('服务外包合同金额涨了多少', 'figure', 'GD25', F('服务外包合同金额增长6%', pct(6)), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('浙江今年多式联运集装箱运量要增长多少'),
  T('有几家省高能级服务业创新发展区要提能升级', 'target', 'ZJ26', F('加快金融、物流、租赁商务等行业高质量发展,推动21家省高能级服务业创新发展区提能升级', [21, '家']), 'elliptical', 'topic-switch', 'count'),
  T('国家促进民间投资那个政策是多少条', 'target', 'ZJ26', F('落实落细国家促进民间投资“13条政策”', [13, '条']), 'elliptical', 'topic-switch', 'short'),
  T('门诊报销待遇无差别的 是0到几岁的孩子', 'target', 'ZJ26', F('全省参保的0—6岁儿童省域内同等级医疗机构门诊报销待遇无差别', [6, '岁']), 'elliptical', 'topic-switch', 'range'),
]);
conv([
  T("Shanghai, 2024: how many key cooperation items were moving forward under the third-round Yangtze Delta action plan?"),
  T('how many modern facility-agriculture zones broke ground that year?', 'figure', 'SH25', F('推动落实农业科技创新实施意见,12个现代设施农业片区启动建设', [12, '个']), 'elliptical', 'topic-switch', 'en', 'lowercase'),
  T('中心城区零星二级旧里以下房屋改了多少万平方米', 'figure', 'SH25', F('完成13.6万平方米中心城区零星二级旧里以下房屋改造', [13.6, '万平方米']), 'elliptical', 'topic-switch', 'mixed-language'),
]);
conv([
  T('这五年山东数字经济占比提升了几个百分点'),
  T('钢铁石化这些产业 先进产能占比超过多少', 'figure', 'SD26', F('重大生产力布局持续优化,钢铁、石化等产业先进产能占比超过40%', pct(40)), 'elliptical', 'topic-switch', 'five-year-review'),
  T('拿下全国五个一工程奖的作品几部', 'figure', 'SD26', F('城乡精神文明建设成效显著,13部作品获全国“五个一工程”奖', [13, '部']), 'elliptical', 'topic-switch', 'five-year-review', 'short'),
]);
conv([
  T('22年报告要求小微企业存量留抵税额 几月底前一次性退完'),
  T('换成23年报告回顾的那五年 出席的联合国系列高级别会议是成立多少周年', 'trend', 'CN23', F('亚太经合组织领导人非正式会议、联合国成立75周年系列高级别会议', [75]), 'elliptical', 'year-switch', 'five-year-review'),
  T('24年报告里投入商业运营的国产大飞机 是C几几', 'figure', 'CN24', F('国产大飞机C919投入商业运营', [919]), 'elliptical', 'year-switch', 'mixed-script', 'short'),
]);
conv([
  T('安徽24年省属企业投资新兴产业超过多少亿'),
  T('两业融合标杆单位新培育几家', 'figure', 'AH25', F('新培育两业融合标杆单位20家', [20, '家']), 'elliptical', 'topic-switch', 'short'),
  T('跟长三角科技创新共同体攻关项目比呢 那个牵头实施几项', 'figure', 'AH25', F('牵头实施长三角科技创新共同体攻关项目7项', [7, '项']), 'elliptical', 'topic-switch'),
  T('这俩谁大', 'comparison', ['AH25'], F(['新培育两业融合标杆单位20家', '牵头实施长三角科技创新共同体攻关项目7项'], [20, '家'], [7, '项']), 'elliptical', 'comparison', 'which-higher', 'short'),
]);

// ---------------------------------------------------------------------------------------------------------------
// The Chinese multi-figure part: its first figure is the asked one and must not be the first number of its report
// sentence (years and dates aside), or the case measures nothing the single-figure sets do not.
checkAskedFigureNotFirst(cases);

// Split as fresh-x, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'y', last: 'x' });
