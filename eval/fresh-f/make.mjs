#!/usr/bin/env node
// Writes the fresh-f single-turn figure sets: eval/fresh-f/f-tune.jsonl and eval/fresh-f/f-heldout.jsonl.
//
//   node eval/fresh-f/make.mjs [--check]
//
// Figure questions over facts no earlier set cites (checked by ../case-checks.mjs), chosen for the figure SHAPES
// that trip the lead: respectively-pairs (分别…a、b: the second or third asked), thresholds vs values (突破/超过 X …
// 达到 Y), from–to (由/从 X 提高到 Y: the end value, or a stated change), several indicators in one clause (the
// 2nd or 3rd asked), rate vs level vs share vs rank of one indicator, five-year totals/averages (十四五/五年来/
// 年均/累计) vs single years, targets vs actuals of the same indicator, qualifiers (城镇/农村, 规上, 人均, 一般公共
// 预算), counts (个/家/项/万人), about 30 % English, about 10 % not answerable.
// Each case carries exactly one shape tag (SHAPES below); the split deals each shape's cases alternately by
// SHA-1 of their id, so both halves hold every shape. Today = 2026-12-01: 今年 = 2026, 去年 = 2025; a report of
// year N gives N−1's results and N's targets; a 十四五 end point in a 2026 report is read as 2025.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseBook, checkCases, citesUsedElsewhere, splitAndWrite } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { cases, x, F, NF } = caseBook();
const SHAPES = ['respectively', 'threshold', 'from-to', 'multi-clause', 'kind', 'five-year', 'target-actual', 'qualifier', 'count', 'not-answerable'];

