#!/usr/bin/env node
// Writes the fresh-p sets: eval/fresh-p/p-tune.jsonl and eval/fresh-p/p-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-p/make.mjs [--check]
//
// A fourth held-out question set written BEFORE any fix, as fresh-m … fresh-o, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording, over the fresh-l corpus (.cache/eval-corpus-l: the
// seed corpus, the 20 external work reports and the 云南 / 湖南 (Word) and 吉林 (PDF) 2025 reports), with wording other
// than fresh-o's (other verbs and ellipses, typos, mixed scripts, short and long asks, self-corrections). Six parts:
//   1. conversations of 3–4 turns (every later turn scored): 那城镇的呢 / 增速呢 / 绝对值呢 / 那前年的 / 跟广东比呢 / 谁更高 /
//      两个省谁多 / 目标完成了没 / 具体数字 / "and the year before?" / "what about Guangdong?" / "is that higher than
//      Jiangsu?", place / year / topic switches, complete new questions, a follow-up after a not-answerable turn (a year
//      no report holds, then 那最新的呢), after an outline turn (第二条展开说说), after a trend turn, zh/en mixed threads;
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin), 4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure;
//   4. trends (从…到 / 增至 / 较…下降 sentences, plan-period steps) and A vs B comparisons, counts (有几个 / 多少个);
//   5. several indicators in one ask (multi), overviews and outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-03: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-o: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-o, plus the
// stricter same-sentence check). Overview cases cite the report's headline sentence on purpose (as case-checks exempts
// them): their figure is given as `lead` only, since that headline figure is cited by earlier sets.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { askShorthands, caseBook, checkDealAndWrite, conversationBook, useFreshLReports } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// The corpus and the extracted texts of the three added reports first: a cite must be text the extraction yields.
useFreshLReports();

const { cases, x, C, F, NF, O } = caseBook();
const SHAPES = ['follow-up', 'english-ask', 'second-figure-ask', 'trend-ask', 'comparison-ask', 'multi-ask', 'overview-ask', 'outline-ask', 'not-answerable'];
// s(…) a Chinese ask of a figure not first in its sentence, e(…) an English question, f(…) a case of a given shape.
const { s, e, f, pct } = askShorthands(x);

