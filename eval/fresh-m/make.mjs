#!/usr/bin/env node
// Writes the fresh-m sets: eval/fresh-m/m-tune.jsonl and eval/fresh-m/m-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-m/make.mjs [--check]
//
// A held-out question set written BEFORE any fix, as analysts, officials and journalists type in Slack, without
// reading the bot's source to choose wording, over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20
// external work reports and the 云南 / 湖南 (Word) and 吉林 (PDF) 2025 reports). It leans on what the bot is known to be
// weak at:
//   1. conversations of 3–4 turns (every later turn scored): elliptical follow-ups (出口呢 / 农村的呢 / 目标是多少 /
//      去年呢 / And how many…?), topic, place and year switches, a complete new question after history (no-inherit),
//      zh/en mixed turns;
//   2. English single-turn questions as a foreign journalist or analyst writes them, a few not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first (出口 after
//      进出口, the second of 分别 A、B, the growth after a level, the amount after a count, the value after 从…到 …):
//      `fig[0]` is the asked figure, so leadHit measures "the right number first";
//   4. trends over two reports or a 从…到 sentence, superlatives (grep-checked over every report file) and A vs B;
//   5. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-03: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Cites are checked by ../case-checks.mjs unchanged (its REPORTS map gets the three extracted texts as YN25 / HN25 /
// JL25, written by ../fresh-l/extract.ts, as fresh-l does), and no cite may state a fact another set's cites state.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { askShorthands, caseBook, checkDealAndWrite, conversationBook, useFreshLReports } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// The corpus and the extracted texts of the three added reports first: a cite must be text the extraction yields.
useFreshLReports();

const { cases, x, C, F, NF } = caseBook();
const SHAPES = ['follow-up', 'english-ask', 'second-figure-ask', 'trend-ask', 'superlative-ask', 'comparison-ask', 'not-answerable'];
// s(…) a Chinese ask of a figure not first in its sentence, e(…) an English question, f(…) a case of a given shape.
const { s, e, f, pct } = askShorthands(x);