// ---- respectively-pairs: the second (or third) of 分别 a、b(、c) --------------------------------------
x('figure', ['respectively', 'relative-year'], ['AH26'], '安徽去年普惠小微贷款余额增长多少', F('制造业、普惠小微贷款余额分别增长10.7%、13.3%', [13.3, '%']));
x('figure', ['respectively', 'relative-year', 'colloquial'], ['AH26'], '安徽去年入境游客涨了多少', F('国内游客、入境游客数量分别增长6.9%、68.4%', [68.4, '%']));
x('figure', ['respectively', 'relative-year'], ['BJ26'], '北京去年市民服务热线满意率是多少', F('市民服务热线诉求解决率、满意率分别达97.3%和97.7%', [97.7, '%']));
x('figure', ['respectively', 'english'], ['BJ25'], "By how much did deaths from workplace accidents fall in Beijing in 2024?", F('全市生产安全死亡事故起数和死亡人数分别下降24.7%和28.2%', [28.2, '%']));
x('figure', ['respectively', 'relative-year'], ['FJ26'], '福建去年游客旅游总花费增长多少', F('接待旅游总人数、游客旅游总花费分别增长10.6%、12.6%', [12.6, '%']));
x('figure', ['respectively', 'english', 'lowercase', 'relative-year'], ['FJ26'], 'fujian exports to latin america growth last year', F('对非洲、拉美市场出口分别增长20%、7.6%', [7.6, '%']));
x('figure', ['respectively', 'relative-year'], ['FJ26'], '福建去年药品抽检合格率多少', F('食品、药品抽检合格率分别达99.62%、99.71%', [99.71, '%']));
x('figure', ['respectively', 'two-digit-year'], ['FJ25'], '福建24年居民住院报销比例提高到多少', F('职工、居民住院报销比例分别提高至85.6%、68.5%', [68.5, '%']));
x('figure', ['respectively', 'english'], ['GD25'], "Guangdong's export growth to the Middle East in 2024?", F('对东盟、中东出口分别增长9.9%、10.5%', [10.5, '%']));
x('figure', ['respectively', 'two-digit-year'], ['GD25'], '广东24年数字贸易规模多大', F('服务贸易、数字贸易规模分别突破1.3万亿元、7000亿元', [7000, '亿元']));
x('figure', ['respectively', 'short-name'], ['GD26'], '广东银行本外币贷款余额有多少', F('银行机构本外币存贷款余额分别达38.7万亿元、29.9万亿元', [29.9, '万亿元']));
x('figure', ['respectively', 'english'], ['GD26'], 'What share of industrial value added above designated size comes from high-tech manufacturing in Guangdong?', F('先进制造业、高技术制造业增加值占规模以上工业增加值比重分别达56.2%、34.7%', [34.7, '%']));
x('figure', ['respectively'], ['JS26'], '江苏高新技术产业产值占规上工业比重多少', F('工业战略性新兴产业、高新技术产业产值占规上工业比重分别达42.1%、52.1%', [52.1, '%']));
x('figure', ['respectively', 'english', 'lowercase'], ['JS26'], 'wetland protection rate in jiangsu', F('林木覆盖率、湿地保护率分别达24.1%和50.2%', [50.2, '%']));
x('figure', ['respectively', 'relative-year'], ['JS26'], '江苏去年规上高技术服务业营收增长多少', F('规上高技术制造业增加值、规上高技术服务业营收分别增长11.9%、6.8%', [6.8, '%']));
x('figure', ['respectively', 'english', 'relative-year'], ['JS26'], 'How fast did tourist spending grow in Jiangsu last year?', F('接待游客人次、游客总花费分别增长10.4%、10.2%', [10.2, '%']));
x('figure', ['respectively', 'relative-year'], ['JS26'], '江苏去年限上节能家电零售额增长多少', F('限上新能源汽车、节能家电零售额分别增长21.2%、39.5%', [39.5, '%']));
x('figure', ['respectively', 'relative-year', 'colloquial'], ['SD26'], '山东去年智能手机限上零售额涨了多少', F('新能源汽车、智能家电、智能手机限上零售额分别增长8.7%、31.5%和32.3%', [32.3, '%']));
x('figure', ['respectively', 'english', 'lowercase'], ['SD26'], 'beautiful bays completion rate shandong', F('美丽河湖、美丽海湾建成率分别达到30%、50%', [50, '%']));
x('figure', ['respectively', 'relative-year'], ['SH26'], '上海去年软件和信息服务业增加值增长多少', F('金融业、软件和信息服务业增加值分别增长9.7%、15.3%', [15.3, '%']));
x('figure', ['respectively', 'english', 'relative-year'], ['SH26'], "Shanghai's trade growth with Belt and Road countries last year?", F('对东盟、共建“一带一路”国家进出口总额分别增长10.4%、12.1%', [12.1, '%']));
x('figure', ['respectively', 'relative-year'], ['SH26'], '上海去年入境游客增长了多少', F('接待国内游客4.16亿人次、入境游客936万人次,分别增长6.7%、39.6%', [39.6, '%']));
x('figure', ['respectively', 'two-digit-year'], ['ZJ25'], '浙江24年新能源汽车零售额增长多少', F('家电、新能源汽车零售额分别增长23.9%、35.8%', [35.8, '%']));
x('figure', ['respectively', 'english', 'lowercase'], ['ZJ25'], 'zhejiang ningbo-zhoushan port container throughput growth 2024', F('宁波舟山港货物和集装箱吞吐量分别增长4%、11.3%', [11.3, '%']));
x('figure', ['respectively', 'relative-year'], ['ZJ26'], '浙江去年旅游综合收入增长多少', F('全域旅游人数、旅游综合收入分别增长9.2%、10.2%', [10.2, '%']));
x('figure', ['respectively', 'english'], ['CN25'], "How much did China's leasing and business services value added grow in 2024?", F('信息传输软件和信息技术服务业、租赁和商务服务业增加值分别增长10.9%、10.4%', [10.4, '%']));
x('figure', ['respectively', 'two-digit-year'], ['SD25'], '山东24年农村低保标准增长多少', F('城乡低保标准分别增长7%和9%', [9, '%']));

