#!/usr/bin/env node
// Writes the fresh-au sets: eval/fresh-au/au-tune.jsonl and eval/fresh-au/au-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-au/make.mjs [--check]
//
// A thirty-fifth held-out question set written BEFORE any fix, as fresh-m … fresh-at, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'at'`, so fresh-at's tune file is an earlier tune file, and no cite may meet fresh-as's or fresh-at's held-out
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
p('figure', 'CN22', '21年银行业普惠小微企业贷款涨了多少 22年报告里那个数', F('银行业金融机构普惠小微企业贷款增长27.3%', pct(27.3)), 'two-digit-year', 'no-place', 'colloquial', HF);
p('figure', 'SD26', '山东去年原油这些大宗商品进口涨了多少', F('原油等大宗商品进口增长5.8%', pct(5.8)), 'relative-year', 'colloquial', 'short', HF);
p('target', 'GS23', '拱墅23年森林覆盖率要稳在多少以上', F('森林覆盖率稳定在24.5%以上', pct(24.5)), 'target', 'two-digit-year', 'short', HF);
p('target', 'GS23', '拱墅23年计划 街道这一级的助联体完成率要到多少', F('力争全区助联体完成率街道级达100%', pct(100)), 'target', 'two-digit-year', 'colloquial', HF);
p('figure', 'HZ24', '杭州23年跟上海临港合作 引进了几个上海的产业项目', F('引进上海优质生物医药、智能物联产业项目22个', [22, '个']), 'two-digit-year', 'colloquial', HF);
p('figure', 'SH26', '上海十四五期间对标世行营商环境 那个企业调查一共有多少项测评点', F('世界银行营商环境对标改革取得显著成绩,企业调查59项测评点', [59, '项']), 'plan-period', 'colloquial', HF);
p('figure', 'HN25', '湖南前年绿色智能计算产业产值的增速是多少', F('绿色智能计算产业产值增长19.2%', pct(19.2)), 'relative-year', HF);
p('figure', 'QT21', '钱塘新区成立以来 行政服务中心的窗口压减了多少', F('行政服务中心窗口压减50%', pct(50)), 'since-founding', 'colloquial', HF);
p('figure', 'FJ25', '福建前年率先上线的高效办成一件事 两批一共几件', F('在全国率先上线两批21件“高效办成一件事”', [21, '件']), 'relative-year', 'colloquial', HF);
p('figure', 'FJ25', '福建前年学校应急疏散演练覆盖到多少了', F('实现学校应急疏散演练100%全覆盖', pct(100)), 'relative-year', 'short', HF);
p('target', 'FJ26', '福建今年要完成几个整县推进美丽乡村建设', F('南平等地率先建设美丽城市,完成10个整县推进美丽乡村建设', [10, '个']), 'target', 'relative-year', HF);
p('figure', 'GD25', '广东省委全会前年系统部署了多少项具体改革举措', F('系统部署500多项具体改革举措', [500, '项']), 'relative-year', 'approx', HF);
p('target', 'HZ24', '杭州24年市重点建设 计划新开工多少个项目', F('实施项目中,计划新开工项目131个', [131, '个']), 'target', 'two-digit-year', 'short', HF);
p('figure', 'AH25', '安徽前年汽车产量涨了多少', F('汽车产量继续保持40%以上增长', pct(40)), 'relative-year', 'short', HF);
p('target', 'AH25', '安徽去年要培育多少个皖美消费新场景', F('实施数字消费提升行动,培育皖美消费新场景100个', [100, '个']), 'target', 'relative-year', HF);
p('target', 'SD25', '山东去年要培育几家国家级环保装备制造规范企业', F('培育国家级环保装备制造规范企业10家左右', [10, '家']), 'target', 'relative-year', 'approx', HF);
p('target', 'GS25', '拱墅去年放心消费承诺单位要发展到多少家', F('费承诺单位6900家以上', [6900, '家']), 'target', 'relative-year', 'colloquial', HF);
p('figure', 'GD25', '前海前年推出了几项全国首创首批的金融政策', F('前海实施14项全国“首创”、“首批”金融政策', [14, '项']), 'relative-year', 'no-place', HF);
p('target', 'HZ24', '杭州24年要打造几条产值10亿以上的县域富民产业链', F('打造单条产值10亿元以上的县域富民优势特色产业链10条', [10, '条']), 'target', 'two-digit-year', 'colloquial', HF);
p('figure', 'FJ25', '福建前年纪念陈嘉庚先生诞辰 是多少周年', F('纪念陈嘉庚先生诞辰150周年', [150, '周年']), 'relative-year', 'colloquial', HF);
p('target', 'FJ25', '福建去年计划培训多少人次养老服务从业人员', F('培训养老服务从业人员1万人次', [1, '万人次']), 'target', 'relative-year', HF);
p('target', 'GD25', '广东去年城镇供排水管网计划新增改造多少公里', F('新增改造城镇供排水管网超2000公里', [2000, '公里']), 'target', 'relative-year', HF);
p('figure', 'SD25', '山东前年建成了几个高速公路项目', F('临淄至临沂、济菏高速改扩建等8个项目建成', [8, '个']), 'relative-year', 'short', HF);
p('target', 'SD25', '山东去年要建多少个省级良种繁育基地', F('建设省级良种繁育基地50个', [50, '个']), 'target', 'relative-year', 'short', HF);
p('target', 'ZJ25', '浙江去年县城要滚动推进多少个重大项目', F('提升县城承载能力,滚动推进重大项目500个以上', [500, '个']), 'target', 'relative-year', HF);
p('target', 'JS25', '江苏去年要构建的未来产业体系 是几加X', F('加快构建“10+X”未来产业体系', [10]), 'target', 'relative-year', 'colloquial', HF);
p('target', 'SD26', '济青都市圈今年要推进多少个标志性工程', F('完善济青都市圈联动发展机制,推进100个标志性工程', [100, '个']), 'target', 'relative-year', 'no-place', HF);
p('target', 'FJ25', '福建去年非遗保护这块 国家级的文化生态保护区要建好几个', F('实施非遗保护传承发展工程,建好2个国家级', [2, '个']), 'target', 'relative-year', HF);
p('figure', 'GD26', '广东十四五期间 省级纵向支持组团有多少个', F('新一轮市际横向帮扶协作投入帮扶资金179亿元,62个省级纵向支持组团实施重点项目', [62, '个']), 'plan-period', 'colloquial', HF);
p('target', 'HN25', '湖南去年落实的那个两个几%的科研激励政策 具体是百分之多少', F('落实“两个70%”激励政策', pct(70)), 'target', 'relative-year', 'colloquial', HF);
p('target', 'GD26', '广东26年报告讲十五五 政府工作要重点把握好几个方面', F('政府工作中,我们要重点把握好5个方面', [5, '个']), 'plan-period', 'two-digit-year', 'colloquial', HF);
p('figure', 'GD25', '广东前年终端用户电费成本降了多少', F('完成工业园区转供电改造、终端用户电费成本降低10%', pct(10)), 'relative-year', 'short', HF);
p('figure', 'JS25', '江苏25年报告结尾说要汇聚多少万江苏人民的奋进力量', F('只要我们勠力同心汇聚8500万江苏人民的奋进力量', [8500, '万']), 'two-digit-year', 'colloquial', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'SD25', '山东前年智能算力占比超过多少了', F('5G基站达到24.2万个,智能算力比例超过30%', pct(30)), 'relative-year', 'after-other', 'short', HF);
s('target', 'GS23', '拱墅23年计划回迁安置多少户', F('竣工安置房项目8个,回迁安置2260户', [2260, '户']), 'target', 'two-digit-year', 'second-of-pair', 'short', HF);
s('target', 'GS23', '拱墅23年加快推进的储鑫路丽水路那批道路 总长多少公里', F('加快推进储鑫路、丽水路等99条54.7公里道路建设', [54.7, '公里']), 'target', 'two-digit-year', 'second-of-pair', HF);
s('figure', 'FJ25', '福建前年省重点项目一共有多少个', F('支持“两重”等项目建设,1593个省重点项目完成投资', [1593, '个']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'FJ26', '福建去年新开的那些高速服务区出入口 累计惠及多少个乡镇', F('累计惠及80个乡镇近300万群众', [80, '个']), 'relative-year', 'after-other', HF);
s('figure', 'GD26', '广东去年接待游客人次比上年涨了多少', F('预计全年接待游客9.6亿人次、增长10.3%', pct(10.3)), 'relative-year', 'second-of-pair', 'approx', HF);
s('figure', 'ZJ26', '浙江十四五这五年道路交通事故起数降了多少', F('道路交通事故起数和死亡人数分别下降1.8%', pct(1.8)), 'plan-period', 'after-other', HF);
s('target', 'AH26', '安徽今年CPI涨幅目标定的多少', F('居民消费价格指数上涨2%左右', pct(2)), 'target', 'relative-year', 'after-other', 'abbreviation', 'short', HF);
s('target', 'GS23', '拱墅23年除了社区卫生服务中心 还要提升改造几家站点', F('提升改造3家社区卫生服务中心、2家站点', [2, '家']), 'target', 'two-digit-year', 'second-of-pair', 'colloquial', HF);
s('figure', 'GS23', '拱墅22年建成了几家智慧养老院', F('建成康养联合体6个、智慧养老院1家', [1, '家']), 'two-digit-year', 'after-other', 'short', HF);
s('target', 'YN25', '云南去年要开工几件大中型水库', F('开工建设3件大型灌区、5件大中型水库', [5, '件']), 'target', 'relative-year', 'second-of-pair', 'short', HF);
s('target', 'QT25', '钱塘去年往上报的中央预算内投资项目储备 打算几个', F('地方政府专项债项目15个、中央预算内投资项目10个', [10, '个']), 'target', 'relative-year', 'after-other', HF);
s('target', 'YN25', '云南去年报告里的银龄人才万人计划 一共要引进留用多少人', F('用3年时间,引进留用1万名左右高层次银龄人才', [1, '万名']), 'target', 'relative-year', 'after-other', 'approx', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('target', 'AH25', 'anhui 2025 target for cross-border e-commerce turnover growth?', F('跨境电商交易额增长20%以上', pct(20)), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('target', 'AH25', 'anhui 2025: new overseas warehouses to set up?', F('新布局海外仓100个以上', [100, '个']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'BJ25', 'beijing 2025 plan: orchard upgrading, how many mu?', F('蔬菜产量稳定在200万吨左右,果园提质增效28万亩', [28, '万亩']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'BJ26', "beijing 2026 'one problem a month' drive — how many hard issues to crack (home-services rules etc)?", F('攻坚突破家政服务市场规范等11个难点问题', [11, '个']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'FJ25', 'fujian 2024: provincially guided & evaluated industrial parks — how many?', F('深化园区标准化建设,63个省级指导评价园区', [63, '个']), 'year', 'lowercase', HF);
e('figure', 'FJ25', 'fujian 2024: new public compulsory-education school places?', F('新增公办义务教育学位11.4万个', [11.4, '万个']), 'year', 'lowercase', 'short', HF);
e('figure', 'FJ25', 'fujian 2024: how much did the living allowance for disabled people in hardship go up?', F('困难残疾人生活补贴标准增长6.5%', pct(6.5)), 'year', 'lowercase', HF);
e('figure', 'FJ26', 'fujian 2025 — investment completed under the rural construction quality drive, bn yuan?', F('乡村建设品质提升行动完成投资310亿元', [310, '亿元']), 'year', 'lowercase', 'abbreviation', HF);
e('target', 'GD25', 'gd 2025: how many experts should top-tier (3A) hospitals send to county hospitals?', F('推动三甲医院选派超500名专家到县级医院开展技术帮扶', [500, '名']), 'target', 'year', 'abbreviation', HF);
e('target', 'GD25', 'guangdong 2025 livelihood list: km of rural roads to upgrade?', F('升级改造农村公路超4000公里', [4000, '公里']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'GD26', 'guangdong 2026: target rate of combined medical + elderly care services for people 65+?', F('65岁及以上老年人医养结合服务率达到40%以上', pct(40)), 'target', 'year', 'lowercase', HF);
e('figure', 'GD26', "guangdong over the 14th FYP: 'new era civilization practice' centres, stations included — how many built?", F('建成新时代文明实践中心(所、站)2.8万个', [2.8, '万个']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'JS25', "jiangsu 2024: lianyungang's channel upgrade that broke ground — what tonnage class?", F('吴淞江整治加快实施,连云港30万吨级航道改扩建工程开工', [30, '万吨']), 'year', 'lowercase', HF);
e('figure', 'JS26', "jiangsu, 14th FYP: 'livable, business-friendly, beautiful' villages built?", F('粮食年产量超760亿斤,建成3000多个宜居宜业和美乡村', [3000, '个']), 'plan-period', 'lowercase', 'abbreviation', 'approx', HF);
e('target', 'JS26', 'jiangsu 2026: new provincial proof-of-concept centres?', F('强化高新区和高等院校“双高协同”,新建10家省级概念验证中心', [10, '家']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'SD25', "shandong's 2025 report: how many national regional medical centres does it want to make full use of?", F('发挥好9个国家区域医疗中心服务功能', [9, '个']), 'target', 'year', 'lowercase', HF);
e('target', 'SD26', 'shandong 2026: projects due to complete and start production — roughly how many?', F('抓好赛得利纤维等3500多个拟竣工投产项目', [3500, '个']), 'target', 'year', 'lowercase', 'approx', HF);
e('target', 'SD26', 'shandong 2026: smart farming scenarios to develop?', F('培育智慧农业场景100个', [100, '个']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'SD26', 'shandong 2026: key rivers & lakes to bring up to ecological-flow standard?', F('加强大运河生态环境保护,推进25条重点河湖生态流量达标', [25, '条']), 'target', 'year', 'lowercase', HF);
e('target', 'SH26', 'shanghai 2026: high-standard farmland to build, mu?', F('深入落实耕地保护和粮食安全责任制,建设8万亩高标准农田', [8, '万亩']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'ZJ25', "zhejiang 2025: 'youth palaces at the doorstep' to build or revamp?", F('新改建“家门口青少年宫”200家', [200, '家']), 'target', 'year', 'lowercase', HF);
e('figure', 'ZJ26', 'zhejiang 2025: new provincial future-industry pilot zones?', F('新培育省级未来产业先导区13个', [13, '个']), 'year', 'lowercase', 'short', HF);
e('target', 'ZJ26', "zj 2026 livelihood list: 'famous TCM doctors for the elderly' events to hold?", F('举办名中医惠老医养健体服务活动1000场', [1000, '场']), 'target', 'year', 'abbreviation', HF);
e('target', 'YN25', 'yunnan 2025: ethnic-village tourism showcase villages to finish?', F('建成340个民族村寨旅游提升示范村', [340, '个']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'YN25', "yunnan's 2025 livelihood targets: pension insurance participation rate to stay above?", F('基本养老保险参保率稳定在95%以上', pct(95)), 'target', 'year', 'lowercase', HF);
e('target', 'HN25', 'hunan 2025: standardised township boarding schools to build?', F('建设乡镇标准化寄宿制学校300所', [300, '所']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'JL25', 'jilin 2025 goal for border tourism trips?', F('实现G331吉林段全线贯通,边境游突破500万人次', [500, '万人次']), 'target', 'year', 'lowercase', 'short', HF);
e('figure', 'CN23', '2023 govt work report: admin licensing items scrapped or delegated over the years?', F('多年来取消和下放行政许可事项1000多项', [1000, '项']), 'year', 'lowercase', 'five-year-review', 'no-place', 'abbreviation', 'approx', HF);
e('figure', 'CN23', 'five years to 2022: what did the wetland protection rate reach?', F('草原综合植被盖度和湿地保护率均达50%以上', pct(50)), 'year', 'lowercase', 'five-year-review', 'no-place', HF);
e('target', 'HZ24', "hangzhou's 2024 plan: how many reserve projects on the city's key construction list?", F('其中实施项目786个,预备项目95个', [95, '个']), 'target', 'year', 'lowercase', HF);
e('figure', 'GS23', "gongshu 2022: street-level social assistance hubs ('zhulianti') completed?", F('强化社会兜底保障,完成9家街道助联体建设', [9, '家']), 'year', 'lowercase', 'pinyin', HF);
e('target', 'QT25', 'qiantang 2025 plan: capital-increase & expansion projects by existing firms?', F('确保全年新增存量企业增资扩产项目100个', [100, '个']), 'target', 'year', 'lowercase', HF);
e('figure', 'GS23', 'gongshu 2022: community health stations upgraded, on top of the centres?', F('5家社区卫生服务中心、6家站点提升改造完成', [6, '家']), 'year', 'lowercase', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('qumarleb county (qinghai) — how many herders last year?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe('gerze county: how much did tourism bring in during 2025?', 'nf-place', 'year', 'lowercase', 'short');
nfe('ningbo population in 1889, roughly?', 'nf-year', 'year', 'lowercase', 'short');
nfe('How many harmonica clubs are there in Wuhan?', 'nf-indicator');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['AH26', 'AH25'], '安徽精品示范村 去年计划新增多少个 今年又定了多少 变了没', F(['稳步开展全域土地综合整治,新增精品示范村200个', '万村升级”工程,新增精品示范村200个'], [200, '个'], [200, '个']), 'relative-year', 'target', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['ZJ26', 'ZJ25'], '浙江保障性租赁住房 前年筹集了多少万套 去年又是多少', F(['筹集建设保障性租赁住房15.6万套', '建设筹集保障性租赁住房25.1万套'], [15.6, '万套'], [25.1, '万套']), 'relative-year', 'one-place-two-years', HF);
f('comparison', 'comparison-ask', ['GD25', 'ZJ25'], '前年道路交通事故死亡人数 广东和浙江哪个降得多', F(['道路交通事故死亡人数下降18.2%', '火灾死亡人数下降50%,交通事故死亡人数下降9.2%'], pct(18.2), pct(9.2)), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', 'HZ24', '杭州24年重点项目按资金来源分 市本级财政出资的和市属国企拿土地出让收益建的 哪类项目多', F(['按资金来源分类,市本级财政出资项目181个', '市属国有公司利用土地出让收益建设项目353个'], [181, '个'], [353, '个']), 'two-indicators', 'which-higher', 'target', 'two-digit-year', 'colloquial', HF);
f('comparison', 'comparison-ask', ['GD26', 'ZJ26'], '今年职业技能培训 广东和浙江各计划搞多少万人次 谁多', F(['开展补贴性职业技能培训超30万人次', '技能评价+就业服务”职业技能培训5万人次'], [30, '万人次'], [5, '万人次']), 'two-places', 'which-higher', 'target', 'relative-year', 'colloquial', HF);
f('superlative', 'ranking-ask', 'ZJ26', '国家先进制造业集群总数排全国第2的是哪个省', F('国家先进制造业集群总数达8个、居全国第2位', [2, '位']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'FJ25', '传统村落集中连片保护利用示范县总数全国第一的是哪个省', F('泉州宋元古城获批创建国家文物保护利用示范区,新增2个全国传统村落集中连片保护利用示范县、总数居全国首位', [2, '个']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'JS25', '前年新入选国家5G工厂的数量和累计数都排全国第一的是哪个省', F('新入选国家5G工厂113家、累计210家,均居全国第一', [113, '家']), 'across-reports', 'relative-year', HF);
f('superlative', 'ranking-ask', 'HZ24', '23年环境空气质量综合指数改善率全省第一的是哪个城市', F('特征指标NO2平均浓度同比下降5.4%,环境空气质量综合指数改善率全省第一', pct(5.4)), 'across-reports', 'two-digit-year', HF);
f('superlative', 'ranking-ask', 'HZ24', '23年新入选的省级共富试点、最佳实践和观察点 总量全省第一的是哪个城市', F('新入选省级共富试点3个、最佳实践7个、共富观察点8个,总量全省第一', [3, '个']), 'across-reports', 'two-digit-year', 'colloquial', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'GD25', '广东去年青少年心理健康服务 舒心驿站站点要联动多少个 宣教活动办多少场', F(['200支队伍及400个“舒心驿站”站点', '开展心理健康宣教活动超2600场次'], [400, '个'], [2600, '场次']), 'target', 'relative-year', HF);
f('multi', 'multi-ask', 'HZ24', '杭州23年计划指标完成得咋样 达标的几项 没达标的几项', F('“地区生产总值”等31项指标可以达到或超过年初确定的目标,6项指标距离目标还有差距', [31, '项'], [6, '项']), 'two-digit-year', 'colloquial', HF);
f('multi', 'multi-ask', 'GS23', '拱墅22年创建的美丽河湖 省级和市级各几条', F('大力推进美丽河湖创建,创建省级1片区7条、市级1片区8条', [7, '条'], [8, '条']), 'two-digit-year', 'short', HF);
f('multi', 'multi-ask', 'QT21', '钱塘新区成立以来签约落地了多少个项目 总投资多少亿', F('自贸区钱塘区块正式获批,签约落地30个总投资108亿元的项目', [30, '个'], [108, '亿元']), 'since-founding', 'colloquial', HF);
f('multi', 'multi-ask', 'BJ25', '北京前年新设的政府投资基金扩到几个投资领域 带动了多少社会投资', F('新设政府投资基金扩展至8个投资领域、带动社会投资286亿元', [8, '个'], [286, '亿元']), 'relative-year', HF);
f('multi', 'multi-ask', 'QT25', '钱塘三年强园行动到前年 五星级和四星级园区各培育了几家', F('深入实施“三年强园”行动,累计培育五星级园区2家、四星级园区3家', [2, '家'], [3, '家']), 'relative-year', HF);
f('overview', 'overview-ask', 'AH26', '安徽十四五这五年经济大盘 概括说说', { ...F('地区生产总值连跨两个万亿元台阶,年均增长5.7%、高于全国0.3个百分点'), lead: 5.7 }, 'plan-period', 'colloquial');
f('overview', 'overview-ask', 'CN22', "china's economy in 2021 — the short version?", { ...F('国内生产总值达到114万亿元,增长8.1%'), lead: 114 }, 'en', 'year', 'lowercase', 'no-place', 'short');
f('outline', 'outline-ask', 'AH26', '安徽26年报告里 今年的重点任务列了哪几大项', O('AH26'), 'relative-year');
f('outline', 'outline-ask', 'FJ26', '福建今年报告里 重点工作列了哪几条', O('FJ26'), 'relative-year', 'short');
f('outline', 'outline-ask', 'CN23', '2023 govt work report — what were the suggested priorities for that year?', O('CN23'), 'en', 'year', 'lowercase', 'no-place', 'abbreviation');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('边坝去年游客来了多少万人次', 'nf-place', 'relative-year', 'short');
nf('类乌齐前年地区生产总值多少', 'nf-place', 'relative-year', 'short');
nf('贡觉今年要盖几所新学校', 'nf-place', 'relative-year');
nf('昂仁去年牧民收入大概多少', 'nf-place', 'relative-year', 'colloquial');
nf('萨迦前年青稞产量多少吨', 'nf-place', 'relative-year');
nf('聂拉木25年旅游总收入是多少', 'nf-place', 'two-digit-year', 'short');
nf('仲巴现在常住人口多少', 'nf-place', 'short');
nf('措勤24年修了多少公里公路', 'nf-place', 'two-digit-year', 'colloquial');
nf('班玛今年打算上几个光伏项目', 'nf-place', 'relative-year');
nf('1879年杭州城里住了多少人', 'nf-year', 'year', 'short');
nf('1868年上海港进了多少船', 'nf-year', 'year', 'short');
nf('北京今年有多少个马头琴培训班', 'nf-indicator', 'relative-year', 'colloquial');
nf('深圳去年建了几个蹦极点', 'nf-indicator', 'relative-year', 'short');
nf('杭州前年滑翔伞飞了多少架次', 'nf-indicator', 'relative-year', 'colloquial');

// ---- 3. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('拱墅22年稳经济那几板斧'),
  T('亲清在线上线了多少条助企纾困政策', 'figure', 'GS23', F('通过“亲清在线”平台上线助企纾困类政策130余条', [130, '条']), 'elliptical', 'approx', HF),
  T('综合消费券发了几轮', 'figure', 'GS23', F('开展一月一主题活动,发放2轮综合消费券', [2, '轮']), 'elliptical', 'indicator-switch', 'short', HF),
  T('那签约注册的重大产业项目有几个', 'figure', 'GS23', F('普华永道等53个重大产业项目签约注册', [53, '个']), 'elliptical', 'indicator-switch', 'second-figure', HF),
]);
conv([
  T('福建前年稳就业这块'),
  T('线上零工平台建了几个', 'figure', 'FJ25', F('加强就业服务,建成10个线上零工平台', [10, '个']), 'elliptical', 'short', HF),
  T('那年拿到全国民族团结进步模范表彰的集体有几个', 'figure', 'FJ25', F('6个集体、7名个人荣获全国民族团结进步模范表彰', [6, '个']), 'elliptical', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T('杭州23年迎亚运 城市环境提升整治了多少条亚运通勤道路'),
  T('说错了 我想问的是铁路沿线 整治提升了几条', 'figure', 'HZ24', F('协力推进“匠心提质绣杭城”专项行动,21条铁路', [21, '条']), 'elliptical', 'self-correction', 'colloquial', HF),
  T('那年庭院管道改造完成了多少公里', 'figure', 'HZ24', F('庭院管道改造完成127.6公里', [127.6, '公里']), 'elliptical', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T('福建十四五这五年 接受人大监督和立法这块'),
  T('人大代表建议的办结率是多少', 'figure', 'FJ26', F('人大代表建议办结率、政协委员提案办复率均为100%', pct(100)), 'elliptical', 'plan-period', HF),
  T('提请审议的省级地方性法规有几件', 'figure', 'FJ26', F('提请审议省级地方性法规61件', [61, '件']), 'elliptical', 'indicator-switch', 'second-figure', HF),
]);
conv([
  T('北京十五五纲要草案'),
  T('主要指标是从几个维度设的', 'target', 'BJ26', F('从创新、协调、绿色、开放、共享、安全6个维度', [6, '个']), 'elliptical', 'plan-period', HF),
  T('另外问下 21年全国新冠疫苗全程接种覆盖率到了多少', 'figure', 'CN22', F('疫苗全程接种覆盖率超过85%', pct(85)), 'no-inherit', 'place-switch', 'two-digit-year', HF),
]);
conv([
  T('湖南去年科技创新有啥硬目标'),
  T('那玛沁呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('算了还是说湖南 五类研发企业要做到多少家', 'target', 'HN25', F('力争“五类”研发企业(中心)达到200家以上', [200, '家']), 'elliptical', 'after-not-found', 'target', 'relative-year', HF),
]);
conv([
  T('福建今年文化这块有啥大事'),
  T('要办的那个联合国教科文非遗政府间委员会常会 是第几届', 'target', 'FJ26', F('保护非物质文化遗产政府间委员会第21届常会', [21, '届']), 'elliptical', 'target', HF),
  T('前年落实省委全会的改革举措 分了几个方面', 'figure', 'FJ25', F('省委十一届六次全会确定的15个方面', [15, '个']), 'elliptical', 'year-switch', 'topic-switch', 'relative-year', HF),
]);
conv([
  T('杭州24年促消费打算怎么搞'),
  T('要推广几大夜间消费场景', 'target', 'HZ24', F('全力招引各类首店,全面宣传推广10大夜间消费场景', [10]), 'elliptical', 'target', 'short', HF),
  T('那个免签游的国际体验项目 是多少小时的', 'target', 'HZ24', F('探索推出“144小时免签游”国际体验项目', [144, '小时']), 'elliptical', 'target', 'indicator-switch', HF),
]);
conv([
  T('浙江去年投资和科技的目标'),
  T('安排了多少个重大项目', 'target', 'ZJ25', F('安排重大项目1000个以上', [1000, '个']), 'elliptical', 'target', 'short', HF),
  T('and how many major sci-tech projects?', 'target', 'ZJ25', F('全年研发投入强度达3.3%左右,实施重大科技项目400个以上', [400, '个']), 'elliptical', 'en', 'lowercase', 'target', 'indicator-switch', 'second-figure', 'language-switch', HF),
]);
conv([
  T('shandong 2024 — jobs and culture'),
  T('how many placements came through public-welfare posts and work-for-relief?', 'figure', 'SD25', F('公益性岗位、以工代赈吸纳就业29.1万人次', [29.1, '万人次']), 'elliptical', 'en', 'lowercase', HF),
  T('and how many grassroots cultural events for the public?', 'figure', 'SD25', F('开展群众性小戏小剧等文化惠民活动50余万场', [50, '万场']), 'elliptical', 'en', 'lowercase', 'approx', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T('guangdong 2024 — eldercare and ports'),
  T('what share of medical institutions became certified elderly-friendly?', 'figure', 'GD25', F('老年友善医疗机构创建率超92%', pct(92)), 'elliptical', 'en', 'lowercase', HF),
  T("and new routes under the 'combined port' (yigangtong) scheme?", 'figure', 'GD25', F('“组合港”(一港通)新开行航线8条', [8, '条']), 'elliptical', 'en', 'lowercase', 'pinyin', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T('fujian 2024: science and water'),
  T("how many provincial 'jiebang guashuai' and major sci-tech projects were run?", 'figure', 'FJ25', F('实施省“揭榜挂帅”、科技重大专项30个', [30, '个']), 'elliptical', 'en', 'lowercase', 'pinyin', HF),
  T('and km of safe ecological water systems built?', 'figure', 'FJ25', F('打造安全生态水系234公里', [234, '公里']), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'topic-switch', 'short', HF),
]);
conv([
  T('hunan tech transfer'),
  T("2024: share of in-province universities' tech contracts converted locally?", 'figure', 'HN25', F('在湘高校技术合同本地转化占比超50%', pct(50)), 'elliptical', 'en', 'lowercase', HF),
  T("and in the 2025 plan — key manufacturing products to put out for 'jiebang guashuai'?", 'target', 'HN25', F('支持新实施20个左右制造业关键产品“揭榜挂帅”', [20, '个']), 'elliptical', 'en', 'lowercase', 'target', 'year-switch', 'pinyin', 'approx', HF),
]);
conv([
  T('yunnan 2024 — jobs and floods'),
  T('how many people got startup loans to start a business?', 'figure', 'YN25', F('创业贷款扶持创业4.4万人', [4.4, '万人']), 'elliptical', 'en', 'lowercase', HF),
  T('and how many rounds of heavy rain did it have to handle?', 'figure', 'YN25', F('有效应对14轮强降雨和7次编号洪水', [14, '轮']), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T('shanghai: legislation and rental housing'),
  T('2024 — local regulations passed with the municipal congress?', 'figure', 'SH25', F('配合市人大及其常委会出台地方性法规20件,立改废政府规章37件', [20, '件']), 'elliptical', 'en', 'lowercase', 'year', HF),
  T('and the affordable rental housing stock it targets by end of the 14th FYP?', 'target', 'SH25', F('实现“十四五”末总量达到60万套(间)', [60, '万套']), 'elliptical', 'en', 'lowercase', 'target', 'plan-period', 'topic-switch', 'abbreviation', HF),
]);
conv([
  T("china 2018-22, per the 2023 govt work report"),
  T('grain output was held above what level?', 'figure', 'CN23', F('粮食产量连年稳定在1.3万亿斤以上', [1.3, '万亿斤']), 'elliptical', 'en', 'lowercase', 'five-year-review', 'no-place', HF),
  T('and how many families benefited from old-compound renovation?', 'figure', 'CN23', F('改造城镇老旧小区16.7万个,惠及2900多万家庭', [2900, '万']), 'elliptical', 'en', 'lowercase', 'five-year-review', 'indicator-switch', 'approx', 'second-figure', HF),
]);
conv([
  T('jilin: water and towns'),
  T('2024 — how many urban black and smelly water bodies are kept at zero?', 'figure', 'JL25', F('104条城市黑臭水体动态清零', [104, '条']), 'elliptical', 'en', 'lowercase', 'year', HF),
  T("and the 2025 plan's urbanisation drive — how many actions?", 'target', 'JL25', F('城市更新和安全韧性提升4项行动', [4, '项']), 'elliptical', 'en', 'lowercase', 'target', 'year-switch', 'topic-switch', HF),
]);
conv([
  T("guangdong's 2026 livelihood list — health"),
  T('rehab professionals to get standardised training, person-times?', 'target', 'GD26', F('组织相关领域康复专业技术人员规范化培训超1000人次', [1000, '人次']), 'elliptical', 'en', 'lowercase', 'target', HF),
  T('and by how much should the mutual-recognition list of tests grow?', 'target', 'GD26', F('扩大省域内医疗机构间互认项目库,项目数增加20%以上', pct(20)), 'elliptical', 'en', 'lowercase', 'target', 'indicator-switch', HF),
]);
conv([
  T('qiantang sports and culture'),
  T('2024: embedded sports venues built?', 'figure', 'QT25', F('新建省市基层体育场地设施15处、嵌入式体育场地21处', [21, '处']), 'elliptical', 'en', 'lowercase', 'year', 'short', HF),
  T('and new city study rooms planned for 2025?', 'target', 'QT25', F('持续优化文旅服务供给,全年新增城市书房3家', [3, '家']), 'elliptical', 'en', 'lowercase', 'target', 'year-switch', 'short', HF),
]);
conv([
  T('community-embedded elderly care — the targets, province by province'),
  T('start with shandong, 2025?', 'target', 'SD25', F('培育社区嵌入式养老服务机构200家', [200, '家']), 'elliptical', 'en', 'lowercase', 'target', 'short', HF),
  T('and anhui this year?', 'target', 'AH26', F('新增社区嵌入式养老服务机构110个', [110, '个']), 'elliptical', 'en', 'lowercase', 'target', 'place-switch', 'year-switch', 'short', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  边坝: ['边坝', 'Banbar'],
  类乌齐: ['类乌齐', 'Riwoqe'],
  贡觉: ['贡觉', 'Gonjo'],
  昂仁: ['昂仁', 'Ngamring'],
  萨迦: ['萨迦', 'Sakya'],
  聂拉木: ['聂拉木', 'Nyalam'],
  仲巴: ['仲巴', 'Zhongba'],
  措勤: ['措勤', 'Coqen'],
  班玛: ['班玛', 'Banma'],
  玛沁: ['玛沁', 'Maqen'],
  qumarleb: ['曲麻莱', 'Qumarleb'],
  gerze: ['改则', 'Gerze'],
  1879: ['1879'],
  1868: ['1868'],
  1889: ['1889'],
  马头琴: ['马头琴', 'morin khuur'],
  蹦极: ['蹦极', 'bungee'],
  滑翔伞: ['滑翔伞', 'paraglid'],
  harmonica: ['口琴', 'harmonica'],
};

// Never a fact that fresh-as's or fresh-at's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-as/as-heldout.jsonl', 'eval/fresh-at/at-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-as's or fresh-at's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'au', last: 'at', notAnswerableWords: NF_WORDS });