// ---- 3. the asked figure is not the first of its sentence -----------------------------------------------------------
// kinds: second-of-pair (分别 A、B → B), growth-after-level, amount-after-count, from-to (the value after 从…到/由…增至),
// sub-item (其中 …), after-other (a figure of another indicator comes first)
s('figure', 'CN23', '22年全国制造业投资涨了多少', F('全年基础设施、制造业投资分别增长9.4%、9.1%', pct(9.1)), 'second-of-pair', 'two-digit-year');
s('figure', 'CN23', '过去五年装备制造业增加值年均增速是多少', F('高技术制造业、装备制造业增加值年均分别增长10.6%、7.9%', pct(7.9)), 'second-of-pair', 'five-year-review');
s('figure', 'CN23', '国务院23年报告说养老保险单位缴费比例降到多少了', F('将养老保险单位缴费比例从20%降至16%', pct(16)), 'from-to', 'two-digit-year');
s('figure', 'CN23', '这几年基本公卫服务经费人均补助标准提到多少钱了', F('基本公共卫生服务经费人均财政补助标准从50元提高到84元', [84, '元']), 'from-to');
s('figure', 'CN23', '过去五年荒漠化土地面积净减少了多少', F('水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里', [3.8]), 'second-of-pair', 'five-year-review');
s('figure', 'CN23', '涉及行业最广的那档增值税税率现在降到多少', F('涉及行业广泛的税率从17%降至13%', pct(13)), 'from-to');
s('figure', 'BJ26', '北京非现场检查占比提到多少了', F('月均现场检查量下降42.9%、非现场检查量占比提升至70.6%', pct(70.6)), 'after-other');
s('figure', 'BJ26', '北京给服务包企业提供的服务去年增长了多少', F('为服务包企业和服务热线拨打企业提供服务64.8万项、增长107.2%', pct(107.2)), 'growth-after-level', 'relative-year');
s('figure', 'BJ25', '北京24年农村居民收入增速比城镇居民高几个点', F('增速比城镇居民高2.4个百分点', [2.4, '个百分点']), 'after-other', 'two-digit-year');
s('figure', 'BJ26', '北京去年预算评审又压减了多少资金', F('开展财政事前评估和预算评审、压减资金42.6亿元', [42.6, '亿元']), 'after-other', 'relative-year');
s('figure', 'GD25', '广东前年高技术制造业占规上工业比重多少', F('先进制造业、高技术制造业增加值占规模以上工业比重分别提高到56.7%、31.6%', pct(31.6)), 'second-of-pair', 'relative-year');
s('figure', 'GD25', '广东24年汽车报废和置换更新了多少辆', F('带动1025万台家电以旧换新、45.4万辆汽车报废和置换更新', [45.4, '万辆']), 'second-of-pair', 'two-digit-year');
s('figure', 'GD25', '广东24年建设用地整理了多少亩', F('完成农用地整治23.8万亩、建设用地整理4.8万亩', [4.8, '万亩']), 'second-of-pair', 'two-digit-year');
s('figure', 'GD25', '广东24年处置了多少闲置土地', F('处置批而未供土地33.2万亩、闲置土地2.8万亩', [2.8, '万亩']), 'second-of-pair', 'two-digit-year');
s('figure', 'GD25', '广交会期间各地采供对接活动成交了多少', F('组织各地同步开展采供对接活动1061场，成交金额194.8亿美元', [194.8, '亿美元']), 'amount-after-count');
s('figure', 'GD25', '第三届大湾区全球招商大会签了多少钱', F('第三届大湾区全球招商大会达成投资项目1933个、总金额2.26万亿元', [2.26, '万亿元']), 'amount-after-count');
s('figure', 'GD25', '广东24年国考断面水质优良率多少', F('地表水国考断面水质优良率达93.2%', pct(93.2)), 'after-other', 'two-digit-year');
s('figure', 'GD25', '广东有多少异地务工人员稳定就业', F('4386万异地务工人员稳定就业', [4386, '万']), 'after-other');
s('figure', 'GD25', '广东建了多少个长者饭堂', F('建成“长者饭堂”3652个', [3652, '个']), 'after-other');
s('figure', 'GD26', '去年高交会成交额多少', F('高交会促成1023项供需对接和投融资项目签约，成交额超1700亿元', [1700, '亿元']), 'amount-after-count', 'relative-year');
s('figure', 'GD26', '广东承接产业转移主平台落地项目总投资多少', F('15个承接产业转移主平台落地项目2200个、总投资额7200亿元', [7200, '亿元']), 'amount-after-count');
s('figure', 'GD26', '广东有几种工业产品产量占全国两成以上', F('超过20%的有23种', [23, '种']), 'second-of-pair');
s('figure', 'JS25', '江苏设备更新贷款贴息撬动了多少银行贷款', F('支持项目684个、撬动银行贷款1470亿元', [1470, '亿元']), 'amount-after-count');
s('figure', 'JS25', '江苏南北共建园区新开工了几个亿元以上工业项目', F('共建园区新开工亿元以上工业项目73个', [73, '个']), 'after-other');
s('figure', 'JS25', '江苏24年新增几个义务教育优质均衡县', F('义务教育优质均衡发展县市区12个', [12, '个']), 'second-of-pair', 'two-digit-year');
s('figure', 'JS25', '江苏多少居家老人享受了专业上门服务', F('建成老年助餐点8000余家，为358万居家老年人提供专业上门服务', [358, '万']), 'after-other');
s('figure', 'SH25', '上海24年建了多少户美丽庭院', F('建成乡村振兴示范村28个、“美丽庭院”10.1万户', [10.1, '万户']), 'second-of-pair', 'two-digit-year');
s('figure', 'SH25', '上海24年金融市场交易额增速多少', F('金融市场交易总额达到3650万亿元、增长8.2%', pct(8.2)), 'growth-after-level', 'two-digit-year');
s('figure', 'SH25', '上海技术合同成交额前年涨了多少', F('技术合同成交额达到5200.7亿元、增长7.2%', pct(7.2)), 'growth-after-level', 'relative-year');
s('figure', 'SH25', '上海每万人口高价值发明专利有多少件', F('每万人口高价值发明专利拥有量提高到57.9件', [57.9, '件']), 'after-other');
s('figure', 'SH25', '上海工业上楼打造了多少智造空间', F('实施“工业上楼”项目151个，打造智造空间1015万平方米', [1015, '万平方米']), 'amount-after-count');
s('figure', 'SH25', '上海24年改建了多少张认知障碍照护床位', F('改建认知障碍照护床位3210张', [3210, '张']), 'after-other', 'two-digit-year');
s('figure', 'SH25', '上海社区托育托额新增多少个', F('社区托育托额9034个', [9034, '个']), 'second-of-pair');
s('figure', 'SH26', '上海社区预约专家号源增长了多少', F('预约二、三级医院专家号源31.3万个、增长46.1%', pct(46.1)), 'growth-after-level');
s('figure', 'SH26', '上海的博物馆美术馆去年接待了多少观众', F('接待海内外观众4900万人次', [4900, '万人次']), 'amount-after-count', 'relative-year');
s('figure', 'ZJ25', '浙江前年服务业增加值增长多少', F('出台服务业高质量发展30条措施，服务业增加值增长5.1%', pct(5.1)), 'after-other', 'relative-year');
s('figure', 'ZJ25', '浙江24年火灾死亡人数降了多少', F('火灾死亡人数下降50%', pct(50)), 'after-other', 'two-digit-year');
s('figure', 'ZJ25', '浙江电诈损失数降了多少', F('电信网络诈骗案件受理数下降12%、损失数下降35.8%', pct(35.8)), 'second-of-pair');
s('figure', 'ZJ26', '浙江省重大科技计划项目里企业牵头或参与的占多少', F('省重大科技计划项目中企业牵头或参与占比超过80%', pct(80)), 'after-other');
s('figure', 'ZJ25', '浙江24年旅游综合收入涨了多少', F('全域旅游人数、旅游综合收入分别增长8.5%、9.5%', pct(9.5)), 'second-of-pair', 'two-digit-year');
s('figure', 'ZJ26', '浙江长护险参保率多少', F('新增长护险参保人数1561万人，参保率达93%', pct(93)), 'after-other');
s('figure', 'ZJ26', '浙江去年办了多少场国际级和全国赛事', F('国际级和全国赛事370场', [370, '场']), 'second-of-pair', 'relative-year');
s('figure', 'YN25', '云南四上企业现在有多少户', F('“四上”企业净增3193户、超2.4万户', [2.4, '万户']), 'growth-after-level');
s('figure', 'YN25', '云南西电东送电量涨了多少', F('规模以上工业发电量、全社会用电量、西电东送电量分别增长10.6%、10.9%、22.9%', pct(22.9)), 'second-of-pair');
s('figure', 'YN25', '云南企业总数多少户', F('企业净增15万户、达157万户', [157, '万户']), 'growth-after-level');
s('figure', 'YN25', '云南农村生活污水治理率多少', F('农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理（管控）率分别达75%、92%、57%', pct(57)), 'second-of-pair');
s('figure', 'YN25', '云南跨境电商进出口增长多少', F('机电产品出口增长25.1%，跨境电商进出口增长13.6%', pct(13.6)), 'after-other');
s('figure', 'HN25', '湖南24年绿色智能计算产业产值多大', F('绿色智能计算产业产值增长19.2%、突破8500亿元', [8500, '亿元']), 'after-other', 'two-digit-year');
s('figure', 'HN25', '湖南规上工业企业利润比全国高几个点', F('规模工业企业利润增长4.1%、高于全国8.8个百分点', [8.8, '个百分点']), 'after-other');
s('figure', 'HN25', '湖南给市县的财力性转移支付比上年增长多少', F('省下达市县财力性转移支付达1379亿元，较上年增长8.6%', pct(8.6)), 'growth-after-level');
s('figure', 'JL25', '吉林国有资本收益增长了多少', F('实现国有资本收益64.6亿元，增长358%', pct(358)), 'growth-after-level');
s('figure', 'JL25', '吉林战略性新兴产业产值占规上工业多少', F('战略性新兴产业产值占规上工业16.9%', pct(16.9)), 'second-of-pair');
s('figure', 'JL25', '吉林农产品加工业新达产项目新增产值多少', F('农产品加工业新达产项目314个，新增产值365亿元', [365, '亿元']), 'amount-after-count');
s('figure', 'AH26', '安徽省属高校服务新兴产业的专业点占比多少', F('省属高校服务新兴产业专业点占比提高到72.2%', pct(72.2)), 'after-other');
s('figure', 'AH26', '安徽规上民营工业增速比全部规上工业快几个点', F('规上民营工业增加值增速高于全部规上工业2.3个百分点', [2.3, '个百分点']), 'after-other');
s('figure', 'AH26', '安徽五经普从业人员比四经普增长了百分之几', F('“五经普”二三产业法人单位从业人员比“四经普”增长29.8%', pct(29.8)), 'after-other');
s('figure', 'SD26', '山东重大科技攻关企业牵头的比例多少', F('实施167项重大科技攻关，企业牵头比例超过85%', pct(85)), 'after-other');
s('figure', 'SD26', '山东基层门诊报销比例提高了几个百分点', F('基层医疗机构居民门诊报销比例达到65%、提高15个百分点', [15, '个百分点']), 'growth-after-level');
s('figure', 'SD26', '山东高等教育毛入学率提升了多少', F('高等教育毛入学率提升6.2个百分点', [6.2, '个百分点']), 'after-other');
s('figure', 'FJ26', '福建去年多少脱贫人口稳岗就业', F('13.2万脱贫人口实现稳岗就业', [13.2, '万']), 'after-other', 'relative-year');
s('figure', 'FJ26', '福建九龙江流域优质水比例提升了多少', F('九龙江流域优质水比例提升14.3个百分点', [14.3, '个百分点']), 'after-other');
s('target', 'HN25', '湖南25年要新增多少个智能制造标杆产线车间', F('新增智能制造标杆企业360家、产线车间1080家', [1080, '家']), 'target', 'two-digit-year');
s('target', 'YN25', '云南25年创业担保贷款要支持多少人创业', F('对10类重点就业群体新发放创业担保贷款不低于80亿元，支持不低于4万人创业', [4, '万人']), 'target', 'two-digit-year');