// ---- thresholds vs values: 突破/超过 X … 达 Y -----------------------------------------------------
x('figure', ['threshold', 'two-digit-year'], ['GD25'], '广东24年境内外上市企业总量多少家', F('新增境内外上市企业41家、总量达1198家', [1198, '家']));
x('figure', ['threshold', 'english', 'two-digit-year'], ['JS25'], "Jiangsu's cumulative renewable energy capacity in 2024?", F('可再生能源累计装机达9000万千瓦、首次超过煤电装机量', [9000, '万千瓦']));
x('figure', ['threshold', 'fourteenth-plan'], ['SD26'], '山东高新技术产业产值占比达到多少', F('高新技术产业产值占比达到55.7%、5年提升10.6个百分点', [55.7, '%']));
x('figure', ['threshold', 'fourteenth-plan', 'colloquial'], ['SD26'], '山东数字经济占比这几年提升了几个百分点', F('数字经济占比超过50%、提升9个百分点', [9, '个百分点']));
x('figure', ['threshold', 'relative-year'], ['SH26'], '上海离境退税商店有多少家', F('全市离境退税商店达到1837家、增长136%', [1837, '家']));
x('figure', ['threshold', 'english', 'lowercase'], ['SH26'], 'shanghai tax refund shops growth', F('全市离境退税商店达到1837家、增长136%', [136, '%']));
x('figure', ['threshold', 'colloquial'], ['SD26'], '山东人工智能骨干龙头企业增长了多少', F('骨干龙头企业超1100家、增长1.5倍', [1.5, '倍']));
x('figure', ['threshold', 'english'], ['SD26'], 'How many general aviation airports does Shandong have now?', F('通用机场增加11个、达到25个', [25, '个']));
x('figure', ['threshold', 'fourteenth-plan'], ['SD26'], '山东非化石能源发电装机达到多少', F('非化石能源发电装机达到1.39亿千瓦,占比由31%提升至54%、历史性超过煤电', [1.39, '亿千瓦']));
x('figure', ['threshold'], ['AH26'], '安徽脱贫地区农村居民人均可支配收入全国排第几', F('脱贫地区农村居民人均可支配收入突破2万元、居全国第3位', [3]));
x('figure', ['threshold', 'english', 'lowercase'], ['ZJ26'], 'zhejiang share of national exports', F('出口规模突破4万亿元,占全国份额从14%提升到15.5%,跃居全国第2位', [15.5, '%']));
x('figure', ['threshold', 'two-digit-year'], ['SH25'], '上海24年公园累计达到多少座', F('新增公园141座、累计达到973座', [973, '座']));

// ---- from–to: the end value ---------------------------------------------------------------------
x('figure', ['from-to', 'fourteenth-plan'], ['AH26'], '十四五末安徽城市低保人均保障标准是多少', F('城市低保人均保障标准从796元/月提高至842元/月', [842]));
x('figure', ['from-to', 'fourteenth-plan'], ['AH26'], '安徽战略性新兴产业产值占规上工业比重提高到多少', F('战略性新兴产业产值占规上工业比重从40.3%提高到45.4%', [45.4, '%']));
x('figure', ['from-to', 'english'], ['AH26'], "What is Anhui's graduate retention rate now?", F('高校毕业生留皖率从67.6%提高到70%', [70, '%']));
x('figure', ['from-to', 'two-digit-year'], ['BJ25'], '北京24年中心城区高峰时段道路交通指数降到多少', F('中心城区高峰时段道路交通指数从6.32下降至6.08', [6.08]));
x('figure', ['from-to', 'english', 'relative-year'], ['BJ26'], "Beijing's green travel share in the city centre last year", F('中心城区绿色出行比例从75.6%提升至76.5%', [76.5, '%']));
x('figure', ['from-to'], ['GD26'], '广东每万人口发明专利拥有量多少件', F('每万人口发明专利拥有量从28件提高到70件', [70, '件']));
x('figure', ['from-to', 'english', 'lowercase'], ['GD26'], 'urban natural gas penetration guangdong', F('城市天然气普及率从45.8%提升至77.3%', [77.3, '%']));
x('figure', ['from-to', 'fourteenth-plan'], ['ZJ26'], '十四五末浙江常住人口城镇化率多少', F('常住人口城镇化率从72%提升至76%左右', [76, '%']));
x('figure', ['from-to'], ['ZJ26'], '浙江生态环境公众满意度是多少', F('生态环境公众满意度从84.7提升至89.6', [89.6]));
x('figure', ['from-to', 'english'], ['CN23'], "What was China's share of clean energy in energy consumption in 2022?", F('清洁能源消费占比由20.8%上升到25%以上', [25, '%']));
x('figure', ['from-to'], ['CN23'], '2022年全国农作物耕种收综合机械化率多少', F('农作物耕种收综合机械化率从67%提高到73%', [73, '%']));
x('figure', ['from-to', 'english', 'lowercase'], ['CN23'], 'china rural tap water coverage 2022', F('农村自来水普及率从80%提高到87%', [87, '%']));
x('figure', ['from-to'], ['CN23'], '2022年城乡居民医保人均财政补助标准提高到多少', F('城乡居民医保人均财政补助标准从450元提高到610元', [610, '元']));
x('figure', ['from-to', 'fourteenth-plan'], ['SD26'], '山东非化石能源发电装机占比提升到多少', F('非化石能源发电装机达到1.39亿千瓦,占比由31%提升至54%、历史性超过煤电', [54, '%']));
x('figure', ['from-to', 'english'], ['CN23'], 'By 2022, how long were China\'s urban rail transit lines?', F('轨道交通运营里程从4500多公里增加到近1万公里', [1, '万公里']));

