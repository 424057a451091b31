#!/usr/bin/env node
// Writes the fresh-aq sets: eval/fresh-aq/aq-tune.jsonl and eval/fresh-aq/aq-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-aq/make.mjs [--check]
//
// A thirty-first held-out question set written BEFORE any fix, as fresh-m … fresh-ap, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'ap'`, so fresh-ap's tune file is an earlier tune file, and no cite may meet fresh-ao's or fresh-ap's held-out
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
p('figure', 'ZJ26', '浙江那个社保科创基金 去年签约的首期规模有多大', F('首期规模500亿元的浙江社保科创基金签约落地', [500, '亿元']), 'relative-year', 'colloquial', HF);
p('figure', 'ZJ26', '浙江去年新增了几家制造业单项冠军企业', F('企业竞争力不断提升,新增制造业单项冠军企业45家', [45, '家']), 'relative-year', HF);
p('figure', 'ZJ26', '浙江去年一共出了多少项促消费的政策', F('会展经济、健康消费等方面29项促消费政策', [29, '项']), 'relative-year', 'colloquial', HF);
p('figure', 'ZJ26', '美国加征关税以后 浙江去年出台了多少条稳外贸的举措', F('第一时间成立支持外经贸高质量发展指挥部、出台20条举措', [20, '条']), 'relative-year', 'colloquial', HF);
p('figure', 'GD26', '十四五这几年广东财政花在民生上的钱 占一般公共预算支出的比重多大', F('实施“民生十大工程”,民生类支出占一般公共预算支出7成以上', [7, '成']), 'plan-period', 'approx', HF);
p('figure', 'GD25', '广东前年批准用海面积涨了多少', F('强化重大项目用地应保尽保,批准用海面积增长75.8%', pct(75.8)), 'relative-year', 'colloquial', 'short', HF);
p('figure', 'SD26', '山东去年有几家单位拿了中国质量奖', F('3家单位获中国质量奖', [3, '家']), 'relative-year', 'colloquial', 'short', HF);
p('figure', 'SD25', '山东前年有多少家开发区完成了扩区调区', F('深化开发区改革,完成55家开发区扩区调区', [55, '家']), 'relative-year', HF);
p('figure', 'FJ26', '福建去年有几个项目进了中国世界文化遗产预备名单', F('入选全球重要农业文化遗产,10个项目列入中国世界文化遗产预备名单', [10, '个']), 'relative-year', 'colloquial', HF);
p('figure', 'FJ26', '闽的污染防治考核是不是年年优秀 到去年已经连着几年了', F('污染防治攻坚战成效考核连续6年优秀', [6, '年']), 'relative-year', 'short-name', HF);
p('figure', 'FJ25', '福建前年有几家企业上榜中国民营企业500强', F('做响品牌,14家企业上榜中国民营企业500强', [14, '家']), 'relative-year', HF);
p('figure', 'FJ25', '福建前年低效用地上图入库了多少万亩', F('盘活低效用地,推动低效用地上图入库27.8万亩', [27.8, '万亩']), 'relative-year', HF);
p('figure', 'AH25', '前年上海和六安对口合作 新签了多少个亿元以上项目', F('皖西大别山革命老区加快振兴发展,上海与六安对口合作新签约亿元以上项目35个', [35, '个']), 'relative-year', 'colloquial', HF);
p('figure', 'BJ25', '北京前年两重项目开工了多少个', F('86个“两重”项目全部开工', [86, '个']), 'relative-year', 'short', HF);
p('figure', 'JS26', '江苏去年有几项成果入选中国科学十大进展', F('工业人工智能研究所正式成立,3项成果入选“中国科学十大进展”', [3, '项']), 'relative-year', HF);
p('figure', 'SH25', '沪前年新建了多少个电动自行车充电站', F('开展电动自行车安全隐患全链条整治,新建电动自行车充电站7万个', [7, '万个']), 'relative-year', 'short-name', HF);
p('figure', 'HN25', '湖南自贸区前年有几项创新成果进了全国最佳实践案例', F('湖南自贸试验区2项创新成果入选全国最佳实践案例', [2, '项']), 'relative-year', 'abbreviation', HF);
p('figure', 'JL25', '吉林前年办理了几件全国政协提案', F('办理全国政协提案3件', [3, '件']), 'relative-year', 'short', HF);
p('figure', 'CN23', '23年国务院报告里 这五年新签和升级了几个自贸协定', F('新签和升级6个自贸协定', [6, '个']), 'two-digit-year', 'five-year-review', 'no-place', HF);
p('figure', 'HZ24', '杭州23年人均体育场地面积大概到多少平方米了', F('以亚运场馆带动各类场馆和体育设施建设和开放,人均体育场地面积预计达2.85平方米', [2.85, '平方米']), 'two-digit-year', 'colloquial', 'approx', HF);
p('figure', 'GS23', '拱墅22年有多少个重点项目竣工投用了', F('中国杭州电竞中心等64个重点项目竣工投用', [64, '个']), 'two-digit-year', HF);
p('figure', 'QT25', '钱塘前年改造了几个无障碍避灾场所', F('扎实推进避灾场所和救灾物资管理工作,完成无障碍避灾场所改造5个', [5, '个']), 'relative-year', 'short', HF);
p('target', 'ZJ26', '浙江今年打算打造多少个重点消费品产业集群', F('深化“平台+产业”双向赋能,打造40个重点消费品产业集群', [40, '个']), 'target', 'relative-year', HF);
p('target', 'SD26', '鲁今年要新培育几个现代海洋特色产业集聚区', F('实施现代海洋产业三年行动,新培育5个左右现代海洋特色产业集聚区', [5, '个']), 'target', 'relative-year', 'short-name', 'approx', HF);
p('target', 'AH26', '安徽今年新建多少个新型公共文化空间', F('加强博物馆、图书馆数智化建设,新建新型公共文化空间600个', [600, '个']), 'target', 'relative-year', HF);
p('target', 'SH26', '沪今年服务消费那块 融合性的新场景要搞几个', F('促进服务业提质增效和消费提振扩容联动发展,培育打造20个融合性服务消费新场景', [20, '个']), 'target', 'relative-year', 'short-name', HF);
p('target', 'GD25', '广东去年十件民生实事里 义务教育乡村温馨校园要升级建设几所', F('升级建设义务教育乡村温馨校园超40所', [40, '所']), 'target', 'relative-year', 'approx', HF);
p('target', 'YN25', '云南去年计划壮大多少个省级先进制造业集群', F('开展制造业重点产业链提升行动,壮大19个省级先进制造业集群', [19, '个']), 'target', 'relative-year', HF);
p('target', 'QT25', '钱塘25年全年要创建几家市级以上绿色低碳工厂', F('加快临江园区印染行业等传统产业绿色化转型,全年创建市级以上绿色低碳工厂14家', [14, '家']), 'target', 'two-digit-year', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'ZJ26', '浙江去年入选国家双高计划的专业群有多少个', F('15所高职院校21个专业群入选国家“双高计划”名单', [21, '个']), 'relative-year', 'second-of-pair', HF);
s('figure', 'ZJ26', '浙江这五年路上交通事故死的人少了百分之多少', F('道路交通事故起数和死亡人数分别下降1.8%、31.3%', pct(31.3)), 'plan-period', 'second-of-pair', HF);
s('figure', 'ZJ26', '浙江去年设区城市PM2.5年均浓度降到多少了', F('设区城市PM2.5年平均浓度降至25微克/立方米', [25, '微克/立方米']), 'relative-year', 'after-other', 'abbreviation', HF);
s('figure', 'SD26', '山东这个十四五 数字经济的比重往上走了几个点', F('数字经济占比超过50%、提升9个百分点', [9, '个百分点']), 'plan-period', 'second-of-pair', HF);
s('figure', 'GD25', '一港通组合港前年在广东新增了几条航线', F('中欧班列开行数量增长10%,“组合港”(一港通)新开行航线8条', [8, '条']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'GD25', '截至前年 粤在海外一共有几个省级境外经贸合作区', F('新增1个省级境外经贸合作区、累计达8个', [8, '个']), 'relative-year', 'second-of-pair', 'short-name', HF);
s('figure', 'FJ26', '福建去年对拉美出口增长多少', F('对非洲、拉美市场出口分别增长20%、7.6%', pct(7.6)), 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'FJ26', '福建去年农业方面 国家级优势特色产业集群添了几个', F('新增国家现代农业产业园1个、优势特色产业集群2个', [2, '个']), 'relative-year', 'second-of-pair', HF);
s('figure', 'FJ26', '未来产业这块 福建去年有几个案例进了全国优秀典型', F('绿氢中试基地建成投用,新增7个全国未来产业创新发展优秀典型案例', [7, '个']), 'relative-year', 'after-other', 'colloquial', HF);
s('figure', 'AH25', '安徽前年新备案的创业投资基金有多少只', F('新备案天使投资基金27只、创业投资基金148只', [148, '只']), 'relative-year', 'second-of-pair', HF);
s('figure', 'AH26', '五经普跟四经普比 安徽二三产业法人单位从业人员增加了多少人', F('居全国第1位,增加407.7万人', [407.7, '万人']), 'plan-period', 'after-other', 'abbreviation', HF);
s('figure', 'BJ25', '北京前年有多少家企业做了挥发性有机物治理提升', F('绿色电力占比达到26%,2000余家企业实施挥发性有机物等治理提升', [2000, '家']), 'relative-year', 'after-other', 'approx', HF);
s('figure', 'HN25', '湖南前年园区贡献了全省大概多少比例的税收', F('贡献了全省74.6%的规模工业增加值和40%左右的税收', pct(40)), 'relative-year', 'after-other', 'approx', HF);
s('figure', 'HZ24', '杭州23年新增盘活了多少宗闲置宅基地和农房', F('实施飞地抱团项目127个,新增盘活闲置宅基地和农房4278宗', [4278, '宗']), 'two-digit-year', 'after-other', HF);
s('target', 'JS25', '江苏去年规划里 超百亿的县域特色链打算建几条', F('超五百亿级的市域特色链、10条超百亿级的县域特色链', [10, '条']), 'target', 'relative-year', 'second-of-pair', HF);
s('target', 'JL25', '吉林去年转化科技成果数量计划增长多少', F('R&D经费投入增长10%左右,转化科技成果数量增长15%以上', pct(15)), 'target', 'relative-year', 'after-other', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'ZJ26', 'zhejiang: national-level manufacturing pilot-scale (zhongshi) platforms created in 2025?', F('省级中试平台11家,成功创建国家级制造业中试平台3家', [3, '家']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'ZJ26', 'how many zhejiang firms made the national top-30 cultural enterprises list in 2025', F('4家浙企上榜全国文化企业30强', [4, '家']), 'year', 'lowercase', HF);
e('figure', 'ZJ25', "ningbo-zhoushan's global rank in the international shipping centre development index, 2024?", F('国际航运中心发展指数排名提升到全球第8', [8]), 'year', 'lowercase', 'no-place', HF);
e('figure', 'ZJ25', 'zhejiang 2024: national reform pilots won in the common-prosperity field — how many?', F('争取共同富裕领域国家改革试点7项', [7, '项']), 'year', 'lowercase', HF);
e('figure', 'GD26', 'guangdong total R&D spending growth 2025 — %?', F('预计全社会研发投入5350亿元、增长4.9%', pct(4.9)), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'GD26', 'of the 104 industrial products with national output data, in how many does guangdong make over 30% (14th FYP)?', F('超过20%的有23种、超过30%的有11种', [11, '种']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'GD25', 'hk & macau residents in guangdong social insurance (2024) — person-times?', F('港澳居民在粤参加医疗、养老、失业、工伤保险约70万人次', [70, '万人次']), 'year', 'lowercase', 'abbreviation', 'approx', HF);
e('figure', 'SD26', 'shandong 2025: jin-ji-lu-yu cooperation items (bulk commodity corridor etc) that landed — count?', F('晋冀鲁豫大宗商品骨干流通走廊等50余个合作事项扎实落地', [50, '个']), 'year', 'lowercase', 'abbreviation', 'approx', HF);
e('figure', 'SD26', 'How many national tech-innovation, emerging-industry and manufacturing innovation centres did Shandong have by the end of the 14th FYP?', F('新兴产业创新中心、制造业创新中心达到8家', [8, '家']), 'plan-period', 'abbreviation', HF);
e('figure', 'SD25', "shandong's cross-region medical bill direct settlement rate in 2024?", F('完成职工医保门诊共济改革,异地就医直接结算率90%以上', pct(90)), 'year', 'lowercase', HF);
e('figure', 'SD25', 'shandong at worldskills in 2024 — gold medals that were a first for china, count?', F('我省选手斩获世界技能大赛2个全国首金', [2, '个']), 'year', 'lowercase', HF);
e('figure', 'FJ25', 'fujian: green buildings as a share of new urban construction in 2024', F('垃圾分类工作保持全国前列,城镇新建绿色建筑占比超98%', pct(98)), 'year', 'lowercase', 'approx', HF);
e('figure', 'AH26', "anhui over the 14th FYP: national eco-civilization demo zones + 'two mountains' bases created?", F('创建国家生态文明建设示范区和“两山”实践创新基地23个', [23, '个']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'AH25', 'anhui auto output 2024 — how many vehicles?', F('汽车产量继续保持40%以上增长、达357万辆', [357, '万辆']), 'year', 'lowercase', 'short', HF);
e('figure', 'AH25', 'since 2024 the whole of anhui is in the visa-free transit zone — how many hours?', F('我省全域纳入240小时过境免签停留区域', [240, '小时']), 'year', 'lowercase', HF);
e('figure', 'BJ26', "beijing's large-scale events in 2025 grew by what %?", F('演艺经济更加火热,举办大型活动2295场、增长25.8%', pct(25.8)), 'year', 'lowercase', HF);
e('figure', 'BJ25', 'beijing food & drug sampling pass rates, 2024?', F('深化食品药品全链条安全监管,食品、药品抽检合格率均超99%', pct(99)), 'year', 'lowercase', 'short', HF);
e('figure', 'JS25', 'jiangsu 2024 coastal water quality — margin over the national assessment target, in points?', F('近岸海域优良海水面积优于国家考核目标19.8个百分点', [19.8, '个百分点']), 'year', 'lowercase', HF);
e('figure', 'SH26', "shanghai 2025: 'shanghai-style jiangnan' townscape heritage pilots underway — how many?", F('1.2万户相对集中居住农户入住新居,15个“沪派江南”风貌保护传承试点稳步推进', [15, '个']), 'year', 'lowercase', HF);
e('figure', 'SH26', "shanghai's 2025 private-economy package — how many articles?", F('制定实施民营经济高质量发展“26条”', [26, '条']), 'year', 'lowercase', 'short', HF);
e('figure', 'SH25', 'how many industries (catering and so on) were in shanghai\'s 2024 cross-agency regulation overhaul?', F('实施餐饮业等39个重点行业跨部门综合监管改革', [39, '个']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'YN25', 'yunnan won an olympic gold again in 2024 — after a gap of how many years?', F('时隔12年再夺奥运会金牌', [12, '年']), 'year', 'lowercase', HF);
e('figure', 'HN25', 'hunan 2024: of its national S&T award wins, how many were first-class technological invention prizes?', F('获国家科学技术奖,其中1项获技术发明奖一等奖', [1, '项']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'CN23', "2023 gov work report: 'three new' (new industries, formats, models) value added as a share of GDP?", F('新产业新业态新模式增加值占国内生产总值的比重达到17%以上', pct(17)), 'lowercase', 'no-place', 'approx', HF);
e('figure', 'CN25', '2025 gov report — share of good-quality surface water sections in 2024?', F('地表水优良水质断面比例提高到90.4%', pct(90.4)), 'year', 'lowercase', 'no-place', HF);
e('figure', 'QT25', 'qiantang 2024: provincial FTZ best institutional-innovation cases, how many?', F('新入选全国综保区创新发展案例3项、省级自贸试验区最佳制度创新案例4项', [4, '项']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'HZ24', 'hangzhou 2023: free rooms for grads job-hunting in the city — how many?', F('来杭求职大学生可免费入住的房间818个', [818, '个']), 'year', 'lowercase', HF);
e('target', 'SD26', 'shandong 2026 plan: how many leading producer-services firms to nurture?', F('实施生产性服务业扩容强基行动,培育120家左右领军企业', [120, '家']), 'target', 'year', 'lowercase', 'approx', HF);
e('target', 'AH26', "anhui's 2026 number for mixed commerce/culture/tourism/sports/expo zones?", F('培育商文旅体展融合发展集聚区30个以上', [30, '个']), 'target', 'year', 'lowercase', HF);
e('target', 'GD26', 'gd 2026 livelihood list: rural order-oriented free medical students to recruit?', F('培养招录农村订单定向免费医学生超1000人', [1000, '人']), 'target', 'year', 'lowercase', 'abbreviation', 'approx', HF);
e('target', 'JS26', "jiangsu's 15th FYP goal for annual growth in R&D spending?", F('全社会研发经费投入年均增长7%', pct(7)), 'target', 'plan-period', 'lowercase', 'abbreviation', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('zoige county (sichuan) grassland restoration area last year?', 'nf-place', 'relative-year', 'lowercase');
nfe('burqin county tourist arrivals 2025, how many', 'nf-place', 'year', 'lowercase', 'short');
nfe("what was guangzhou's population in 1939?", 'nf-year', 'year', 'lowercase', 'short');
nfe('How many kite festivals did Shandong hold in 2025?', 'nf-indicator', 'year');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', 'CN23', '23年报告里 清洁能源消费占比五年间从多少升到多少', F('清洁能源消费占比由20.8%上升到25%以上', pct(25), pct(20.8)), 'two-digit-year', 'five-year-review', 'from-to', 'no-place', HF);
f('trend', 'trend-ask', ['SD26', 'SD25'], '山东数字经济占比 前年是多少 到十四五收官又到多少了', F(['数字经济占比超过50%、提升9个百分点', '数字经济撑起“半壁江山”,规模占比超过49%'], pct(50), pct(49)), 'relative-year', 'plan-period', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['GD26', 'GD25'], '广东中欧班列开行数量的增速 前年和去年各是多少', F(['对共建“一带一路”国家进出口增长38%,中欧班列开行数量增长39.6%', '中欧班列开行数量增长10%'], pct(39.6), pct(10)), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['JS26', 'JS25'], '江苏地表水国考断面优III比例 前年和去年分别多少', F(['地表水国考断面达到或优于III类水体比例达94.8%', '地表水国考断面优III比例93.3%'], pct(94.8), pct(93.3)), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['AH26', 'AH25'], '安徽工业云平台应用率在全国排第几 前年和十四五收官时各是多少', F(['“两化”融合发展水平从全国第15位升至第5位,工业云平台应用率居全国第2位', '工业互联网平台设备连接数突破千万台,工业云平台应用率升至全国第3位'], [2, '位'], [3, '位']), 'relative-year', 'plan-period', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['GD26', 'GD25'], '广东污染防治攻坚战国家考核拿优秀 前年是连续第几年 去年呢', F(['污染防治攻坚战连续5年获国家考核优秀等次', '深入打好污染防治攻坚战,连续4年在国家考核中获优秀等次'], [5, '年'], [4, '年']), 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['AH26', 'AH25'], '安徽引进首店的目标 去年定了多少 今年又定了多少', F(['支持消费品牌企业连锁化发展、跨区域布局,建设一批高品质商业街区和便民生活圈,引进省级首店200家以上', '布局建设银发经济产业园区,引进全国首店、省市首店200个以上'], [200, '家'], [200, '个']), 'relative-year', 'target', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['SH26', 'SH25'], '上海新城和中心城区的区区结对项目 前年和去年各推进了几个', F(['加快落地新一批22项新城功能性导入事项、10个区区结对合作重点项目', '推进首批10个新城与中心城区“区区结对”示范项目'], [10, '个'], [10, '个']), 'relative-year', 'one-place-two-years', HF);
f('comparison', 'comparison-ask', ['HN25', 'FJ25'], '前年新增的国家级中小企业特色产业集群 湖南和福建哪个多', F(['新增硬质合金等7个国家中小企业特色产业集群', '梳理明确164条县域重点产业链,新增5个国家级中小企业特色产业集群'], [7, '个'], [5, '个']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['ZJ25', 'AH25'], '前年新增的硕士学位授权点 浙江和安徽哪个多', F(['新增博士学位授权点56个、硕士学位授权点173个', '全省新增博士点23个、硕士点90个'], [173, '个'], [90, '个']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['GD25', 'YN25'], '前年拿到五个一工程优秀作品奖的作品 广东和云南谁多', F(['舞剧《咏春》等4部作品获全国精神文明建设“五个一工程”优秀作品奖', '3部作品荣获第十七届精神文明建设“五个一工程”优秀作品奖'], [4, '部'], [3, '部']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['ZJ25', 'SD25'], '去年幸福河湖的计划里程 浙江和山东谁更长', F(['完成幸福河湖农村水系整治1200公里', '打造20条生态清洁小流域,新增幸福河湖600公里以上'], [1200, '公里'], [600, '公里']), 'two-places', 'which-higher', 'target', 'relative-year', HF);
f('superlative', 'ranking-ask', 'FJ26', '工程建设项目审批制度改革评估连续3年全国第一的是哪个省', F('工程建设项目审批制度改革评估连续3年全国第一', [3, '年']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'FJ26', '连着12届拿中国戏剧梅花奖的是哪个省', F('海丝国际文化旅游节等活动,连续12届获中国戏剧梅花奖', [12, '届']), 'across-reports', 'colloquial', HF);
f('superlative', 'ranking-ask', 'HZ24', '23年一般公共预算收入排全国城市第4的是哪座城市', F('一般公共预算收入2616.8亿元,居全国城市第4位', [4, '位']), 'across-reports', 'two-digit-year', HF);
f('superlative', 'ranking-ask', 'SH25', '公众安全感满意度连续12年双提升的是哪个城市', F('公众安全感、满意度连续12年实现“双提升”', [12, '年']), 'across-reports', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'ZJ26', '十四五期间 浙江有多少政务事项实现跨省通办 多少居民服务事项一卡通用', F('300项政务事项实现“跨省通办”,113项居民服务事项实现“一卡通用”', [300, '项'], [113, '项']), 'plan-period', HF);
f('multi', 'multi-ask', 'SD25', '山东去年要整合建立多少条标志性产业链和重点产业链', F('整合建立18条标志性产业链和66条重点产业链', [18, '条'], [66, '条']), 'target', 'relative-year', HF);
f('multi', 'multi-ask', 'HZ24', '杭州23年新入选的省级共富试点、最佳实践、共富观察点各几个', F('新入选省级共富试点3个、最佳实践7个、共富观察点8个', [3, '个'], [7, '个'], [8, '个']), 'two-digit-year', HF);
f('multi', 'multi-ask', 'ZJ26', '浙江今年科技攻关 双尖双领+X项目和重大科技成果各定了多少', F('部署实施“双尖双领+X”项目400项以上,取得重大科技成果100项以上', [400, '项'], [100, '项']), 'target', 'relative-year', HF);
f('multi', 'multi-ask', 'ZJ25', '浙江去年要稳住多少省外劳动力和省外脱贫劳动力在浙就业', F('保持2300万省外劳动力和240万省外脱贫劳动力在浙稳定就业', [2300, '万'], [240, '万']), 'target', 'relative-year', HF);
f('overview', 'overview-ask', 'SD26', '山东十四五这五年经济总体咋样 简单说说', { ...F('全省地区生产总值年均增长5.9%、高于全国0.5个百分点'), lead: 5.9 }, 'plan-period', 'colloquial', 'short');
f('overview', 'overview-ask', 'CN22', '2022 govt work report — how did the economy do in 2021, in one line?', { ...F('国内生产总值达到114万亿元,增长8.1%'), lead: 8.1 }, 'en', 'year', 'lowercase', 'no-place', 'short');
f('outline', 'outline-ask', 'SH25', '上海25年政府工作报告 当年的主要任务分几块', O('SH25'), 'two-digit-year');
f('outline', 'outline-ask', 'QT25', '钱塘区25年计划里主要任务有哪几条', O('QT25'), 'two-digit-year', 'short');
f('outline', 'outline-ask', 'ZJ25', "zhejiang's 2025 govt work report — what are the key tasks for the year?", O('ZJ25'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('稻城去年接待了多少游客', 'nf-place', 'relative-year', 'short');
nf('巴塘前年的GDP是多少', 'nf-place', 'relative-year', 'short');
nf('石渠25年牧民人均收入多少来着', 'nf-place', 'two-digit-year', 'colloquial');
nf('囊谦今年地方财政收入目标定的多少', 'nf-place', 'relative-year', 'target');
nf('尼勒克前年新建了多少公里农村公路', 'nf-place', 'relative-year');
nf('昭苏去年马匹存栏有多少', 'nf-place', 'relative-year', 'colloquial');
nf('特克斯24年常住人口多少', 'nf-place', 'two-digit-year', 'short');
nf('察布查尔去年粮食总产量是多少', 'nf-place', 'relative-year');
nf('1902年上海有多少人口', 'nf-year', 'year', 'short');
nf('1918年北京有几所大学', 'nf-year', 'year', 'short');
nf('杭州现在有多少家卤味店', 'nf-indicator', 'colloquial', 'short');
nf('北京去年有多少支冰球队', 'nf-indicator', 'relative-year', 'short');
nf('深圳前年办了几场围棋比赛', 'nf-indicator', 'relative-year', 'colloquial');
nf('天津去年有多少个相声社团', 'nf-indicator', 'relative-year');

// ---- 3. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('浙江今年民生实事 退役军人和家庭教育这两块'),
  T('给退役军人提供多少个就业岗位', 'target', 'ZJ26', F('为退役军人提供5万个就业岗位', [5, '万个']), 'elliptical', 'target', HF),
  T('家庭教育指导服务呢', 'target', 'ZJ26', F('为未成年人家庭提供一对一公益家庭教育指导服务1万户次', [1, '万户次']), 'elliptical', 'target', 'indicator-switch', 'short', HF),
]);
conv([
  T('广东前年开拓市场这块做了啥'),
  T('粤贸全球境外展一共办了多少场', 'figure', 'GD25', F('举办300场“粤贸全球”境外展', [300, '场']), 'elliptical', HF),
  T('那粤贸全国的展会成交了多少钱', 'figure', 'GD25', F('加快内外贸一体化发展,“粤贸全国”系列展会成交金额约600亿元', [600, '亿元']), 'elliptical', 'indicator-switch', 'colloquial', 'approx', HF),
]);
conv([
  T('福建前年城市更新搞得怎么样'),
  T('新增了多少个公共停车位', 'figure', 'FJ25', F('开工筹集保障性住房4.1万套,新增公共停车位2.8万个', [2.8, '万个']), 'elliptical', HF),
  T('福道新建改造了多少公里', 'figure', 'FJ25', F('新改建供排水管网2182公里,新建和改造提升福道930公里', [930, '公里']), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('湖南去年十大民生实事里 教育和就业那几条'),
  T('农村义务教育学校要补多少台电脑', 'target', 'HN25', F('补充配置农村义务教育学校电脑30万台', [30, '万台']), 'elliptical', 'target', 'colloquial', HF),
  T('大学生创业孵化基地建几个', 'target', 'HN25', F('创业培训23万人次,建设大学生创业孵化基地20个', [20, '个']), 'elliptical', 'target', 'indicator-switch', 'short', HF),
]);
conv([
  T('安徽前年绿色制造'),
  T('新创建了几家绿色供应链管理企业', 'figure', 'AH25', F('新创建国家级绿色工厂73家、绿色供应链管理企业11家', [11, '家']), 'elliptical', HF),
  T('园区循环化改造做到几成了', 'figure', 'AH25', F('绿色供应链管理企业11家,80%的国家级和省级园区均完成循环化改造', pct(80)), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('江苏十四五这几年的成绩单'),
  T('人均预期寿命现在多少岁了', 'figure', 'JS26', F('高水平医院加力建设,人均预期寿命超过80岁', [80, '岁']), 'elliptical', 'plan-period', 'colloquial', HF),
  T('那单位GDP能耗累计降了多少', 'figure', 'JS26', F('入选国家碳达峰试点,单位地区生产总值能耗累计下降超14%', pct(14)), 'elliptical', 'indicator-switch', 'plan-period', 'abbreviation', HF),
]);
conv([
  T('上海去年立法和规章这块'),
  T('配合制定修改了几部浦东新区法规', 'figure', 'SH26', F('配合市人大及其常委会制定修改浦东新区法规4部', [4, '部']), 'elliptical', HF),
  T('政府规章立改废了多少件', 'figure', 'SH26', F('出台地方性法规20件,立改废政府规章44件', [44, '件']), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('云南前年促农增收'),
  T('致富带头人认定了多少', 'figure', 'YN25', F('培养认定农村致富带头人3.07万', [3.07, '万']), 'elliptical', HF),
  T('脱贫县农民收入大概涨了多少', 'figure', 'YN25', F('预计脱贫县农村居民人均可支配收入增长7%左右', pct(7)), 'elliptical', 'indicator-switch', 'colloquial', 'approx', HF),
]);
conv([
  T('杭州23年迎亚运城市绿化'),
  T('亚运主题公园建了几个', 'figure', 'HZ24', F('新(改)建城市公园65个,其中亚运主题公园30个', [30, '个']), 'elliptical', 'short', HF),
  T('新增的城市绿地有多少平方米', 'figure', 'HZ24', F('完成重点绿化景观提升妆点项目390余处,新增城市绿地822万平方米', [822, '万平方米']), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('拱墅22年一老一小这块'),
  T('市级老年友好型社区创建了几个', 'figure', 'GS23', F('全省首推“阳光安养”家庭联合式托养模式,创建市级老年友好型社区8个', [8, '个']), 'elliptical', HF),
  T('康养联合体建成几个', 'figure', 'GS23', F('创建市级老年友好型社区8个,建成康养联合体6个', [6, '个']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('地方政府专项债券每年比上一年多安排多少'),
  T('24年的报告里是多少', 'target', 'CN24', F('拟安排地方政府专项债券3.9万亿元、比上年增加1000亿元', [1000, '亿元']), 'elliptical', 'target', 'two-digit-year', 'no-place', 'short', HF),
  T('那25年的报告呢', 'target', 'CN25', F('拟安排地方政府专项债券4.4万亿元、比上年增加5000亿元', [5000, '亿元']), 'elliptical', 'target', 'two-digit-year', 'year-switch', 'no-place', 'short', HF),
]);
conv([
  T('前年大规模设备更新拉动投资的情况'),
  T('广东的工业设备更新投资增长了多少', 'figure', 'GD25', F('45.4万辆汽车报废和置换更新,工业设备更新投资增长17.9%', pct(17.9)), 'elliptical', 'relative-year', HF),
  T('那安徽的设备工器具购置投资呢', 'figure', 'AH25', F('大规模设备更新带动设备工器具购置投资增长14.6%', pct(14.6)), 'elliptical', 'place-switch', 'short', HF),
]);
conv([
  T('山东前年义务教育优质均衡县有多少个'),
  T('不对 我想问的是公办园 在园幼儿占比多少', 'figure', 'SD25', F('公办幼儿园在园幼儿占比超过60%', pct(60)), 'elliptical', 'self-correction', 'indicator-switch', 'colloquial', HF),
  T('保交房完成了多少', 'figure', 'SD25', F('推动保交楼全部完成,保交房完成95%以上', pct(95)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('吉林前年安全生产形势'),
  T('事故降幅的全国排名呢', 'figure', 'JL25', F('32.7%,降幅居全国前5位', [5, '位']), 'elliptical', 'colloquial', HF),
  T('另外问下 湖南前年县域经济增速比全省高多少', 'figure', 'HN25', F('农业大县、文旅特县,县域经济增速高于全省经济增速0.4个百分点', [0.4, '个百分点']), 'no-inherit', 'place-switch', 'relative-year', HF),
]);
conv([
  T('江苏前年区域创新能力在全国排第几'),
  T('那哈巴河呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('算了还是说江苏 前年国家先进制造业集群累计有多少个', 'figure', 'JS25', F('新获批国家先进制造业集群4个,累计14个', [14, '个']), 'elliptical', 'after-not-found', 'relative-year', HF),
]);
conv([
  T('anhui universities & the car industry in 2025'),
  T('what share of provincial university programmes now serve emerging industries?', 'figure', 'AH26', F('省属高校服务新兴产业专业点占比提高到72.2%', pct(72.2)), 'elliptical', 'en', 'lowercase', HF),
  T('and on the car side — global-debut technologies fitted to vehicles, how many?', 'figure', 'AH26', F('构建开放型汽车生态实验室体系,20多项全球首发技术装车应用', [20, '项']), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'approx', HF),
]);
conv([
  T('广东去年港口和机场的吞吐量'),
  T('港口集装箱吞吐量增速多少', 'figure', 'GD26', F('港口集装箱吞吐量达8097万标箱、增长4.5%', pct(4.5)), 'elliptical', HF),
  T('机场货邮的增速呢', 'figure', 'GD26', F('机场货邮吞吐量达459万吨、增长5.6%', pct(5.6)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('福建去年援藏援疆和闽宁协作'),
  T('援藏援疆这块拿了几次全国先进典型', 'figure', 'FJ26', F('闽宁协作考核连续7年为“好”,援藏援疆工作连续3次获全国先进典型', [3, '次']), 'elliptical', HF),
  T('今年闽宁协作要办的是多少周年的系列活动', 'target', 'FJ26', F('持续擦亮闽宁协作金字招牌,高质量办好30周年系列活动', [30, '周年']), 'elliptical', 'target', 'relative-year', 'year-switch', HF),
]);
conv([
  T('杭州23年治水治气'),
  T('污水零直排区提质增效完成了多少个镇街', 'figure', 'HZ24', F('完成57个镇街“污水零直排区”提质增效', [57, '个']), 'elliptical', HF),
  T('河湖缓冲带建了多少公里', 'figure', 'HZ24', F('“污水零直排区”提质增效,建成29.9公里河湖缓冲带', [29.9, '公里']), 'elliptical', 'indicator-switch', 'short', HF),
  T('NO2平均浓度呢 降了多少', 'figure', 'HZ24', F('特征指标NO2平均浓度同比下降5.4%', pct(5.4)), 'elliptical', 'indicator-switch', 'abbreviation', 'short', HF),
]);
conv([
  T('上海前年公共资源交易和一江一河'),
  T('一网交易的规模有多大', 'figure', 'SH25', F('公共资源“一网交易”规模达到1.2万亿元', [1.2, '万亿元']), 'elliptical', 'short', HF),
  T('and how many suzhou creek bridges got their lighting upgraded?', 'figure', 'SH25', F('完善“一江一河”滨水空间配套设施,14座苏州河桥梁景观灯光提升改造', [14, '座']), 'elliptical', 'en', 'lowercase', 'indicator-switch', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  稻城: ['稻城', 'Daocheng'],
  巴塘: ['巴塘', 'Batang'],
  石渠: ['石渠', 'Serxu'],
  囊谦: ['囊谦', 'Nangqen'],
  尼勒克: ['尼勒克', 'Nilka'],
  昭苏: ['昭苏', 'Zhaosu'],
  特克斯: ['特克斯', 'Tekes'],
  察布查尔: ['察布查尔', 'Qapqal'],
  哈巴河: ['哈巴河', 'Habahe'],
  zoige: ['若尔盖', 'Zoige'],
  burqin: ['布尔津', 'Burqin'],
  1902: ['1902'],
  1918: ['1918'],
  1939: ['1939'],
  卤味: ['卤味'],
  冰球: ['冰球', 'ice hockey'],
  围棋: ['围棋'],
  相声: ['相声', 'crosstalk'],
  kite: ['风筝', 'kite'],
};

// Never a fact that fresh-ao's or fresh-ap's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-ao/ao-heldout.jsonl', 'eval/fresh-ap/ap-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-ao's or fresh-ap's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'aq', last: 'ap', notAnswerableWords: NF_WORDS });