// ---- 2. English single-turn, as a foreign journalist or analyst writes ----------------------------------------------
e('figure', 'SH25', 'How many holiday care classes for primary school kids did Shanghai open in 2024?', F('开设小学生爱心寒暑托班928个', [928, '个']), 'year');
e('multi', 'SH25', 'How much did the 7th China International Import Expo sign in intended deals, and how fast did that grow?', F('按一年计意向成交金额800.1亿美元、增长2%', [800.1, '亿美元'], pct(2)));
e('figure', 'SH25', 'How big was the investment in Shanghai major projects in 2024?', F('重大工程投资完成2383亿元、增长5.6%', [2383, '亿元']), 'year');
e('figure', 'SH26', "How many times were companies served under Shanghai's apply-free policy items last year?", F('服务企业超过628万次', [628, '万次']), 'relative-year');
e('figure', 'SH26', 'How many of the World Bank survey test points put Shanghai at global best?', F('企业调查59项测评点中有22项达到全球最优水平', [22, '项']));
e('figure', 'BJ26', 'How many old residential compounds in Beijing got property management last year?', F('为380个老旧小区引入物业服务', [380, '个']), 'relative-year');
e('figure', 'BJ26', 'How much non-essential spending did Beijing cut last year?', F('继续压减非重点非刚性及一般性支出18.2亿元', [18.2, '亿元']), 'relative-year');
e('target', 'BJ26', 'How many community micro-gardens will Beijing add this year?', F('社区微花园50个', [50, '个']), 'relative-year');
e('figure', 'BJ26', "How many demonstration villages has Beijing's 'hundred villages, thousand villages' programme created?", F('累计创建42个示范村、22个示范片区', [42, '个']));
e('figure', 'GD25', 'How much did green electricity trading in Guangdong rise in 2024?', F('全省绿电交易量增长70%', pct(70)), 'year');
e('figure', 'GD25', 'How many research staff has the Hetao zone drawn in?', F('吸引集聚超200个高端科研项目和1.5万名科研人员', [1.5, '万名']));
e('figure', 'GD25', "How much did Guangdong's government cut spending on purchased services in 2024?", F('政府购买服务支出下降7%', pct(7)), 'year');
e('figure', 'GD25', 'How many gold medals did Guangdong win at the 47th WorldSkills Competition?', F('我省选手在第47届世界技能大赛上勇夺13块金牌', [13, '块']));
e('figure', 'GD26', "How many children benefited from Guangdong's free final year of preschool?", F('实施学前一年免费教育政策、惠及168万名儿童', [168, '万名']));
e('figure', 'JS25', 'How many pieces of industrial equipment did Jiangsu upgrade in 2024?', F('完成工业领域设备更新33.6万台套', [33.6, '万台套']), 'year');
e('figure', 'JS25', 'How many ball courts did Jiangsu add in its parks in 2024?', F('公园绿地共新增球类场地405片', [405, '片']), 'year');
e('figure', 'JS25', "By how much did work-safety deaths fall in Jiangsu in 2024?", F('生产安全事故起数、死亡人数分别下降12.8%和10.5%', pct(10.5)), 'year');
e('figure', 'ZJ25', 'How many national single-champion manufacturers did Zhejiang add in 2024?', F('国家制造业单项冠军44家', [44, '家']), 'year');
e('figure', 'ZJ25', "What's the investment completion rate of Zhejiang's manufacturing megaprojects?", F('734个制造业重大项目完成投资2831亿元、投资完成率119.7%', pct(119.7)));
e('figure', 'ZJ26', 'By how much did centralised IT maintenance cut costs at Zhejiang provincial departments?', F('首批17家省级部门运维实现集中管理、经费下降28%', pct(28)));
e('figure', 'ZJ26', 'How much did family pooling of medical accounts pay out in Zhejiang?', F('职工医保个人账户家庭共济改革惠及616.2万名近亲属、共济金额69.1亿元', [69.1, '亿元']));
e('figure', 'ZJ26', 'How many people have been relocated from remote areas in Zhejiang?', F('实施异地搬迁1.35万人', [1.35, '万人']));
e('figure', 'YN25', "What was Yunnan's PM2.5 level in 2024?", F('细颗粒物平均浓度20.5微克/立方米', [20.5]), 'year');
e('figure', 'YN25', "What's Yunnan's basic medical insurance coverage rate?", F('基本医保参保率达97.6%', pct(97.6)));
e('figure', 'YN25', 'How many jobs did startup loans in Yunnan create in 2024?', F('创业贷款扶持创业4.4万人、带动就业11.9万人', [11.9, '万人']), 'year');
e('figure', 'YN25', "How many left-behind children are paired with 'caring mothers' in Yunnan?", F('结对关爱21.9万名留守儿童、困境儿童', [21.9, '万名']));
e('figure', 'HN25', 'How much did Hunan fiscal transfers to cities and counties come to in 2024?', F('省下达市县财力性转移支付达1379亿元', [1379, '亿元']), 'year');
e('figure', 'HN25', "How many enterprises does Hunan have?", F('全省实有企业主体达210万户', [210, '万户']));
e('figure', 'HN25', 'How many kilometers of rural road safety facilities did Hunan build in 2024?', F('建成农村公路安防设施2.6万公里', [2.6, '万公里']), 'year');
e('figure', 'JL25', "What share of Jilin's industrial output is high-tech manufacturing?", F('高技术制造业增加值占规上工业12.3%', pct(12.3)));
e('figure', 'JL25', 'How many new businesses registered in Jilin in 2024?', F('新登记经营主体60.7万户', [60.7, '万户']), 'year');
e('figure', 'JL25', 'How many households got their gas valves and pipes replaced in Jilin?', F('瓶装液化气居民“阀、管”改造99.94万户', [99.94, '万户']));
e('figure', 'AH26', 'How many hospitals in Anhui opened weight-management clinics?', F('197家二级以上医院开设体重管理门诊', [197, '家']));
e('figure', 'AH26', 'How many innovation policies has Anhui copied from Shanghai, Jiangsu and Zhejiang?', F('推出12批1181项对照学习沪苏浙创新政策和举措', [1181, '项']));
e('figure', 'SD26', 'How many people are covered by Shandong\'s occupational injury pilot for gig workers?', F('新就业形态人员职业伤害保障试点惠及165.3万人', [165.3, '万人']));
e('figure', 'SD26', 'How much new water supply capacity has Shandong added?', F('新增供水能力9.5亿立方米', [9.5, '亿立方米']));
e('figure', 'FJ26', "How many people benefit from Fujian's new expressway service-area exits?", F('累计惠及80个乡镇近300万群众', [300, '万']));
e('figure', 'FJ26', "How many cooperation projects has the BRICS innovation base brokered?", F('金砖创新基地促成138个合作项目', [138, '个']));
e('figure', 'CN23', "What's China's overall tariff level now, per the 2023 work report?", F('关税总水平从9.8%降至7.4%', pct(7.4)));
e('figure', 'CN23', "What was China's forest coverage rate, according to the 2023 work report?", F('森林覆盖率达到24%', pct(24)));
e('target', 'SH26', 'How much vertical greening does Shanghai plan to add this year?', F('绿地500公顷、立体绿化10万平方米', [10, '万平方米']), 'relative-year');
e('target', 'SH25', 'How many hectares of green space did Shanghai plan to add in 2025?', F('新建绿道130公里、绿地1000公顷', [1000, '公顷']), 'year');
e('target', 'ZJ26', "What's Zhejiang's target for new power capacity this year?", F('新增电力装机1800万千瓦，其中非化石能源装机1000万千瓦', [1800, '万千瓦']), 'relative-year');
e('target', 'JL25', "How many 'hundred-village demonstration' villages will Jilin build in 2025?", F('“百村示范”村200个', [200, '个']), 'year');
e('target', 'JL25', "What's Jilin's goal for contracted investment in 2025?", F('新引进项目1000个、合同引资额3000亿元', [3000, '亿元']), 'year');
e('target', 'HN25', 'How many community meal points for the elderly will Hunan build in 2025?', F('建设社区老年助餐服务点500个', [500, '个']), 'year');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe("What was Henan's GDP growth last year?", 'nf-place', 'relative-year');
nfe('How many tourists visited Hubei in 2024?', 'nf-place', 'year');
nfe("What was Guangdong's GDP in 2018?", 'nf-year', 'year');
nfe('How many Michelin-starred restaurants does Shanghai have?', 'nf-indicator');
nfe("What's the average wage in Jiangsu?", 'nf-indicator');