// ---- several indicators in one clause: the 2nd or 3rd ---------------------------------------------
x('figure', ['multi-clause'], ['SD26'], '山东重点产业专利池有多少个', F('建成高价值专利培育中心15家、重点产业专利池44个', [44, '个']));
x('figure', ['multi-clause', 'relative-year'], ['SD26'], '山东去年普通高中学位供给率多少', F('普通高中学位供给率70.4%、提高5.9个百分点', [70.4, '%']));
x('figure', ['multi-clause', 'english', 'lowercase'], ['SD26'], 'how many industrial internet platforms in shandong', F('国家级数字领航企业18家、工业互联网平台46家,均居全国首位', [46, '家']));
x('figure', ['multi-clause'], ['AH26'], '安徽工业机器人产量增长多少', F('工业机器人产量增长35.3%、出口量居全国第2位', [35.3, '%']));
x('figure', ['multi-clause', 'relative-year'], ['SH26'], '上海去年建成美丽庭院多少户', F('建成乡村振兴示范村15个、“美丽庭院”8.2万户', [8.2, '万户']));
x('figure', ['multi-clause', 'english', 'two-digit-year'], ['ZJ25'], 'How many master\'s degree programmes did Zhejiang add in 2024?', F('新增博士学位授权点56个、硕士学位授权点173个', [173, '个']));
x('figure', ['multi-clause', 'two-digit-year'], ['ZJ25'], '浙江全国重点实验室累计多少家', F('新增全国重点实验室18家、累计38家', [38, '家']));
x('figure', ['multi-clause', 'relative-year'], ['FJ26'], '福建去年新增国家级5G工厂多少家', F('新增9家国家卓越级智能工厂、38家国家级5G工厂', [38, '家']));
x('figure', ['multi-clause', 'english', 'relative-year'], ['FJ26'], "What was high-tech manufacturing's contribution to Fujian's industrial growth last year?", F('规上高技术制造业对工业增长贡献率达36.5%', [36.5, '%']));
x('figure', ['multi-clause'], ['JS26'], '江苏5G工厂有多少家', F('入选国家领航级智能工厂2家、卓越级智能工厂67家、5G工厂301家', [301, '家']));
x('target', ['multi-clause', 'two-digit-year'], ['JS25'], '江苏25年能源领域投资计划多少', F('全年交通、水利、能源、市政领域投资分别达2300亿元、600亿元、1700亿元、1400亿元', [1700, '亿元']));
x('figure', ['multi-clause', 'english', 'two-digit-year'], ['SD25'], "Shandong's water conservancy investment in 2024", F('交通、能源、水利分别完成投资3252亿元、2140亿元、748亿元', [748, '亿元']));
x('figure', ['multi-clause', 'relative-year'], ['SD26'], '山东去年制造业中长期贷款余额增长多少', F('制造业中长期贷款余额增长10.6%', [10.6, '%']));
x('figure', ['multi-clause', 'relative-year'], ['SH26'], '上海去年全国首创制度创新案例累计多少个', F('全国首创制度创新案例新增9个、累计达到79个', [79, '个']));

