#!/usr/bin/env node
// Writes the fresh-an sets: eval/fresh-an/an-tune.jsonl and eval/fresh-an/an-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-an/make.mjs [--check]
//
// A twenty-eighth held-out question set written BEFORE any fix, as fresh-m … fresh-am, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'am'`, so fresh-am's tune file is an earlier tune file, and no cite may meet fresh-al's or fresh-am's held-out
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
p('figure', 'AH25', '安徽前年新开了多少条国际及地区客货运航线', F('全年开行班列909列,新增国际及地区客货运航线12条', [12, '条']), 'relative-year', 'colloquial', HF);
p('figure', 'BJ25', '北京前年农村住户清洁取暖改造做了多少户', F('建成美丽庭院3100户,完成农村住户清洁取暖改造1.3万户', [1.3, '万户']), 'relative-year', 'colloquial', HF);
p('figure', 'BJ25', '京前年更新改造了几处老旧厂房', F('启动危旧楼房改建和简易楼腾退20.6万平方米,完成71处老旧厂房更新改造', [71, '处']), 'relative-year', 'short-name', 'short', HF);
p('figure', 'BJ26', '北京去年建成了多少户美丽庭院', F('个示范片区,建成美丽庭院5000余户', [5000, '户']), 'relative-year', 'approx', HF);
p('figure', 'BJ26', '北京去年立改废政府规章一共多少项', F('提请市人大常委会审议地方性法规9项,立改废政府规章18项', [18, '项']), 'relative-year', HF);
p('figure', 'CN23', '23年报告里讲 过去五年年均临时救助了多少人次', F('对遇困人员及时给予帮扶,年均临时救助1100万人次', [1100, '万人次']), 'two-digit-year', 'five-year-review', 'no-place', HF);
p('figure', 'FJ25', '福建前年打造了多少公里安全生态水系', F('完成生态修复10837亩,打造安全生态水系234公里', [234, '公里']), 'relative-year', HF);
p('figure', 'FJ25', '福建24年提高城乡居民基础养老金 惠及了多少人', F('连续3年提高城乡居民基础养老金、惠及549万人', [549, '万人']), 'two-digit-year', HF);
p('figure', 'FJ26', '福建去年乡村建设品质提升行动投了多少钱', F('持续巩固脱贫攻坚成果,乡村建设品质提升行动完成投资310亿元', [310, '亿元']), 'relative-year', 'colloquial', HF);
p('figure', 'FJ26', '闽去年新增了几项两岸共通标准', F('推动出台大陆首部促进两岸标准共通地方性法规,新增两岸共通标准41项', [41, '项']), 'relative-year', 'short-name', 'short', HF);
p('figure', 'GD25', '广东前年揭牌的大湾区菜篮子交易中心总投资多少', F('总投资200亿元的大湾区“菜篮子”交易中心揭牌', [200, '亿元']), 'relative-year', HF);
p('figure', 'GD26', '广东十四五期间建成了多少个新时代文明实践中心', F('公共文化设施实现五级全覆盖,建成新时代文明实践中心(所、站)2.8万个', [2.8, '万个']), 'plan-period', HF);
p('figure', 'JS26', '江苏十四五这五年实施了多少个对口支援协作项目', F('实施对口支援协作项目8000多个', [8000, '个']), 'plan-period', 'approx', HF);
p('figure', 'SD25', '山东前年完成农村危房改造多少户', F('城中村改造安置30.7万套,完成农村危房改造1.2万户', [1.2, '万户']), 'relative-year', 'short', HF);
p('figure', 'SD25', '山东的5A级景区到前年一共有几家', F('5A级景区新增周村古商城、总数达到16家', [16, '家']), 'relative-year', 'colloquial', HF);
p('figure', 'SD26', '山东去年普通高中学位供给率到了多少', F('义务教育优质均衡县23个,普通高中学位供给率70.4%', pct(70.4)), 'relative-year', HF);
p('figure', 'SD26', '鲁十四五期间新增了几所高校', F('新增中小学学位142万个,新增康复大学等高校14所', [14, '所']), 'plan-period', 'short-name', 'short', HF);
p('figure', 'SH26', '黄浦江到去年为止累计贯通了多少公里岸线', F('徐汇滨江南延伸段等滨水公共空间贯通开放,黄浦江累计贯通69公里岸线', [69, '公里']), 'relative-year', 'no-place', HF);
p('figure', 'ZJ26', '浙江去年下达了多少育儿补贴资金', F('下达2025年中央及省级育儿补贴资金26.4亿元', [26.4, '亿元']), 'relative-year', HF);
p('figure', 'QT25', '钱塘前年有多少项科技成果拿了省科学技术奖', F('中国科学院杭州医学研究所正式揭牌,45项科技成果获浙江省科学技术奖励', [45, '项']), 'relative-year', 'colloquial', HF);
p('figure', 'HZ24', '杭州23年新建改建了多少个城市公园', F('新(改)建城市公园65个,其中亚运主题公园30个', [65, '个']), 'two-digit-year', HF);
p('figure', 'GS23', '拱墅22年社会救助累计发了多少保障金', F('全区社会救助服务对象覆盖面拓宽近12%,累计发放保障金4585.6万元', [4585.6, '万元']), 'two-digit-year', 'colloquial', HF);
p('target', 'JL25', '吉林去年边境游的目标是多少人次', F('实现G331吉林段全线贯通,边境游突破500万人次', [500, '万人次']), 'target', 'relative-year', 'short', HF);
p('target', 'YN25', '云南去年科技型中小企业要发展到多少户', F('高新技术企业数增速保持全国前列,科技型中小企业超1.5万户', [1.5, '万户']), 'target', 'relative-year', HF);
p('target', 'YN25', '云南去年计划建设改造多少公里燃气和供排水管网', F('基本消除城市黑臭水体,建设改造燃气和供排水管网5200公里', [5200, '公里']), 'target', 'relative-year', HF);
p('target', 'AH26', '安徽今年要培育多少名技术经理人', F('新建一批概念验证、中试验证平台和顶尖孵化器,培育技术经理人1000人以上', [1000, '人']), 'target', 'relative-year', 'short', HF);
p('target', 'SD26', '山东今年新增多少家两证齐全的医养结合机构', F('实施医养结合促进行动,新增两证齐全医养结合机构50家', [50, '家']), 'target', 'relative-year', HF);
p('target', 'QT25', '钱塘25年新增发明专利授权的目标是多少件', F('加力推进知识产权强县试点建设,新增发明专利授权3000件以上', [3000, '件']), 'target', 'two-digit-year', HF);
p('target', 'GS23', '拱墅23年准备打造多少幢亿元楼', F('深入推进“楼均论英雄”改革,打造“亿元楼”60幢', [60, '幢']), 'target', 'two-digit-year', 'colloquial', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'AH25', '安徽前年跨省通办的政务服务事项扩大到了多少项', F('居民服务“一卡通办”事项扩大到78项,政务服务“跨省通办”事项扩大到176项', [176, '项']), 'relative-year', 'second-of-pair', HF);
s('figure', 'AH26', '皖去年有多少项居民服务事项实现了长三角一卡通办', F('六松现代产业园率先建立跨省财税分成、统计数据分算机制,113项居民服务事项长三角“一卡通办”', [113, '项']), 'relative-year', 'after-other', 'short-name', HF);
s('figure', 'ZJ25', '浙江前年下调存量房贷利率惠及了多少户家庭', F('每年可减少房贷利息支出约130亿元、惠及310万户家庭', [310, '万户']), 'relative-year', 'after-other', HF);
s('figure', 'ZJ25', '浙江前年跨境电商出口增长了多少', F('跨境电商出口规模达2141.3亿元、增长19.1%', pct(19.1)), 'relative-year', 'after-other', 'short', HF);
s('figure', 'ZJ26', '浙江去年综合查一次的实施率到了多少', F('全省涉企检查事项精简26.8%,“综合查一次”实施率达83.1%', pct(83.1)), 'relative-year', 'second-of-pair', HF);
s('figure', 'SH26', '上海十四五期间世行营商环境测评点有几项达到全球最优', F('企业调查59项测评点中有22项达到全球最优水平', [22, '项']), 'plan-period', 'after-other', 'abbreviation', HF);
s('figure', 'GS23', '拱墅22年加装电梯完工了多少台', F('加快推进46个老旧小区改造,建立全区“一盘棋”加梯体系,完工205台', [205, '台']), 'two-digit-year', 'after-other', 'colloquial', HF);
s('figure', 'FJ25', '福建前年新投用产业项目的亩均税收超过多少', F('新改扩建产业载体2150万平方米,新建成投用产业项目亩均税收超12.5万元', [12.5, '万元']), 'relative-year', 'after-other', HF);
s('figure', 'GD25', '广东前年老年友善医疗机构创建率有多少', F('建成“长者饭堂”3652个,老年友善医疗机构创建率超92%', pct(92)), 'relative-year', 'after-other', 'short', HF);
s('figure', 'HN25', '湖南前年先进制造业占制造业的比重超过了多少', F('生产性服务业占服务业比重超过42%,先进制造业占制造业比重超过50%', pct(50)), 'relative-year', 'after-other', HF);
s('figure', 'JS25', '江苏智改数转三年行动到前年累计改造了多少个项目', F('累计诊断企业超6万家、改造项目5.6万余个', [5.6, '万个']), 'relative-year', 'second-of-pair', 'approx', HF);
s('figure', 'JS26', '江苏十四五期间城乡低保平均保障标准涨了多少', F('基本医保参保率稳定在95%以上,城乡低保平均保障标准增长19.2%', pct(19.2)), 'plan-period', 'after-other', HF);
s('figure', 'BJ25', '北京前年推进了多少个平急两用公共基础设施项目', F('实施20个城中村改造项目,推进89个平急两用公共基础设施项目', [89, '个']), 'relative-year', 'second-of-pair', HF);
s('figure', 'SD25', '山东前年内陆港有多少个', F('内河航运吞吐量超过1.2亿吨,内陆港达到51个', [51, '个']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'GD26', '粤十四五末危险废物利用处置能力提到了多少', F('生活垃圾总处理能力提高到16.9万吨/日、超过日垃圾收集量,危险废物利用处置能力提高到1459万吨/年', [1459, '万吨/年']), 'plan-period', 'after-other', 'short-name', HF);
s('figure', 'HN25', '湖南前年农产品加工业营收涨了多少', F('湘菜产业产值突破6000亿元,农产品加工业营收增长7.1%', pct(7.1)), 'relative-year', 'after-other', 'short', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'AH25', "anhui 2024 — 'two major' (liangzhong) projects backed by ultra-long special treasury bonds: how many, total investment?", F('争取超长期特别国债支持“两重”项目136个、总投资2747亿元', [136, '个'], [2747, '亿元']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'AH25', 'anhui intelligent computing capacity, end-2024 — how many P?', F('华为云华东(芜湖)数据中心全球开服,全省智能算力达1.6万P', [1.6, '万P']), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'AH26', 'anhui, 14th FYP: # of policies copied from shanghai / jiangsu / zhejiang?', F('最大势能,推出12批1181项对照学习沪苏浙创新政策和举措', [1181, '项']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'BJ25', "beijing's 2024 report: outpatient visits at xiong'an xuanwu hospital?", F('北京四中雄安校区教育集团揭牌成立,雄安宣武医院门诊量达19万人次', [19, '万人次']), 'year', 'lowercase', HF);
e('figure', 'CN22', '2022 govt work report: how much was the yearly cap on state student loans raised, per student?', F('国家助学贷款每人每年最高额度增加4000元', [4000, '元']), 'year', 'lowercase', 'no-place', HF);
e('figure', 'CN23', '2023 work report, 5-yr review: growth in car ownership?', F('支持汽车、家电等大宗消费,汽车保有量突破3亿辆、增长46.7%', pct(46.7)), 'year', 'five-year-review', 'lowercase', 'abbreviation', 'no-place', HF);
e('figure', 'CN23', '2023 work report: how much did bulk drug & medical-consumables procurement cut patient costs over the five yrs?', F('推行药品和医用耗材集中带量采购,降低费用负担超过4000亿元', [4000, '亿元']), 'year', 'five-year-review', 'lowercase', 'abbreviation', 'no-place', HF);
e('target', 'CN25', '2025 gov work report: special treasury bonds to recapitalise the big state banks, bn yuan?', F('拟发行特别国债5000亿元,支持国有大型商业银行补充资本', [5000, '亿元']), 'target', 'year', 'lowercase', 'abbreviation', 'no-place', HF);
e('figure', 'FJ25', 'fujian 2024: # of newly landed projects worth 1bn yuan+ each?', F('新设外商投资企业增长9.7%,新引进落地总投资10亿元以上项目102个', [102, '个']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'FJ25', 'fujian 2024 charity projects — people helped (person-times)?', F('发放各类社会救助资金57.7亿元,慈善项目帮扶群众191万人次', [191, '万人次']), 'year', 'lowercase', 'short', HF);
e('figure', 'FJ26', 'fujian over the 14th FYP: provincial high-level talents certified?', F('新增“两院”院士9人,认定省级高层次人才1.26万人', [1.26, '万人']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'FJ26', "fujian 14th FYP: provincial money put into the 'practical things for the people' projects, cumulative?", F('财政支出近八成投向民生领域,省级财政累计投入665亿元用于为民办实事项目', [665, '亿元']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'GD25', 'jieyang petrochina refining-chemical complex: output value in 2024?', F('揭阳中石油炼化一体化项目全面达产、完成年产值超1100亿元', [1100, '亿元']), 'year', 'lowercase', 'short', HF);
e('figure', 'GD25', "gd 2024: private investment's share of industrial investment?", F('积极吸引民间资本参与核电等领域重大项目,工业领域民间投资占比55.3%', pct(55.3)), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'GD26', 'guangdong 2025: # of provincial approval items now handled fastest in the country?', F('系统梳理全面优化涉企审批备案服务,891项省级事项办理时间全部实现全国最优', [891, '项']), 'year', 'lowercase', HF);
e('figure', 'GD26', 'gd, end of the 14th FYP: green-space ratio in urban built-up areas?', F('城市建成区绿地率达41.2%', pct(41.2)), 'plan-period', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'JS26', "jiangsu: total # of business entities (jingying zhuti) at end-2025?", F('总量达1461.4万户', [1461.4, '万户']), 'year', 'lowercase', 'pinyin', 'short', HF);
e('figure', 'HN25', 'hunan 2024: firms on cloud platforms, how many?', F('产线车间2069个,上云上平台企业15.6万家', [15.6, '万家']), 'year', 'lowercase', 'short', HF);
e('figure', 'JL25', 'jilin 2024 industrial investment growth?', F('产业投资增长10.1%', pct(10.1)), 'year', 'lowercase', 'short', HF);
e('figure', 'SD25', 'shandong 2024 car trade-in scheme: # of applications?', F('认真落实国家消费品以旧换新政策,汽车更新申请76.3万辆', [76.3, '万辆']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'SD26', "shandong's rural revitalisation zones (pianqu), end-2025: how many villages covered?", F('省市县累计建设片区2070个,覆盖1.8万余个行政村', [1.8, '万个']), 'year', 'lowercase', 'pinyin', 'approx', HF);
e('figure', 'SH25', 'pudong comprehensive reform pilot — # of reform tasks underway in 2024?', F('深入开展浦东综合改革试点,157项改革任务有序推进', [157, '项']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'SH26', 'shanghai 2025: old housing (small-beam thin-slab etc) brought up to standard, sq m?', F('完成43.6万平方米小梁薄板房屋等旧住房成套改造', [43.6, '万平方米']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'ZJ25', 'zhejiang 2024 major manufacturing projects: how many, and investment completed?', F('积极扩大制造业投资,734个制造业重大项目完成投资2831亿元', [734, '个'], [2831, '亿元']), 'year', 'lowercase', HF);
e('figure', 'ZJ26', 'zj 2025: new policy-based financial instruments deployed, bn yuan?', F('争取中央预算内投资237亿元、新型政策性金融工具投放金额889.2亿元', [889.2, '亿元']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'YN25', 'yunnan 2024 tech contracts: growth in number registered and in deal value?', F('技术合同登记数、成交额分别增长21.4%、25.2%', pct(21.4), pct(25.2)), 'year', 'lowercase', HF);
e('figure', 'QT25', 'qiantang 2024: industrial support funds actually paid out?', F('发布稳岗促产“钱八条”,兑现产业扶持资金44.1亿元', [44.1, '亿元']), 'year', 'lowercase', 'short', HF);
e('figure', 'HZ24', 'hangzhou 2023 overseas market-expansion trips: orders won, bn yuan?', F('共组织境外拓市场团组773个,出行企业3485家次,获取订单1114.9亿元', [1114.9, '亿元']), 'year', 'lowercase', 'abbreviation', HF);
e('target', 'SH25', 'shanghai 2025 target: new HQ-type institutions to attract?', F('加快全球营运商、全球机构投资者集聚,全年新增各类总部机构100家', [100, '家']), 'target', 'year', 'lowercase', 'abbreviation', 'short', HF);
e('target', 'JL25', 'jilin 2025 plan: how many major projects to carry out?', F('实施重大项目2500个以上', [2500, '个']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'ZJ26', "zj 2026 livelihood list: grassroots emergency / fire-safety support points to upgrade?", F('提升建设基层应急消防保障点778个', [778, '个']), 'target', 'year', 'lowercase', 'abbreviation', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('horgos (xinjiang) port trade volume last yr?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe('wusu city gdp 2024, bn yuan?', 'nf-place', 'year', 'lowercase', 'abbreviation', 'short');
nfe("jiangsu's population in 1895?", 'nf-year', 'year', 'lowercase', 'short');
nfe('How many florist shops does Hangzhou have?', 'nf-indicator');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['CN25', 'CN24'], '全国一般公共预算支出 24年和25年各安排了多少', F(['一般公共预算支出规模29.7万亿元', '一般公共预算支出规模28.5万亿元'], [29.7, '万亿元'], [28.5, '万亿元']), 'target', 'two-digit-year', 'one-place-two-years', 'no-place', HF);
f('trend', 'trend-ask', ['SH26', 'SH25'], '上海新时代城市建设者管理者之家的床位 前年和去年各筹措了多少张', F(['筹措供应“新时代城市建设者管理者之家”床位3.2万张', '建设筹措保障性租赁住房7.2万套(间),筹措供应“新时代城市建设者管理者之家”床位3万张以上'], [3.2, '万张'], [3, '万张']), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['SH26', 'SH25'], '上海去年和今年各计划减量多少平方公里低效建设用地', F(['深入实施规储供用一体化土地储备机制,低效建设用地减量7平方公里', '低效建设用地减量10平方公里'], [7, '平方公里'], [10, '平方公里']), 'target', 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['GD26', 'GD25'], '广东你点我检食品抽检 去年和今年各计划做多少批次', F(['其中开展“你点我检”食品抽检超5万批次', '其中开展“你点我检”食品抽检超4万批次'], [5, '万批次'], [4, '万批次']), 'target', 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['SD26', 'SD25'], '山东去年和今年计划开工改造的老旧小区各多少户', F(['实施片区综合更新改造重点项目100个,开工改造老旧小区15万户', '推进片区更新120个,开工老旧小区改造13.7万户'], [15, '万户'], [13.7, '万户']), 'target', 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', 'CN23', '23年报告说制造业企业研发费用加计扣除比例从多少提到了多少', F('将制造业企业、科技型中小企业分别从50%、75%提高至100%', pct(100), pct(50)), 'two-digit-year', 'five-year-review', 'from-to', 'no-place', HF);
f('trend', 'trend-ask', 'ZJ26', '浙江规上工业企业十四五期间从多少家增加到了多少家', F('规上工业企业从4.7万家增加到6.1万家', [6.1, '万家'], [4.7, '万家']), 'plan-period', 'from-to', HF);
f('trend', 'trend-ask', 'GD25', '广东去年把特殊教育生均公用经费最低标准从多少提到多少', F('将义务教育阶段特殊教育生均公用经费最低标准从每生每年6000元提高至7000元', [7000, '元'], [6000, '元']), 'target', 'relative-year', 'from-to', HF);
f('comparison', 'comparison-ask', ['HN25', 'ZJ25'], '前年办理的省政协提案 湖南和浙江哪个多', F(['办理省人大代表建议1004件、省政协提案1047件', '办理省人大代表建议890件、省政协提案770件'], [1047, '件'], [770, '件']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['SD26', 'ZJ26'], '十四五末的国家先进制造业集群 山东和浙江各有几个', F(['稳居全国第一梯队,国家先进制造业集群达到6个', '国家先进制造业集群总数达8个'], [6, '个'], [8, '个']), 'two-places', 'which-higher', 'plan-period', HF);
f('comparison', 'comparison-ask', ['GD26', 'SD26'], '今年新建改造农村公路 广东和山东谁计划得多', F(['新培育2518个典型村,新建和改造提升农村公路2500公里', '农村生活污水治理率达到70%以上,新改建农村公路3500公里'], [2500, '公里'], [3500, '公里']), 'two-places', 'which-higher', 'target', 'relative-year', HF);
f('comparison', 'comparison-ask', ['FJ26', 'GD26'], '今年计划新建改造的地下管网 福建和广东各多少公里', F(['加强无障碍、适老化设施建设,新建改造地下管网1250公里以上', '自建房等各类建筑火灾防范和处置能力,新建改造地下管网管廊9000公里'], [1250, '公里'], [9000, '公里']), 'two-places', 'which-higher', 'target', 'relative-year', HF);
f('superlative', 'ranking-ask', 'JS25', '制造业高质量发展指数连续4年全国第一的是哪个省', F('加快建设具有国际竞争力的先进制造业基地,制造业高质量发展指数连续4年全国第一', [4, '年']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'SH25', '集装箱吞吐量连续15年世界第一的是哪个港', F('万标准箱、连续15年排名世界第一', [15, '年']), 'across-reports', 'short', HF);
f('superlative', 'ranking-ask', 'FJ26', '保障农民工工资支付考核连续6年拿A级的是哪个省', F('月最低工资标准平均数提高至2100元,保障农民工工资支付工作考核连续6年获A级', [6, '年']), 'across-reports', 'colloquial', HF);
f('superlative', 'ranking-ask', 'AH25', '前年规上工业增加值增速在工业大省里排第一的是哪个省', F('规上工业增加值增长9%,增速居工业大省第1位', [1]), 'across-reports', 'relative-year', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'GD25', '广东前年全域土地综合整治 农用地整治 建设用地整理和生态保护修复各做了多少万亩', F('全域土地综合整治扩面提质,完成农用地整治23.8万亩、建设用地整理4.8万亩、生态保护修复42.4万亩', [23.8, '万亩'], [4.8, '万亩'], [42.4, '万亩']), 'relative-year', HF);
f('multi', 'multi-ask', 'SD26', '山东十四五期间治理了多少废弃矿山和小流域面积', F('山水林田湖草沙系统治理持续深化,治理废弃矿山16.4万亩、小流域面积401万亩', [16.4, '万亩'], [401, '万亩']), 'plan-period', HF);
f('multi', 'multi-ask', 'YN25', '云南前年创业贷款扶持了多少人创业 又带动了多少人就业', F('1547.3万人,创业贷款扶持创业4.4万人、带动就业11.9万人', [4.4, '万人'], [11.9, '万人']), 'relative-year', 'colloquial', HF);
f('multi', 'multi-ask', 'GD26', '广东今年生猪和家禽年出栏量分别要稳在多少', F('生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上', [3900, '万头'], [13.5, '亿只']), 'target', 'relative-year', HF);
f('multi', 'multi-ask', 'GS23', '拱墅22年消化处置了多少批而未供和供而未用的土地', F('消化处置批而未供土地797亩、供而未用土地1505亩', [797, '亩'], [1505, '亩']), 'two-digit-year', HF);
f('overview', 'overview-ask', 'CN22', '照22年国务院报告的说法 21年全国经济大体咋样', { ...F('国内生产总值达到114万亿元，增长8.1%'), lead: 114 }, 'two-digit-year', 'colloquial', 'no-place');
f('overview', 'overview-ask', 'ZJ25', 'zhejiang 2024 economy — the short version?', { ...F('全省生产总值增长5.5%，一般公共预算收入增长1.2%'), lead: 5.5 }, 'en', 'year', 'lowercase', 'short');
f('outline', 'outline-ask', 'CN22', '22年国务院报告里 当年的政府工作任务分成哪几块', O('CN22'), 'two-digit-year', 'no-place');
f('outline', 'outline-ask', 'AH25', '安徽去年报告部署的重点任务有哪几大块', O('AH25'), 'relative-year');
f('outline', 'outline-ask', 'JL25', "jilin's 2025 work report — the focus areas, in order?", O('JL25'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('抚远去年对俄口岸进出口额是多少', 'nf-place', 'relative-year');
nf('同江前年粮食产量有多少', 'nf-place', 'relative-year', 'short');
nf('虎林今年GDP增长目标定的多少', 'nf-place', 'relative-year', 'target', 'abbreviation', 'colloquial');
nf('密山24年城镇居民人均可支配收入多少', 'nf-place', 'two-digit-year');
nf('奎屯去年规上工业增加值增速是多少', 'nf-place', 'relative-year', 'abbreviation');
nf('博乐前年接待了多少游客', 'nf-place', 'relative-year', 'short');
nf('凭祥25年边民互市贸易额有多少', 'nf-place', 'two-digit-year');
nf('海林前年城镇新增就业多少人', 'nf-place', 'relative-year');
nf('1921年广东人口有多少', 'nf-year', 'year', 'short');
nf('1903年江苏的财政收入是多少', 'nf-year', 'year');
nf('上海现在有多少家桌游店', 'nf-indicator', 'colloquial', 'short');
nf('杭州去年新开了几家滑板店', 'nf-indicator', 'relative-year', 'colloquial');
nf('北京有多少个攀岩馆', 'nf-indicator', 'short');
nf('吉林前年参加冰壶运动的有多少人', 'nf-indicator', 'relative-year', 'colloquial');

// ---- 3. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('安徽前年金融支持实体经济力度怎样'),
  T('制造业中长期贷款增速比全国高出几个点', 'figure', 'AH25', F('制造业中长期贷款增长23.5%、高于全国11.6个百分点', [11.6, '个百分点']), 'elliptical', HF),
  T('普惠小微企业贷款呢', 'figure', 'AH25', F('普惠小微企业贷款增长18.3%、高于全国3.7个百分点', [3.7, '个百分点']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('福建前年生态环境质量咋样'),
  T('近岸海域优良水质比例多少', 'figure', 'FJ25', F('主要流域国控断面优良水质比例100%,近岸海域优良水质比例92.6%', pct(92.6)), 'elliptical', HF),
  T('那PM2.5平均浓度是多少', 'figure', 'FJ25', F('PM2.5平均浓度为每立方米20微克', [20, '微克/立方米']), 'elliptical', 'indicator-switch', 'abbreviation', HF),
]);
conv([
  T('广东前年重大项目建设推进得如何'),
  T('争取到多少超长期特别国债资金', 'figure', 'GD25', F('加强重大项目建设和谋划储备,争取161.4亿元超长期特别国债资金支持', [161.4, '亿元']), 'elliptical', HF),
  T('水利投资呢', 'figure', 'GD25', F('试点项目启动,水利投资连续两年超1000亿元', [1000, '亿元']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('浙江前年信贷投放情况如何'),
  T('各项贷款新增了多少', 'figure', 'ZJ25', F('各项贷款新增2.1万亿元', [2.1, '万亿元']), 'elliptical', 'short', HF),
  T('其中制造业中长期贷款投了多少', 'figure', 'ZJ25', F('各项贷款新增2.1万亿元,制造业中长期贷款新增投放超6000亿元', [6000, '亿元']), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('山东去年高效办成一件事推进得怎样'),
  T('落地落实了多少个一件事', 'figure', 'SD26', F('健全“高效办成一件事”推进机制,37个“一件事”落地落实', [37, '个']), 'elliptical', HF),
  T('好办易办率有多高', 'figure', 'SD26', F('37个“一件事”落地落实,好办易办率超过90%', pct(90)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('长三角生态绿色一体化发展示范区的制度创新成果'),
  T('前年新推出了多少项', 'figure', 'SH25', F('长三角生态绿色一体化发展示范区新推出18项制度创新成果', [18, '项']), 'elliptical', 'relative-year', 'short', HF),
  T('那去年新推出了几项', 'figure', 'SH26', F('长三角生态绿色一体化发展示范区新推出7项制度创新成果', [7, '项']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
]);
conv([
  T('北京前年花园城市建设有什么进展'),
  T('多少座立交桥实现了绿化彩化', 'figure', 'BJ25', F('环二环80公里绿道全线贯通,20个街区、300座立交桥、100条城市画廊实现绿化彩化', [300, '座']), 'elliptical', HF),
  T('城市画廊有几条', 'figure', 'BJ25', F('环二环80公里绿道全线贯通,20个街区、300座立交桥、100条城市画廊实现绿化彩化', [100, '条']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('湖南去年民生实事里养老和医疗方面有哪些'),
  T('老年人时光守护床位要建多少张', 'target', 'HN25', F('建设社区老年助餐服务点500个、老年人“时光守护”床位2000张', [2000, '张']), 'elliptical', 'target', HF),
  T('乡村医生培训多少名', 'target', 'HN25', F('培训乡村医生5000名,新生儿疾病免费筛查与诊断服务全覆盖', [5000, '名']), 'elliptical', 'target', 'indicator-switch', 'short', HF),
]);
conv([
  T('钱塘前年三年强园行动成效如何'),
  T('五星级园区培育了几家', 'figure', 'QT25', F('“三年强园”行动,累计培育五星级园区2家', [2, '家']), 'elliptical', 'short', HF),
  T('三星级的呢', 'figure', 'QT25', F('累计培育五星级园区2家、四星级园区3家、三星级园区20家', [20, '家']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('杭州23年国有景区一季度免费游的情况'),
  T('免费金额一共多少', 'figure', 'HZ24', F('全市41个国有A级景区和9个佛道教场所推出一季度“免费游”,免费金额5.6亿元', [5.6, '亿元']), 'elliptical', 'short', HF),
  T('接待了多少游客', 'figure', 'HZ24', F('免费金额5.6亿元,接待游客1306万人次', [1306, '万人次']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('拱墅22年停车和公厕这些民生设施建得怎么样'),
  T('公共泊位新增了多少个', 'figure', 'GS23', F('累计新增停车泊位14539个,公共泊位1408个', [1408, '个']), 'elliptical', HF),
  T('公厕改造了几座', 'figure', 'GS23', F('提升改造公厕20座,16个小区二次供水改造完成', [20, '座']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('25年国务院报告的财政赤字安排'),
  T('赤字规模是多少', 'target', 'CN25', F('比上年提高1个百分点,赤字规模5.66万亿元', [5.66, '万亿元']), 'elliptical', 'target', 'no-place', 'short', HF),
  T('比上一年增加了多少', 'target', 'CN25', F('赤字规模5.66万亿元、比上年增加1.6万亿元', [1.6, '万亿元']), 'elliptical', 'target', 'no-place', 'short', HF),
]);
conv([
  T('各省的国家卓越级智能工厂'),
  T('山东前年新增了几家', 'figure', 'SD25', F('新增国家卓越级智能工厂22家', [22, '家']), 'elliptical', 'relative-year', 'short', HF),
  T('那福建去年新增几家', 'figure', 'FJ26', F('关键业务环节全面数字化企业占比居全国第二,新增9家国家卓越级智能工厂', [9, '家']), 'elliptical', 'place-switch', 'relative-year', 'short', HF),
]);
conv([
  T('快递业务量的情况'),
  T('安徽前年快递业务量在全国排第几', 'figure', 'AH25', F('实物商品网上零售额增长11.1%,快递业务量突破60亿件、升至全国第7位', [7, '位']), 'elliptical', 'relative-year', HF),
  T('广东前年快递业务量增长了多少', 'figure', 'GD25', F('促进线上线下消费融合发展,快递年业务量突破400亿件、增长19%', pct(19)), 'elliptical', 'place-switch', 'relative-year', HF),
]);
conv([
  T('山东十四五建成了多少个国家生态文明建设示范区'),
  T('不好意思说错了 是想问两山实践创新基地建了几个', 'figure', 'SD26', F('建成国家生态文明建设示范区36个、“两山”实践创新基地14个', [14, '个']), 'elliptical', 'self-correction', 'indicator-switch', HF),
  T('内河港口吞吐量这五年涨了几倍', 'figure', 'SD26', F('小清河复航实现“河海直达”,内河港口吞吐量5年增长1.6倍', [1.6, '倍']), 'elliptical', 'topic-switch', 'plan-period', HF),
]);
conv([
  T('浙江去年城市更新怎么样'),
  T('城市更新项目完成了多少投资', 'figure', 'ZJ26', F('建设改造地下管网3200公里,完成城市更新项目投资3696亿元', [3696, '亿元']), 'elliptical', HF),
  T('另外想问下 湖南前年农机装备产业增长了多少', 'figure', 'HN25', F('成功举办中国国际农业机械展览会,农机装备产业增长10.2%', pct(10.2)), 'no-inherit', 'place-switch', 'relative-year', HF),
]);
conv([
  T('江苏前年消费品以旧换新带动了多少家电销售'),
  T('那东兴呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('还是问江苏吧 前年苏新消费系列活动参与商家有多少', 'figure', 'JS25', F('汽车报废更新和置换更新52.8万辆,“苏新消费”系列活动参与商家超10万家', [10, '万家']), 'elliptical', 'after-not-found', 'relative-year', HF),
]);
conv([
  T('福建去年两通工程进展如何'),
  T('新开通了多少个高速服务区出入口', 'figure', 'FJ26', F('新开工33个“两通工程”项目,新开通28个高速服务区出入口', [28, '个']), 'elliptical', HF),
  T('一共惠及多少群众', 'figure', 'FJ26', F('新开通28个高速服务区出入口,累计惠及80个乡镇近300万群众', [300, '万']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('云南去年旅游方面有什么计划'),
  T('民族村寨旅游提升示范村要建多少个', 'target', 'YN25', F('建成340个民族村寨旅游提升示范村', [340, '个']), 'elliptical', 'target', HF),
  T('边境旅游示范村呢', 'target', 'YN25', F('建成340个民族村寨旅游提升示范村、30个边境旅游示范村', [30, '个']), 'elliptical', 'target', 'indicator-switch', 'short', HF),
  T('银龄人才万人计划打算用几年完成', 'target', 'YN25', F('新时代“银龄人才万人计划”:用3年时间,引进留用1万名左右高层次银龄人才', [3, '年']), 'elliptical', 'target', 'topic-switch', HF),
]);
conv([
  T('广东去年海洋渔业发展得怎么样'),
  T('启动建设了几个省级渔港经济区', 'figure', 'GD26', F('启动建设7个省级渔港经济区', [7, '个']), 'elliptical', HF),
  T('重力式深水网箱新建了多少个', 'figure', 'GD26', F('启动建设7个省级渔港经济区,新建重力式深水网箱2000个', [2000, '个']), 'elliptical', 'indicator-switch', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  抚远: ['抚远', 'Fuyuan'],
  同江: ['同江', 'Tongjiang'],
  虎林: ['虎林', 'Hulin'],
  密山: ['密山', 'Mishan'],
  奎屯: ['奎屯', 'Kuytun'],
  博乐: ['博乐', 'Bole'],
  凭祥: ['凭祥', 'Pingxiang'],
  海林: ['海林', 'Hailin'],
  东兴: ['东兴', 'Dongxing'],
  horgos: ['霍尔果斯', 'Horgos', 'Khorgos'],
  wusu: ['乌苏', 'Wusu'],
  1895: ['1895'],
  1903: ['1903'],
  1921: ['1921'],
  桌游: ['桌游', 'board game'],
  滑板: ['滑板', 'skateboard'],
  攀岩: ['攀岩', 'climbing'],
  冰壶: ['冰壶', 'curling'],
  florist: ['花店', 'florist'],
};

// Never a fact that fresh-al's or fresh-am's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-al/al-heldout.jsonl', 'eval/fresh-am/am-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-al's or fresh-am's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'an', last: 'am', notAnswerableWords: NF_WORDS });