// ---- 4. trends, rankings and comparisons across reports ------------------------------------------------------------
f('trend', 'trend-ask', ['JS25', 'JS26'], '江苏生物多样性调查发现的物种数这两年有变化吗', F(['生物多样性本底调查发现物种数更新至8842种', '生物多样性本底调查发现物种数增至9266种'], [8842, '种'], [9266, '种']), 'two-reports');
f('trend', 'trend-ask', ['JS25', 'JS26'], '江苏这两年每年办了多少件民生实事', F(['12类55件民生实事保质保量完成', '12类45件民生实事全面完成'], [55, '件'], [45, '件']), 'two-reports');
f('trend', 'trend-ask', 'CN23', '全国社保基金储备这几年涨到多少了', F('储备规模从1.8万亿元增加到2.5万亿元以上', [1.8, '万亿元'], [2.5, '万亿元']), 'from-to', 'five-year-review');
f('trend', 'trend-ask', ['SH25', 'SH26'], '上海附属空间对外开放的机关企事业单位这两年各多少个', F(['52个机关、企事业单位附属空间对外开放共享', '49个机关、企事业单位附属空间对外开放共享'], [52, '个'], [49, '个']), 'two-reports');
f('trend', 'trend-ask', 'CN23', '过去五年可再生能源装机规模是怎么增长的', F('可再生能源装机规模由6.5亿千瓦增至12亿千瓦以上', [6.5, '亿千瓦'], [12, '亿千瓦']), 'from-to', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '这五年网上零售额占社零比重变化多大', F('实物商品网上零售额占社会消费品零售总额的比重从15.8%提高到27.2%', pct(15.8), pct(27.2)), 'from-to', 'five-year-review');
f('trend', 'trend-ask', 'GD25', '广东散居孤儿基本生活保障标准从多少提到多少', F('散居孤儿（含艾滋病病毒感染儿童）从每人每月1484元提高到1536元', [1484, '元'], [1536, '元']), 'from-to');
f('trend', 'trend-ask', 'CN23', '和自贸伙伴的进出口额占比这几年怎么变的', F('与自贸伙伴货物进出口额占比从26%提升至35%左右', pct(26), pct(35)), 'from-to', 'five-year-review');
f('superlative', 'superlative-ask', 'BJ25', '24年哪个省市办理的政协提案最多', F('办理市政协提案1279件', [1279, '件']), 'two-digit-year');
f('superlative', 'superlative-ask', 'AH25', '前年哪个省办理人大代表建议最多', F('办理省人大代表建议1422件', [1422, '件']), 'relative-year');
f('superlative', 'superlative-ask', 'GD26', '今年哪个省计划新建的充电设施最多', F('新建新能源汽车充电设施超50万个', [50, '万个']), 'relative-year');
f('superlative', 'superlative-ask', 'GD25', '25年哪个省新增义务教育学位计划最多', F('新增义务教育学位40万个', [40, '万个']), 'two-digit-year');
f('superlative', 'superlative-ask', 'AH25', '24年哪个省提请审议的地方性法规最多', F('提请省人大常委会审议地方性法规25件', [25, '件']), 'two-digit-year');
f('comparison', 'comparison-ask', ['HN25', 'YN25'], '云南和湖南24年提请审议的地方性法规谁多', F(['提请审议地方性法规议案17件', '提请审议地方性法规10件'], [17, '件'], [10, '件']), 'two-digit-year');
f('comparison', 'comparison-ask', ['YN25', 'HN25'], '云南和湖南24年办理政协提案哪个多', F(['省政协提案1047件', '政协提案765件'], [1047, '件'], [765, '件']), 'two-digit-year');
f('comparison', 'comparison-ask', ['JL25', 'ZJ25'], '吉林和浙江25年新改建农村公路计划谁多', F(['新改建农村公路2700公里', '新改建农村公路1000公里'], [2700, '公里'], [1000, '公里']), 'two-digit-year');
f('comparison', 'comparison-ask', ['GD25', 'SD25'], '广东和山东24年办理政协提案比一下', F(['省政协提案900件', '政协提案952件'], [952, '件'], [900, '件']), 'two-digit-year');
f('comparison', 'comparison-ask', ['SH25', 'YN25'], '上海和云南24年办理人大代表建议谁多', F(['办理市人大代表建议1155件', '圆满办结人大代表建议981件'], [1155, '件'], [981, '件']), 'two-digit-year');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l) -----------------------------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('河南去年GDP增长多少', 'nf-place', 'relative-year');
nf('湖北今年GDP目标定的多少', 'nf-place', 'relative-year');
nf('陕西24年粮食产量多少', 'nf-place', 'two-digit-year');
nf('黑龙江去年城镇新增就业多少', 'nf-place', 'relative-year');
nf('西湖区去年财政收入多少', 'nf-place', 'relative-year');
nf('浙江2018年GDP多少', 'nf-year', 'year');
nf('广东2027年GDP增长目标多少', 'nf-year', 'year');
nf('上海明年GDP目标是多少', 'nf-year', 'relative-year');
nf('江苏去年平均工资多少', 'nf-indicator', 'relative-year');
nf('北京彩票销售额多少', 'nf-indicator');
nf('上海离婚率多少', 'nf-indicator');
nf('浙江出生率是多少', 'nf-indicator');
nf('广东咖啡馆有多少家', 'nf-indicator');
nf('北京地铁票价涨了多少', 'nf-indicator');
nf('山东2018年的进出口总额多少', 'nf-year', 'year');