// ---- rate vs level vs share vs rank of one indicator ---------------------------------------------
x('figure', ['kind', 'rank'], ['ZJ26'], '浙江出口规模全国排第几', F('出口规模突破4万亿元,占全国份额从14%提升到15.5%,跃居全国第2位', [2]));
x('figure', ['kind', 'rank', 'english'], ['AH26'], "Where does Anhui rank nationally in industrial revenue above designated size?", F('规上工业企业营收从全国第12位跃升至第5位', [5]));
x('figure', ['kind', 'rank'], ['AH26'], '安徽法治化营商环境指标全国第几', F('法治化营商环境指标从全国第20位升至第3位', [3]));
x('figure', ['kind', 'rank', 'english', 'lowercase'], ['AH26'], 'anhui ai industry ranking nationally', F('人工智能产业发展评价居全国第5位', [5]));
x('figure', ['kind', 'rank'], ['ZJ26'], '宁波舟山国际航运中心发展指数全球排第几', F('宁波舟山国际航运中心发展指数从全球第11位跃升至第7位', [7]));
x('figure', ['kind', 'rank', 'two-digit-year'], ['AH25'], '安徽24年规上工业增加值增速排第几', F('规上工业增加值增长9%,增速居工业大省第1位', [1]));
x('figure', ['kind', 'rate', 'relative-year'], ['SD26'], '山东去年工业技改投资增长多少', F('工业技改投资增长5.3%', [5.3, '%']));
x('figure', ['kind', 'share', 'relative-year'], ['SD26'], '山东去年民间投资占比多少', F('民间投资占比达到64.7%', [64.7, '%']));
x('figure', ['kind', 'rate', 'english', 'relative-year'], ['SD26'], "How much did Shandong's social financing grow last year?", F('社会融资规模增长9%', [9, '%']));
x('figure', ['kind', 'level', 'relative-year'], ['SD26'], '山东去年省市县重点项目完成投资多少', F('省市县重点项目完成投资2.8万亿元', [2.8, '万亿元']));
x('figure', ['kind', 'rate', 'english', 'lowercase'], ['SD26'], 'shandong inbound tourists growth last yr', F('接待入境游客增长46%', [46, '%']));
x('figure', ['kind', 'level'], ['FJ26'], '福建一般公共预算教育经费多少', F('全省一般公共预算教育经费1326亿元,增长3.6%', [1326, '亿元']));
x('figure', ['kind', 'rate', 'english'], ['FJ26'], "How fast did Fujian's general public budget spending on education grow?", F('全省一般公共预算教育经费1326亿元,增长3.6%', [3.6, '%']));
x('figure', ['kind', 'level', 'two-digit-year'], ['GD25'], '广东24年规模以上工业企业有多少家', F('规模以上工业增加值增长4.2%,规模以上工业企业约7.4万家', [7.4, '万家']));

// ---- five-year totals / averages vs single years ------------------------------------------------
x('figure', ['five-year', 'fourteenth-plan'], ['AH26'], '十四五期间安徽技改投资年均增长多少', F('技改投资年均增长14.1%', [14.1, '%']));
x('figure', ['five-year', 'english', 'fourteenth-plan'], ['AH26'], "Anhui's average annual growth of manufacturing investment over the 14th Five-Year Plan", F('制造业投资年均增长12.2%', [12.2, '%']));
x('figure', ['five-year', 'fourteenth-plan'], ['GD26'], '十四五期间广东城镇累计新增就业多少', F('城镇累计新增就业超700万人、约占全国1/10', [700, '万人']));
x('figure', ['five-year', 'fourteenth-plan', 'colloquial'], ['GD26'], '广东这五年居民人均可支配收入涨了多少', F('居民人均可支配收入五年增长30.8%', [30.8, '%']));
x('figure', ['five-year', 'english', 'lowercase'], ['GD26'], 'mangroves planted in guangdong over the 14th five-year plan', F('累计营造红树林4931公顷', [4931, '公顷']));
x('figure', ['five-year', 'fourteenth-plan'], ['JS26'], '十四五期间江苏单位地区生产总值能耗累计下降多少', F('单位地区生产总值能耗累计下降超14%', [14, '%']));
x('figure', ['five-year', 'english'], ['SD26'], 'How many China-Europe freight trains has Shandong run in total?', F('中欧班列累计开行超1.4万列', [1.4, '万列']));
x('figure', ['five-year', 'fourteenth-plan'], ['FJ26'], '十四五期间福建省级财政累计投入多少用于为民办实事', F('省级财政累计投入665亿元用于为民办实事项目', [665, '亿元']));
x('figure', ['five-year', 'fourteenth-plan', 'english', 'lowercase'], ['ZJ26'], 'zhejiang total foreign investment used over the five years', F('五年累计使用外资846亿美元', [846, '亿美元']));
x('figure', ['five-year', 'fourteenth-plan'], ['BJ26'], '北京累计推出多少个高效办成一件事重点事项', F('累计推出119个“高效办成一件事”重点事项', [119, '个']));
x('figure', ['five-year', 'english'], ['CN23'], "Average annual growth of China's inclusive small and micro loans over the past five years (2018-2022)?", F('普惠小微贷款余额从8.2万亿元增加到23.8万亿元、年均增长24%', [24, '%']));
x('figure', ['five-year', 'fourteenth-plan'], ['SD26'], '十四五期间山东高新技术产业产值占比提升了多少', F('高新技术产业产值占比达到55.7%、5年提升10.6个百分点', [10.6, '个百分点']));
x('figure', ['five-year', 'fourteenth-plan'], ['FJ26'], '十四五期间福建城镇新增就业多少人', F('城镇新增就业265.15万人,城镇调查失业率连续5年低于全国水平', [265.15, '万人']));

