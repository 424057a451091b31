#!/usr/bin/env node
// Writes the fresh-x sets: eval/fresh-x/x-tune.jsonl and eval/fresh-x/x-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-x/make.mjs [--check]
//
// A twelfth held-out question set written BEFORE any fix, as fresh-m … fresh-w, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording and without running the bot to choose or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports), with wording other than fresh-s's … fresh-w's (other follow-up phrasings, verbs, fragments,
// typos, traditional characters, mixed scripts, short and long asks). Six parts:
//   1. conversations of 2–4 turns (every later turn scored): 同样是航线 安徽那年… → 两家条数有差别没 / 挪到26年 … (year
//      switch) / "and for 2025, what growth did they pencil in …?" → 服务业增加值那个目标呢 → 这俩目标差几个百分点 / 哦写错了
//      是24年 (a year self-correction) / 说错了 应该是江苏 (a place self-correction) / "expand on item 7 …" → 第九块民生那里 …
//      → 回到第一块 … (after an outline) / zh → en → zh and en → zh threads / 同样的数 邢台能查到吗 (a scored not-answerable
//      turn) → 算了 说回山东 … / 26年报告里这个数是多少 跟25年比有增减吗 / 浙江比上海多出几条 / 广东那年总书记出席的澳门庆祝
//      活动呢 (after a trend) / a multi turn (… 各要多少个) / a complete new question after a five-year question;
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin, typos, abbreviations),
//      4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure (checked here: not the first number of its report sentence, years aside);
//   4. trends (连着多少年 / 连续几年排头名 / 多少周年 / 用多少年 / from–to) and A vs B comparisons (two years of one report, two reports);
//   5. several indicators in one ask (multi), overviews and outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-04: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-w: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-w, plus the
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
// kinds as fresh-w: second-of-pair, after-other (another indicator's figure comes first), part-vs-total, rank, range,
// count
s('figure', 'BJ25', '北京24年在京生产的新能源车 比上年增长了差不多几倍', F('万辆、增长近3倍', [3, '倍']), 'after-other', 'two-digit-year');
s('target', 'BJ25', '北京25年大力实施的“3个X”市重点工程 X是多少', F('和民生保障等重点领域,大力实施“3个100”市重点工程', [100]), 'target', 'second-of-pair', 'two-digit-year', 'mixed-script', 'short');
s('target', 'BJ25', '北京25年地铁17号线全线开通之外 还开哪条线的南延 几号线', F('开通地铁17号线全线和6号线南延', [6]), 'target', 'second-of-pair', 'two-digit-year', 'mixed-script');
s('figure', 'FJ25', '福建城区的健身圈 前年基本建成的是几分钟那种', F('1110所学校体育场地面向社会开放,城区“15分钟健身圈”基本建成', [15, '分钟']), 'after-other', 'relative-year', 'short');
s('target', 'FJ25', '福建25年未来产业要打造的“7+?+X”格局 问号那个数是几', F('落实未来产业创新发展实施方案,打造“7+3+X”发展格局', [3]), 'target', 'second-of-pair', 'two-digit-year', 'mixed-script');
s('target', 'FJ25', '福建25年要构建的科创供应链平台 是“1+几”', F('构建“1+10”科创供应链平台', [10]), 'target', 'second-of-pair', 'two-digit-year', 'mixed-script', 'short');
s('target', 'FJ25', '福州地铁25年要建成后通段的 是几号线', F('建成福莆宁F1线、福州地铁4号线后通段', [4]), 'target', 'after-other', 'two-digit-year', 'mixed-script', 'short');
s('figure', 'GD25', '广东24年连着办了两届广交会 后面那届是第几届', F('出台稳外贸系列政策措施,创新办好第135届、第136届广交会', [136]), 'second-of-pair', 'two-digit-year', 'rank');
s('target', 'FJ25', '福建25年推進建設的寧德核電 是幾號機組', F('漳州核电2—4号机组、宁德核电5号机组', [5]), 'target', 'after-other', 'two-digit-year', 'traditional', 'short');
s('target', 'GD25', '广东25年推进核准的台山核电 是几号几号机组', F('抓好清洁高效煤电建设,推进台山核电3、4号机组核准', [3], [4]), 'target', 'after-other', 'two-digit-year');
s('trend', 'GD25', '24年总书记致贺信的黄埔军校 那年是建校多少周年', F('周年、黄埔军校建校100周年', [100]), 'second-of-pair', 'two-digit-year', 'plan-period');
s('figure', 'GD26', '广东去年建成投产的华润微电子产线 是几英寸的', F('埃克森美孚一期、华润微电子12英寸产线', [12, '英寸']), 'after-other', 'relative-year', 'short');
s('figure', 'GD26', '这五年下来 广东主要城市之间基本能做到几小时通达', F('港珠澳大桥车流量屡创新高,主要城市间基本实现1小时通达', [1, '小时']), 'after-other', 'five-year-review', 'plan-period');
s('figure', 'GD26', '十四五期间 广东以肇庆打头的大型产业集聚区 一共是几个', F('重大工业项目建成投产,肇庆等7个大型产业集聚区', [7, '个']), 'after-other', 'five-year-review', 'plan-period', 'count');
s('figure', 'JS25', '江苏24年开工的连云港航道改扩建 是多少万吨级的', F('吴淞江整治加快实施,连云港30万吨级航道改扩建工程开工', [30]), 'after-other', 'two-digit-year');
s('figure', 'JS25', '前年江苏健儿比赛的那届残奥会 是第几届', F('我省体育健儿在第33届奥运会、第17届残奥会上取得优异成绩', [17]), 'second-of-pair', 'relative-year', 'rank', 'short');
s('target', 'JS26', '江苏今年这批民生实事 报告说要连续盯几年', F('民生实事,连续3-5年扎扎实实盯下去', [3], [5]), 'target', 'after-other', 'relative-year', 'range', 'short');
s('figure', 'YN25', '蒙自蓝梅那个“622”模式 村集体公司分几成', F('形成以农户占60%、村集体公司占20%、龙头企业占20%', pct(20)), 'part-vs-total', 'mixed-script', 'typo');
s('figure', 'YN25', '孟连牛油果“334”模式里 农户自己占多少', F('产业发展模式和利益联结机制,其中,农户占30%', pct(30)), 'part-vs-total', 'mixed-script', 'short');
s('figure', 'YN25', '云南的“编外院长” 每个领导干部最少要挂钩几所薄弱医院', F('各级领导干部挂钩联系本地区至少1所薄弱医院', [1, '所']), 'after-other', 'count');
s('figure', 'YN25', '云南“3+4”中本贯通 本科院校那段读几年', F('学生在中职学校就读3年、本科院校就读4年', [4, '年']), 'second-of-pair', 'mixed-script', 'short');
s('figure', 'YN25', '云南三免三便利 海外仓之外 白给的国际馆有多大', F('万平方米海外仓、1万平方米国际馆', [1, '万平方米']), 'second-of-pair', 'colloquial');
s('target', 'YN25', '云南第一个污水三年行动 有黑臭水体或涉及重点监控断面的县城 要攻坚几个', F('个县级及以上城市、13个存在黑臭水体或涉及重点监控断面的县城', [13, '个']), 'target', 'after-other', 'count', 'long');
s('target', 'YN25', '云南引进银龄人才那个万人计划 打算花几年完成', F('新时代“银龄人才万人计划”:用3年时间,引进留用1万名左右高层次银龄人才', [3, '年']), 'target', 'after-other', 'plan-period');
s('target', 'YN25', '云南万人计划里头 银龄技师要引进多少人', F('特派员100人)左右、银龄技师1000人左右', [1000, '人']), 'target', 'part-vs-total');
s('figure', 'YN25', '云南“123”快速响应 各级应急指挥系统第几个小时要全面运转', F('重大灾害发生后,第1小时各级应急指挥系统要全面运行', [1, '小时']), 'after-other', 'mixed-script', 'rank');
s('figure', 'YN25', '云南防汛1262 精细到乡镇的强降水 提前几小时预报', F('提前6小时、提前2小时预报落区精细到乡镇的强降水', [6, '小时'], [2, '小时']), 'after-other', 'mixed-script');
s('figure', 'YN25', '云南前年基本动态清零的脱贫户和监测户 人均纯收入门槛是多少以下', F('万人,人均纯收入1万元以下且有劳动能力的脱贫户和监测户基本实现动态清零', [1, '万元']), 'after-other', 'relative-year');
s('figure', 'JL25', '吉林24年试生产成功的高性能碳纤维 是T多少', F('吉林化纤年产15万吨原丝项目投产,T800高性能碳纤维试生产成功', [800]), 'after-other', 'two-digit-year', 'mixed-script', 'short');
s('figure', 'JL25', '吉林24年顺利推进的那条国道 编号G几', F('沈白高铁、大水网工程、G331及一批道路工程顺利推进', [331]), 'after-other', 'two-digit-year', 'mixed-script', 'short');
s('figure', 'SH25', '上海24年进博会后上线的展贸网 叫“多少”展贸网', F('按一年计意向成交金额800.1亿美元、增长2%,上线“365展贸网”', [365]), 'after-other', 'two-digit-year', 'mixed-script');
s('figure', 'SH25', '上海前年开工的轨交里 一期东段是几号线的', F('银都路越江隧道等重要基础设施投入使用,20号线一期东段', [20]), 'after-other', 'relative-year', 'short');
s('target', 'SH25', '上海25年除了新增公园 还要推动公园多少小时开放', F('新增公园120座,持续推动公园24小时开放', [24, '小时']), 'target', 'after-other', 'two-digit-year', 'short');
s('figure', 'ZJ25', '浙江24年民企五张榜单里 服务业那张是多少强', F('和民营企业制造业500强、服务业100强', [100]), 'after-other', 'two-digit-year', 'rank');
s('target', 'ZJ25', '浙江25年深入实施的“双一流”工程 后面跟的数字是多少', F('“315”科技创新体系建设工程、“双一流196”工程', [196]), 'target', 'after-other', 'two-digit-year', 'mixed-script');
s('figure', 'AH26', '安徽去年牵头组建的农业科技创新联盟 是“1+几”', F('加快农业开放创新,牵头组建“1+5”农业科技创新联盟', [5]), 'second-of-pair', 'relative-year', 'mixed-script', 'short');
s('figure', 'SD26', '山东这五年全面建成的实验室体系 叫“多少”实验室体系', F('制造业创新中心达到8家,“1313”实验室体系全面建成', [1313]), 'after-other', 'five-year-review', 'mixed-script');
s('figure', 'SH26', '上海去年完善的应急指挥体系 是“1+几”', F('完善“1+6”应急指挥体系', [6]), 'second-of-pair', 'relative-year', 'mixed-script', 'short');
s('target', 'ZJ25', '浙江25年免费孤独症筛查 覆盖到几岁的孩子', F('为全省0-6岁儿童免费开展孤独症筛查', [6, '岁']), 'target', 'range', 'two-digit-year', 'short');
s('target', 'GD25', '广东25年医保连续参保满4年以后 每多连续参保几年就提一次大病保险限额', F('对连续参加居民医保满4年的参保人员,之后每连续参保1年', [1, '年']), 'target', 'after-other', 'two-digit-year', 'long');