// ---- 1. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('上海24年普惠小微贷款余额多少'),
  T('增长多少', 'figure', 'SH25', F('普惠小微贷款余额达到1.3万亿元、增长15%', pct(15)), 'elliptical', 'growth-after-level'),
  T('And how many new "Shanghai Brand" certifications were there?', 'figure', 'SH25', F('“上海标准”、“上海品牌”分别新增11个和27项', [27, '项']), 'topic-switch', 'second-of-pair', 'en', 'mixed-language'),
]);
conv([
  T('浙江24年无还本续贷余额多少'),
  T('增长多少', 'figure', 'ZJ25', F('全省无还本续贷余额1.7万亿元、增长34.9%', pct(34.9)), 'elliptical', 'growth-after-level'),
  T('制造业中长期贷款新增呢', 'figure', 'ZJ25', F('制造业中长期贷款新增投放超6000亿元', [6000, '亿元']), 'elliptical', 'topic-switch'),
]);
conv([
  T('云南24年装备制造业增加值增长多少'),
  T('高技术制造业呢', 'figure', 'YN25', F('装备制造业、高技术制造业增加值分别增长19%、17.7%', pct(17.7)), 'elliptical', 'topic-switch', 'second-of-pair'),
  T('一产三产呢', 'multi', 'YN25', F('第一、第三产业增加值分别增长2.5%、3.9%', pct(2.5), pct(3.9)), 'elliptical', 'topic-switch'),
]);
conv([
  T('广东24年新设外资企业多少户'),
  T('增长多少', 'figure', 'GD25', F('新设外资企业2.6万户、增长超20%', pct(20)), 'elliptical', 'growth-after-level'),
  T('江苏24年实际使用外资占全国多少', 'figure', 'JS25', F('实际使用外资规模占全国近1/6'), 'no-inherit', 'place-switch'),
]);
conv([
  T('北京去年给多少老旧小区引入了物业'),
  T('今年呢', 'target', 'BJ26', F('为800个老旧小区引入物业', [800, '个']), 'elliptical', 'year-switch', 'relative-year'),
  T('区域养老服务中心今年要建几个', 'target', 'BJ26', F('新建20个区域养老服务中心', [20, '个']), 'elliptical', 'topic-switch', 'relative-year'),
]);
conv([
  T('江苏24年新开工老旧小区改造多少个'),
  T('保租房呢', 'figure', 'JS25', F('保障性租赁住房18.11万套', [18.11, '万套']), 'elliptical', 'topic-switch'),
  T('保障性住房呢', 'figure', 'JS25', F('筹集保障性住房1.57万套', [1.57, '万套']), 'elliptical', 'topic-switch'),
]);
conv([
  T('湖南24年规模工业企业利润增长多少'),
  T('工业投资呢', 'figure', 'HN25', F('工业投资增长9.5%', pct(9.5)), 'elliptical', 'topic-switch'),
  T('“十大产业项目”完成投资多少', 'figure', 'HN25', F('“十大产业项目”完成投资363.9亿元', [363.9, '亿元']), 'elliptical', 'topic-switch'),
]);
conv([
  T('吉林24年城镇新增就业多少'),
  T('农村劳动力转移就业呢', 'figure', 'JL25', F('农村劳动力转移就业295.56万人', [295.56, '万人']), 'elliptical', 'topic-switch'),
  T('25年目标是多少', 'target', 'JL25', F('农村劳动力转移就业270万人', [270, '万人']), 'elliptical', 'year-switch', 'two-digit-year'),
]);
conv([
  T('云南24年新增技能人才多少'),
  T('专业人才呢', 'figure', 'YN25', F('新增技能人才74万、专业人才8.1万', [8.1, '万']), 'elliptical', 'topic-switch', 'second-of-pair'),
  T('首席技师呢', 'figure', 'YN25', F('首席技师73人', [73, '人']), 'elliptical', 'topic-switch'),
]);
conv([
  T('How many high-level talents did Zhejiang bring in in 2024?'),
  T('And how many of them were top talents?', 'figure', 'ZJ25', F('其中引进顶尖人才41人', [41, '人']), 'elliptical', 'part-vs-total', 'en'),
  T('浙江24年新增上市公司多少家', 'figure', 'ZJ25', F('新增“雄鹰”企业50家、上市公司23家', [23, '家']), 'no-inherit', 'topic-switch', 'mixed-language', 'two-digit-year'),
]);
conv([
  T('How many families in Anhui got the childcare subsidy last year?'),
  T('减免学前保教费的儿童有多少', 'figure', 'AH26', F('57.6万名儿童享受减免幼儿园学前一年保育教育费', [57.6, '万名']), 'elliptical', 'topic-switch', 'mixed-language'),
  T('And PM2.5?', 'figure', 'AH26', F('全省PM_2.5平均浓度下降12.1%', pct(12.1)), 'elliptical', 'topic-switch', 'en'),
]);
conv([
  T('上海去年建成多少个美丽街区'),
  T('新城功能性导入事项落地了多少项', 'figure', 'SH26', F('加快落地新一批22项新城功能性导入事项', [22, '项']), 'elliptical', 'topic-switch'),
  T('长三角示范区的制度创新成果累计多少项了', 'figure', 'SH26', F('累计达到161项', [161, '项']), 'elliptical', 'topic-switch'),
]);
conv([
  T('广东24年国考断面水质优良率多少'),
  T('污水处理能力新增多少', 'figure', 'GD25', F('新增污水管网超2000公里、污水处理能力超30万吨/日', [30, '万吨/日']), 'elliptical', 'topic-switch'),
  T('污水管网呢', 'figure', 'GD25', F('新增污水管网超2000公里', [2000, '公里']), 'elliptical', 'topic-switch'),
]);
conv([
  T('浙江24年省政协提案办了多少件'),
  T('人大代表建议呢', 'figure', 'ZJ25', F('办理省人大代表建议890件', [890, '件']), 'elliptical', 'topic-switch'),
  T('And Hunan?', 'figure', 'HN25', F('办理省人大代表建议1004件', [1004, '件']), 'elliptical', 'place-switch', 'en', 'mixed-language'),
]);
conv([
  T('山东去年新增了多少家上市公司'),
  T('村镇银行完成改革的有多少家', 'figure', 'SD26', F('35家村镇银行完成改革任务', [35, '家']), 'elliptical', 'topic-switch'),
  T('产业大脑打造了多少个', 'figure', 'SD26', F('打造“产业大脑”130个', [130, '个']), 'elliptical', 'topic-switch'),
]);
conv([
  T('福建去年以旧换新带动消费多少'),
  T('惠及多少消费者', 'figure', 'FJ26', F('惠及消费者750多万人次', [750, '万人次']), 'elliptical', 'growth-after-level'),
  T('两岸共通标准累计出台了多少项', 'figure', 'FJ26', F('累计出台326项两岸共通标准', [326, '项']), 'topic-switch'),
]);
conv([
  T('国务院23年报告里进口通关时间压减了多少'),
  T('出口呢', 'figure', 'CN23', F('进口、出口通关时间分别压减67%和92%', pct(92)), 'elliptical', 'second-of-pair'),
  T('负面清单条数呢', 'multi', 'CN23', F('全国和自由贸易试验区负面清单条数分别压减51%、72%', pct(51), pct(72)), 'elliptical', 'topic-switch'),
]);
conv([
  T('江苏24年生产安全事故死亡人数下降多少'),
  T('浙江呢', 'figure', 'ZJ25', F('生产安全事故起数、死亡人数分别下降16.8%、15.7%', pct(15.7)), 'elliptical', 'place-switch', 'second-of-pair'),
  T('云南呢', 'figure', 'YN25', F('生产安全事故起数、死亡人数分别下降9.1%、11.5%', pct(11.5)), 'elliptical', 'place-switch', 'second-of-pair'),
]);
conv([
  T('湖南24年道路交通事故亡人下降多少'),
  T('森林火灾呢', 'figure', 'HN25', F('森林火灾数量下降56.2%', pct(56.2)), 'elliptical', 'topic-switch'),
  T('吉林24年安置了多少户危房群众', 'figure', 'JL25', F('安置危房群众866户', [866, '户']), 'no-inherit', 'place-switch', 'topic-switch', 'two-digit-year'),
]);
conv([
  T('How many Macao-funded companies are there in Hengqin?'),
  T('How much is that up from three years ago?', 'figure', 'GD25', F('澳资企业超6600户、较3年前增长44%', pct(44)), 'elliptical', 'growth-after-level', 'en'),
  T('And the share of the "four new" industries?', 'figure', 'GD25', F('“四新”产业占比提高到55%', pct(55)), 'elliptical', 'topic-switch', 'en'),
]);
conv([
  T('云南24年西电东送电量增长多少'),
  T('全社会用电量呢', 'figure', 'YN25', F('规模以上工业发电量、全社会用电量、西电东送电量分别增长10.6%、10.9%、22.9%', pct(10.9)), 'elliptical', 'second-of-pair'),
  T('那发电量呢', 'figure', 'YN25', F('规模以上工业发电量、全社会用电量、西电东送电量分别增长10.6%、10.9%、22.9%', pct(10.6)), 'elliptical'),
]);
conv([
  T('北京去年三级医院给基层投放了多少号源'),
  T('转诊量增长多少', 'figure', 'BJ26', F('转诊量增长90%', pct(90)), 'elliptical', 'topic-switch'),
  T("What's the target for district coverage of close-knit urban medical groups this year?", 'target', 'BJ26', F('新建5个以上紧密型城市医疗集团、区级覆盖率达80%以上', pct(80)), 'elliptical', 'year-switch', 'relative-year', 'en', 'mixed-language'),
]);
conv([
  T('安徽去年新增多少家科技型中小企业'),
  T('未来产业先导区集聚了多少核心企业', 'figure', 'AH26', F('集聚产业链核心企业超150家', [150, '家']), 'elliptical', 'topic-switch'),
  T('自贸区累计推出多少项制度创新成果', 'figure', 'AH26', F('累计推出259项制度创新成果', [259, '项']), 'elliptical', 'topic-switch'),
  T('其中全国首创多少', 'figure', 'AH26', F('其中56项为全国首创', [56, '项']), 'elliptical', 'part-vs-total'),
]);
conv([
  T('江苏去年有多少所高校入选双一流'),
  T('学科呢', 'figure', 'JS26', F('16所高校、48个学科入选“双一流”建设名单', [48, '个']), 'elliptical', 'second-of-pair'),
  T('特色田园乡村建成多少个了', 'figure', 'JS26', F('建成3000多个宜居宜业和美乡村及820个特色田园乡村', [820, '个']), 'elliptical', 'topic-switch', 'second-of-pair'),
]);
conv([
  T('浙江24年争取中央预算内投资多少'),
  T('纳入国家用地保障的项目有多少个', 'figure', 'ZJ25', F('301个项目纳入国家用地保障范围', [301, '个']), 'elliptical', 'topic-switch'),
  T('新增建设用地呢', 'figure', 'ZJ25', F('新增建设用地32.8万亩', [32.8, '万亩']), 'elliptical', 'topic-switch'),
]);
conv([
  T('湖南24年总算力多少'),
  T('智能算力呢', 'figure', 'HN25', F('智能算力达2000PF', [2000]), 'elliptical', 'second-of-pair'),
  T('总算力增速呢', 'figure', 'HN25', F('总算力突破7000PF、增长34.6%', pct(34.6)), 'elliptical', 'growth-after-level'),
  T('How many rural 4G/5G base stations will Hunan build in 2025?', 'target', 'HN25', F('新建7000个农村4G/5G基站', [7000, '个']), 'topic-switch', 'year-switch', 'en', 'mixed-language'),
]);

// ---------------------------------------------------------------------------------------------------------------
// Split as fresh-l, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it (conversations
// dealt alternately in SHA-1 order, the first side by the SHA-1 of "conversation").
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'm', last: 'l' });