// ---- targets vs actuals of the same indicator ---------------------------------------------------
x('target', ['target-actual', 'relative-year'], ['AH26'], '安徽今年计划新增多少省级中心村', F('新增精品示范村200个、省级中心村800个左右', [800, '个']));
x('figure', ['target-actual', 'relative-year'], ['AH26'], '安徽去年新建了多少省级中心村', F('新建精品示范村205个、省级中心村816个', [816, '个']));
x('target', ['target-actual', 'english', 'relative-year'], ['AH26'], 'How many rural happiness homes does Anhui plan to add this year?', F('新增社区嵌入式养老服务机构110个、农村幸福院750个', [750, '个']));
x('target', ['target-actual', 'relative-year'], ['AH26'], '安徽今年要培育多少县域制造业特色产业集群', F('新培育省级先进制造业集群10个、县域制造业特色产业集群30个左右', [30, '个']));
x('target', ['target-actual', 'relative-year'], ['SD26'], '山东今年水利投资目标多少', F('力争全年完成交通投资2300亿元、能源投资2100亿元、水利投资900亿元', [900, '亿元']));
x('target', ['target-actual', 'two-digit-year'], ['SD25'], '山东25年水利投资计划完成多少', F('今年力争交通、水利分别完成投资2500亿元、800亿元', [800, '亿元']));
x('target', ['target-actual', 'english', 'lowercase', 'relative-year'], ['SD26'], 'shandong energy investment target this year', F('力争全年完成交通投资2300亿元、能源投资2100亿元、水利投资900亿元', [2100, '亿元']));
x('target', ['target-actual', 'relative-year'], ['JS26'], '江苏今年水利领域投资目标', F('力争全年交通、水利、能源领域投资额分别达2400亿元、450亿元、1700亿元', [450, '亿元']));
x('target', ['target-actual', 'relative-year'], ['SD26'], '山东今年计划改造多少户农村危房', F('改造村卫生室1.7万家、农村危房6000户以上', [6000, '户']));
x('target', ['target-actual', 'english', 'relative-year'], ['SD26'], 'How many technical upgrading projects above 20 million yuan does Shandong plan this year?', F('投资2000万元以上的技改项目3000个', [3000, '个']));
x('target', ['target-actual', 'relative-year'], ['GD26'], '广东今年重度残疾人护理补贴标准提高到多少', F('困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元', [290, '元']));
x('figure', ['target-actual', 'two-digit-year'], ['ZJ25'], '浙江24年规上工业增加值增长多少', F('全省规上工业增加值增长7.5%', [7.5, '%']));
x('target', ['target-actual', 'english', 'two-digit-year'], ['ZJ25'], 'How many new little giant firms did Zhejiang aim for in 2025?', F('国家专精特新“小巨人”企业300家', [300, '家']));
x('target', ['target-actual', 'relative-year'], ['BJ26'], '北京今年新增多少机动车停车位', F('新增机动车停车位3.5万个', [3.5, '万个']));