// ---- 3. the asked figure is not the first of its sentence -----------------------------------------------------------
// kinds as fresh-o: second-of-pair, growth-after-level (also the level after an increment), amount-after-count,
// part-vs-total, share-vs-growth, after-other (another indicator's figure comes first), rank
s('figure', 'YN25', '云南融信服平台24年新增授信多少亿', F('融信服平台新增授信超2100亿元', [2100, '亿元']), 'second-of-pair', 'two-digit-year');
s('figure', 'YN25', '磨憨瑞丽河口那几个沿边产业园区 落地了几个亿元以上项目', F('磨憨、瑞丽、河口沿边产业园区落地亿元以上项目11个', [11, '个']), 'after-other', 'count');
s('figure', 'YN25', '云南老旧小区改造开工量全国排老几', F('开工改造城镇老旧小区2878个、居全国第5位', [5]), 'rank', 'after-other');
s('target', 'YN25', '云南25年数智工厂打算打造几个', F('打造“数智工厂”5个', [5, '个']), 'target', 'after-other', 'two-digit-year');
s('target', 'YN25', '云南银龄人才计划25年 银龄教师引进几名', F('其中:银龄教师1550名', [1550, '名']), 'target', 'part-vs-total', 'two-digit-year');
s('target', 'YN25', '云南25年打算让多少个自然村通硬化路', F('乡镇通三级公路,新增3000个以上自然村(组)通硬化路', [3000, '个']), 'target', 'after-other', 'two-digit-year');
s('figure', 'HN25', '湖南24年汽车家电以旧换新一共拉动消费多少亿', F('拉动消费超500亿元', [500, '亿元']), 'after-other', 'two-digit-year');
s('figure', 'HN25', '湖男先进制造业占制造业比重多少', F('先进制造业占制造业比重超过50%', pct(50)), 'share-vs-growth', 'typo');
s('figure', 'HN25', '湖南的国家技术创新中心数量全国排第几', F('国家技术创新中心达3家、居全国第2位', [2]), 'rank', 'growth-after-level');
s('figure', 'HN25', '湖南24年镉低积累水稻推广了多少亩', F('推广镉低积累水稻近200万亩', [200, '万亩']), 'second-of-pair', 'two-digit-year');
s('figure', 'HN25', '湘 24年治理较大面积农村黑臭水体几个', F('完成较大面积农村黑臭水体治理124个', [124, '个']), 'second-of-pair', 'abbrev', 'two-digit-year');
s('target', 'HN25', '湖南25年推广镉低积累水稻品种多少亩 (不是高标准农田那个)', F('推广镉低积累水稻品种300万亩以上', [300, '万亩']), 'target', 'second-of-pair', 'two-digit-year', 'long');
s('target', 'HN25', '湖南25年关键技术要突破多少项', F('突破关键技术125项以上', [125, '项']), 'target', 'after-other', 'two-digit-year');
s('figure', 'JL25', '吉林化纤那个原丝项目年产多少吨', F('吉林化纤年产15万吨原丝项目投产', [15, '万吨']), 'second-of-pair');
s('target', 'JL25', '吉林25年行政村清洁覆盖率保持多少', F('行政村清洁覆盖率保持100%', pct(100)), 'target', 'after-other', 'two-digit-year');
s('figure', 'FJ25', '福建24年工业战略性新兴产业重点项目总投资多少', F('总投资超2200亿元', [2200, '亿元']), 'amount-after-count', 'two-digit-year');
s('figure', 'FJ25', '福建新建成投用的产业项目亩均税收多少', F('新建成投用产业项目亩均税收超12.5万元', [12.5, '万元']), 'after-other');
s('figure', 'FJ25', '福建有几项改革经验被中央改革办推介过 24年的', F('7项改革经验被中央改革办推介', [7, '项']), 'after-other', 'two-digit-year');
s('figure', 'FJ25', '福建24年开工筹集保障性住房多少套', F('开工筹集保障性住房4.1万套', [4.1, '万套']), 'second-of-pair', 'two-digit-year');
s('figure', 'FJ26', '福健去年几个高效办成一件事重点事项落地', F('53个“高效办成一件事”重点事项落地实施', [53, '个']), 'after-other', 'typo', 'relative-year');
s('figure', 'FJ26', '福建几个县市进了全国综合实力百强', F('7个县市入选全国综合实力百强', [7, '个']), 'after-other', 'count');
s('figure', 'FJ26', '福建去年有几项改革典型被中央改革办推介', F('10项改革典型被中央改革办推介', [10, '项']), 'after-other', 'relative-year');
s('figure', 'GD25', '广东24年底企业有多少万户', F('其中企业超830万户', [830, '万户']), 'part-vs-total', 'two-digit-year');
s('figure', 'GD25', '广东24年新增的食品工业培育试点县有几个', F('21个食品工业培育试点县', [21, '个']), 'second-of-pair', 'two-digit-year');
s('figure', 'GD26', '广东104种工业产品里 全国占比超10%的有多少种', F('我省在全国占比超过10%的有44种', [44, '种']), 'after-other', 'count');
s('figure', 'GD26', 'gd 被命名全国双拥模范城的地级以上市有几个', F('19个地级以上市和2个县被命名为“全国双拥模范城(县)”', [19, '个']), 'after-other', 'mixed-script');
s('figure', 'ZJ25', '浙江24年争取到的中央预算内投资多少亿', F('争取中央预算内投资资金233亿元', [233, '亿元']), 'after-other', 'two-digit-year');
s('figure', 'ZJ25', '浙江24年交通事故死亡人数降了多少', F('交通事故死亡人数下降9.2%', pct(9.2)), 'after-other', 'two-digit-year');
s('figure', 'ZJ26', '浙江几家企业上了全国文化企业30强', F('4家浙企上榜全国文化企业30强', [4, '家']), 'after-other');
s('figure', 'SD25', '山东全国重点实验室总数到多少家了', F('新增全国重点实验室15家、总数达36家', [36, '家']), 'growth-after-level');
s('figure', 'SD25', '山东24年PM2.5浓度改善了多少', F('PM2.5浓度改善5.1%', pct(5.1)), 'after-other', 'two-digit-year');
s('figure', 'SD26', '山东去年服务业增加值增速高于全国几个点', F('服务业增加值增长6.1%,高于全国0.7个百分点', [0.7, '个百分点']), 'growth-after-level', 'relative-year');
s('figure', 'AH25', '安徽24年制造业中长期贷款增速比全国高多少', F('制造业中长期贷款增长23.5%、高于全国11.6个百分点', [11.6, '个百分点']), 'growth-after-level', 'two-digit-year');
s('figure', 'AH25', '安徽24年新开工10亿元以上制造业项目比上年多了几个', F('新开工10亿元以上制造业项目248个、比上年增加36个', [36, '个']), 'growth-after-level', 'two-digit-year');
s('figure', 'AH26', '安徽制造业高质量发展指数排全国第几', F('制造业高质量发展指数升至全国第6位', [6]), 'rank', 'after-other');
s('figure', 'BJ25', '北京24年推进了多少个平急两用公共基础设施项目', F('推进89个平急两用公共基础设施项目', [89, '个']), 'second-of-pair', 'two-digit-year');
s('figure', 'SH25', '上海24年建成几个社区长者食堂', F('建成社区长者食堂39个', [39, '个']), 'after-other', 'two-digit-year');
s('figure', 'SH26', '上海去年配合出台的浦东新区管理措施有几部', F('推动出台管理措施6部', [6, '部']), 'second-of-pair', 'relative-year');
s('figure', 'JS25', '江苏24年高效办成一件事重点事项办件量多少', F('“高效办成一件事”年度重点事项办件超760万件', [760, '万件']), 'after-other', 'two-digit-year');
s('figure', 'CN22', '2021年全国财政收入增长了多少', F('全国财政收入突破20万亿元,增长10.7%', pct(10.7)), 'growth-after-level', 'year');
s('figure', 'CN23', '2022年缓税缓费多少亿', F('缓税缓费7500多亿元', [7500, '亿元']), 'after-other', 'year');
s('figure', 'CN23', '全国多少个贫困县全部摘帽了', F('全国832个贫困县全部摘帽', [832, '个']), 'after-other', 'count');
s('figure', 'GD26', '广东新获评全国文明城市的县级城市几个', F('地级市和5个县级城市新获评全国文明城市', [5, '个']), 'second-of-pair');
s('figure', 'CN23', '中央政府层面核准投资项目压减了多少', F('中央政府层面核准投资项目压减90%以上', pct(90)), 'after-other', 'five-year-review');
s('figure', 'CN22', '22年退税减税里留抵退税占多少', F('其中留抵退税约1.5万亿元', [1.5, '万亿元']), 'part-vs-total', 'two-digit-year');
s('figure', 'AH26', '安徽耕地面积实现几连增了', F('耕地面积实现5连增', [5]), 'after-other', 'short');
s('figure', 'CN25', '2024年全国粮食亩产提高了多少斤', F('亩产提升10.1斤', [10.1, '斤']), 'growth-after-level', 'year');