// ---- 2. English single-turn questions -------------------------------------------------------------------------------
e('figure', 'AH25', "In 2024, what proportion of Anhui's provincial tech-tackling projects had a company in the lead?", F('加快构建以企业为主体的科技创新体系,80%以上的省科技攻坚项目由企业牵头', pct(80)), 'year');
e('figure', 'AH25', 'anhui 2024 — traditional buildings protected and repaired, how many?', F('《黄梅戏曲本典藏》先行本出版发行,保护修缮传统建筑1005栋', [1005, '栋']), 'year', 'lowercase', 'short');
e('figure', 'AH25', 'How many rural migrants became new city residents in Anhui in 2024?', F('推进新型城镇化和乡村全面振兴有机结合,39.8万农业转移人口成为新市民', [39.8, '万']), 'year', 'short');
e('figure', 'AH26', "How many key platforms did Anhui roll out last year to plug into Shanghai's 'five centres'?", F('深入推进长三角一体化发展,推出35个对接上海“五个中心”建设重点平台', [35, '个']), 'relative-year', 'count');
e('target', 'AH26', 'anhui 2026: rule-of-law business environment upgrade measures — number?', F('实施法治化营商环境100项提升举措', [100, '项']), 'year', 'lowercase', 'short');
e('figure', 'BJ25', 'How many big-name foreign drugmakers opened R&D units in Beijing in 2024?', F('大力推动外贸外资提质升级,8家知名外资医药企业在京新设研发机构', [8, '家']), 'year', 'short');
e('target', 'BJ25', 'bj 2025 future industries on the cultivation list — how many?', F('新材料、未来能源等20个未来产业', [20, '个']), 'year', 'lowercase', 'abbreviation', 'short');
e('figure', 'BJ26', "beijing 2025: what proportion of its nationally assessed water monitoring points came in at good quality?", F('农村黑臭水体动态清零,国考断面优良水质占比稳定在90%以上', pct(90)), 'year', 'lowercase');
e('target', 'BJ26', 'How many key areas is Beijing tidying up in 2026 as part of street-furniture management?', F('加强城市家具规范化治理,推进20个重点区域环境整治', [20, '个']), 'year');
e('figure', 'FJ25', 'In 2024, in how many provincial S&T programme projects did Fujian companies take part?', F('强化企业主体地位,企业参与省级科技计划项目超600项', [600, '项']), 'year');
e('figure', 'FJ25', 'fujian 2024 — money pooled to help firms keep staff on, how much?', F('加强政策保障,统筹9.8亿元用于援企稳岗', [9.8, '亿元']), 'year', 'lowercase', 'short');
e('figure', 'FJ25', 'gulei refining-chemical integration phase II: total investment?', F('总投资711亿元的古雷炼化一体化工程二期项目开工建设', [711, '亿元']), 'pinyin', 'short');
e('target', 'FJ25', "What's Fujian's rolling target for key ocean-economy projects in 2025?", F('加快建设一体化大融合“海上福建”总平台,滚动实施300个以上海洋经济重点项目', [300, '个']), 'year');
e('figure', 'FJ26', 'How many first-in-class (category 1) innovative drugs from Fujian won market approval last year?', F('已建在建入级电动船舶数量占全国三成以上,2款一类创新药集中获批上市', [2, '款']), 'relative-year');
e('figure', 'FJ26', "fj 2025 — 'village songs', 'village galas' and the like: how many events in total?", F('“村歌”、“村晚”、“百姓大舞台”等群众文化活动超3万场', [3, '万场']), 'year', 'lowercase', 'abbreviation', 'pinyin');
e('figure', 'GD25', 'guangdong 2024 mass sports competitions held, roughly how many', F('新建及改扩建一批体育公园,举办群众性体育竞赛活动超18万场', [18, '万场']), 'year', 'lowercase');
e('figure', 'GD25', 'guangdong 2024 digs: how many important relics and specimens were unearthed?', F('加强云浮磨刀山、清远岩山寨等遗址考古调查与发掘,出土重要文物标本1200余件', [1200, '件']), 'year', 'lowercase');
e('figure', 'GD25', 'How many basic-discipline research centres did Guangdong set up in 2024?', F('优化省实验室体系,新建5家基础学科研究中心', [5, '家']), 'year', 'short');
e('figure', 'GD26', "What was Guangdong's administrative reconsideration resolution rate in 2025?", F('强化矛盾纠纷预防调处化解,行政复议化解率达90%', pct(90)), 'year', 'short');
e('figure', 'GD26', 'gd 2025: provincial fishing-port economic zones launched', F('启动建设7个省级渔港经济区', [7, '个']), 'year', 'lowercase', 'abbreviation', 'short');
e('target', 'JS25', 'jiangsu 2025: how many major provincial projects to push ahead?', F('加快建设500个省重大项目', [500, '个']), 'year', 'lowercase', 'short');
e('figure', 'JS25', 'By 2024 how many national historical and cultural cities did Jiangsu have?', F('加快文旅体育事业和产业发展,国家历史文化名城达14座', [14, '座']), 'year', 'count');
e('figure', 'SD25', "How many 'first-ever golds for China' did Shandong's competitors win at the WorldSkills Competition?", F('我省选手斩获世界技能大赛2个全国首金', [2, '个']), 'count');
e('target', 'SD25', 'shandong 2025 — new provincial modern service clusters, approx', F('推进济南、青岛中央法务区建设,新增省级现代服务业集聚区20个左右', [20, '个']), 'year', 'lowercase', 'short');
e('figure', 'SD26', "How many Shandong outcomes went onto the SCO rotating presidency's list of results last year?", F('上合地方经贸合作大会青岛倡议发布,46项成果纳入轮值主席国成果清单', [46, '项']), 'relative-year', 'abbreviation');
e('figure', 'SH25', "How big were the three leading-industry mother funds and the future-industry fund that Shanghai launched in 2024?", F('启动运行总规模1000亿元的三大先导产业母基金和未来产业基金', [1000, '亿元']), 'year', 'long');
e('figure', 'SH25', 'shnaghai 2024 cross-department joint supervision reform — how many key sectors?', F('实施餐饮业等39个重点行业跨部门综合监管改革', [39, '个']), 'year', 'lowercase', 'typo');
e('figure', 'ZJ26', "How many major provincial digital apps did Zhejiang iterate in 2025 — the 'report data only once' kind?", F('迭代建设“基层报表数据只报一次”等35个省级重大应用', [35, '个']), 'year');
e('target', 'ZJ26', "zhejiang 2026 new 'eagle' enterprises target", F('形成金字塔型优质企业发展格局,新增雄鹰企业20家', [20, '家']), 'year', 'lowercase', 'short');
e('target', 'YN25', 'By how many percentage points should rural sanitary-toilet and garbage-facility coverage in Yunnan rise in 2025?', F('农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理(管控)率均提高3个百分点', [3, '个百分点']), 'year', 'long');
e('figure', 'YN25', 'Where does Yunnan rank nationally by number of honoured model collectives and individuals for ethnic unity?', F('受表彰的全国民族团结进步模范集体和模范个人总数居全国第1位', [1]), 'rank', 'long');
e('figure', 'JL25', 'which changchun metro line opened in 2024?', F('长春轨道交通6号线、长太高速等投入运行', [6]), 'year', 'lowercase', 'pinyin', 'short');
e('figure', 'CN23', 'How many old urban residential compounds were renovated nationwide over the five years reviewed in the 2023 report?', F('改造城镇老旧小区16.7万个', [16.7, '万个']), 'five-year-review', 'plan-period', 'long');
e('figure', 'CN23', 'number of pilot free trade zones set up as of the 2023 report', F('已设21个自由贸易试验区', [21, '个']), 'lowercase', 'plan-period', 'count');
e('figure', 'GD25', 'guangdong, 2024: local standards issued for the recycling / trade-in push — how many?', F('制定发布129项地方标准', [129, '项']), 'year', 'lowercase');
e('figure', 'AH25', 'anhui angel funds — how many new ones were put on record in 2024?', F('加快发展耐心资本,新备案天使投资基金27只', [27, '只']), 'year', 'lowercase');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('chifeng gdp growth 2025?', 'nf-place', 'year', 'lowercase', 'pinyin', 'short');
nfe('Nanchong retail sales 2024 — up by how much?', 'nf-place', 'year', 'pinyin');
nfe('jiangsu grain output in 1983', 'nf-year', 'year', 'lowercase', 'short');
nfe('How many foreign banks operate in Zhejiang?', 'nf-indicator', 'short');