// ---- qualifiers: 城镇/农村, 规上, 人均, 一般公共预算 -------------------------------------------------
x('figure', ['qualifier', 'two-digit-year'], ['SD25'], '山东24年规上工业增加值增速比全国高多少', F('规上工业增加值增长8.3%,高于全国2.5个百分点', [2.5, '个百分点']));
x('figure', ['qualifier', 'english', 'two-digit-year'], ['SD25'], 'Industrial value added above designated size growth in Shandong, 2024', F('规上工业增加值增长8.3%,高于全国2.5个百分点', [8.3, '%']));
x('figure', ['threshold', 'relative-year'], ['SD26'], '山东去年农林牧渔业总产值多少', F('农林牧渔业总产值超过1.3万亿元,稳居全国首位', [1.3, '万亿元']));
x('figure', ['qualifier', 'english'], ['CN24'], 'How much did rural incomes in poverty-alleviated areas grow in 2023?', F('脱贫地区农村居民收入增长8.4%', [8.4, '%']));
x('figure', ['qualifier', 'fourteenth-plan'], ['SD26'], '山东农村生活污水治理率达到多少', F('农村生活污水治理率达到70%以上', [70, '%']));
x('figure', ['qualifier', 'english', 'lowercase', 'two-digit-year'], ['FJ25'], 'fujian employee hospitalization reimbursement ratio 2024', F('职工、居民住院报销比例分别提高至85.6%、68.5%', [85.6, '%']));
x('figure', ['qualifier', 'two-digit-year'], ['GD25'], '广东24年规模以上工业增加值增长多少', F('规模以上工业增加值增长4.2%,规模以上工业企业约7.4万家', [4.2, '%']));
x('figure', ['qualifier', 'two-digit-year'], ['ZJ25'], '浙江24年低保人均月标准提高到多少', F('低保、特困人均月标准分别提高到1167元、1937元', [1167, '元']));

// ---- counts (个/家/项/万人) ------------------------------------------------------------------------
x('figure', ['count', 'relative-year'], ['FJ26'], '福建去年新增国家级企业技术中心多少家', F('新增国家级企业技术中心8家、产业知识产权运营中心2家', [8, '家']));
x('figure', ['count', 'two-digit-year'], ['SH25'], '上海24年新增专精特新企业多少家', F('新增专精特新企业2115家、国家级中小企业特色产业集群5个', [2115, '家']));
x('figure', ['count', 'english', 'two-digit-year'], ['SH25'], 'How many regional headquarters of multinationals did Shanghai have in total by 2024?', F('跨国公司地区总部、外资研发中心分别新认定60家和30家,累计分别达到1016家和591家', [1016, '家']));
x('figure', ['count', 'relative-year'], ['SH26'], '上海品牌累计多少项', F('“上海标准”、“上海品牌”分别新增12项和44项,累计分别达到64项和288项', [288, '项']));
x('figure', ['count', 'relative-year'], ['AH26'], '安徽去年实施亿元以上重点技改项目多少个', F('实施亿元以上重点技改项目1213个', [1213, '个']));
x('figure', ['count', 'english', 'lowercase', 'relative-year'], ['SD26'], 'shandong national first-class libraries and museums count', F('国家一级图书馆、博物馆、文化馆数量达293家,居全国第一', [293, '家']));
x('figure', ['count'], ['AH26'], '安徽国家区域医疗中心开诊运营了几个', F('9个国家区域医疗中心开诊运营、居全国第2位', [9, '个']));
x('figure', ['count', 'english'], ['JS26'], 'How many national civilized cities does Jiangsu have?', F('全国文明城市、国家历史文化名城分别增至37座、14座', [37, '座']));
x('figure', ['count'], ['GD26'], '广东国际友城有多少对', F('国际友城和外国驻穗总领馆分别增至214对和69家', [214, '对']));
x('figure', ['count', 'relative-year'], ['BJ26'], '北京去年专项治理了多少个高频共性难题', F('专项治理农村供水保障等13个高频共性难题', [13, '个']));
x('figure', ['count', 'english', 'relative-year'], ['GD26'], 'How many new hospital beds did Guangdong add last year?', F('新增医疗机构床位超7000张', [7000, '张']));
x('figure', ['count', 'relative-year'], ['GD26'], '广东去年新增地铁运营里程多少公里', F('新增地铁运营里程171.7公里', [171.7, '公里']));

