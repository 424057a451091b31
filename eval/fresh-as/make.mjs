#!/usr/bin/env node
// Writes the fresh-as sets: eval/fresh-as/as-tune.jsonl and eval/fresh-as/as-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-as/make.mjs [--check]
//
// A thirty-third held-out question set written BEFORE any fix, as fresh-m … fresh-ar, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'ar'`, so fresh-ar's tune file is an earlier tune file, and no cite may meet fresh-aq's or fresh-ar's held-out
// file (the two most recent held-out halves). Today = 2026-12-07: 今年 = 2026, 去年 = 2025, 前年 = 2024.

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
p('target', 'ZJ26', '浙江今年要交付多少套保障性租凭住房', F('优化保障性住房供给,全年交付保障性租赁住房15万套(间)', [15, '万套']), 'target', 'relative-year', 'typo', HF);
p('target', 'ZJ26', '浙江今年专项产业基金、新增能耗和工业用地 支持民间投资项目的比重不能低于多少', F('专项产业基金、新增能耗、新增工业用地支持民间投资项目比重不低于80%', pct(80)), 'target', 'relative-year', HF);
p('target', 'BJ25', '北京去年打算治理几处积水点', F('推动永定河水库等防洪控制性工程规划建设,完成15处积水点治理', [15, '处']), 'target', 'relative-year', 'short', HF);
p('target', 'BJ25', '北京去年计划打造多少条市民观城观景视廊', F('加强道路、河道等线性空间点彩连线,打造市民观城观景视廊50条', [50, '条']), 'target', 'relative-year', HF);
p('figure', 'HZ24', '杭州23年新拿到的国家级试点大概有多少个', F('国家现代流通战略支点城市等30多个国家级试点', [30, '个']), 'two-digit-year', 'approx', 'colloquial', HF);
p('target', 'AH25', '安徽去年计划建成投运多少支撑性电源装机', F('建成投运支撑性电源装机496万千瓦', [496, '万千瓦']), 'target', 'relative-year', HF);
p('figure', 'FJ25', '福建前年下线的那台海上风电机组是多少兆瓦级的', F('全球最大26兆瓦级海上风力发电机组下线', [26, '兆瓦']), 'relative-year', 'colloquial', HF);
p('target', 'FJ25', '福建去年要新培育几条一单制试点线路', F('补齐多式联运、仓储设施等短板,新培育5条“一单制”试点线路', [5, '条']), 'target', 'relative-year', 'short', HF);
p('figure', 'GD25', '广东自贸试验区的制度型开放试点任务 前年落地了多少项', F('对接国际高标准推进制度型开放试点33项任务全部落地', [33, '项']), 'relative-year', HF);
p('figure', 'GD25', '广东前年考古出土的重要文物标本有多少件', F('加强云浮磨刀山、清远岩山寨等遗址考古调查与发掘,出土重要文物标本1200余件', [1200, '件']), 'relative-year', 'approx', HF);
p('target', 'GD26', '广东今年要给多少名残疾儿童免费做康复救助', F('为超20000名视力、听力、肢体、智力等残疾儿童', [20000, '名']), 'target', 'relative-year', HF);
p('figure', 'GD26', '十四五期间深圳先行示范区有多少项经验获全国推广', F('创造型、引领型改革全面推进,深圳中国特色社会主义先行示范区47项经验', [47, '项']), 'plan-period', 'no-place', HF);
p('figure', 'SD25', '鲁前年开了多少场省级新闻发布会', F('召开省级新闻发布会185场', [185, '场']), 'relative-year', 'short-name', 'short', HF);
p('target', 'SD25', '山东去年百县千企万店促消费活动打算搞多少场', F('组织“百县千企万店”促消费重点活动1000场', [1000, '场']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'SD25', '山东去年高效办成一件事 要抓多少个重点事项', F('抓好企业迁移登记、就医费用报销、教育入学等100个重点事项', [100, '个']), 'target', 'relative-year', HF);
p('target', 'SD26', '山东今年打算培育几个省级数据产业集群', F('建好国家数据要素综合试验区,培育10个以上省级数据产业集群', [10, '个']), 'target', 'relative-year', HF);
p('figure', 'SH26', '上海去年文旅商体展融合 夜间经济人气地标打造了几个', F('加快建设国际珠宝时尚功能区,打造5个夜间经济人气地标', [5, '个']), 'relative-year', 'colloquial', HF);
p('figure', 'CN22', '22年国务院报告里说 那年高校毕业生有多少万人', F('今年高校毕业生超过1000万人', [1000, '万人']), 'two-digit-year', 'no-place', HF);
p('target', 'YN25', '云南去年脱贫劳动力转移就业规模要稳在多少万人以上', F('脱贫劳动力转移就业规模保持在320万人以上', [320, '万人']), 'target', 'relative-year', HF);
p('target', 'HN25', '湖南去年民生实事 城市危旧房要改造多少套', F('改造城市危旧房5000套', [5000, '套']), 'target', 'relative-year', 'colloquial', HF);
p('figure', 'JL25', '吉林前年长白山、三江、吉光这些省实验室 挂牌运行的一共几个', F('长白山、三江、吉光3个省实验室挂牌运行', [3, '个']), 'relative-year', 'colloquial', HF);
p('target', 'BJ25', '北京去年京津冀公共服务共建共享 互认资质资格统一规范办理要做到多少项', F('推动公共服务资源共建共享,实现20项以上互认资质资格统一规范办理', [20, '项']), 'target', 'relative-year', HF);
p('figure', 'HZ24', '杭州23年推出了多少个青荷驿站', F('“青荷对对”等活动,推出青荷驿站35个', [35, '个']), 'two-digit-year', 'short', HF);
p('figure', 'HZ24', '杭州23年统筹推进的部省级改革试点有几项', F('统筹推进“宁静小区”、碳监测等11项部、省改革试点', [11, '项']), 'two-digit-year', HF);
p('figure', 'GS23', '拱墅22年提升改造了多少个区域性微型消防救援站', F('全域26个区域性微型消防救援站提升改造完成', [26, '个']), 'two-digit-year', HF);
p('figure', 'GS23', '拱墅22年启动了几个慈善信托项目', F('启动助学、助困、崇军关爱等5个慈善信托项目', [5, '个']), 'two-digit-year', 'short', HF);
p('figure', 'GS23', '拱墅22年执法赋权模式在多少个街道推广了', F('“执法队辅助人员”等三项制度,在全域18个街道推广“赋权”模式', [18, '个']), 'two-digit-year', HF);
p('target', 'CN22', '22年政府工作报告里 新建高标准农田定的多少亩', F('加强中低产田改造,新建1亿亩高标准农田', [1, '亿亩']), 'target', 'two-digit-year', 'no-place', HF);
p('figure', 'CN23', '23年政府工作报告回顾这五年 全国基础研究经费是不是翻了一番', F('全国基础研究经费五年增长1倍', [1, '倍']), 'two-digit-year', 'five-year-review', 'no-place', 'colloquial', HF);
p('figure', 'CN23', '23年政府工作报告说全国专精特新中小企业有多少家了', F('专精特新中小企业达7万多家', [7, '万家']), 'two-digit-year', 'no-place', 'approx', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'SD25', '山东前年迎峰度夏 全网用电负荷刷新了几次历史纪录', F('成功应对全网用电负荷39天破亿、4次刷新历史记录考验', [4, '次']), 'relative-year', 'after-other', HF);
s('target', 'ZJ25', '浙江去年415X集群规上制造业企业营收要突破多少', F('“415X”集群规上制造业企业营收突破9.5万亿元', [9.5, '万亿元']), 'target', 'relative-year', 'after-other', HF);
s('figure', 'AH25', '安徽前年皖北制造业投资增速跑赢全省多少个百分点', F('制造业投资增速高于全省6.7个百分点', [6.7, '个百分点']), 'relative-year', 'after-other', HF);
s('figure', 'AH26', '安徽去年快递业务量增速是不是超过两成了', F('新增5A级物流企业3家,快递业务量增长20.8%', pct(20.8)), 'relative-year', 'after-other', HF);
s('figure', 'BJ26', '北京去年百千工程里 推进的城中村改造项目有几个', F('建成美丽庭院5000余户,推进32个城中村改造项目', [32, '个']), 'relative-year', 'after-other', HF);
s('target', 'BJ25', '北京去年在老老人多的区域 家庭养老床位计划新建几张', F('老楼加装电梯完工600部,新建2000张家庭养老床位', [2000, '张']), 'target', 'relative-year', 'after-other', 'colloquial', HF);
s('figure', 'FJ26', '福建去年推出的全球首款量产级储能系统 是几兆瓦时的', F('推出全球首款量产级9兆瓦时储能系统', [9, '兆瓦时']), 'relative-year', 'after-other', HF);
s('figure', 'GD25', '广东前年15个主平台新承接了大约多少个产业转移项目', F('15个主平台新承接产业转移项目约700个', [700, '个']), 'relative-year', 'after-other', 'approx', HF);
s('figure', 'JL25', '吉林前年粮食总产量排全国第几', F('总产量达到853.2亿斤,全国第4的地位进一步巩固', [4]), 'relative-year', 'after-other', 'short', HF);
s('figure', 'SH26', '上海到去年底累计建成了多少座公园', F('新增公园127座,提前建成千座公园城市,累计达到1100座', [1100, '座']), 'relative-year', 'after-other', HF);
s('target', 'GD26', '广东今年除了新建50万个充电设施 充电电量要涨多少', F('新建新能源汽车充电设施超50万个,充电电量增长25%以上', pct(25)), 'target', 'relative-year', 'second-of-pair', HF);
s('figure', 'SD26', '山东这五年算力规模扩了几倍 不是问5G基站', F('5G基站增长4.3倍,算力规模增长3.5倍', [3.5, '倍']), 'plan-period', 'second-of-pair', 'abbreviation', HF);
s('figure', 'SD26', '山东去年普通高中学位供给率提高了几个百分点', F('普通高中学位供给率70.4%、提高5.9个百分点', [5.9, '个百分点']), 'relative-year', 'second-of-pair', HF);
s('figure', 'HZ24', '杭州23年每万人拥有的5G基站有多少个', F('完成5G基站建设2315座,每万人拥有5G基站数超过28个', [28, '个']), 'two-digit-year', 'second-of-pair', 'abbreviation', HF);
s('figure', 'GS23', '拱墅22年安置房项目有几个主体结顶了', F('统筹推进51个安置房项目续建,17个项目主体结顶', [17, '个']), 'two-digit-year', 'second-of-pair', HF);
s('target', 'QT25', '钱塘25年50亿元以上的大项目 确保签约几个', F('针对性开展上下游企业招引,确保签约50亿元以上项目2个', [2, '个']), 'target', 'two-digit-year', 'second-of-pair', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('target', 'ZJ26', 'zhejiang 2026: what share of newly added power capacity is supposed to be non-fossil?', F('促进化石能源清洁高效利用,新增非化石能源装机占比达到75%以上', pct(75)), 'target', 'year', 'lowercase', HF);
e('target', 'ZJ26', 'zj 2026 target — R&D spend as % of revenue for above-scale industrial firms?', F('规上工业企业研发费用与营收之比达到3.25%左右', pct(3.25)), 'target', 'year', 'abbreviation', 'approx', HF);
e('target', 'AH25', 'anhui 2025 plan: # of digital agriculture factories to build?', F('推进智慧农业发展,新建数字农业工厂100个', [100, '个']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'AH25', 'anhui 2025: how many counties in the north (wanbei) are to finish switching their groundwater sources?', F('重点建设新优质学校112所,完成皖北28个县(市、区)地下水水源替换', [28, '个']), 'target', 'year', 'lowercase', 'pinyin', HF);
e('target', 'BJ25', 'beijing 2025: how many weeks ahead do municipal hospitals release all outpatient slots to primary care?', F('市属医院全量门诊预约号源提前2周向基层投放', [2, '周']), 'target', 'year', 'lowercase', HF);
e('target', 'FJ25', "fujian's 2025 goal for the number of national high-tech enterprises?", F('“瞪羚”企业330家以上,国家高新技术企业突破1.5万家', [1.5, '万家']), 'target', 'year', 'lowercase', HF);
e('target', 'FJ25', 'fujian 2025 target: coverage of township / sub-district elderly-care service centres?', F('乡镇(街道)区域养老服务中心覆盖率超60%', pct(60)), 'target', 'year', 'lowercase', HF);
e('target', 'FJ26', 'fujian 2026: how many fujian–taiwan rural co-building projects are planned?', F('实施闽台乡建乡创合作提升项目30个以上', [30, '个']), 'target', 'year', 'lowercase', HF);
e('figure', 'FJ26', 'fujian 2025: share of main river basins with good water quality?', F('城市生活污水集中收集率达87.8%,主要流域优良水质比例100%', pct(100)), 'year', 'lowercase', 'short', HF);
e('figure', 'FJ26', "fujian, 14th FYP: what share of the province's output comes from its 164 county key industrial chains?", F('164条县域重点产业链强链补链延链、产值占全省比重超50%', pct(50)), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'GD25', 'gd R&D spending in 2024, roughly?', F('预计全省研发经费支出约5100亿元', [5100, '亿元']), 'year', 'abbreviation', 'approx', 'short', HF);
e('target', 'GD25', 'guangdong 2025: besides guangzhou and shenzhen, how many regional consumption-centre cities is it building?', F('加快广州、深圳国际消费中心城市和6个区域消费中心城市建设', [6, '个']), 'target', 'year', 'lowercase', HF);
e('target', 'GD25', 'gd 2025 livelihood list: target rate for standardised health-management services in urban & rural communities?', F('城乡社区规范健康管理服务率提高到65%', pct(65)), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'GD26', 'guangdong 2025: vehicles, vessels, planes and trains crossing its ports — how many trips in total?', F('抵离口岸的交通工具达2813.8万辆(艘、架、列)次', [2813.8]), 'year', 'lowercase', HF);
e('figure', 'SD25', 'shandong 2024 — pm2.5 improvement, %?', F('PM2.5浓度改善5.1%', pct(5.1)), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('target', 'SD25', 'shandong 2025: extra output expected from projects coming on stream, bn yuan?', F('推动3900多个项目投产达效、新增产值5000亿元左右', [5000, '亿元']), 'target', 'year', 'lowercase', 'abbreviation', 'approx', HF);
e('figure', 'SD26', 'shandong 2025 — manufacturing medium/long-term loan balance growth?', F('社会融资规模增长9%,制造业中长期贷款余额增长10.6%', pct(10.6)), 'year', 'lowercase', 'short', HF);
e('target', 'SD26', 'shandong 2026: how many big robotics industry bases (jinan, qingdao etc) will it strengthen?', F('做强济南、青岛、淄博、济宁4大机器人产业基地', [4, '个']), 'target', 'year', 'lowercase', HF);
e('figure', 'FJ25', 'fujian 2024: newly listed companies?', F('国家级制造业单项冠军企业11家、上市企业8家', [8, '家']), 'year', 'lowercase', 'short', HF);
e('figure', 'JS26', "jiangsu, end of the 14th FYP: natural shoreline ratio?", F('长江干流江苏段水质连续8年稳定在II类,自然岸线率达64.5%', pct(64.5)), 'plan-period', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'SH25', "shanghai 2024: yangtze-delta 'practical projects' (the EV charging network etc) under way — how many?", F('新能源汽车充换电设施一张网等10个实事项目有序推进', [10, '个']), 'year', 'lowercase', 'abbreviation', HF);
e('target', 'SH25', 'shanghai 2025 plan: affordable rental homes to build or raise?', F('坚持租购并举,建设筹措7万套(间)保障性租赁住房', [7, '万套']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'SH26', 'shanghai 2026 plan — how many sq km of inefficient industrial land to revitalise?', F('加强产业用地综合绩效评估,盘活处置低效产业用地20平方公里', [20, '平方公里']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('target', 'YN25', 'yunnan 2025: how many large irrigation districts to break ground?', F('水运枢纽等项目建设,开工建设3件大型灌区', [3, '件']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'JL25', "jilin 2025: new area under integrated water-and-fertiliser ('shuifei yitihua') application, mu?", F('保护性耕作面积新增200万亩,“水肥一体化”推广面积新增100万亩', [100, '万亩']), 'target', 'year', 'lowercase', 'pinyin', HF);
e('figure', 'CN23', '2023 work report: average annual growth of goods trade with belt-and-road countries?', F('对沿线国家货物进出口额年均增长13.4%', pct(13.4)), 'year', 'lowercase', 'five-year-review', 'no-place', HF);
e('figure', 'CN23', 'per the 2023 goverment work report, fiscal education spending stayed above what share of GDP every year?', F('财政性教育经费占国内生产总值比例每年都保持在4%以上', pct(4)), 'year', 'lowercase', 'five-year-review', 'no-place', 'typo', HF);
e('figure', 'HZ24', 'hangzhou 2023: firms on the national top-30 cultural enterprises list?', F('4家企业入选“全国文化企业30强”', [4, '家']), 'year', 'lowercase', 'short', HF);
e('figure', 'HZ24', 'hangzhou 2023: comprehensive first-aid stations newly built or rebuilt?', F('新增公共场所自动体外除颤仪1671台,新(改)建综合性急救站12个', [12, '个']), 'year', 'lowercase', 'short', HF);
e('figure', 'GS23', "gongshu 2022: how many 'other' quality financial institutions did the canal wealth town bring in?", F('以及浙江银通典当有限责任公司等其他类优质金融机构9家', [9, '家']), 'year', 'lowercase', HF);
e('target', 'QT25', 'qiantang 2025 target for provincial sci-tech SMEs?', F('国家高新技术企业突破1500家、省科技型中小企业突破3000家', [3000, '家']), 'target', 'year', 'lowercase', 'abbreviation', 'short', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('akto county (xinjiang) — wheat output last year?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe('xiahe county tourism revenue 2024?', 'nf-place', 'year', 'lowercase', 'short');
nfe("what was shanghai's population in 1890?", 'nf-year', 'year', 'lowercase', 'short');
nfe('How many guitar shops are there in Nanjing?', 'nf-indicator');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['ZJ26', 'ZJ25'], '浙江地表水国控断面一到三类水质比例 前年和去年分别多少 有没有提高', F(['立方米,地表水国控断面I—III类水质比例达98.7%', '稳步改善,地表水国控断面I—III类水质比例达98.7%'], pct(98.7), pct(98.7)), 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['SD26', 'SD25'], '山东粮食总产 去年的目标是稳在多少亿斤以上 十四五这五年实际稳在多少', F(['进出口等年均增速高于全国,粮食总产稳定在1100亿斤以上', '健全粮食主产区奖补激励制度,粮食总产稳定在1100亿斤以上'], [1100, '亿斤'], [1100, '亿斤']), 'relative-year', 'plan-period', 'target', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['SH26', 'SH25'], '上海小梁薄板房屋改造 去年原计划多少万平米 最后完成了多少', F(['完成43.6万平方米小梁薄板房屋等旧住房成套改造', '房屋改造,完成31万平方米小梁薄板房屋等不成套旧住房改造'], [43.6, '万平方米'], [31, '万平方米']), 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['GD26', 'GD25'], '广东在药店零售和医疗机构使用环节的药品抽检 去年和今年各定了多少批次', F(['在药店零售和医疗机构使用环节抽检超9000批次,在农村地区', '在药店零售和医疗机构使用环节抽检超9000批次,省内生产的国家集采中选品种'], [9000, '批次'], [9000, '批次']), 'relative-year', 'target', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['GD26', 'GD25'], '广东学生集体用餐配送单位 去年是复查几家 今年全流程监测覆盖几家', F(['中小学食堂、40家学生集体用餐配送单位实现全流程检查评价', '对前两年供餐质量监测发现问题的40家学生集体用餐配送单位进行再检查再提升'], [40, '家'], [40, '家']), 'relative-year', 'target', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', 'HZ24', '杭州专精特新小巨人 23年新增了多少家 24年目标多少家', F(['省隐形冠军企业10家、专精特新小巨人100家以上', '新增专精特新小巨人117家,位居全省第一'], [100, '家'], [117, '家']), 'two-digit-year', 'target', 'one-place-two-years', HF);
f('trend', 'trend-ask', 'ZJ25', '浙江经营主体数量增速 前年实际涨了多少 去年目标定的多少', F(['实际使用外资占全国份额保持基本稳定,全省经营主体数量增长5%', '全省经营主体达1095.2万户、增长5.9%'], pct(5), pct(5.9)), 'relative-year', 'target', 'one-place-two-years', HF);
f('comparison', 'comparison-ask', ['FJ26', 'SD26'], '今年农村供水这块 福建新建改造工程和山东规范提升厂站 各多少处 谁多', F(['推进“百乡千村万里路”建设,新建改造农村供水工程100处', '公里,规范提升农村供水厂站500处'], [100, '处'], [500, '处']), 'two-places', 'which-higher', 'target', 'relative-year', 'colloquial', HF);
f('comparison', 'comparison-ask', ['GD26', 'AH26'], '人均预期寿命 广东十四五末到了多少 安徽十五五的目标又是多少', F(['建成50家高水平医院,人均预期寿命提高到80岁以上', '基本公共服务均等化水平明显提升,人均预期寿命提高到80岁以上'], [80, '岁'], [80, '岁']), 'two-places', 'which-higher', 'plan-period', HF);
f('comparison', 'comparison-ask', ['ZJ25', 'AH25'], '去年新增高技能人才的目标 浙江和安徽谁定得多', F(['新引进顶尖人才40名以上,新增高技能人才20万人', '开展大规模职业技能培训,新培育高技能人才12万人'], [20, '万人'], [12, '万人']), 'two-places', 'which-higher', 'target', 'relative-year', HF);
f('comparison', 'comparison-ask', ['SD26', 'FJ26'], '今年城市更新的重点项目 山东和福建各安排了多少个', F(['高质量开展城市更新行动,实施片区综合更新改造重点项目100个', '建设城市片区更新、社区改造省级项目15个'], [100, '个'], [15, '个']), 'two-places', 'which-higher', 'target', 'relative-year', HF);
f('superlative', 'ranking-ask', 'HN25', '国家级制造业单项冠军企业数量在中部排第一的是哪个省', F('国家级制造业单项冠军企业总数达72个,均居中部第1位', [1, '位']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'GD25', '巴黎奥运会上金牌数奖牌数都排全国第一的是哪个省', F('我省运动员在2024年巴黎奥运会上斩获8金4银4铜、金牌数奖牌数均居全国首位', [8]), 'across-reports', HF);
f('superlative', 'ranking-ask', 'FJ25', '省政府门户网站绩效评估连续三年全国第一的是哪个省', F('闽政通入选首批数字中国建设典型案例,省政府门户网站绩效评估连续3年全国第一', [3, '年']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'HN25', '综合竞争力在中部化工园区里排第一的园区 是哪个省的', F('岳阳绿色化工高新区综合竞争力居中部化工园区第1位', [1, '位']), 'across-reports', 'colloquial', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'HZ24', '杭州24年计划组织多少个外贸团组 参加多少场境外展会', F('深化“双百双千”拓市场活动,组织外贸团组150个,参加境外展会100场以上', [150, '个'], [100, '场']), 'target', 'two-digit-year', HF);
f('multi', 'multi-ask', 'GS23', '拱墅23年留用地项目 开工几个 投用几个', F('开工留用地项目3个、投用5个', [3, '个'], [5, '个']), 'target', 'two-digit-year', 'short', HF);
f('multi', 'multi-ask', 'SD26', '山东今年大气治理 水泥焦化超低排放改造的产能比例和传统产业集群综合治理的数量 各是多少', F('完成水泥、焦化行业70%以上产能全流程超低排放改造,开展30个以上传统产业集群大气污染综合治理', pct(70), [30, '个']), 'target', 'relative-year', HF);
f('multi', 'multi-ask', 'HN25', '湖南去年孤儿补贴标准 散居的和集中养育的各提到多少', F('散居和集中养育孤儿补贴标准提高到不低于1200元/月和1700元/月', [1200, '元/月'], [1700, '元/月']), 'target', 'relative-year', HF);
f('multi', 'multi-ask', 'GS23', '拱墅22年湿地保护小区和小微修复示范点 各建了多少', F('建设湿地保护小区2处、小微修复示范点10个', [2, '处'], [10, '个']), 'two-digit-year', HF);
f('overview', 'overview-ask', 'AH26', '安徽十四五这五年经济整体发展得咋样 简单说说', { ...F('地区生产总值连跨两个万亿元台阶,年均增长5.7%、高于全国0.3个百分点'), lead: 5.7 }, 'plan-period', 'colloquial');
f('overview', 'overview-ask', 'JS26', "jiangsu's economy last year in a nutshell?", { ...F('经济运行总体平稳、稳中有进,地区生产总值增长5.3%、增量保持全国第一'), lead: 5.3 }, 'en', 'relative-year', 'lowercase', 'short');
f('outline', 'outline-ask', 'FJ25', '福建25年政府工作报告 当年重点工作有哪几条', O('FJ25'), 'two-digit-year');
f('outline', 'outline-ask', 'GS25', '拱墅25年政府工作报告的主要任务分哪几块', O('GS25'), 'two-digit-year');
f('outline', 'outline-ask', 'CN22', 'what were the main tasks in the 2022 government work report?', O('CN22'), 'en', 'year', 'lowercase', 'no-place');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('舟曲去年接待了多少游客', 'nf-place', 'relative-year', 'short');
nf('红原前年牛羊存栏多少头', 'nf-place', 'relative-year', 'short');
nf('壤塘25年GDP是多少', 'nf-place', 'two-digit-year', 'short');
nf('松潘今年新建了几所学校', 'nf-place', 'relative-year');
nf('疏附去年棉花产量多少吨', 'nf-place', 'relative-year', 'colloquial');
nf('英吉沙前年小刀产业产值多少', 'nf-place', 'relative-year');
nf('巴楚24年常住人口有多少', 'nf-place', 'two-digit-year', 'short');
nf('丁青去年农牧民人均收入多少来着', 'nf-place', 'relative-year', 'colloquial');
nf('1897年上海有多少家工厂', 'nf-year', 'year', 'short');
nf('1883年广州人口多少', 'nf-year', 'year', 'short');
nf('北京今年办了几场舞龙比赛', 'nf-indicator', 'relative-year', 'short');
nf('西安去年有多少个皮影戏班子', 'nf-indicator', 'relative-year', 'colloquial');
nf('上海前年有几家信鸽俱乐部', 'nf-indicator', 'relative-year', 'short');
nf('苏州有多少人在学二胡', 'nf-indicator', 'colloquial', 'short');

// ---- 3. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('浙江今年十方面民生实事 文化和家庭教育这几块'),
  T('品质戏曲进社区进乡村 今年送多少场', 'target', 'ZJ26', F('选送1000场品质戏曲进社区进乡村', [1000, '场']), 'elliptical', 'target', HF),
  T('那幸福家长亲子课堂开多少期', 'target', 'ZJ26', F('开设“幸福家长”亲子关系成长课堂1万期', [1, '万期']), 'elliptical', 'target', 'indicator-switch', 'short', HF),
]);
conv([
  T('广东去年十件民生实事 学前教育和县级医院那几条'),
  T('乡镇中心幼儿园要推动多少所搞城乡一体化管理', 'target', 'GD25', F('推动超40所乡镇中心幼儿园构建城乡学前教育一体化管理资源共享机制', [40, '所']), 'elliptical', 'target', HF),
  T('县级公立医院要聘请多少名副高以上职称的医疗专家', 'target', 'GD25', F('聘请200名副高级以上职称的医疗专家到县级公立医院工作', [200, '名']), 'elliptical', 'target', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T('广东今年重点人群健康管理和孤独症儿童那两条'),
  T('产后访视率和0到6岁儿童健康管理率要到多少', 'target', 'GD26', F('其中孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上', pct(90)), 'elliptical', 'target', HF),
  T('孤独症儿童免费康复服务要覆盖多少名', 'target', 'GD26', F('为超8000名孤独症儿童免费提供个体', [8000, '名']), 'elliptical', 'target', 'indicator-switch', HF),
]);
conv([
  T('北京去年治堵有啥具体计划'),
  T('停车位打算新建多少个', 'target', 'BJ25', F('利用闲置空间、人防工程等建设2.5万个停车位', [2.5, '万个']), 'elliptical', 'target', 'short', HF),
  T('重点路口智能调控新增几处', 'target', 'BJ25', F('实现7000处信号灯联网,新增200处重点路口智能调控', [200, '处']), 'elliptical', 'target', 'indicator-switch', 'short', HF),
]);
conv([
  T("shandong's innovation results in 2024"),
  T('how many high-tech enterprises did it pass?', 'figure', 'SD25', F('高新技术企业突破3.5万家', [3.5, '万家']), 'elliptical', 'en', 'lowercase', HF),
  T("and how many new universities got doctoral or master's degree-awarding rights?", 'figure', 'SD25', F('新增博士、硕士学位授予权单位10个', [10, '个']), 'elliptical', 'en', 'lowercase', 'indicator-switch', HF),
]);
conv([
  T('上海今年轨道交通建设'),
  T('在建的线里头 搞东延伸的是几号线', 'target', 'SH26', F('上海示范区线、南枫线、13号线东延伸', [13, '号线']), 'elliptical', 'target', 'relative-year', HF),
  T('对了 去年上海做的人口抽样调查是百分之几的抽样', 'figure', 'SH26', F('生育友好岗等生育支持政策,完成1%人口抽样调查', pct(1)), 'elliptical', 'topic-switch', 'relative-year', 'colloquial', HF),
]);
conv([
  T('安徽十四五期间就业和法治政府建设'),
  T('五经普比四经普 二三产业从业人员增加的人数排全国第几', 'figure', 'AH26', F('增长29.8%、居全国第1位,增加407.7万人、居全国第3位', [3, '位']), 'elliptical', 'plan-period', HF),
  T('公共政策和政府承诺事项的兑现率呢', 'figure', 'AH26', F('行政机关负责人出庭应诉率保持100%,公共政策和政府承诺事项兑现率95.3%', pct(95.3)), 'elliptical', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T("hunan's manufacturing in 2024"),
  T("what share of hunan's manufacturing counts as advanced manufacturing?", 'figure', 'HN25', F('生产性服务业占服务业比重超过42%,先进制造业占制造业比重超过50%', pct(50)), 'elliptical', 'en', 'lowercase', HF),
  T('and how fast did its farm-machinery industry grow?', 'figure', 'HN25', F('成功举办中国国际农业机械展览会,农机装备产业增长10.2%', pct(10.2)), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'short', HF),
]);
conv([
  T('云南去年年度目标里 耕地和农村人居环境那几条'),
  T('补充耕地要补多少万亩', 'target', 'YN25', F('完善高标准农田建设、验收、管护机制,补充耕地13.5万亩', [13.5, '万亩']), 'elliptical', 'target', 'short', HF),
  T('农村卫生户厕覆盖率这些要提高几个百分点', 'target', 'YN25', F('农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理(管控)率均提高3个百分点', [3, '个百分点']), 'elliptical', 'target', 'indicator-switch', HF),
]);
conv([
  T('吉林去年科技创新定了啥目标'),
  T('国家高新技术企业数量要增长多少', 'target', 'JL25', F('国家高新技术企业数量增长10%以上', pct(10)), 'elliptical', 'target', HF),
  T('对了 那个氢基绿能产业园 配套新能源自发自用占多少', 'figure', 'JL25', F('氢基绿能产业园配套新能源80%实现自发自用', pct(80)), 'elliptical', 'topic-switch', 'colloquial', HF),
]);
conv([
  T('福建前年社会救助和基层医疗'),
  T('慈善项目帮扶了多少人次', 'figure', 'FJ25', F('发放各类社会救助资金57.7亿元,慈善项目帮扶群众191万人次', [191, '万人次']), 'elliptical', 'short', HF),
  T('基层检查 上级诊断那种做法覆盖了多少乡镇卫生院', 'figure', 'FJ25', F('县域内基层医院检查、上级医院诊断的方式覆盖全省90%乡镇卫生院', pct(90)), 'elliptical', 'indicator-switch', 'colloquial', HF),
  T('再问个农村的 那年有几个县评上全国村庄清洁行动先进县', 'figure', 'FJ25', F('原生生活垃圾实现“零填埋”,3个县入选全国村庄清洁行动先进县', [3, '个']), 'elliptical', 'indicator-switch', 'topic-switch', 'colloquial', HF),
]);
conv([
  T("hangzhou's services sector and investment in 2023"),
  T('how fast did for-profit services value added grow?', 'figure', 'HZ24', F('增长7.2%,其中营利性服务业增加值增长9.3%', pct(9.3)), 'elliptical', 'en', 'lowercase', HF),
  T('and investment in high-tech industries?', 'figure', 'HZ24', F('其中制造业投资增长30%,高新技术产业投资增长24.5%', pct(24.5)), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'short', HF),
]);
conv([
  T('钱塘25年科创方面的目标'),
  T('省尖兵领雁这类重大科技项目 力争入选几个', 'target', 'QT25', F('力争入选省“尖兵领雁+X”等重大科技项目10个以上', [10, '个']), 'elliptical', 'target', HF),
  T('高校转化的科技型企业要落地多少家', 'target', 'QT25', F('力争落地高校转化的科技型企业35家以上', [35, '家']), 'elliptical', 'target', 'indicator-switch', HF),
]);
conv([
  T('拱墅23年新能源和电竞产业的目标'),
  T('分布式光伏项目打算开发多少千瓦', 'target', 'GS23', F('加快发展光伏上下游产业,完成分布式光伏项目开发1万千瓦', [1, '万千瓦']), 'elliptical', 'target', HF),
  T('电竞文娱产业营收要涨多少', 'target', 'GS23', F('力争电竞文娱产业营收增长15%', pct(15)), 'elliptical', 'target', 'indicator-switch', 'short', HF),
]);
conv([
  T('去年城中村改造的计划'),
  T('浙江打算改造多少户', 'target', 'ZJ25', F('实施城中村改造6万户', [6, '万户']), 'elliptical', 'target', 'relative-year', 'short', HF),
  T('那安徽呢', 'target', 'AH25', F('改造城中村和城市危旧房6万户以上', [6, '万户']), 'elliptical', 'target', 'place-switch', 'short', HF),
]);
conv([
  T('北京竣工的各类保障房'),
  T('前年实际竣工了多少套', 'figure', 'BJ25', F('建设筹集保障性租赁住房7.1万套、竣工各类保障房8.3万套', [8.3, '万套']), 'elliptical', 'relative-year', 'short', HF),
  T('去年计划竣工多少套', 'target', 'BJ25', F('建设筹集保障性租赁住房5万套、竣工各类保障房8万套', [8, '万套']), 'elliptical', 'target', 'relative-year', 'year-switch', 'short', HF),
]);
conv([
  T('湖南前年汽车家电以旧换新一共带动了多少消费'),
  T('不对 我想问的是争取到的中央投资超过多少亿', 'figure', 'HN25', F('用好用活存量增量系列政策,争取中央投资超2000亿元', [2000, '亿元']), 'elliptical', 'self-correction', 'indicator-switch', 'colloquial', HF),
  T("and how many 'first unit / first set / first-of-its-kind' products did hunan come up with that year?", 'figure', 'HN25', F('创新“首台首套首创”产品18个', [18, '个']), 'elliptical', 'en', 'lowercase', 'indicator-switch', HF),
]);
conv([
  T('北京今年农业方面的目标'),
  T('蔬菜产量要稳在多少', 'target', 'BJ26', F('确保粮食播种面积稳定在100万亩以上、蔬菜产量稳定在200万吨左右', [200, '万吨']), 'elliptical', 'target', 'short', HF),
  T('另外问下 广东十四五这几年PM2.5年均浓度大概稳在多少', 'figure', 'GD26', F('年平均浓度保持在20微克/立方米左右', [20, '微克/立方米']), 'no-inherit', 'place-switch', 'plan-period', 'abbreviation', 'approx', HF),
]);
conv([
  T('安徽去年打算新布局多少个海外仓'),
  T('那乌恰呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('算了还是说安徽 去年光储这类创新攻关项目要实施多少个', 'target', 'AH25', F('加快建设世界级先进光伏和新型储能产业集群,实施新一代光储等创新攻关项目30个以上', [30, '个']), 'elliptical', 'after-not-found', 'target', 'relative-year', HF),
]);
conv([
  T("jiangsu's industry and environment record, 2024"),
  T('high-tech industry as a share of above-scale industrial output — what level did it pass for the first time?', 'figure', 'JS25', F('高新技术产业产值占规上工业比重首次超过50%', pct(50)), 'elliptical', 'en', 'lowercase', HF),
  T("and how many straight years had it been rated 'excellent' in the national pollution-fight assessment?", 'figure', 'JS25', F('在国家污染防治攻坚战成效考核中连续5年获评优秀等级', [5, '年']), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'topic-switch', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  舟曲: ['舟曲', 'Zhouqu'],
  红原: ['红原', 'Hongyuan'],
  壤塘: ['壤塘', 'Zamtang'],
  松潘: ['松潘', 'Songpan'],
  疏附: ['疏附', 'Shufu'],
  英吉沙: ['英吉沙', 'Yengisar'],
  巴楚: ['巴楚', 'Maralbexi'],
  丁青: ['丁青', 'Dengqen'],
  乌恰: ['乌恰', 'Ulugqat'],
  akto: ['阿克陶', 'Akto'],
  xiahe: ['夏河', 'Xiahe'],
  1897: ['1897'],
  1883: ['1883'],
  1890: ['1890'],
  舞龙: ['舞龙', 'dragon dance'],
  皮影: ['皮影'],
  信鸽: ['信鸽'],
  二胡: ['二胡'],
  guitar: ['吉他', 'guitar'],
};

// Never a fact that fresh-aq's or fresh-ar's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-aq/aq-heldout.jsonl', 'eval/fresh-ar/ar-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-aq's or fresh-ar's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'as', last: 'ar', notAnswerableWords: NF_WORDS });