// ---- 2. English single-turn, as a foreign journalist or analyst writes ----------------------------------------------
e('figure', 'JL25', 'How many high-tech enterprises were recognised in Jilin in 2024?', F('认定高新技术企业超过4100家', [4100, '家']), 'year');
e('figure', 'JL25', 'jilin: number of gov services fully online / no in-person approval', F('11.7万个政务服务事项实现全程网办', [11.7, '万']), 'lowercase', 'short');
e('figure', 'JL25', "How many hospitals in Jilin now let you register just once per visit?", F('“一次就诊只挂一次号”医疗机构达307家', [307, '家']));
e('figure', 'JL25', "What's the per-person subsidy for Jilin's urban-rural resident medical insurance?", F('城乡居民基本医疗保险补助标准提高到每人每年670元', [670, '元']));
e('target', 'JL25', 'How many "good housing" demonstration projects is Jilin pushing in 2025?', F('大力推动10个以上“好房子”示范项目建设', [10, '个']), 'year');
e('target', 'JL25', 'Jilin bus-style intercity coach lines to be converted in 2025?', F('改造客运班线公交化线路120条', [120, '条']), 'year', 'short');
e('figure', 'HN25', "How fast did foreign-trade container throughput grow at Yueyang's Chenglingji port?", F('岳阳城陵矶港外贸集装箱吞吐量增长26.6%', pct(26.6)), 'after-other');
e('figure', 'HN25', 'hunan family doctor coverage for key groups', F('重点人群家庭医生签约服务覆盖率达79.8%', pct(79.8)), 'lowercase', 'short');
e('figure', 'HN25', 'How much non-essential spending did the Hunan provincial government claw back?', F('省本级压减收回非重点非刚性支出167亿元', [167, '亿元']));
e('target', 'HN25', 'By how many points does Hunan want its urbanisation rate to rise in 2025?', F('力争全省城镇化率提高0.9个百分点', [0.9, '个百分点']), 'year');
e('target', 'HN25', 'Hunan grain sown area target for 2025', F('确保粮食播种面积稳定在7140万亩以上', [7140, '万亩']), 'year', 'short');
e('figure', 'YN25', "What share of Yunnan's budget spending went to people's livelihoods in 2024?", F('76.1%的财政支出用于民生', pct(76.1)), 'year');
e('figure', 'YN25', 'yunnan phosphogypsum utilisation rate?', F('预计磷石膏综合利用率77%左右', pct(77)), 'lowercase', 'short');
e('target', 'YN25', 'How many highway service-area charging stations will Yunnan expand in 2025?', F('对车流量较大的85个高速公路服务区充电站进行扩容增桩', [85, '个']), 'year');
e('figure', 'FJ25', "How much consumption did Fujian's trade-in subsidies drive in 2024?", F('拉动消费近390亿元', [390, '亿元']), 'year', 'second-of-pair');
e('figure', 'FJ25', 'How many Taiwanese teams joined rural building projects in Fujian?', F('新引进28支台湾团队参与乡建乡创', [28, '支']), 'second-of-pair');
e('figure', 'FJ26', "What's the capacity of the mass-produced energy storage system Fujian launched — a world first?", F('推出全球首款量产级9兆瓦时储能系统', [9, '兆瓦时']), 'after-other', 'long');
e('figure', 'GD25', 'How many Hong Kong and Macao engineers passed the Greater Bay Area professional title assessment?', F('首批207名港澳工程专业人才通过大湾区职称评价', [207, '名']), 'after-other');
e('figure', 'GD25', "Northbound Travel for HK and Macau cars — how many trips by end-2024?", F('“港车北上”、“澳车北上”突破450万辆次', [450, '万辆次']), 'after-other', 'year');
e('figure', 'GD26', 'How many Guangdong universities made the new Double First-Class list during the 14th FYP?', F('8所大学入选新一轮“双一流”名单', [8, '所']), 'after-other', 'five-year-review');
e('figure', 'BJ26', 'how many top-tier sports events did beijing stage in 2025 (WTT Grand Smash etc.)', F('世界乒联中国大满贯等198项精品赛事叫好又叫座', [198, '项']), 'year', 'lowercase', 'long');
e('figure', 'ZJ25', "What's the opening rate of designated hospitals for in-province cross-region settlement in Zhejiang?", F('省内异地结算定点医院开通率达100%', pct(100)), 'second-of-pair');
e('target', 'ZJ25', 'zhejiang major projects 2025 — how many, and how much investment?', F('安排重大项目1000个以上,完成年度投资1万亿元以上', [1000, '个'], [1, '万亿元']), 'year', 'lowercase');
e('figure', 'ZJ26', 'How much local special bond quota did Zhejiang secure for project construction in 2025?', F('争取用于项目建设的地方政府专项债券额度3150亿元', [3150, '亿元']), 'year', 'after-other');
e('figure', 'ZJ26', 'Which number is Deqing pearl farming among Zhejiang’s globally important agricultural heritage systems?', F('德清淡水珍珠复合养殖系统成为我省第6个全球重要农业文化遗产', [6, '个']), 'after-other');
e('figure', 'SD25', 'How many academicians live and work in Shandong?', F('住鲁两院院士和海外学术机构院士达到168人', [168, '人']), 'after-other');
e('figure', 'SD26', 'How many strong counties does Shandong manage like directly-administered ones?', F('15个强县参照直管县管理', [15, '个']), 'second-of-pair');
e('figure', 'SD26', "How many of Shandong's provincial marine industry clusters were newly cultivated in 2025?", F('新培育省级现代海洋特色产业集聚区7个', [7, '个']), 'year', 'after-other');
e('figure', 'AH25', "How many 'little giant' specialised SMEs did Anhui add in 2024?", F('专精特新“小巨人”企业113家', [113, '家']), 'year', 'after-other');
e('figure', 'BJ25', 'How much illegal construction did Beijing clean up in 2024, in square metres?', F('治理违法建设超2000万平方米', [2000, '万平方米']), 'year', 'second-of-pair');
e('figure', 'BJ25', "How long is the greenway loop around Beijing's Second Ring Road?", F('环二环80公里绿道全线贯通', [80, '公里']), 'after-other');
e('figure', 'SH26', 'How many parks does Shanghai have in total now?', F('累计达到1100座', [1100, '座']), 'after-other');
e('figure', 'CN24', "What share of global NEV production and sales does China have (2023)?", F('新能源汽车产销量占全球比重超过60%', pct(60)), 'year', 'after-other');
e('figure', 'CN25', 'How many bills did the State Council submit to the NPC Standing Committee in 2024?', F('提请全国人大常委会审议法律议案19件', [19, '件']), 'year');
e('figure', 'SD25', "How many times did Shandong's peak power load break the record in summer 2024?", F('4次刷新历史记录考验', [4, '次']), 'year', 'second-of-pair');
e('target', 'GD26', 'guangdong mental-health teacher training target 2026', F('开展心理健康教育教师培训超2.8万人次', [2.8, '万人次']), 'year', 'lowercase', 'short');
e('figure', 'FJ26', 'How many years running has Fujian been rated "good" in the Fujian–Ningxia cooperation review?', F('闽宁协作考核连续7年为“好”', [7, '年']));
e('target', 'AH26', 'How many new modern industry colleges will Anhui set up this year?', F('新建现代产业学院40个', [40, '个']), 'relative-year');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe("What was Guangxi's GDP growth in 2024?", 'nf-place', 'year');
nfe('shanxi coal output last year', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe("What was Zhejiang's GDP in 2016?", 'nf-year', 'year');
nfe("How big was Guangdong's box office last year?", 'nf-indicator', 'relative-year');

// ---- 4. trends and comparisons across reports --------------------------------------------------------------------
f('trend', 'trend-ask', 'CN23', '制造业企业研发费用加计扣除比例 从多少提高到多少的', F('将制造业企业、科技型中小企业分别从50%、75%提高至100%', pct(50), pct(100)), 'from-to', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '过去五年小微企业贷款平均利率降了多少', F('贷款平均利率较五年前下降1.5个百分点', [1.5, '个百分点']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '五年里全国建了几个国家公园 自然保护地有多少处', F('设立首批5个国家公园,建立各级各类自然保护地9000多处', [9000, '处'], [5, '个']), 'plan-period', 'five-year-review', 'count');
f('trend', 'trend-ask', 'GD26', '广东十四五 进出口总额先后突破了哪几个万亿关口', F('进出口总额接连突破8万亿元、9万亿元', [8, '万亿元'], [9, '万亿元']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'SD26', '山东十四五期间经济总量连续跨过几个万亿大关', F('经济总量连续跨过3个万亿元大关', [3, '个']), 'plan-period', 'five-year-review', 'count');
f('trend', 'trend-ask', 'JS26', '江苏五年GDP连续迈上几个万亿台阶', F('地区生产总值连续迈上4个万亿元台阶', [4, '个']), 'plan-period', 'five-year-review', 'count');
f('trend', 'trend-ask', 'JS26', '江苏安全生产事故死亡人数比2020年下降了多少', F('生产安全事故起数、死亡人数比2020年分别下降65.3%、58.3%', pct(58.3)), 'from-to', 'five-year-review', 'second-of-pair');
f('trend', 'trend-ask', 'JS26', '长三角生态绿色一体化示范区制度创新成果增加到多少项了', F('长三角生态绿色一体化发展示范区制度创新成果增至154项', [154, '项']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'ZJ26', 'How much did criminal cases fall in Zhejiang over the past five years?', F('全省刑事案件总量下降35.9%', pct(35.9)), 'plan-period', 'five-year-review', 'en');
f('comparison', 'comparison-ask', ['CN25', 'CN24'], '国务院提请审议的法律议案 24年比23年多几件', F(['提请全国人大常委会审议法律议案19件', '提请全国人大常委会审议法律议案10件'], [19, '件'], [10, '件']), 'year-compare', 'two-digit-year');
f('comparison', 'comparison-ask', ['GD26', 'GD25'], '广东农村公路危旧桥梁改造 今年的计划比去年的少了多少座', F(['改造农村公路危旧桥梁180座', '改造农村公路危旧桥梁240座'], [180, '座'], [240, '座']), 'year-compare', 'relative-year');
f('comparison', 'comparison-ask', ['AH25', 'AH26'], '安徽创新创业领军人才 24年和25年各遴选了多少 哪年多', F(['遴选支持省级创新创业领军人才200名', '遴选支持创新创业领军人才197名'], [200, '名'], [197, '名']), 'year-compare', 'two-digit-year');
f('comparison', 'comparison-ask', ['JL25', 'YN25'], '吉林和云南25年的民生实事 哪个省件数多', F(['办好20件民生实事', '继续办好10件惠民实事'], [20, '件'], [10, '件']), 'two-reports', 'two-digit-year');
f('comparison', 'comparison-ask', ['CN24', 'CN25'], '地方专项债比上年增加的额度 24年和25年比', F(['拟安排地方政府专项债券3.9万亿元、比上年增加1000亿元', '拟安排地方政府专项债券4.4万亿元、比上年增加5000亿元'], [1000, '亿元'], [5000, '亿元']), 'year-compare', 'two-digit-year');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'YN25', '云南十县百乡千村万户工程 示范县、示范乡镇、示范村各建多少', F('“十县百乡千村万户”示范引领工程:建设10个民族团结进步示范县、100个民族团结进步示范乡镇、1000个民族团结进步示范村(社区)', [10, '个'], [100, '个'], [1000, '个']));
f('multi', 'multi-ask', 'FJ25', '福建省级市域产教联合体、行业产教融合共同体分别建了几个', F('建设省级市域产教联合体5个、行业产教融合共同体7个', [5, '个'], [7, '个']));
f('multi', 'multi-ask', 'SD25', '山东国家级和省级文明村镇各有多少个', F('累计创建国家文明村镇246个、省级文明村镇4295个', [246, '个'], [4295, '个']));
f('multi', 'multi-ask', 'JL25', '吉林25年R&D经费和转化科技成果数量分别要增长多少', F('R&D经费投入增长10%左右,转化科技成果数量增长15%以上', pct(10), pct(15)), 'two-digit-year');
f('multi', 'multi-ask', 'GD25', '广东24年遭遇了几轮强降水 几个台风', F('经受了25轮强降水和10个台风影响', [25, '轮'], [10, '个']), 'two-digit-year');
f('multi', 'multi-ask', 'AH25', 'ah新增5A级物流企业和四星级冷链物流企业各几家', F('新增5A级物流企业3家、四星级冷链物流企业10家', [3, '家'], [10, '家']), 'mixed-script');
f('overview', 'overview-ask', 'SD26', '山东去年经济整体怎么样', { ...F('地区生产总值增长5.5%、达到10.3万亿元'), lead: 5.5 }, 'relative-year', 'short');
f('overview', 'overview-ask', 'BJ25', '帮我概括一下北京2024年经济运行情况 主要指标', { ...F('预计全市地区生产总值增长5.2%左右'), lead: 5.2 }, 'year', 'long');
f('outline', 'outline-ask', 'AH25', '皖 25年重点干哪几件事', O('AH25'), 'two-digit-year', 'abbrev', 'short');
f('outline', 'outline-ask', 'ZJ25', '浙江25年政府工作主要任务有哪些', O('ZJ25'), 'two-digit-year');
f('outline', 'outline-ask', 'SD26', "shandong's key work priorities for 2026?", O('SD26'), 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'BJ25', '北京25年的重点工作 分几块 列一下', O('BJ25'), 'two-digit-year');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('陕西去年GDP多少', 'nf-place', 'relative-year', 'short');
nf('贵州今年经济增长目标定的多少', 'nf-place', 'relative-year');
nf('内蒙古24年粮食产量多少亿斤', 'nf-place', 'two-digit-year');
nf('辽宁去年城镇新增就业', 'nf-place', 'relative-year', 'short');
nf('江西25年固定资产投资增速目标', 'nf-place', 'two-digit-year');
nf('浙江2016年GDP增速多少', 'nf-year', 'year');
nf('山东2015年一般公共预算收入是多少', 'nf-year', 'year');
nf('广东去年电影票房多少', 'nf-indicator', 'relative-year');
nf('上海去年无偿献血多少人次', 'nf-indicator', 'relative-year');
nf('江苏的基尼系数是多少', 'nf-indicator');
nf('北京居民恩格尔系数', 'nf-indicator', 'short');
nf('安徽去年出生率多少', 'nf-indicator', 'relative-year');
nf('领导问湖南猪肉价格去年涨了多少 报告里有没有 有就给个数没有就算了', 'nf-indicator', 'relative-year', 'long');

// ---- 1. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('山东24年完成农村危房改造多少户'),
  T('那城镇的呢', 'figure', 'SD25', F('城中村改造安置30.7万套', [30.7, '万套']), 'elliptical', 'second-of-pair', 'short'),
  T('医养结合机构有多少家', 'figure', 'SD25', F('“两证齐全”医养结合机构突破1000家', [1000, '家']), 'elliptical', 'topic-switch'),
]);
conv([
  T('安徽科技型企业贷款余额多少'),
  T('增速呢', 'figure', 'AH25', F('科技型企业贷款余额突破7500亿元,增长20%以上', pct(20)), 'elliptical', 'growth-after-level', 'short'),
  T('制造业中长期贷款呢', 'figure', 'AH25', F('制造业中长期贷款增长23.5%', pct(23.5)), 'elliptical', 'topic-switch'),
]);
conv([
  T('山东24年新能源和可再生能源装机占比超过煤电了没'),
  T('绝对值呢', 'figure', 'SD25', F('新能源和可再生能源发电装机达1.15亿千瓦', [1.15, '亿千瓦']), 'elliptical', 'short'),
  T('肥城那个压缩空气储能多大', 'figure', 'SD25', F('肥城300兆瓦压缩空气储能', [300, '兆瓦']), 'elliptical', 'topic-switch'),
]);
conv([
  T('过去五年全国货物进出口年均增长多少'),
  T('基本养老保险覆盖多少人', 'trend', 'CN23', F('基本养老保险参保人数增加1.4亿、覆盖10.5亿人', [10.5, '亿']), 'elliptical', 'after-trend', 'topic-switch'),
  T('五年累计减税多少', 'trend', 'CN23', F('五年累计减税5.4万亿元', [5.4, '万亿元']), 'elliptical', 'after-trend', 'topic-switch'),
  T('降费呢', 'trend', 'CN23', F('降费2.8万亿元', [2.8, '万亿元']), 'elliptical', 'after-trend', 'second-of-pair', 'short'),
]);
conv([
  T('上海去年多少相对集中居住的农户住进了新居'),
  T('那前年的', 'figure', 'SH25', F('1.2万户相对集中居住农户入住新居', [1.2, '万户']), 'elliptical', 'year-switch', 'short'),
  T('前年的和美乡村片区试点首批几个', 'figure', 'SH25', F('首批6个“五好两宜”和美乡村片区建设试点取得积极进展', [6, '个']), 'elliptical', 'topic-switch', 'relative-year'),
]);
conv([
  T('福建24年新增专精特新小巨人企业几家'),
  T('单项冠军呢', 'figure', 'FJ25', F('国家级制造业单项冠军企业11家', [11, '家']), 'elliptical', 'second-of-pair', 'short'),
  T('跟广东比呢', 'comparison', ['GD25', 'FJ25'], F(['国家级制造业单项冠军60家', '国家级制造业单项冠军企业11家'], [60, '家'], [11, '家']), 'elliptical', 'place-switch', 'comparison'),
]);
conv([
  T('How many national manufacturing pilot platforms did Zhejiang create last year?'),
  T('what about Guangdong?', 'figure', 'GD26', F('28个制造业中试平台入选全国首批重点培育名单', [28, '个']), 'elliptical', 'place-switch', 'en'),
  T('那广东的国家人工智能应用中试基地呢', 'figure', 'GD26', F('创建3个国家人工智能应用中试基地', [3, '个']), 'elliptical', 'topic-switch', 'mixed-language'),
]);
conv([
  T('How many national advanced manufacturing clusters does Guangdong have?'),
  T('is that higher than Jiangsu?', 'comparison', ['JS25', 'GD26'], F(['累计14个、总数全国第一'], [14, '个']), 'elliptical', 'place-switch', 'en', 'comparison'),
  T('江苏制造业高质量发展指数连续几年全国第一', 'figure', 'JS25', F('制造业高质量发展指数连续4年全国第一', [4, '年']), 'elliptical', 'mixed-language', 'topic-switch'),
]);
conv([
  T('广东24年保交房交付率到了多少'),
  T('目标完成了没', 'figure', 'GD25', F('保交房交付率94.7%、超额完成国家下达任务', pct(94.7)), 'elliptical', 'target-vs-actual'),
  T('农业产业化国家重点龙头企业新增几家', 'figure', 'GD25', F('新增14家农业产业化国家重点龙头企业', [14, '家']), 'elliptical', 'topic-switch'),
]);
conv([
  T('湖南国家级科技人才多不多'),
  T('具体数字', 'figure', 'HN25', F('国家级科技人才突破1000人', [1000, '人']), 'elliptical', 'short'),
  T('企业创新联合体培育了几家', 'figure', 'HN25', F('培育企业创新联合体15家', [15, '家']), 'elliptical', 'topic-switch'),
]);
conv([
  T("How many days did Shandong's grid load top 100 GW last year?"),
  T('and the year before?', 'figure', 'SD25', F('成功应对全网用电负荷39天破亿', [39, '天']), 'elliptical', 'year-switch', 'en'),
  T('山东去年精准服务了多少家外贸企业', 'figure', 'SD26', F('精准服务企业5000余家', [5000, '家']), 'no-inherit', 'topic-switch', 'mixed-language', 'relative-year'),
]);
conv([
  T('云南25年居家适老化改造打算做多少户'),
  T('吉林呢', 'target', 'JL25', F('为7000户困难老年人家庭实施适老化改造', [7000, '户']), 'elliptical', 'place-switch', 'short'),
  T('两个省谁多', 'comparison', ['JL25', 'YN25'], F(['为7000户困难老年人家庭实施适老化改造', '开展6000户特殊困难高龄、失能、残疾老年人家庭居家适老化改造'], [7000, '户'], [6000, '户']), 'elliptical', 'comparison'),
]);
conv([
  T('广东育成的肉鸡新品种占全国多少'),
  T('超级稻品种呢', 'figure', 'GD25', F('超级稻品种占全国超1/4'), 'elliptical', 'second-of-pair', 'short'),
  T('谁更高', 'comparison', 'GD25', F('育成肉鸡新品种占全国约40%', pct(40)), 'elliptical', 'comparison', 'short'),
]);
conv([
  T('山东2015年新培育了几个省级现代海洋特色产业集聚区'),
  T('那最新的呢', 'figure', 'SD26', F('新培育省级现代海洋特色产业集聚区7个', [7, '个']), 'elliptical', 'after-not-found', 'year-switch'),
  T('国家政策性资金去年争取了多少', 'figure', 'SD26', F('新争取国家政策性资金4700多亿元', [4700, '亿元']), 'elliptical', 'topic-switch', 'relative-year'),
]);
conv([
  T('湖南25年工作重点有哪几条'),
  T('第二条展开说说', 'target', 'HN25', F('深入推进13条重点产业链倍增计划', [13, '条']), 'elliptical', 'after-outline'),
  T('数字经济核心产业增加值目标增长多少', 'target', 'HN25', F('数字经济核心产业增加值增长15%', pct(15)), 'elliptical', 'topic-switch'),
]);
conv([
  T("What was Hunan's R&D intensity in 2024?"),
  T('中部排第几', 'figure', 'HN25', F('居中部第2位', [2]), 'elliptical', 'rank', 'mixed-language', 'short'),
  T('and how fast did the electronic information industry grow?', 'figure', 'HN25', F('电子信息产业增速超20%', pct(20)), 'elliptical', 'topic-switch', 'en'),
]);
conv([
  T('吉林冬运会拿了多少金牌'),
  T('排第几', 'figure', 'JL25', F('位列金牌榜第2位', [2]), 'elliptical', 'rank', 'short'),
  T('吉林24年招商引资产业类项目形成多少固定资产', 'figure', 'JL25', F('招商引资产业类项目形成固定资产550亿元', [550, '亿元']), 'no-inherit', 'topic-switch', 'two-digit-year'),
]);
conv([
  T('云南2016年新晋了几个国家等级博物馆'),
  T('那最新的呢', 'figure', 'YN25', F('新晋国家等级博物馆8个', [8, '个']), 'elliptical', 'after-not-found', 'year-switch'),
  T('云南24年兜底保障了多少生活困难群众', 'figure', 'YN25', F('兜底保障生活困难群众357.37万人', [357.37, '万人']), 'no-inherit', 'topic-switch', 'two-digit-year'),
]);
conv([
  T('广东24年新增多少个省产业园'),
  T('国家制造业创新中心呢', 'figure', 'GD25', F('新增国家制造业创新中心2家', [2, '家']), 'elliptical', 'topic-switch', 'short'),
  T('换成江苏 省重大项目投资超计划多少', 'figure', 'JS25', F('超年度计划目标13.9%', pct(13.9)), 'elliptical', 'place-switch'),
]);
conv([
  T('北京去年新能源汽车年产量多少'),
  T('创新药械呢', 'figure', 'BJ26', F('34款创新药械获批上市', [34, '款']), 'elliptical', 'topic-switch', 'short'),
  T('关键核心技术突破了多少项', 'figure', 'BJ26', F('210项关键核心技术获得突破', [210, '项']), 'elliptical', 'topic-switch'),
]);
conv([
  T('陕西24年文化惠民活动办了多少场'),
  T('那山东呢', 'figure', 'SD25', F('开展群众性小戏小剧等文化惠民活动50余万场', [50, '万场']), 'elliptical', 'place-switch', 'after-not-found'),
  T('广西呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place'),
  T('回到山东 24年省市县建了多少乡村振兴片区', 'figure', 'SD25', F('省市县建设乡村振兴片区1598个', [1598, '个']), 'after-not-found', 'place-switch', 'two-digit-year'),
]);
conv([
  T('江苏24年技术合同成交额多少'),
  T('高新区呢 几家进了国家综合评价前50', 'figure', 'JS25', F('9家高新区进入国家高新区综合评价前50强', [9, '家']), 'elliptical', 'topic-switch'),
  T('and how many national economic development zones made the top 30?', 'figure', 'JS25', F('9家国家级经开区跻身全国30强', [9, '家']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
]);

// ---------------------------------------------------------------------------------------------------------------
// Split as fresh-o, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'p', last: 'o' });
