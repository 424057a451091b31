#!/usr/bin/env node
// Writes the fresh-am sets: eval/fresh-am/am-tune.jsonl and eval/fresh-am/am-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-am/make.mjs [--check]
//
// A twenty-seventh held-out question set written BEFORE any fix, as fresh-m … fresh-al, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'al'`, so fresh-al's tune file is an earlier tune file, and no cite may meet fresh-ak's or fresh-al's held-out
// file (the two most recent held-out halves). Today = 2026-12-06: 今年 = 2026, 去年 = 2025, 前年 = 2024.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkHeldoutFactSetAndWrite,
  checkNoNewestHeldFacts,
  conversationBook,
  heldoutFactSetBook,
} from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// The corpus and the extracted texts of the three added reports first, then the book: s(…) a Chinese ask of a figure not
// first in its sentence, e(…) an English question, f(…) a case of a given shape, p(…) a plain Chinese figure ask.
const { cases, x, C, F, NF, O, s, e, f, p, pct, SHAPES, HF } = heldoutFactSetBook();

// ---- 1. Chinese figure asks -------------------------------------------------------------------------------------------
// plain asks: results (report N → year N−1) and targets (report N → year N)
p('figure', 'AH25', '安徽高等研究院前年首招了多少硕博研究生', F('共建安徽高等研究院,首招硕博士研究生735名', [735, '名']), 'relative-year', 'colloquial', HF);
p('figure', 'AH25', '皖前年修缮了多少栋传统建筑', F('先行本出版发行,保护修缮传统建筑1005栋', [1005, '栋']), 'relative-year', 'short-name', 'short', HF);
p('figure', 'FJ25', '福建前年来闽实习就业创业的台青新增了多少', F('扩大台胞参与,新增来闽实习、就业、创业台青3859人', [3859, '人']), 'relative-year', 'colloquial', HF);
p('figure', 'FJ25', '福建24年的人均预期寿命到多少岁了', F('全省人均预期寿命预计提高到79.3岁', [79.3, '岁']), 'two-digit-year', 'short', HF);
p('figure', 'FJ26', '福建去年全面纳管的乡镇船舶有多少艘', F('海上船舶安全治理常态长效,10.73万艘乡镇船舶全面纳管', [10.73, '万艘']), 'relative-year', HF);
p('figure', 'GD25', '广东到前年累计营造修复了多少公顷红树林', F('万亩级红树林示范区加快建设,累计完成红树林营造修复5648公顷', [5648, '公顷']), 'relative-year', HF);
p('figure', 'GD26', '粤去年学前一年免费教育惠及多少孩子', F('实施学前一年免费教育政策、惠及168万名儿童', [168, '万名']), 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'GD26', '广东去年AA级以上信用评级的县区国企有几家', F('信用评级AA级以上县(市、区)国企增至260家', [260, '家']), 'relative-year', 'abbreviation', HF);
p('figure', 'JS25', '江苏前年公园绿地里新增了多少片球类场地', F('“城市足球赛”等新亮点,公园绿地共新增球类场地405片', [405, '片']), 'relative-year', HF);
p('figure', 'SD26', '山东去年四普新发现了多少处文物', F('第四次全国文物普查新发现文物1.4万余处', [1.4, '万处']), 'relative-year', 'abbreviation', 'approx', 'short', HF);
p('figure', 'SD26', '山东金融直达基层加速跑去年促成贷款投放多少', F('“金融直达基层加速跑”促成贷款投放超8300亿元', [8300, '亿元']), 'relative-year', 'approx', HF);
p('figure', 'SD26', '山东十四五期间建成了几个国家生态文明建设示范区', F('建成国家生态文明建设示范区36个', [36, '个']), 'plan-period', HF);
p('figure', 'SH26', '沪去年架空线入地做了多少公里', F('完成141公里架空线入地和杆箱整治', [141, '公里']), 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'ZJ25', '浙江前年下调存量房贷利率 一年能少付多少房贷利息', F('降低存量房贷利率,每年可减少房贷利息支出约130亿元', [130, '亿元']), 'relative-year', 'colloquial', 'approx', HF);
p('figure', 'ZJ26', '浙江去年单村水站改造让多少偏远农村居民喝上了干净水', F('全面完成单村水站改造提升,让242万偏远农村居民喝上干净水', [242, '万']), 'relative-year', HF);
p('figure', 'ZJ26', '浙江去年新建了多少个15分钟品质文化生活圈', F('新建“15分钟品质文化生活圈”2415个', [2415, '个']), 'relative-year', HF);
p('figure', 'YN25', '云南前年培养认定了多少农村致富带头人', F('培养认定农村致富带头人3.07万', [3.07, '万']), 'relative-year', HF);
p('figure', 'JL25', '吉林前年清零了多少条城市黑臭水体', F('104条城市黑臭水体动态清零', [104, '条']), 'relative-year', 'colloquial', HF);
p('figure', 'CN23', '23年报告说五年里改造了多少个城镇老旧小区', F('改造城镇老旧小区16.7万个', [16.7, '万个']), 'two-digit-year', 'five-year-review', 'no-place', HF);
p('figure', 'HZ24', '杭州23年新增了几所老年学校', F('新增老年学校71所', [71, '所']), 'two-digit-year', 'short', HF);
p('figure', 'GS23', '拱墅22年公用充电桩完工了几个', F('全力推进充电桩建设,完工公用充电桩406个', [406, '个']), 'two-digit-year', HF);
p('target', 'AH25', '安徽去年计划新培育多少家科技型中小企业', F('发展壮大机制,新培育科技型中小企业3000家以上', [3000, '家']), 'target', 'relative-year', HF);
p('target', 'BJ26', '北京今年要给多少栋危旧简易楼排险', F('抓好507栋危旧简易楼排险工作', [507, '栋']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'SD26', '山东今年准备培育多少家镇街区域养老服务中心', F('新增社区嵌入式养老服务机构150家,培育镇街区域养老服务中心100家', [100, '家']), 'target', 'relative-year', HF);
p('target', 'ZJ26', '浙江今年长护险待遇享受人数目标多少', F('纳入长护险保障,待遇享受人数23万人以上', [23, '万人']), 'target', 'relative-year', 'abbreviation', HF);
p('target', 'HN25', '湖南去年民生实事里农村寄递物流综合服务站要建多少个', F('建成农村寄递物流综合服务站1.9万个', [1.9, '万个']), 'target', 'relative-year', HF);
p('target', 'FJ26', '福建今年开工筹集城中村改造安置住房多少套', F('高质量推进城市更新,开工筹集城中村改造安置住房1500套', [1500, '套']), 'target', 'relative-year', HF);
p('target', 'JL25', '吉林去年想留住多少高校毕业生', F('农村劳动力转移就业270万人,高校毕业生留吉超过15万人', [15, '万人']), 'target', 'relative-year', 'colloquial', 'short', HF);
p('target', 'QT25', '钱塘25年计划新引进多少个校友经济项目', F('迭代“浙子回归梦钱塘”工程,新引进校友经济项目150个', [150, '个']), 'target', 'two-digit-year', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'AH26', '安徽去年有百分之多少的县医院达到了三级医院服务能力', F('197家二级以上医院开设体重管理门诊,90%的县医院达到三级医院服务能力水平', pct(90)), 'relative-year', 'after-other', HF);
s('figure', 'FJ25', '福建前年公共文化场馆延时错时开放惠及了多少人次', F('119家公共文化场馆延时错时开放,惠及5900万人次', [5900, '万人次']), 'relative-year', 'second-of-pair', HF);
s('figure', 'FJ26', '福建十四五期间新增了多少个普惠托育机构', F('新增养老床位5万张、普惠托育机构923个', [923, '个']), 'plan-period', 'second-of-pair', HF);
s('figure', 'GD25', '广东前年建成了多少个长者饭堂', F('家庭适老化改造,建成“长者饭堂”3652个', [3652, '个']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'GD26', '广东去年有几所高职学校入选第二期双高计划', F('新设3所本科层次职业学校,16所高职学校入选第二期国家“双高计划”', [16, '所']), 'relative-year', 'after-other', HF);
s('figure', 'JS25', '江苏前年为多少居家老年人提供了专业上门服务', F('建成老年助餐点8000余家,为358万居家老年人提供专业上门服务', [358, '万']), 'relative-year', 'after-other', HF);
s('figure', 'JS26', '江苏十四五期间有几部作品拿了文华奖', F('国家历史文化名城分别增至37座、14座,6部作品获文华奖', [6, '部']), 'plan-period', 'after-other', HF);
s('figure', 'SD25', '山东前年公益性岗位和以工代赈吸纳了多少人次就业', F('城镇新增就业124.5万人,公益性岗位、以工代赈吸纳就业29.1万人次', [29.1, '万人次']), 'relative-year', 'second-of-pair', HF);
s('figure', 'SD26', '山东去年新增了几个义务教育优质均衡县', F('新增学前教育普及普惠县26个、义务教育优质均衡县23个', [23, '个']), 'relative-year', 'second-of-pair', HF);
s('figure', 'SD26', '山东去年博士后在站人数到多少了', F('博士后在站人数突破1万人', [1, '万人']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'SH25', '上海前年工业上楼打造了多少智造空间', F('实施“工业上楼”项目151个,打造智造空间1015万平方米', [1015, '万平方米']), 'relative-year', 'after-other', HF);
s('figure', 'SH26', '上海去年新建的家门口养老服务站有几个', F('新建社区长者食堂57家、家门口养老服务站336个', [336, '个']), 'relative-year', 'second-of-pair', HF);
s('figure', 'HN25', '湖南前年新增新三板挂牌企业几家', F('上市公司达146家,新增“新三板”挂牌企业12家', [12, '家']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'QT25', '钱塘前年认定了多少套保障性住房', F('全年共推出人才共有产权房2173套,认定保障性住房2.5万套', [2.5, '万套']), 'relative-year', 'after-other', HF);
s('figure', 'HZ24', '杭州23年新建中小学幼儿园新增了多少学位', F('新建中小学和幼儿园98所、新增学位8.4万个', [8.4, '万个']), 'two-digit-year', 'second-of-pair', HF);
s('figure', 'ZJ26', '浙江去年布局建设了多少家省级中试平台', F('布局建设省级概念验证中心67家、省级中试平台11家', [11, '家']), 'relative-year', 'second-of-pair', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'AH25', 'anhui 2024: academicians & their teams brought in on flexible terms — how many person-times?', F('人才兴皖工程深入推进,柔性引进院士及团队92人次', [92, '人次']), 'year', 'lowercase', HF);
e('figure', 'AH25', "anhui 2024 livelihood projects ('minsheng shishi') — total spending?", F('聚焦群众急难愁盼,投入567亿元办好民生实事', [567, '亿元']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'AH26', 'anhui 2025: loan growth, manufacturing vs inclusive small-biz loans?', F('制造业、普惠小微贷款余额分别增长10.7%、13.3%', pct(10.7), pct(13.3)), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'BJ25', 'beijing AI core industry size in 2024, bn yuan?', F('人工智能核心产业规模突破3000亿元', [3000, '亿元']), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'BJ25', 'beijing 2024: new government investment funds pulled in how much social capital?', F('新设政府投资基金扩展至8个投资领域、带动社会投资286亿元', [286, '亿元']), 'year', 'lowercase', HF);
e('figure', 'FJ26', 'fujian 2025 trade-in scheme: consumption it drove, bn yuan?', F('加力扩围以旧换新,带动消费791亿元', [791, '亿元']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'GD25', 'gd: personal pension accounts opened by end-2024, roughly?', F('个人养老金开户数近1800万', [1800, '万']), 'year', 'lowercase', 'abbreviation', 'approx', HF);
e('figure', 'GD25', 'guangdong 2024 trade-ins: home appliances swapped and cars scrapped/replaced?', F('提高补贴标准,带动1025万台家电以旧换新、45.4万辆汽车报废和置换更新', [1025, '万台'], [45.4, '万辆']), 'year', 'lowercase', HF);
e('figure', 'GD26', 'china hi-tech fair (shenzhen) 2025 — deal value?', F('投融资项目签约,成交额超1700亿元', [1700, '亿元']), 'year', 'lowercase', 'short', HF);
e('figure', 'GD26', "gd, 14th FYP: idle land ('approved but not supplied') disposed of, mn mu?", F('实施全域土地综合整治,处置批而未供土地171.6万亩', [171.6, '万亩']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'JS25', 'jiangsu new-type energy storage capacity, end-2024?', F('首次超过煤电装机量,新型储能项目规模达665万千瓦', [665, '万千瓦']), 'year', 'lowercase', 'short', HF);
e('figure', 'JS26', 'jiangsu 2025: output growth for green products (li-ion batteries, NEVs, wind turbines)?', F('锂离子动力电池、新能源汽车、风力发电机组等绿色产品产量均增长20%以上', pct(20)), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'SD25', "shandong's provincial water network — km in operation by end-2024?", F('推动设立省水网运行调度中心,通水里程突破7100公里', [7100, '公里']), 'year', 'lowercase', HF);
e('figure', 'SD26', 'shandong 12345 hotline — requests handled in 2025?', F('“12345”热线受理诉求4000多万件', [4000, '万件']), 'year', 'lowercase', 'short', HF);
e('figure', 'SD26', 'shandong AI: # of leading firms by the end of the 14th FYP?', F('人工智能产业突破发展,骨干龙头企业超1100家', [1100, '家']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'SH26', 'shanghai airports 2025: passenger & cargo throughput growth?', F('上海机场航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨,分别增长8.3%、7.9%', pct(8.3), pct(7.9)), 'year', 'lowercase', HF);
e('figure', 'SH26', 'shanghai 2025: new tech firms set up per day, on avg?', F('全市日均新增科技企业超过320家', [320, '家']), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'SH26', "shanghai's 'no-application' perks in 2025 — how many times were firms served?", F('709个政策项目实现免申即享,服务企业超过628万次', [628, '万次']), 'year', 'lowercase', HF);
e('figure', 'ZJ25', 'zhejiang 2024: economic losses recovered in the crackdown on economic crime?', F('重拳打击各类经济犯罪、挽回经济损失22.2亿元', [22.2, '亿元']), 'year', 'lowercase', HF);
e('figure', 'ZJ26', 'zj 2025: new no-principal-repayment loan renewals, bn yuan?', F('制造业中长期贷款新增1124亿元,无还本续贷新增5982亿元', [5982, '亿元']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'YN25', 'yunnan: rural labour moved into off-farm jobs in 2024?', F('城镇调查失业率5.0%,农村劳动力转移就业1547.3万人', [1547.3, '万人']), 'year', 'lowercase', HF);
e('target', 'YN25', 'yunnan 2025 plan: how much thermal power capacity is being pushed ahead?', F('加快旭龙、古水等大型水电站和690万千瓦火电项目建设', [690, '万千瓦']), 'target', 'year', 'lowercase', HF);
e('figure', 'HN25', "hunan 2024: investment completed on the 'four tens' (sige shida) projects?", F('“四个十大”项目完成投资1515.8亿元', [1515.8, '亿元']), 'year', 'lowercase', 'pinyin', HF);
e('target', 'HN25', 'hunan 2025: # of provincial key projects & their total investment?', F('资金支付率,推进好总投资1.78万亿元的289个省重点项目', [289, '个'], [1.78, '万亿元']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'JL25', "jilin petchem's big ethylene project (main works done in 2024) — capacity, tonnes/yr?", F('吉化120万吨乙烯项目主体完工', [120, '万吨']), 'year', 'lowercase', 'abbreviation', HF);
e('target', 'CN25', '2025 gov work report: total new government debt this year, trn yuan?', F('今年合计新增政府债务总规模11.86万亿元', [11.86, '万亿元']), 'target', 'year', 'lowercase', 'abbreviation', 'no-place', HF);
e('figure', 'CN23', '2023 work report: total expansion of higher-vocational enrolment over the five yrs?', F('实施高职扩招和职业技能提升三年行动,累计扩招413万人', [413, '万人']), 'year', 'lowercase', 'abbreviation', 'no-place', HF);
e('figure', 'SH25', 'lingang new area 2024: new nation-first institutional innovation cases, and the running total?', F('全国首创制度性创新案例新增22个、累计达到70个', [22, '个'], [70, '个']), 'year', 'lowercase', HF);
e('target', 'SD26', "shandong 2026: # of 'service consumption season' events and debut/launch events planned?", F('举办“齐鲁服务消费季”活动500场、首发首秀首展100场', [500, '场'], [100, '场']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'QT25', "qiantang 2024: its share of hangzhou's 'two major' (liangzhong) funding?", F('“两重”领域资金争取份额占全市13.1%', pct(13.1)), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'HZ24', 'hangzhou 2023: strong-village companies & enclave projects, cumulative #?', F('累计培育强村公司524家、实施飞地抱团项目127个', [524, '家'], [127, '个']), 'year', 'lowercase', 'abbreviation', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('haicheng (liaoning) gdp growth last yr?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe("guangdong's fiscal revenue in 1911?", 'nf-year', 'year', 'lowercase', 'short');
nfe('How many figurine (shouban) shops are there in Shanghai?', 'nf-indicator', 'pinyin');
nfe('yumen city wind power capacity 2025 — how many GW?', 'nf-place', 'year', 'lowercase', 'abbreviation');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['AH26', 'AH25'], '安徽全省办结的行政复议案件 前年和去年各是多少', F(['全省办结行政复议案件32910件', '全省办结行政复议案件21850件'], [32910, '件'], [21850, '件']), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['BJ26', 'BJ25'], '北京整治桥下空间的桥 前年多少座 去年多少座', F(['条背街小巷,完成燕莎桥等251座桥系桥下空间整治', '整治提升国贸桥等49座桥系桥下空间'], [251, '座'], [49, '座']), 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['BJ26', 'BJ25'], '北京去年和今年各计划改造多少公里老旧管线', F(['健全热电气联调联供机制,更新改造老旧管线1000公里', '城市生命线安全运行,改造老旧管线1000公里'], [1000, '公里'], [1000, '公里']), 'target', 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', 'CN23', '23年报告里小规模纳税人增值税起征点从多少提到了多少', F('小规模纳税人增值税起征点从月销售额3万元提高到15万元', [15, '万元'], [3, '万元']), 'two-digit-year', 'five-year-review', 'from-to', 'no-place', HF);
f('trend', 'trend-ask', 'GD26', '十四五这五年 广东城市天然气普及率从多少升到了多少', F('城市天然气普及率从45.8%提升至77.3%', pct(77.3), pct(45.8)), 'plan-period', 'from-to', HF);
f('trend', 'trend-ask', 'SD26', '山东千人口床位数这五年从几张增加到几张', F('医养结合示范省,千人口床位数由6.4张增至7.6张', [7.6, '张'], [6.4, '张']), 'plan-period', 'from-to', HF);
f('trend', 'trend-ask', 'CN23', '23年报告 制造业贷款余额五年间从多少涨到多少', F('制造业贷款余额从16.3万亿元增加到27.4万亿元', [27.4, '万亿元'], [16.3, '万亿元']), 'two-digit-year', 'five-year-review', 'from-to', 'no-place', HF);
f('trend', 'trend-ask', 'GD26', '广东可再生能源装机占比十四五期间提高了多少', F('可再生能源装机占比从23.3%提高到40.4%', pct(40.4), pct(23.3)), 'plan-period', 'from-to', HF);
f('comparison', 'comparison-ask', ['AH25', 'ZJ25'], '前年新增博士点 安徽和浙江哪个多', F(['全省新增博士点23个', '新增博士学位授权点56个'], [23, '个'], [56, '个']), 'two-places', 'which-higher', 'relative-year', 'short', HF);
f('comparison', 'comparison-ask', ['YN25', 'JL25'], '前年新建改造的高标准农田 云南和吉林谁多', F(['新建和改造高标准农田300万亩', '新建和改造提升高标准农田806万亩'], [300, '万亩'], [806, '万亩']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['JS26', 'GD26'], '十四五期间入选双一流的高校 江苏和广东各有几所', F(['优质均衡发展县数量均居全国前列,16所高校、48个学科入选“双一流”建设名单', '提高到63%以上,8所大学入选新一轮“双一流”名单'], [16, '所'], [8, '所']), 'two-places', 'which-higher', 'plan-period', HF);
f('comparison', 'comparison-ask', ['YN25', 'BJ25'], '前年制定修改废止的政府规章 云南和北京各几件', F(['提请审议地方性法规10件,制定修改废止政府规章6件', '制定修改废止政府规章4项'], [6, '件'], [4, '项']), 'two-places', 'which-higher', 'relative-year', HF);
f('superlative', 'ranking-ask', 'BJ26', '连续9年稳居自然指数科研城市全球榜首的是哪座城市', F('关键核心技术获得突破,北京连续9年稳居自然指数-科研城市全球榜首', [9, '年']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'GD26', '质量工作考核连续10次获评国家A级的是哪个省', F('质量工作考核连续10次获评国家A级', [10, '次']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'JS26', '新增本外币贷款连续4年保持全国首位的是哪个省', F('新增本外币贷款连续4年保持全国首位', [4, '年']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'YN25', '哪个省近两年人均预期寿命增幅排全国第1', F('近两年人均预期寿命增幅居全国第1位', [1]), 'across-reports', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'BJ26', '北京百千工程到去年累计创建了多少个示范村和示范片区', F('压茬推进“百千工程”,累计创建42个示范村、22个示范片区', [42, '个'], [22, '个']), 'relative-year', HF);
f('multi', 'multi-ask', 'ZJ25', '浙江前年低保和特困人员的人均月标准分别提到多少', F('低保、特困人均月标准分别提高到1167元、1937元', [1167, '元'], [1937, '元']), 'relative-year', HF);
f('multi', 'multi-ask', 'YN25', '云南前年农村卫生户厕 垃圾处理设施覆盖率和污水治理率各是多少', F('农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理(管控)率分别达75%、92%、57%', pct(75), pct(92), pct(57)), 'relative-year', HF);
f('multi', 'multi-ask', 'YN25', '云南前年办结了多少件人大代表建议和政协提案', F('圆满办结人大代表建议981件、政协提案765件', [981, '件'], [765, '件']), 'relative-year', HF);
f('multi', 'multi-ask', 'JS26', '江苏去年接待游客人次和游客总花费分别增长了多少', F('接待游客人次、游客总花费分别增长10.4%、10.2%', pct(10.4), pct(10.2)), 'relative-year', HF);
f('overview', 'overview-ask', 'BJ25', '北京前年经济大盘怎么样', { ...F('预计全市地区生产总值增长5.2%左右'), lead: 5.2 }, 'relative-year', 'colloquial', 'short');
f('overview', 'overview-ask', 'GD25', 'guangdong 2024 economy — big picture?', { ...F('预计全省地区生产总值迈上14万亿元新台阶、连续36年居全国首位'), lead: 14 }, 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'JS25', '江苏去年的重点工作有哪几方面', O('JS25'), 'relative-year');
f('outline', 'outline-ask', 'CN24', '24年政府工作报告部署了哪几项政府工作任务', O('CN24'), 'two-digit-year', 'no-place');
f('outline', 'outline-ask', 'SD25', "shandong's 2025 work report — main task areas?", O('SD25'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('绥芬河去年口岸货运量多少', 'nf-place', 'relative-year', 'short');
nf('凯里前年城镇居民人均可支配收入是多少', 'nf-place', 'relative-year');
nf('景洪今年旅游收入目标定了多少', 'nf-place', 'relative-year', 'target', 'colloquial');
nf('瓦房店24年规上工业增加值涨了多少', 'nf-place', 'two-digit-year', 'abbreviation', 'colloquial');
nf('定州去年粮食总产量有多少', 'nf-place', 'relative-year');
nf('德令哈前年新增光伏装机多少', 'nf-place', 'relative-year', 'short');
nf('阿尔山去年冬天接待了多少游客', 'nf-place', 'relative-year', 'colloquial');
nf('五家渠25年固定资产投资增速多少', 'nf-place', 'two-digit-year');
nf('1899年浙江人口有多少', 'nf-year', 'year', 'short');
nf('1927年上海工业总产值是多少', 'nf-year', 'year');
nf('深圳现在有多少家驾校', 'nf-indicator', 'colloquial', 'short');
nf('北京去年新开了多少家烘焙店', 'nf-indicator', 'relative-year', 'colloquial');
nf('杭州有多少家足疗店', 'nf-indicator', 'short');
nf('海南前年玩冲浪的有多少人', 'nf-indicator', 'relative-year', 'colloquial');

// ---- 3. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('安徽前年服务业哪些增长得快'),
  T('规上科技服务业营收涨了多少', 'figure', 'AH25', F('规上科技服务业、人力资源服务业营收分别增长18%和28.2%', pct(18)), 'elliptical', HF),
  T('人力资源服务业呢', 'figure', 'AH25', F('规上科技服务业、人力资源服务业营收分别增长18%和28.2%', pct(28.2)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('北京前年垃圾分类推进得怎样'),
  T('规范化提升了多少个分类桶站', 'figure', 'BJ25', F('巩固提升垃圾分类实施效果,完成5.7万个分类桶站规范化提升', [5.7, '万个']), 'elliptical', HF),
  T('生活垃圾回收利用率呢', 'figure', 'BJ25', F('生活垃圾回收利用率达到40%以上', pct(40)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('福建前年医保待遇有啥变化'),
  T('职工住院报销比例提到了多少', 'figure', 'FJ25', F('职工、居民住院报销比例分别提高至85.6%、68.5%', pct(85.6)), 'elliptical', HF),
  T('居民的呢', 'figure', 'FJ25', F('职工、居民住院报销比例分别提高至85.6%、68.5%', pct(68.5)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('福建前年旅游热不热'),
  T('厦门机场旅客吞吐量多少', 'figure', 'FJ25', F('厦门、福州机场旅客吞吐量分别达2790.6万人次、1529.9万人次', [2790.6, '万人次']), 'elliptical', 'short', HF),
  T('福州机场呢', 'figure', 'FJ25', F('厦门、福州机场旅客吞吐量分别达2790.6万人次、1529.9万人次', [1529.9, '万人次']), 'elliptical', 'place-switch', 'short', HF),
]);
conv([
  T('广东前年安全生产形势怎么样'),
  T('生产安全事故起数降了多少', 'figure', 'GD25', F('生产安全事故起数、死亡人数分别下降17.7%、12.5%', pct(17.7)), 'elliptical', HF),
  T('那死亡人数降了多少', 'figure', 'GD25', F('生产安全事故起数、死亡人数分别下降17.7%、12.5%', pct(12.5)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('江苏前年生态环境质量如何'),
  T('PM2.5浓度是多少', 'figure', 'JS25', F('打好污染防治攻坚战,PM2.5浓度32.3微克/立方米', [32.3, '微克/立方米']), 'elliptical', 'abbreviation', 'short', HF),
  T('地表水国考断面优III比例呢', 'figure', 'JS25', F('地表水国考断面优III比例93.3%', pct(93.3)), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('浙江前年反诈成效怎么样'),
  T('电诈案件受理数降了多少', 'figure', 'ZJ25', F('电信网络诈骗案件受理数下降12%、损失数下降35.8%', pct(12)), 'elliptical', 'abbreviation', HF),
  T('损失数呢', 'figure', 'ZJ25', F('电信网络诈骗案件受理数下降12%、损失数下降35.8%', pct(35.8)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('湖南前年两业融合进展如何'),
  T('国家级服务型制造示范企业有多少个', 'figure', 'HN25', F('国家级服务型制造示范企业(平台、项目)达29个', [29, '个']), 'elliptical', HF),
  T('生产性服务业占服务业比重呢', 'figure', 'HN25', F('生产性服务业占服务业比重超过42%', pct(42)), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('广东去年乡村建设有什么成绩'),
  T('农房风貌提升累计推动了多少户', 'figure', 'GD26', F('累计推动农房风貌提升26.4万户', [26.4, '万户']), 'elliptical', HF),
  T('行政村生活污水治理率呢', 'figure', 'GD26', F('行政村生活污水治理率提高到90%以上', pct(90)), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('浙江去年乡村特色产业发展得如何'),
  T('土特产富全产业链总产值多少', 'figure', 'ZJ26', F('发展乡村特色产业,“土特产富”全产业链总产值达3420亿元', [3420, '亿元']), 'elliptical', HF),
  T('集体经营性收入50万元以上的村占比呢', 'figure', 'ZJ26', F('村集体经济经营性收入50万元以上的行政村占比达68%', pct(68)), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('横琴合作区前年发展得咋样'),
  T('澳资企业比3年前增长了多少', 'figure', 'GD25', F('澳资企业超6600户、较3年前增长44%', pct(44)), 'elliptical', HF),
  T('四新产业占比呢', 'figure', 'GD25', F('“四新”产业占比提高到55%以上', pct(55)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('杭州亚运会观赛情况怎么样'),
  T('平均上座率多少', 'figure', 'HZ24', F('赛事平均上座率超90%', pct(90)), 'elliptical', 'short', HF),
  T('观赛规模呢', 'figure', 'HZ24', F('赛事平均上座率超90%,观赛规模超370万人次', [370, '万人次']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('钱塘前年居民收入情况'),
  T('城镇居民人均可支配收入涨了多少', 'figure', 'QT25', F('城镇和农村居民人均可支配收入分别增长3.8%和4.9%', pct(3.8)), 'elliptical', HF),
  T('城乡收入倍差呢', 'figure', 'QT25', F('分别增长3.8%和4.9%,收入倍差缩小至1.42', [1.42]), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('拱墅22年社保参保情况怎样'),
  T('企业职工养老保险参保人数多少', 'figure', 'GS23', F('全区企业职工养老保险参保人数达65万人', [65, '万人']), 'elliptical', HF),
  T('医保呢', 'figure', 'GS23', F('基本医疗保险参保人数达121.3万人', [121.3, '万人']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('北京市政府办理市政协提案的情况'),
  T('前年办了多少件', 'figure', 'BJ25', F('办理市人大代表议案4项、建议880件,办理市政协提案1279件', [1279, '件']), 'elliptical', 'relative-year', 'short', HF),
  T('那去年办了几件', 'figure', 'BJ26', F('办理市人大代表议案5项、建议877件,办理市政协提案1309件', [1309, '件']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
]);
conv([
  T('广东去年非遗保护做得怎么样'),
  T('新增了多少名国家级非遗代表性传承人', 'figure', 'GD26', F('湛江文化中心等重大文化设施,新增58名国家级非遗代表性传承人', [58, '名']), 'elliptical', HF),
  T('浙江那边新增了多少名', 'figure', 'ZJ26', F('新增国家级非遗代表性传承人75名', [75, '名']), 'elliptical', 'place-switch', 'short', HF),
  T('浙江现在有几个全球重要农业文化遗产了', 'figure', 'ZJ26', F('德清淡水珍珠复合养殖系统成为我省第6个全球重要农业文化遗产', [6, '个']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('北京去年双拥工作怎么样'),
  T('有几个区被评为全国双拥模范城', 'figure', 'BJ26', F('退役军人服务保障有力有效,16个区均被评为全国双拥模范城', [16, '个']), 'elliptical', HF),
  T('上海获评的区有几个', 'figure', 'SH26', F('活动成功举办,全市16个区首次全部获评全国双拥模范城', [16, '个']), 'elliptical', 'place-switch', 'short', HF),
]);
conv([
  T('山东去年新建了多少家高价值专利培育中心'),
  T('哦不对 我想问的是重点产业专利池有几个', 'figure', 'SD26', F('建成高价值专利培育中心15家、重点产业专利池44个', [44, '个']), 'elliptical', 'self-correction', 'indicator-switch', HF),
  T('那去年新增上市公司几家', 'figure', 'SD26', F('恒丰银行稳健发展,新增上市公司10家', [10, '家']), 'elliptical', 'relative-year', 'topic-switch', 'short', HF),
]);
conv([
  T('云南前年社保覆盖面怎么样'),
  T('基本医保参保率多少', 'figure', 'YN25', F('基本养老保险覆盖面达95%,基本医保参保率达97.6%', pct(97.6)), 'elliptical', 'short', HF),
  T('另外问一下 吉林前年解决了多少户无籍房办证问题', 'figure', 'JL25', F('解决9.5万户“无籍房”办证问题', [9.5, '万户']), 'no-inherit', 'place-switch', 'relative-year', HF),
]);
conv([
  T('上海前年新建了多少个电动自行车充电站'),
  T('那都匀呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('还是问上海吧 去年计划新增多少个公办幼儿园托班托额', 'target', 'SH25', F('建设儿童友好城市,新增3000个公办幼儿园托班托额', [3000, '个']), 'elliptical', 'after-not-found', 'relative-year', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  绥芬河: ['绥芬河', 'Suifenhe'],
  凯里: ['凯里', 'Kaili'],
  景洪: ['景洪', 'Jinghong'],
  瓦房店: ['瓦房店', 'Wafangdian'],
  定州: ['定州', 'Dingzhou'],
  德令哈: ['德令哈', 'Delingha'],
  阿尔山: ['阿尔山', 'Arxan'],
  五家渠: ['五家渠', 'Wujiaqu'],
  都匀: ['都匀', 'Duyun'],
  haicheng: ['海城', 'Haicheng'],
  yumen: ['玉门', 'Yumen'],
  1899: ['1899'],
  1911: ['1911'],
  1927: ['1927'],
  驾校: ['驾校', 'driving school'],
  烘焙: ['烘焙', 'bakery'],
  足疗: ['足疗', 'foot massage'],
  冲浪: ['冲浪', 'surfing'],
  figurine: ['手办', 'figurine', 'shouban'],
};

// Never a fact that fresh-ak's or fresh-al's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-ak/ak-heldout.jsonl', 'eval/fresh-al/al-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-ak's or fresh-al's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'am', last: 'al', notAnswerableWords: NF_WORDS });
