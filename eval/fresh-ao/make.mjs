#!/usr/bin/env node
// Writes the fresh-ao sets: eval/fresh-ao/ao-tune.jsonl and eval/fresh-ao/ao-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-ao/make.mjs [--check]
//
// A twenty-ninth held-out question set written BEFORE any fix, as fresh-m … fresh-an, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'an'`, so fresh-an's tune file is an earlier tune file, and no cite may meet fresh-am's or fresh-an's held-out
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
p('figure', 'SD26', '山东去年给多少户特殊困难老年人家庭做了适老化改造', F('特殊困难老年人家庭适老化改造1.5万户', [1.5, '万户']), 'relative-year', 'colloquial', HF);
p('figure', 'SD26', '鲁十四五末千亿县有几个了', F('千亿县超过30个', [30, '个']), 'plan-period', 'short-name', 'short', 'approx', HF);
p('figure', 'FJ26', '福建县域医共体六大中心 去年基层辐射率做到多少了', F('县域医共体“六大中心”基层辐射率达96.9%', pct(96.9)), 'relative-year', 'colloquial', HF);
p('figure', 'FJ26', '八闽书房去年覆盖了多少人', F('持续深化公共文化场馆错时延时开放,“八闽书房”辐射人群超700万人', [700, '万人']), 'relative-year', 'no-place', 'short', 'approx', HF);
p('figure', 'FJ26', '闽去年新建了几个产业链头部企业实训基地', F('新建70个产业链头部企业实训基地', [70, '个']), 'relative-year', 'short-name', HF);
p('figure', 'GD26', '广东去年工业企业用电成本降了几个点', F('努力帮助企业降本增效,工业企业用电成本下降6.8%', pct(6.8)), 'relative-year', 'colloquial', HF);
p('figure', 'GD26', '粤去年上榜世界500强的企业有几家了', F('上榜世界500强企业增至18家', [18, '家']), 'relative-year', 'short-name', 'short', HF);
p('figure', 'GD26', '广东十四五这五年新建改造的地下管网管廊一共多少公里', F('新建改造生活污水等地下管网管廊9.9万公里', [9.9, '万公里']), 'plan-period', HF);
p('figure', 'AH25', '安徽前年新增托位多少个', F('建立家庭育儿补贴制度,新增托位4万个', [4, '万个']), 'relative-year', 'short', HF);
p('figure', 'AH25', '皖前年建成投用了几个公共文化空间', F('建成投用600个公共文化空间', [600, '个']), 'relative-year', 'short-name', HF);
p('figure', 'BJ26', '北京去年演艺经济这块 大型活动一共办了多少场', F('演艺经济更加火热,举办大型活动2295场', [2295, '场']), 'relative-year', 'colloquial', HF);
p('figure', 'SD25', '山东高标准农田截至前年累计有多少万亩', F('耕地面积连续四年净增加,高标准农田达7759万亩', [7759, '万亩']), 'relative-year', HF);
p('figure', 'HN25', '湖南前年有几家园区进了全国先进制造百强园区', F('衡阳高新区等6家园区入选全国先进制造百强园区', [6, '家']), 'relative-year', 'colloquial', HF);
p('figure', 'YN25', '云南前年有百分之多少的基层医疗卫生机构服务能力达到国家标准了', F('98%的基层医疗卫生机构服务能力达到国家标准', pct(98)), 'relative-year', HF);
p('figure', 'JL25', '吉林前年保交楼一共交付了多少套', F('1.5万套“保交楼”任务全部完成', [1.5, '万套']), 'relative-year', 'colloquial', HF);
p('figure', 'JS26', '江苏去年认定了多少家省级零碳近零碳工厂', F('培育认定首批省级零碳、近零碳工厂30家', [30, '家']), 'relative-year', HF);
p('figure', 'CN23', '23年那份报告里 学生营养改善计划每年能惠及多少学生', F('持续实施营养改善计划,每年惠及3700多万学生', [3700, '万']), 'two-digit-year', 'five-year-review', 'approx', 'no-place', HF);
p('figure', 'CN22', '22年国务院报告 种粮农民一次性补贴发了多少钱', F('保障农资供应,对种粮农民一次性发放200亿元补贴', [200, '亿元']), 'two-digit-year', 'colloquial', 'no-place', HF);
p('figure', 'HZ24', '杭州23年有多少家企业接入了新型互联网交换中心', F('新型互联网交换中心应用,完成230家企业接入', [230, '家']), 'two-digit-year', HF);
p('figure', 'QT25', '钱塘前年新建了多少处省市基层体育场地设施', F('非遗馆开馆运营,新建省市基层体育场地设施15处', [15, '处']), 'relative-year', HF);
p('figure', 'GS23', '拱墅22年完成了几个污水零直排省定小区的提标改造', F('巩固提升污水零直排成效,完成20个污水零直排省定小区提标改造工程', [20, '个']), 'two-digit-year', 'colloquial', HF);
p('figure', 'FJ25', '福建前年有多少户灾后重建户搬进新家了', F('最大限度减少了损失,725户灾后重建户全部搬入新居', [725, '户']), 'relative-year', 'colloquial', HF);
p('target', 'SD26', '山东今年打算培育多少个智慧农业场景', F('建设小麦人工智能育种平台,培育智慧农业场景100个', [100, '个']), 'target', 'relative-year', HF);
p('target', 'GD26', '粤今年要募集多少个就业见习岗位', F('全年募集就业见习岗位超6万个', [6, '万个']), 'target', 'relative-year', 'short-name', 'short', HF);
p('target', 'ZJ26', '浙江今年民生实事 群众身边的体育场地设施要新建改建多少个', F('新建改建和维护提升群众身边的体育场地设施1万个', [1, '万个']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'AH26', '安徽今年省级科技创新攻坚计划项目准备上多少项', F('强化科技财政资金统筹,实施省级科技创新攻坚计划项目100项以上', [100, '项']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'HN25', '湖南去年计划建多少所乡镇标准化寄宿制学校', F('建设乡镇标准化寄宿制学校300所', [300, '所']), 'target', 'relative-year', HF);
p('target', 'QT25', '钱塘25年打算新引育多少名市级以上海外领军人才', F('新引育市级以上海外领军人才50名', [50, '名']), 'target', 'two-digit-year', HF);
p('target', 'GS23', '拱墅23年省级专精特新企业的新增目标是几家', F('省科技型中小企业200家以上,省级专精特新企业10家', [10, '家']), 'target', 'two-digit-year', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'SD26', '山东去年争取到的国家政策性资金支持了多少个项目', F('新争取国家政策性资金4700多亿元,支持项目4200余个', [4200, '个']), 'relative-year', 'after-other', 'approx', HF);
s('figure', 'SD26', '鲁去年重大科技攻关里企业牵头的比例有多高', F('实施167项重大科技攻关,企业牵头比例超过85%', pct(85)), 'relative-year', 'after-other', 'short-name', HF);
s('figure', 'SD26', '山东十四五期间高等教育毛入学率提高了几个百分点', F('新增康复大学等高校14所,高等教育毛入学率提升6.2个百分点', [6.2, '个百分点']), 'plan-period', 'after-other', HF);
s('figure', 'FJ26', '福建去年有多少脱贫人口实现了稳岗就业', F('退役军人就业服务精准高效,13.2万脱贫人口实现稳岗就业', [13.2, '万']), 'relative-year', 'after-other', HF);
s('figure', 'FJ26', '福建去年临时救助了多少人次', F('实施医疗救助613.7万人次、临时救助19万人次', [19, '万人次']), 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'GD26', '广东去年国际集装箱班轮航线增加到多少条了', F('民航国际及地区通航点增至159个,国际集装箱班轮航线增至496条', [496, '条']), 'relative-year', 'second-of-pair', HF);
s('figure', 'BJ25', '北京前年粮食单产提高了百分之多少', F('建成高标准农田13.5万亩,粮食单产提高14.5%', pct(14.5)), 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'ZJ26', '浙江去年关停压缩了多少个僵尸应用', F('等35个省级重大应用,关闭压缩“僵尸”应用71个', [71, '个']), 'relative-year', 'after-other', HF);
s('figure', 'ZJ26', '浙江去年建成的老年助餐点有多少个', F('床位23.1万张,建成老年助餐点1.18万个', [1.18, '万个']), 'relative-year', 'after-other', HF);
s('figure', 'SH26', '上海去年新增了几座公园', F('下降7.4%,新增公园127座', [127, '座']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'AH25', '安徽前年智能算力增长了多少', F('全省智能算力达1.6万P、增长130%', pct(130)), 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'HN25', '湖南前年绿色智能计算产业产值突破了多少亿', F('绿色智能计算产业产值增长19.2%、突破8500亿元', [8500, '亿元']), 'relative-year', 'second-of-pair', HF);
s('figure', 'JS25', '江苏前年绿电交易量涨了多少', F('新型储能项目规模达665万千瓦,绿电交易量增长144%', pct(144)), 'relative-year', 'after-other', 'short', HF);
s('figure', 'GS23', '拱墅22年新增了多少张认知症专区照护床位', F('智慧养老院1家,新增认知症专区照护床位187张', [187, '张']), 'two-digit-year', 'after-other', HF);
s('figure', 'QT25', '钱塘前年认定了几家市级未来工厂', F('分别培育、认定市级未来工厂32家、12家', [12, '家']), 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'FJ25', '福建前年建了多少家线下零工驿站', F('建成10个线上零工平台、727家线下零工驿站', [727, '家']), 'relative-year', 'second-of-pair', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'SD26', 'shandong, 14th FYP: general public budget revenue growth over the 5 yrs?', F('一般公共预算收入累计完成3.7万亿元,5年增长18.7%', pct(18.7)), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'SD26', 'how many high-tech firms did shandong add over the 14th five-year plan', F('高新技术企业5年增加2万多家', [2, '万家']), 'plan-period', 'lowercase', 'approx', HF);
e('target', 'SD26', 'sd 2026 target for above-scale high-tech enterprises?', F('力争规上高新技术企业达到1.8万家', [1.8, '万家']), 'target', 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'GD26', 'gd 2025 — size of the new provincial strategic emerging industries guidance fund?', F('组建总规模1000亿元的省战略性新兴产业投资引导基金', [1000, '亿元']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'GD26', "guangdong SOEs: how much did total assets of local state-owned firms grow over the 14th FYP?", F('全省地方国资监管企业资产总额五年增长64.1%', pct(64.1)), 'plan-period', 'abbreviation', HF);
e('figure', 'GD26', 'Guangdong 2021-25 review: number of workers from other provinces in stable jobs there?', F('约占全国1/10,4386万名异地务工人员在粤稳定就业', [4386, '万']), 'plan-period', HF);
e('target', 'GD26', "gd livelihood projects 2026: how many babies/toddlers get the childcare subsidy?", F('为超300万名婴幼儿发放育儿补贴', [300, '万']), 'target', 'year', 'lowercase', 'abbreviation', 'approx', HF);
e('figure', 'FJ26', 'fujian "jinfuyun" platform — financing for the real economy in 2025?', F('“金服云”服务实体融资1.58万亿元', [1.58, '万亿元']), 'year', 'lowercase', 'pinyin', 'short', HF);
e('figure', 'FJ26', "fujian's trade with belt and road countries over the 14th FYP, total?", F('与共建“一带一路”国家进出口贸易额突破5万亿元', [5, '万亿元']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'FJ25', 'fujian 2024 — how much unemployment insurance premium was cut?', F('减收失业保险费62.7亿元', [62.7, '亿元']), 'year', 'lowercase', HF);
e('figure', 'AH26', "anhui over the 14th FYP: number of market entities (jingying zhuti) and how much it grew?", F('稳就业,全省经营主体超850万户、增长45%', [850, '万户'], pct(45)), 'plan-period', 'lowercase', 'abbreviation', 'pinyin', HF);
e('figure', 'AH26', 'anhui 2025 "get one thing done efficiently" reform: cut in avg number of trips ppl make?', F('上线运行70个重点事项,平均跑动次数减少93%', pct(93)), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'AH25', "anhui's 'grow together' finance scheme for sci-tech firms: how many companies benefited in 2024", F('扩面实施金融支持科创企业“共同成长计划”,惠及企业1.2万家', [1.2, '万家']), 'year', 'lowercase', HF);
e('figure', 'BJ25', 'beijing 2024 ice & snow sports participation, person-times?', F('举办群众赛事活动3.8万场,冰雪运动参与人次超630万', [630, '万']), 'year', 'lowercase', 'short', HF);
e('figure', 'BJ26', 'Beijing cut urban-rural construction land by how much over the past five years?', F('城乡建设用地规模减量约50平方公里', [50, '平方公里']), 'plan-period', 'approx', HF);
e('figure', 'BJ26', 'bj 2025: how many innovative drugs and devices were approved for market?', F('新能源汽车年产量近70万辆,34款创新药械获批上市', [34, '款']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'CN25', "china's FX reserves at end-2024, per the 2025 govt work report?", F('国际市场份额稳中有升,外汇储备超过3.2万亿美元', [3.2, '万亿美元']), 'year', 'abbreviation', 'no-place', HF);
e('target', 'CN25', '2025 gov work report: total new govt debt, up how much from 2024?', F('新增政府债务总规模11.86万亿元、比上年增加2.9万亿元', [2.9, '万亿元']), 'target', 'year', 'lowercase', 'abbreviation', 'no-place', HF);
e('figure', 'CN23', '2023 work report: rural ppl who got urban hukou over the decade?', F('分类放宽或取消城镇落户限制,十年1.4亿农村人口在城镇落户', [1.4, '亿']), 'year', 'lowercase', 'abbreviation', 'no-place', 'pinyin', HF);
e('figure', 'CN24', '2024 state council report: how many students benefited from the higher student-loan caps + lower rates in 2023?', F('做好“双减”工作,国家助学贷款提标降息惠及1100多万学生', [1100, '万']), 'year', 'lowercase', 'no-place', 'approx', HF);
e('figure', 'HN25', 'hunan 2024: # of major requests to the central govt that got support?', F('超前谋划50个重大请求事项获国家支持', [50, '个']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'YN25', 'yunnan 2024 inbound overnight visitors — growth %?', F('接待入境过夜游客增长168%', pct(168)), 'year', 'lowercase', 'short', HF);
e('figure', 'YN25', 'how many financial envoys (jinrong tepaiyuan) did yunnan send out in 2024', F('选派552名金融特派员', [552, '名']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'JL25', 'jilin: how many yrs in a row with no major forest fire, as of 2024?', F('未发生重大及以上事故,连续44年无重大森林火灾', [44, '年']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'JS26', 'jiangsu 14th FYP: # of cases picked as national "get one thing done" models?', F('积极服务建设全国统一大市场,16个案例入选全国“高效办成一件事”典型', [16, '个']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'JS25', "jiangsu's 'yihuibao no.1' health insurance — enrolment in 2024?", F('“江苏医惠保1号”超500万人参保', [500, '万人']), 'year', 'lowercase', 'pinyin', 'short', HF);
e('figure', 'SH26', 'shanghai 2025 tax-refund-on-departure shops: how many now & growth?', F('全市离境退税商店达到1837家、增长136%', [1837, '家'], pct(136)), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'ZJ25', 'zj 2024 no-principal-repayment loan renewals: outstanding balance and yoy growth?', F('全省无还本续贷余额1.7万亿元、增长34.9%', [1.7, '万亿元'], pct(34.9)), 'year', 'lowercase', 'abbreviation', HF);
e('target', 'ZJ26', 'zhejiang 2026 plan: how many big commercial shows and major sports events?', F('举办大型营业性演出100场、重大体育赛事200场', [100, '场'], [200, '场']), 'target', 'year', 'lowercase', HF);
e('figure', 'QT25', 'qiantang 2024 — projects worth 100m yuan+ that landed?', F('落地亿元以上项目67个', [67, '个']), 'year', 'lowercase', 'short', HF);
e('figure', 'HZ24', 'hangzhou 2023 birth subsidies (pregnancy + childcare) paid out, total?', F('出台生育补助政策,发放孕产、育儿补助1.56亿元', [1.56, '亿元']), 'year', 'lowercase', 'short', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('ruoqiang county (xinjiang) fiscal revenue last yr?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe('qiemo 2024 tourist arrivals, how many?', 'nf-place', 'year', 'lowercase', 'short');
nfe("what was shandong's grain output in 1934", 'nf-year', 'year', 'lowercase');
nfe('How many teahouses are there in Chengdu?', 'nf-indicator');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['CN25', 'CN24'], '地方专项债额度 24年25年分别定的多少', F(['拟安排地方政府专项债券4.4万亿元', '拟安排地方政府专项债券3.9万亿元'], [4.4, '万亿元'], [3.9, '万亿元']), 'target', 'two-digit-year', 'one-place-two-years', 'no-place', HF);
f('trend', 'trend-ask', ['GD26', 'GD25'], '广东高速公路服务区 去年和今年各计划新建改造提升多少个', F(['新建和加密建设、改造提升24个高速公路服务区', '新建和加密建设、改造提升高速公路服务区超26个'], [24, '个'], [26, '个']), 'target', 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['AH26', 'AH25'], '安徽去年和今年分别计划新增多少高技能人才', F(['以上,新增高技能人才10万人', '开展大规模职业技能培训,新培育高技能人才12万人'], [10, '万人'], [12, '万人']), 'target', 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['SD26', 'SD25'], '山东高铁里程 前年底突破了多少公里 今年的目标又是多少', F(['今年建成雄商、济滨高铁,高铁里程突破3400公里', '济青高铁加快“公交化”运行,高铁通车里程突破3000公里'], [3400, '公里'], [3000, '公里']), 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', 'CN23', '23年报告说实物商品网上零售额占社零的比重 五年里从多少升到了多少', F('实物商品网上零售额占社会消费品零售总额的比重从15.8%提高到27.2%', pct(27.2), pct(15.8)), 'two-digit-year', 'five-year-review', 'from-to', 'abbreviation', 'no-place', HF);
f('trend', 'trend-ask', ['SH26', 'SH25'], '上海机关企事业单位附属空间对外开放 去年和今年各计划推动多少个', F(['推动20个机关、企事业单位附属空间对社会开放共享', '杆箱整治,推动40个机关、企事业单位附属空间对社会开放共享'], [20, '个'], [40, '个']), 'target', 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['GD26', 'GD25'], '广东全省接待游客 前年和去年分别是多少人次', F(['预计全年接待游客9.6亿人次', '横琴长隆入选国家级旅游度假区,全省接待游客超8亿人次'], [9.6, '亿人次'], [8, '亿人次']), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['SD26', 'SD25'], '山东全网用电负荷破亿的天数 前年和去年各有多少天', F(['成功应对全网用电负荷129天超1亿千瓦考验', '迎峰度夏期间,成功应对全网用电负荷39天破亿'], [129, '天'], [39, '天']), 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('comparison', 'comparison-ask', ['GD25', 'JS25'], '前年新建和改造的高标准农田 广东和江苏哪个多', F(['实施42宗大中型灌区改造,新建和改造提升112万亩高标准农田', '耕地总量连续3年净增加,新建和改造高标准农田298万亩'], [112, '万亩'], [298, '万亩']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['ZJ26', 'JS26'], '今年省级概念验证中心 浙江和江苏谁计划新增得多', F(['新认定省级概念验证中心20家', '“双高协同”,新建10家省级概念验证中心'], [20, '家'], [10, '家']), 'two-places', 'which-higher', 'target', 'relative-year', HF);
f('comparison', 'comparison-ask', ['GD26', 'SD26'], '今年幸福河湖建设 广东和山东各打算搞多少个', F(['推动建设超100条(个)幸福河湖', '新增省级幸福河湖70个'], [100, '条'], [70, '个']), 'two-places', 'which-higher', 'target', 'relative-year', 'colloquial', HF);
f('comparison', 'comparison-ask', ['SD26', 'GD26'], '美丽乡村整县建成比例 今年山东和广东的目标谁定得高', F(['建设美丽城市,美丽乡村整县建成比例达到30%', '深化人居环境整治和风貌提升,整县建成美丽乡村比例提高到40%'], pct(30), pct(40)), 'two-places', 'which-higher', 'target', 'relative-year', HF);
f('superlative', 'ranking-ask', 'FJ26', '哪个省的省政府门户网站评估连着4年拿了全国第一', F('省政府门户网站评估连续4年全国第一', [4, '年']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'JS26', '两化融合发展水平指数连续11年全国第一 是哪个省', F('两化融合发展水平指数连续11年全国第一', [11, '年']), 'across-reports', 'short', HF);
f('superlative', 'ranking-ask', 'GD25', '创新指数连续5年排全球第二的是哪个科技集群', F('“深圳—香港—广州”科技集群创新指数连续5年居全球第二', [5, '年']), 'across-reports', 'colloquial', HF);
f('superlative', 'ranking-ask', 'HZ24', '国家级孵化器数量连续11年在省会和副省级城市里排第一的是哪个城市', F('总数达65家,连续11年保持省会城市、副省级城市第一', [11, '年']), 'across-reports', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'GD25', '广东前年一共扛了几轮强降水 几个台风', F('时间长,经受了25轮强降水和10个台风影响', [25, '轮'], [10, '个']), 'relative-year', 'colloquial', HF);
f('multi', 'multi-ask', 'CN23', '23年报告里 全国和自贸试验区的外资负面清单条数分别压减了多少', F('全国和自由贸易试验区负面清单条数分别压减51%、72%', pct(51), pct(72)), 'two-digit-year', 'five-year-review', 'no-place', HF);
f('multi', 'multi-ask', 'FJ26', '福建十四五期间建成了多少个国家级和省级区域医疗中心', F('健康福建建设全面推进,建成8个国家级、13个省级区域医疗中心', [8, '个'], [13, '个']), 'plan-period', HF);
f('multi', 'multi-ask', 'GD26', '广东今年重点建设的绿美点和绿美带各有多少', F('重点建设40个绿美点和6条绿美带', [40, '个'], [6, '条']), 'target', 'relative-year', HF);
f('multi', 'multi-ask', 'GS23', '拱墅22年出让的经营性用地和工业用地各多少亩', F('着力拓宽发展空间,出让经营性用地14宗515亩、工业用地4宗99亩', [515, '亩'], [99, '亩']), 'two-digit-year', HF);
f('overview', 'overview-ask', 'GD25', '粤前年经济大盘 用一句话说说', { ...F('预计全省地区生产总值迈上14万亿元新台阶、连续36年居全国首位'), lead: 14 }, 'relative-year', 'short-name', 'colloquial', 'short');
f('overview', 'overview-ask', 'BJ25', 'beijing 2024 economy — the top line?', { ...F('预计全市地区生产总值增长5.2%左右'), lead: 5.2 }, 'en', 'year', 'lowercase', 'short');
f('outline', 'outline-ask', 'GD25', '广东去年的政府工作报告 全年工作安排分成哪几个方面', O('GD25'), 'relative-year');
f('outline', 'outline-ask', 'FJ25', '福建去年报告里 当年的重点任务有哪几条主线', O('FJ25'), 'relative-year', 'colloquial');
f('outline', 'outline-ask', 'CN23', "2023 govt work report: what were that year's main lines of work, in order?", O('CN23'), 'en', 'year', 'lowercase', 'no-place');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('额尔古纳去年旅游收入有多少', 'nf-place', 'relative-year', 'short');
nf('根河前年森林覆盖率是多少', 'nf-place', 'relative-year', 'short');
nf('扎兰屯今年GDP增速目标定了多少', 'nf-place', 'relative-year', 'target', 'abbreviation', 'colloquial');
nf('阿拉山口口岸去年过货量多少万吨', 'nf-place', 'relative-year');
nf('塔什库尔干前年接待了多少游客', 'nf-place', 'relative-year', 'short');
nf('精河24年枸杞产量多少', 'nf-place', 'two-digit-year', 'short');
nf('东宁25年对俄贸易额是多少', 'nf-place', 'two-digit-year');
nf('嘉荫前年常住人口有多少', 'nf-place', 'relative-year', 'short');
nf('1907年上海有多少人口', 'nf-year', 'year', 'short');
nf('1919年北京有几所中学', 'nf-year', 'year', 'short');
nf('广州现在有多少家射箭馆', 'nf-indicator', 'colloquial', 'short');
nf('深圳去年新开了几家蹦床公园', 'nf-indicator', 'relative-year', 'colloquial');
nf('苏州有多少家陶艺工作室', 'nf-indicator', 'short');
nf('杭州前年一共有几个卡丁车场', 'nf-indicator', 'relative-year', 'colloquial');

// ---- 3. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('山东十四五这几年生态环境改善得怎么样'),
  T('万元GDP用水量降了多少', 'figure', 'SD26', F('碳排放强度下降20.5%,万元生产总值用水量下降22%', pct(22)), 'elliptical', 'abbreviation', 'plan-period', HF),
  T('空气优良天数比例呢', 'figure', 'SD26', F('空气优良天数比例达到77.8%', pct(77.8)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('广东前年招商引资有啥大动作'),
  T('大湾区全球招商大会签了多少个项目', 'figure', 'GD25', F('第三届大湾区全球招商大会达成投资项目1933个', [1933, '个']), 'elliptical', HF),
  T('总金额呢', 'figure', 'GD25', F('达成投资项目1933个、总金额2.26万亿元', [2.26, '万亿元']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('浙江前年经营主体发展得怎么样'),
  T('总量到了多少户', 'figure', 'ZJ25', F('持续激发市场活力,全省经营主体达1095.2万户', [1095.2, '万户']), 'elliptical', 'short', HF),
  T('其中企业有多少', 'figure', 'ZJ25', F('增长5.9%,其中企业380.8万户', [380.8, '万户']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('上海去年养老服务做了哪些事'),
  T('养老床位新增了多少张', 'figure', 'SH26', F('新增养老床位3852张', [3852, '张']), 'elliptical', HF),
  T('那认知障碍照护床位呢', 'figure', 'SH26', F('新增养老床位3852张、认知障碍照护床位3326张', [3326, '张']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('北京前年科技创新成绩单'),
  T('国家科学技术奖拿的占全国多大比例', 'figure', 'BJ25', F('北京地区获评国家科学技术奖58项、占全国28.7%', pct(28.7)), 'elliptical', 'colloquial', HF),
  T('大模型备案上线了多少款', 'figure', 'BJ25', F('正式发布,备案上线大模型105款', [105, '款']), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('地方政府专项债券每年安排多少'),
  T('22年安排的是多少', 'target', 'CN22', F('今年拟安排地方政府专项债券3.65万亿元', [3.65, '万亿元']), 'elliptical', 'target', 'two-digit-year', 'no-place', 'short', HF),
  T('那23年呢', 'target', 'CN23', F('今年拟安排地方政府专项债券3.8万亿元', [3.8, '万亿元']), 'elliptical', 'target', 'two-digit-year', 'year-switch', 'no-place', 'short', HF),
]);
conv([
  T('各省的国家先进制造业集群'),
  T('湖南前年新进的那个 是湖南第几个国家先进制造业集群', 'figure', 'HN25', F('衡长株潭特高压输变电装备成为我省第5个国家先进制造业集群', [5, '个']), 'elliptical', 'relative-year', 'colloquial', HF),
  T('福建十四五期间新增了几个', 'figure', 'FJ26', F('支柱产业规模不断壮大,新增2个国家先进制造业集群', [2, '个']), 'elliptical', 'place-switch', 'plan-period', 'short', HF),
]);
conv([
  T('云南去年十项民生实事里 就业和法律援助这两块'),
  T('给重点就业群体新发的创业担保贷款不低于多少', 'target', 'YN25', F('对10类重点就业群体新发放创业担保贷款不低于80亿元', [80, '亿元']), 'elliptical', 'target', HF),
  T('要支持多少人创业', 'target', 'YN25', F('不低于80亿元,支持不低于4万人创业', [4, '万人']), 'elliptical', 'target', 'indicator-switch', 'short', HF),
  T('法律援助案件计划办多少件', 'target', 'YN25', F('办理各类法律援助案件8万件', [8, '万件']), 'elliptical', 'target', 'topic-switch', HF),
]);
conv([
  T('广东十四五一共建了多少个国家现代农业产业园'),
  T('不对 我要问的是国家优势特色产业集群 有几个', 'figure', 'GD26', F('累计建设24个国家现代农业产业园、12个国家优势特色产业集群', [12, '个']), 'elliptical', 'self-correction', 'indicator-switch', HF),
  T('农村规模化供水工程的覆盖人口比例到了多少', 'figure', 'GD26', F('行政村通双车道公路覆盖率达94%,农村规模化供水工程覆盖人口比例达90.5%', pct(90.5)), 'elliptical', 'topic-switch', 'plan-period', HF),
]);
conv([
  T('江苏十四五期间生态环境有啥变化'),
  T('长江自然岸线率现在多少', 'figure', 'JS26', F('水质连续8年稳定在II类,自然岸线率达64.5%', pct(64.5)), 'elliptical', 'short', HF),
  T('另外问个事 湖南前年技术合同成交额涨了多少', 'figure', 'HN25', F('中试基地20家,技术合同成交额增长20.2%', pct(20.2)), 'no-inherit', 'place-switch', 'relative-year', HF),
]);
conv([
  T('吉林前年新登记的经营主体有多少户'),
  T('那塔河呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('算了还是说吉林 前年落实的支持民营经济发展政策是多少条', 'figure', 'JL25', F('落实支持民营经济发展“31条”政策', [31, '条']), 'elliptical', 'after-not-found', 'relative-year', HF),
]);
conv([
  T('安徽十四五期间投资结构怎么样'),
  T('制造业投资这五年年均涨了多少', 'figure', 'AH26', F('制造业投资年均增长12.2%', pct(12.2)), 'elliptical', 'plan-period', HF),
  T('那技改投资年均呢', 'figure', 'AH26', F('制造业投资年均增长12.2%,技改投资年均增长14.1%', pct(14.1)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('山东前年群众文化体育活动开展得咋样'),
  T('小戏小剧那类文化惠民活动办了多少场', 'figure', 'SD25', F('开展群众性小戏小剧等文化惠民活动50余万场', [50, '万场']), 'elliptical', 'approx', HF),
  T('好运山东群众赛事活动呢', 'figure', 'SD25', F('开展“好运山东”群众赛事活动8万余场', [8, '万场']), 'elliptical', 'indicator-switch', 'approx', 'short', HF),
]);
conv([
  T('广东今年民生实事里普通高中这块有啥安排'),
  T('支持多少所县域公办普通高中补短板', 'target', 'GD26', F('支持超10所县域公办普通高中补短板', [10, '所']), 'elliptical', 'target', HF),
  T('能惠及多少学生', 'target', 'GD26', F('照明灯具等基本设备,惠及超3万名学生', [3, '万名']), 'elliptical', 'target', 'indicator-switch', 'short', HF),
]);
conv([
  T('江苏前年文化这块有啥亮点'),
  T('国家历史文化名城现在有几座', 'figure', 'JS25', F('加快文旅体育事业和产业发展,国家历史文化名城达14座', [14, '座']), 'elliptical', HF),
  T('进全国文化企业30强的有几家', 'figure', 'JS25', F('荣获国家级奖项,4家企业入选全国文化企业30强', [4, '家']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('23年报告回顾五年 简政放权方面'),
  T('取消和下放了多少项行政许可事项', 'figure', 'CN23', F('多年来取消和下放行政许可事项1000多项', [1000, '项']), 'elliptical', 'five-year-review', 'approx', 'no-place', HF),
  T('市场准入负面清单的管理措施压减了多少', 'figure', 'CN23', F('清单管理措施比制度建立之初压减64%', pct(64)), 'elliptical', 'indicator-switch', 'five-year-review', 'no-place', HF),
]);
conv([
  T('杭州23年酒店住宿市场怎么样'),
  T('住宿设施一共接待了多少游客', 'figure', 'HZ24', F('全市住宿设施共接待游客371.8万人次', [371.8, '万人次']), 'elliptical', HF),
  T('这个数比上一年多了百分之几', 'figure', 'HZ24', F('共接待游客371.8万人次,增长24.8%', pct(24.8)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('拱墅22年拆违工作'),
  T('拆了多少处违法建筑', 'figure', 'GS23', F('全年累计拆除各类违法建筑1553处', [1553, '处']), 'elliptical', 'short', HF),
  T('面积一共多大', 'figure', 'GS23', F('拆除各类违法建筑1553处、22.81万平方米', [22.81, '万平方米']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('各地的未来产业先导区'),
  T('浙江去年新培育了几个省级未来产业先导区', 'figure', 'ZJ26', F('科学布局未来产业,新培育省级未来产业先导区13个', [13, '个']), 'elliptical', 'relative-year', HF),
  T('那安徽前年首批筹建了几个', 'figure', 'AH25', F('未来产业培育工程,筹建首批10个省级先导区', [10, '个']), 'elliptical', 'place-switch', 'relative-year', 'short', HF),
]);
conv([
  T('浙江去年政务系统集约运维改革进展'),
  T('首批有多少家省级部门运维集中管理了', 'figure', 'ZJ26', F('稳步推进集约运维改革,首批17家省级部门运维实现集中管理', [17, '家']), 'elliptical', 'relative-year', HF),
  T('经费下降了多少', 'figure', 'ZJ26', F('首批17家省级部门运维实现集中管理、经费下降28%', pct(28)), 'elliptical', 'indicator-switch', 'short', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  额尔古纳: ['额尔古纳', 'Erguna'],
  根河: ['根河', 'Genhe'],
  扎兰屯: ['扎兰屯', 'Zhalantun'],
  阿拉山口: ['阿拉山口', 'Alashankou'],
  塔什库尔干: ['塔什库尔干', 'Tashkurgan'],
  精河: ['精河', 'Jinghe'],
  东宁: ['东宁', 'Dongning'],
  嘉荫: ['嘉荫', 'Jiayin'],
  塔河: ['塔河', 'Tahe'],
  ruoqiang: ['若羌', 'Ruoqiang', 'Charkhlik'],
  qiemo: ['且末', 'Qiemo'],
  1907: ['1907'],
  1919: ['1919'],
  1934: ['1934'],
  射箭: ['射箭', 'archery'],
  蹦床: ['蹦床', 'trampoline'],
  陶艺: ['陶艺', 'pottery'],
  卡丁车: ['卡丁车', 'karting', 'go-kart'],
  teahouse: ['茶馆', 'teahouse'],
};

// Never a fact that fresh-am's or fresh-an's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-am/am-heldout.jsonl', 'eval/fresh-an/an-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-am's or fresh-an's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'ao', last: 'an', notAnswerableWords: NF_WORDS });