// ---- not answerable: indicator, year or place not in the reports -------------------------------
x('notfound', ['not-answerable', 'nf-place'], [], '湖南去年规上工业增加值增长多少', NF);
x('notfound', ['not-answerable', 'nf-place', 'english'], [], "What was Hebei's retail sales growth last year?", NF);
x('notfound', ['not-answerable', 'nf-place'], [], '四川十四五期间城镇新增就业多少', NF);
x('notfound', ['not-answerable', 'nf-year'], [], '浙江2020年旅游综合收入增长多少', NF);
x('notfound', ['not-answerable', 'nf-year', 'english'], [], "Anhui's inbound tourist growth in 2019?", NF);
x('notfound', ['not-answerable', 'nf-year'], [], '山东2021年水利投资完成多少', NF);
x('notfound', ['not-answerable', 'nf-indicator'], [], '江苏去年彩票销售额多少', NF);
x('notfound', ['not-answerable', 'nf-indicator', 'english', 'lowercase'], [], 'guangdong divorce rate last year', NF);
x('notfound', ['not-answerable', 'nf-indicator'], [], '上海去年新生儿数量多少', NF);
x('notfound', ['not-answerable', 'nf-indicator', 'english'], [], 'How many Michelin-starred restaurants does Beijing have?', NF);
x('notfound', ['not-answerable', 'nf-place', 'english', 'lowercase'], [], 'yunnan tourism revenue growth 2025', NF);
x('notfound', ['not-answerable', 'nf-indicator'], [], '福建去年平均房价每平方米多少钱', NF);

// ---------------------------------------------------------------------------------------------
for (const c of cases) {
  const shapes = c.tags.filter((t) => SHAPES.includes(t));
  if (shapes.length !== 1) throw new Error(`${c.q}: shape tags ${shapes.join(',') || 'none'}`);
}
const failures = checkCases(cases);
const others = ['eval/natural/tune.jsonl', 'eval/natural/heldout.jsonl', 'eval/fresh/fresh-a.jsonl', 'eval/fresh/fresh-b.jsonl', 'eval/fresh/fresh-c.jsonl', 'eval/figures/tune.jsonl', 'eval/figures/heldout.jsonl', 'eval/figures2/tune.jsonl', 'eval/figures2/heldout.jsonl', 'eval/fresh-d/d-tune.jsonl', 'eval/fresh-d/d-heldout.jsonl', 'eval/fresh-e/e-tune.jsonl', 'eval/fresh-e/e-heldout.jsonl'];
for (const q of citesUsedElsewhere(cases, others)) failures.push(`${q}: its cite is another set's`);
if (failures.length) {
  console.error(`facts that do not hold:\n${failures.join('\n')}`);
  process.exit(1);
}
// Split per shape (not per intent): within each shape, cases sorted by SHA-1 of their question and dealt
// alternately, the first to tune or heldout by the SHA-1 of the shape name. splitAndWrite keeps a side set here.
const hash = (s) => createHash('sha1').update(s).digest('hex');
// A case reworded after its first run keeps the side its first wording dealt it, so no tuned case moves to heldout.
const FIRST_WORDING = { 江苏25年能源领域投资计划多少: '江苏24年能源领域投资多少' };
const splitKey = (c) => FIRST_WORDING[c.q] ?? c.q;
for (const shape of SHAPES) {
  const list = cases.filter((c) => c.tags.includes(shape)).sort((p, q) => hash(splitKey(p)).localeCompare(hash(splitKey(q))));
  const first = hash(shape)[0] < '8' ? 'tune' : 'heldout';
  list.forEach((c, n) => {
    c._side = n % 2 === 0 ? first : first === 'tune' ? 'heldout' : 'tune';
  });
}
const summary = splitAndWrite(cases, { dir: here, setPrefix: 'f', checkOnly: process.argv.includes('--check') });
summary.byShape = Object.fromEntries(SHAPES.map((s) => [s, [cases.filter((c) => c.tags.includes(s) && c._side === 'tune').length, cases.filter((c) => c.tags.includes(s) && c._side === 'heldout').length]]));
console.log(JSON.stringify(summary));