// ---- 4. trends and comparisons across reports --------------------------------------------------------------------
f('trend', 'trend-ask', ['SH25', 'SH26'], '上海筹办的世界技能大赛 25年报告里说第几届 到26年报告办的还是那一届吗', F(['创新产训结合、以赛促训模式,全面推进第48届世界技能大赛筹办工作', '实施急需紧缺技能人才培养工程,高质量办好第48届世界技能大赛'], [48]), 'from-to', 'year-compare', 'two-digit-year', 'long');
f('trend', 'trend-ask', 'ZJ26', '这五年浙江办过“千万工程”实施多少年的系列活动', F('“千万工程”、文化建设“八项工程”等提出和实施20年系列活动', [20, '年']), 'five-year-review', 'plan-period');
f('trend', 'trend-ask', 'FJ25', '郑成功诞辰的纪念活动 24年在福建办的是几百周年', F('两岸企业家峰会年会、纪念郑成功诞辰400周年', [400]), 'two-digit-year', 'colloquial');
f('trend', 'trend-ask', 'AH26', '按安徽报告的说法 今年是建党多少周年', F('2026年是中国共产党成立105周年', [105]), 'relative-year', 'short');
f('trend', 'trend-ask', 'CN25', '24年那场和平共处五项原则纪念大会 纪念的是发表多少周年', F('成功举办中非合作论坛北京峰会、和平共处五项原则发表70周年纪念大会', [70]), 'two-digit-year');
f('trend', 'trend-ask', 'CN22', '21年中国和东盟办的纪念峰会 是建立对话关系多少周年', F('中国-东盟建立对话关系30周年纪念峰会', [30]), 'two-digit-year');
f('trend', 'trend-ask', 'GD26', '广东报告说从党的二十大到2035年 要用多少年基本实现现代化', F('从党的二十大到二〇三五年,用13年时间基本实现社会主义现代化', [13, '年']), 'plan-period');
f('trend', 'trend-ask', 'HZ24', '杭州截至23年 连着多少年被评为中国最具幸福感城市', F('连续17年被评为“中国最具幸福感城市”', [17, '年']), 'two-digit-year', 'streak');
f('trend', 'trend-ask', ['YN25'], '云南惠企实事 24年办了几件 25年接着抓几件', F(['常态化与民营企业沟通交流,推动万名干部进万企,办好10件惠企实事', '推动厅局长坐诊、巡诊、上门问诊,抓好10件惠企实事'], [10, '件']), 'from-to', 'year-compare', 'two-digit-year');
f('trend', 'trend-ask', 'HZ24', '杭州的国家级孵化器数量 在省会和副省级城市里连续几年排头名 算到23年', F('新增国家级孵化器8家,总数达65家,连续11年保持省会城市、副省级城市第一', [11, '年']), 'two-digit-year', 'streak', 'rank');
f('comparison', 'comparison-ask', ['AH25', 'FJ25'], '24年 安徽自贸区全国首创的制度创新成果 跟厦门综改试点在全国复制推广的举措比 哪边多', F(['中国(安徽)自贸试验区推出全国首创制度创新成果12项', '聚焦重点领域,厦门综合改革试点29项创新举措和典型经验在全国复制推广'], [12, '项'], [29, '项']), 'two-reports', 'two-digit-year', 'which-higher', 'long');
f('comparison', 'comparison-ask', ['SD25', 'SD26'], '山东新开工的高速公路项目 25年和今年各安排几个', F(['高速公路,开工长深高速改扩建等2个项目', '公路方面,新开工晏城至表白寺等2个项目'], [2, '个']), 'year-compare', 'two-digit-year', 'relative-year', 'equal', 'count');
f('comparison', 'comparison-ask', ['SD25', 'FJ25'], '25年 山东安排的重大科技攻关 和福建的省重大科技创新项目 数量上谁压谁一头', F(['让科技供给更精准,实施120项重大科技攻关', '深入推行“揭榜挂帅”“赛马制”等新模式,实施10个以上省重大科技创新项目'], [120, '项'], [10, '个']), 'two-reports', 'two-digit-year', 'which-higher', 'colloquial');
f('comparison', 'comparison-ask', ['SD25', 'SH25'], '24年 山东的营商环境创新提升措施 跟上海减轻企业负担那套措施 条数差多少', F(['聚力深化“高效办成一件事”,出台“营商环境创新提升59条”', '实施减轻企业负担“20条”等政策'], [59, '条'], [20, '条']), 'two-reports', 'two-digit-year', 'difference');
f('comparison', 'comparison-ask', ['FJ25', 'FJ26'], '福建让制造业企业全用清洁绿电这个提法 25年和今年报告里比例有没有变', F(['加快建设新型能源体系,尽快实现制造业企业100%使用清洁和绿色电力', '完善绿色电力交易体系,尽快实现制造业企业100%使用清洁和绿色电力'], pct(100)), 'year-compare', 'two-digit-year', 'relative-year', 'equal');
f('comparison', 'comparison-ask', ['SD25', 'GD25'], '山东25年计划组织的境外展洽活动 比广东24年办的粤贸全球境外展 多出多少场', F(['积极开拓南美、中亚、东欧、中东、非洲等新兴市场,组织企业参加境外展洽活动370场以上', '举办300场“粤贸全球”境外展'], [370, '场'], [300, '场']), 'two-reports', 'two-digit-year', 'difference', 'long');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'AH25', '安徽25年皖美消费新场景和光储创新攻关项目 各打算搞多少个', F(['实施数字消费提升行动,培育皖美消费新场景100个', '实施新一代光储等创新攻关项目30个以上'], [100, '个'], [30, '个']), 'two-digit-year', 'colloquial');
f('multi', 'multi-ask', 'BJ25', '北京25年再生资源回收体系要完善多少个小区 物业服务又要覆盖多少个老旧小区', F(['健全垃圾分类长效机制,完善1000个居住小区再生资源回收体系', '健全物业管理体系,推动物业服务覆盖300个老旧小区'], [1000, '个'], [300, '个']), 'two-digit-year', 'count');
f('multi', 'multi-ask', 'SD25', '山东24年建了几所双高计划高职院校 获批国家公立医院改革示范的市有几个 一并说下', F(['推动省属高校“双一流”攻坚突破,建设15所“双高计划”高职院校', '健康中国行动考核获优秀等次,3个市获批国家公立医院改革与高质量发展示范项目城市'], [15, '所'], [3, '个']), 'two-digit-year', 'count');
f('multi', 'multi-ask', 'FJ26', '福建今年闽台乡建乡创合作项目和整县推进的美丽乡村 分别多少个', F(['探索闽台基层治理融合新机制,实施闽台乡建乡创合作提升项目30个以上', '率先建设美丽城市,完成10个整县推进美丽乡村建设'], [30, '个'], [10, '个']), 'relative-year', 'count');
f('multi', 'multi-ask', 'GD25', '广东25年食品安全那条 食用农产品快检超多少万批次 全流程检查评价的中小学食堂多少家', F(['食用农产品快检超800万批次', '全省320家承包或委托经营的中小学食堂实现全流程检查评价'], [800, '万批次'], [320, '家']), 'two-digit-year', 'long');
f('multi', 'multi-ask', 'ZJ26', '浙江今年“土特产富”全产业链总产值 和文化基因激活工程的标志性项目 各定了多少', F(['做强“一县一业”县域特色产业集群,“土特产富”全产业链总产值达到3500亿元', '深入实施文化基因激活工程,累计培育100个标志性项目'], [3500, '亿元'], [100, '个']), 'relative-year', 'mixed-script');
f('overview', 'overview-ask', 'FJ25', '福建24年经济大体怎样 说两句就行', { ...F('2024年全省地区生产总值57761亿元、增长5.5%'), lead: 5.5 }, 'two-digit-year', 'short');
f('overview', 'overview-ask', 'SH25', "shanghai's economy in 2024 in a nutshell?", { ...F('全市生产总值增长5%,城市经济规模进入了5万亿元以上的新阶段'), lead: 5 }, 'en', 'year', 'lowercase', 'short');
f('outline', 'outline-ask', 'FJ25', '福建25年报告里那九个“坚持” 分别是啥', O('FJ25'), 'two-digit-year', 'short');
f('outline', 'outline-ask', 'SD25', '山东25年那十个“上下功夫、求实效” 挨条列一下', O('SD25'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'AH25', "anhui's 2025 key tasks per the work report — section titles pls", O('AH25'), 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'CN23', '23年国务院对当年政府工作提了几条建议 小标题过一遍', O('CN23'), 'two-digit-year', 'colloquial');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('保定去年新增了多少家高新技术企业', 'nf-place', 'relative-year');
nf('沧州25年港口货物吞吐量是多少', 'nf-place', 'two-digit-year', 'short');
nf('运城前年苹果产量有多少万吨', 'nf-place', 'relative-year', 'short');
nf('南阳今年粮食播种面积目标定了多少万亩', 'nf-place', 'relative-year');
nf('上饶前年游客接待量有多少人次 有数的话顺便给下增速', 'nf-place', 'relative-year', 'long');
nf('毕节去年脱贫人口人均纯收入是多少', 'nf-place', 'relative-year');
nf('哈密今年新能源装机目标多少万千瓦', 'nf-place', 'relative-year');
nf('安徽1991年粮食总产量多少', 'nf-year', 'year', 'short');
nf('浙江1986年外贸出口额是多少', 'nf-year', 'year', 'short');
nf('北京1979年常住人口有多少', 'nf-year', 'year', 'short');
nf('上海高校毕业生平均起薪大概多少', 'nf-indicator', 'colloquial');
nf('广东的出生性别比是多少', 'nf-indicator', 'short');
nf('江苏今年春运旅客发送量多少万人次', 'nf-indicator', 'relative-year');
nf('麻烦查一下北京去年考研报名人数 报告里没有就直接回没有', 'nf-indicator', 'relative-year', 'long');

// ---- 1. conversations, 2–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('福建25年丝路海运要新开几条国际航线'),
  T('同样是航线 安徽那年打算开几条一带一路沿线国家的', 'target', 'AH25', F('力争开通合肥至欧洲、非洲航线及5条左右“一带一路”沿线国家航线', [5, '条']), 'elliptical', 'place-switch', 'colloquial'),
  T('两家条数有差别没', 'comparison', ['FJ25', 'AH25'], F(['深化“丝路海运”港航贸一体化发展,新开通5条国际航线', '力争开通合肥至欧洲、非洲航线及5条左右“一带一路”沿线国家航线'], [5, '条']), 'elliptical', 'comparison', 'equal', 'short'),
]);
conv([
  T('山东25年要发挥好服务功能的国家区域医疗中心是几个'),
  T('挪到26年 加快建设的国家区域医疗中心项目呢', 'target', 'SD26', F('争创国家医学中心,加快建设9个国家区域医疗中心项目', [9, '个']), 'elliptical', 'year-switch', 'two-digit-year', 'count'),
]);
conv([
  T('浙江24年数字经济核心产业 增加值涨了多少'),
  T('and for 2025, what growth target did they pencil in for emerging strategic sectors?', 'target', 'ZJ25', F('提升智能物联、集成电路、高端软件、智能光伏等产业集群建设水平,力争战略性新兴产业增加值增长7.5%', pct(7.5)), 'elliptical', 'and-the-target', 'en', 'mixed-language', 'year'),
  T('服务业增加值那个目标呢', 'target', 'ZJ25', F('加快打造现代服务业强省,力争服务业增加值增长5.5%左右', pct(5.5)), 'elliptical', 'topic-switch', 'mixed-language', 'short'),
  T('这俩目标差几个百分点', 'comparison', ['ZJ25'], F(['提升智能物联、集成电路、高端软件、智能光伏等产业集群建设水平,力争战略性新兴产业增加值增长7.5%', '加快打造现代服务业强省,力争服务业增加值增长5.5%左右'], pct(7.5), pct(5.5)), 'elliptical', 'comparison', 'difference', 'short'),
]);
conv([
  T('广东25年新开工建设了几座中型水库'),
  T('哦写错了 是24年', 'figure', 'GD25', F('开展堤防达标加固三年攻坚行动,新开工建设4座中型水库', [4, '座']), 'elliptical', 'self-correction', 'year-switch', 'short'),
  T('同一年改造的大中型灌区有多少宗', 'figure', 'GD25', F('率先编制省级耕地保护专项规划,实施42宗大中型灌区改造', [42, '宗']), 'elliptical', 'topic-switch', 'count'),
]);
conv([
  T('浙江24年新建了多少个郑和学院'),
  T('说错了 应该是江苏', 'figure', 'JS25', F('积极落实中非合作论坛北京峰会成果,新建10个“郑和学院”', [10, '个']), 'elliptical', 'self-correction', 'place-switch', 'short'),
  T('江苏那年出台的增量政策是多少条', 'figure', 'JS25', F('提升服务效能,出台“33条”增量政策', [33, '条']), 'elliptical', 'topic-switch', 'count'),
]);
conv([
  T('上海25年的主要任务分了几个“聚力”'),
  T('expand on item 7 — how many gaps in the outer-ring greenway are they closing?', 'target', 'SH25', F('推进环城生态公园带建设,打通外环绿道断点45处以上', [45, '处']), 'elliptical', 'after-outline', 'en', 'mixed-language'),
  T('第九块民生那里 公办幼儿园托班托额新增多少', 'target', 'SH25', F('建设儿童友好城市,新增3000个公办幼儿园托班托额', [3000, '个']), 'elliptical', 'after-outline', 'mixed-language'),
  T('回到第一块 战新和未来产业的营收占比要提到多少', 'target', 'SH25', F('推动战略性新兴产业和未来产业营业收入占比提高到30%左右', pct(30)), 'elliptical', 'after-outline', 'mixed-language'),
]);
conv([
  T('北京24年博物馆延时开放试点了几家'),
  T('and how many property-management demo projects were finished that year?', 'figure', 'BJ25', F('加强物业管理突出问题小区专项治理,建成100个物业示范项目', [100, '个']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
  T('疏散通道和安全出口清理打通了多少处', 'figure', 'BJ25', F('清理打通疏散通道、安全出口3.2万余处', [3.2, '万']), 'elliptical', 'topic-switch', 'mixed-language'),
]);
conv([
  T('山东24年新增了几个国家先进制造业集群'),
  T('同样的数 邢台能查到吗', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('算了 说回山东 那年新增的博士硕士学位授予权单位几个', 'figure', 'SD25', F('新增博士、硕士学位授予权单位10个', [10, '个']), 'elliptical', 'after-not-found', 'place-switch', 'count'),
]);
conv([
  T('这五年安徽府院府检联动机制覆盖率到了多少'),
  T('稳定消除返贫致贫风险的监测对象有多少万', 'figure', 'AH26', F('脱贫攻坚成果巩固拓展,30多万监测对象稳定消除返贫致贫风险', [30, '万']), 'elliptical', 'topic-switch', 'five-year-review'),
  T('安徽25年要培育多少个工业精品', 'target', 'AH25', F('实施质量强基赋能工程,培育工业精品100个以上', [100, '个']), 'no-inherit', 'topic-switch', 'two-digit-year', 'count'),
]);
conv([
  T('福建24年办了多少场产业供需对接活动'),
  T('省级指导评价园区是多少个', 'figure', 'FJ25', F('深化园区标准化建设,63个省级指导评价园区', [63, '个']), 'elliptical', 'topic-switch', 'short'),
  T('困难残疾人生活补贴标准涨了多少', 'figure', 'FJ25', F('加强兜底帮扶,困难残疾人生活补贴标准增长6.5%', pct(6.5)), 'elliptical', 'topic-switch', 'short'),
  T('城镇新建绿色建筑占比呢', 'figure', 'FJ25', F('垃圾分类工作保持全国前列,城镇新建绿色建筑占比超98%', pct(98)), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('广东25年给农民工和新业态人员免费体检超多少人次'),
  T('市级示范性托育综合服务中心要建几所', 'target', 'GD25', F('完善公办托育设施建设,重点推进建设4所市级示范性托育综合服务中心', [4, '所']), 'elliptical', 'topic-switch', 'count'),
  T('新能源汽车公共充电桩新建多少万个', 'target', 'GD25', F('新建新能源汽车公共充电桩超1.17万个', [1.17, '万个']), 'elliptical', 'topic-switch'),
  T('心理健康教师培训那条呢', 'target', 'GD25', F('加强学校心理健康教师队伍建设,开展心理健康教师培训超2.6万人次', [2.6, '万人次']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('福建25年定下的为民办实事是几项'),
  T('26年报告里这个数是多少 跟25年比有增减吗', 'comparison', ['FJ25', 'FJ26'], F(['保质保量完成30项为民办实事项目', '坚持以实效惠民生,扎实推进30项为民办实事项目'], [30, '项']), 'elliptical', 'comparison', 'year-compare', 'equal'),
  T('那今年农村供水工程新建改造多少处', 'target', 'FJ26', F('推进“百乡千村万里路”建设,新建改造农村供水工程100处', [100, '处']), 'elliptical', 'topic-switch', 'relative-year'),
]);
conv([
  T('浙江25年为多少岁以上老年人免费打流感疫苗'),
  T('千万级核心景区和县城滚动推进的重大项目 各要多少个', 'multi', 'ZJ25', F(['打造更多文旅“爆款”产品,培育千万级核心景区30个以上', '提升县城承载能力,滚动推进重大项目500个以上'], [30, '个'], [500, '个']), 'elliptical', 'multi', 'topic-switch'),
  T('存量用能空间要腾出多少万吨标煤', 'target', 'ZJ25', F('有序推动能耗双控向碳排放双控转型,腾出存量用能空间500万吨标准煤以上', [500, '万吨标准煤']), 'elliptical', 'topic-switch', 'abbreviation'),
]);
conv([
  T('上海去年出台的民营经济高质量发展措施是多少条'),
  T('浙江今年迭代升级的民营经济政策呢', 'target', 'ZJ26', F('贯彻落实民营经济促进法,迭代升级我省“民营经济32条”', [32, '条']), 'elliptical', 'place-switch', 'relative-year'),
  T('浙江比上海多出几条', 'comparison', ['SH26', 'ZJ26'], F(['配合出台民营经济促进条例,制定实施民营经济高质量发展“26条”', '贯彻落实民营经济促进法,迭代升级我省“民营经济32条”'], [26, '条'], [32, '条']), 'elliptical', 'comparison', 'difference', 'short'),
]);
conv([
  T('24年是新中国成立多少周年 国务院报告里怎么写的'),
  T('广东那年总书记出席的澳门庆祝活动呢 是回归多少周年', 'trend', 'GD25', F('习近平总书记亲临澳门视察并出席庆祝澳门回归祖国25周年系列活动', [25]), 'elliptical', 'place-switch', 'after-trend'),
  T('同一年广东省直部门公用经费压减了多少', 'figure', 'GD25', F('省直部门公用经费压减5%', pct(5)), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('江苏这五年PM2.5连续几年达到国家二级标准'),
  T('那基本医保参保率这五年稳定在多少以上', 'figure', 'JS26', F('基本养老保险覆盖更广保障力度更大,基本医保参保率稳定在95%以上', pct(95)), 'elliptical', 'topic-switch', 'five-year-review'),
]);
conv([
  T('这五年广东新建改造的地下管网管廊有多少万公里'),
  T('新时代文明实践中心（所、站）建成多少个', 'figure', 'GD26', F('公共文化设施实现五级全覆盖,建成新时代文明实践中心(所、站)2.8万个', [2.8, '万个']), 'elliptical', 'topic-switch', 'five-year-review'),
  T('民生类支出占一般公共预算支出几成', 'figure', 'GD26', F('实施“民生十大工程”,民生类支出占一般公共预算支出7成以上', [7, '成']), 'elliptical', 'topic-switch', 'five-year-review', 'short'),
]);
conv([
  T('21年全国PM2.5平均浓度下降了多少'),
  T('22年把几岁以下婴幼儿的照护费用纳入了个税专项附加扣除', 'target', 'CN22', F('完善三孩生育政策配套措施,将3岁以下婴幼儿照护费用纳入个人所得税专项附加扣除', [3, '岁']), 'elliptical', 'year-switch', 'two-digit-year'),
  T('再往后一年 23年报告给粮食产量定的底线是多少', 'target', 'CN23', F('粮食产量保持在1.3万亿斤以上', [1.3, '万亿斤']), 'elliptical', 'year-switch', 'two-digit-year'),
]);
conv([
  T('山东今年要做强几大机器人产业基地'),
  T('自贸试验区今年要形成多少项创新成果', 'target', 'SD26', F('开展自贸试验区重点产业系统集成改革,形成30项以上创新成果', [30, '项']), 'elliptical', 'topic-switch', 'relative-year'),
  T('智慧农业场景培育多少个', 'target', 'SD26', F('建设小麦人工智能育种平台,培育智慧农业场景100个', [100, '个']), 'elliptical', 'topic-switch', 'short'),
  T('水泥焦化全流程超低排放改造 产能比例要到多少', 'target', 'SD26', F('完成水泥、焦化行业70%以上产能全流程超低排放改造', pct(70)), 'elliptical', 'topic-switch'),
]);
conv([
  T('How many parks in Hunan made the national top-100 advanced manufacturing list in 2024?'),
  T('那湖南25年园区规模工业占比要到多少', 'target', 'HN25', F('着力打造特色园区、共建园区、零碳园区,园区规模工业占比达到75%以上', pct(75)), 'elliptical', 'topic-switch', 'mixed-language', 'two-digit-year'),
  T('吉林25年要打造的美丽乡村示范县呢', 'target', 'JL25', F('深入实施“十百千万”工程,打造“美丽乡村示范县”5个', [5, '个']), 'elliptical', 'place-switch', 'two-digit-year', 'short'),
]);
conv([
  T('23年报告回顾的五年里 超低排放的煤电机组超过多少亿千瓦'),
  T('全国财政支出有多大比例用在了民生上', 'figure', 'CN23', F('腾出的资金千方百计惠企裕民,全国财政支出70%以上用于民生', pct(70)), 'elliptical', 'topic-switch', 'five-year-review'),
  T('企业出口退税办理时间压到几个工作日以内', 'figure', 'CN23', F('企业出口退税办理时间压缩至6个工作日以内', [6, '个工作日']), 'elliptical', 'topic-switch', 'five-year-review'),
]);
conv([
  T('In 2024, how many HK and Macao residents in Guangdong were covered by social insurance?'),
  T('and how many provincial-level powers were handed down to the Sino-Singapore Knowledge City?', 'figure', 'GD25', F('将23项省级行政职权事项调整由中新知识城实施', [23, '项']), 'elliptical', 'topic-switch', 'en'),
  T('那年启动建设的改革创新实验区有几个', 'figure', 'GD25', F('启动建设佛山、茂名高州2个改革创新实验区', [2, '个']), 'elliptical', 'topic-switch', 'mixed-language', 'count'),
]);

// ---------------------------------------------------------------------------------------------------------------
// The Chinese multi-figure part: its first figure is the asked one and must not be the first number of its report
// sentence (years and dates aside), or the case measures nothing the single-figure sets do not.
checkAskedFigureNotFirst(cases);

// Split as fresh-w, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'x', last: 'w' });
