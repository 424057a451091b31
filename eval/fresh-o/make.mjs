#!/usr/bin/env node
// Writes the fresh-o sets: eval/fresh-o/o-tune.jsonl and eval/fresh-o/o-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-o/make.mjs [--check]
//
// A third held-out question set written BEFORE any fix, as fresh-m and fresh-n, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording, over the fresh-l corpus (.cache/eval-corpus-l: the
// seed corpus, the 20 external work reports and the 云南 / 湖南 (Word) and 吉林 (PDF) 2025 reports), with wording other
// than fresh-n's (new verbs, new ellipses, typos, mixed scripts, very short and long rambling asks). Six parts:
//   1. conversations of 3–4 turns (every later turn scored): 那农村呢 / 同比呢 / 比上年多了多少 / 占比呢 / 25年目标定的多少 /
//      换成湖南 / 上一年的 / 再说说出口 / "what about the target?" / "and in 2024?" / "how about Yunnan", a follow-up after a
//      not-answerable turn, after an outline and after a trend turn, zh/en mixed threads, complete new questions;
//   2. English single-turn questions, figures not the first of their sentence where possible, 4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure;
//   4. trends (从…到 / 由…到 sentences, plan-period steps, two years of one place) and A vs B comparisons;
//   5. several indicators in one ask (multi), overviews and outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-03: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-n: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-n, plus the
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
// kinds as fresh-n: second-of-pair, growth-after-level (also the level after an increment), amount-after-count,
// from-to, part-vs-total, share-vs-growth, target-vs-actual, after-other (another indicator's figure comes first)
s('figure', 'YN25', '云南工业“新三样”24年增加值涨了几个点', F('云南工业“新三样”增加值增长8.2%', pct(8.2)), 'after-other', 'two-digit-year');
s('figure', 'YN25', '云南产业民间投资在全部民间投资里占多大比重', F('产业民间投资占全部民间投资比重达66.5', pct(66.5)), 'share-vs-growth');
s('figure', 'YN25', '云南有机产品低碳产品认证证书数 全国第几', F('有机产品和低碳产品认证证书数均居全国第2位', [2]), 'after-other', 'rank');
s('figure', 'YN25', 'yn法治建设群众满意率保持在多少以上', F('法治建设群众满意率连续5年保持97%以上', pct(97)), 'after-other', 'mixed-script', 'short');
s('target', 'YN25', '云南25年“小灯塔”示范企业打算弄几户', F('“小灯塔”示范企业15户', [15, '户']), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'YN25', '云南惠民实事里县级儿童急救点要建几个', F('70个具有I级及以上水平的县级儿童急救点', [70, '个']), 'target', 'after-other');
s('target', 'YN25', '云南今年…哦不 25年 银龄工程师计划引进多少名', F('银龄工程师650名', [650, '名']), 'target', 'second-of-pair', 'two-digit-year', 'long');
s('figure', 'HN25', '湖南24年规模工业增加值增速高出全国多少', F('规模工业增加值增长7.3%、高于全国1.5个百分点', [1.5, '个百分点']), 'growth-after-level', 'two-digit-year');
s('figure', 'HN25', '湖南24年金融让利了多少亿', F('推动减退降税费超560亿元、金融让利202亿元', [202, '亿元']), 'second-of-pair', 'two-digit-year');
s('figure', 'HN25', '湖男工业百亿企业现在一共几家', F('新培育百亿企业11家,工业百亿企业总数达53家', [53, '家']), 'growth-after-level', 'typo');
s('figure', 'HN25', '湘 上云上平台的企业有多少万家', F('上云上平台企业15.6万家', [15.6, '万家']), 'second-of-pair', 'abbrev', 'short');
s('figure', 'HN25', '湖南保交房交付率到了多少', F('“保交楼”“保交房”交付率分别达100%、98%', pct(98)), 'second-of-pair');
s('target', 'HN25', '湖南25年推进的省重点项目是多少个 总投资1.78万亿那个', F('推进好总投资1.78万亿元的289个省重点项目', [289, '个']), 'target', 'after-other', 'two-digit-year');
s('target', 'HN25', '湖南25年省属本科高校宿舍床位新增几万个', F('新增省属本科高校学生宿舍床位6万个', [6, '万个']), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'HN25', '湖南今年…25年 大学生创业孵化基地建多少个', F('建设大学生创业孵化基地20个', [20, '个']), 'target', 'second-of-pair', 'two-digit-year');
s('figure', 'FJ25', '福建24年各类社会救助资金发了多少', F('发放各类社会救助资金57.7亿元', [57.7, '亿元']), 'after-other', 'two-digit-year');
s('figure', 'FJ25', '福建24年初信初访一次性化解率多少', F('初信初访一次性化解率98.4%', pct(98.4)), 'second-of-pair', 'two-digit-year');
s('target', 'FJ25', '福建25年省重点项目年度计划投资多少亿', F('实施省重点项目1550个、年度计划投资7150亿元', [7150, '亿元']), 'target', 'amount-after-count', 'two-digit-year');
s('target', 'FJ25', '福健25年客货邮融合线路要到多少条', F('客货邮融合线路达800条', [800, '条']), 'target', 'after-other', 'two-digit-year', 'typo');
s('figure', 'FJ26', '福建第十一批省级文保单位公布了多少处', F('核定公布第十一批省级文物保护单位133处', [133, '处']), 'second-of-pair');
s('figure', 'FJ26', '福建那164条县域重点产业链产值占全省多少', F('产值占全省比重超50%', pct(50)), 'share-vs-growth');
s('figure', 'GD25', '广东24年有多少个县市整体经济增速跑赢全省', F('57个县(市)整体经济增速快于全省', [57, '个']), 'after-other', 'two-digit-year');
s('figure', 'GD25', '广东按小城市标准规划建设的中心镇几个', F('推动65个中心镇按照小城市标准规划建设', [65, '个']), 'second-of-pair');
s('figure', 'GD25', '广东自然村生活污水治理率提高到多少了', F('自然村生活污水治理率提高到75%以上', pct(75)), 'after-other');
s('figure', 'GD25', '广东大型产业集聚区24年新投产亿元以上项目多少个', F('大型产业集聚区新投产亿元以上项目超270个', [270, '个']), 'amount-after-count', 'two-digit-year');
s('target', 'GD25', '广东25年城市排涝能力要提升多少立方米每秒', F('提升改造城市排涝能力600立方米/秒', [600, '立方米/秒']), 'target', 'after-other', 'two-digit-year');
s('target', 'GD25', '广东25年改造农村危旧桥 其中通双车道的多少座', F('其中增加超120座桥梁通双车道', [120, '座']), 'target', 'part-vs-total', 'two-digit-year');
s('figure', 'GD26', '广东去年百万英才汇南粤吸纳了多少高校毕业生', F('“百万英才汇南粤”行动吸纳超110万名高校毕业生在粤', [110, '万名']), 'after-other', 'relative-year');
s('figure', 'GD26', '深圳综合改革试点有多少项经验在全国推广', F('深圳综合改革试点48项经验获全国推广', [48, '项']), 'second-of-pair');
s('figure', 'GD26', '广东国家产业创新中心累计几家', F('3家国家产业创新中心', [3, '家']), 'second-of-pair');
s('target', 'GD26', '广东今年农村公路里 县道提档升级多少公里', F('其中县道提档升级建设里程超600公里', [600, '公里']), 'target', 'part-vs-total', 'relative-year');
s('target', 'GD26', '粤 今年绿美带建几条', F('重点建设40个绿美点和6条绿美带', [6, '条']), 'target', 'second-of-pair', 'abbrev', 'short', 'relative-year');
s('figure', 'ZJ25', '浙江国家先进制造业集群总数到几个了', F('国家先进制造业集群4个、总数达到8个', [8, '个']), 'growth-after-level');
s('target', 'ZJ25', '浙江25年地表水国控断面一到三类水质比例不低于多少', F('地表水国控断面I—III类水质比例不低于97.5%', pct(97.5)), 'target', 'after-other', 'two-digit-year');
s('target', 'ZJ25', '浙江25年重点群体就业帮扶里 离校未就业的高校毕业生有多少', F('其中离校未就业高校毕业生6万人', [6, '万人']), 'target', 'part-vs-total', 'two-digit-year');
s('figure', 'ZJ26', '浙江去年下达的育儿补贴资金有多少', F('下达2025年中央及省级育儿补贴资金26.4亿元', [26.4, '亿元']), 'after-other', 'relative-year');
s('target', 'ZJ26', 'zj今年体彩公益助残点建几个', F('建设体彩公益助残点300个', [300, '个']), 'target', 'second-of-pair', 'mixed-script', 'relative-year');
s('figure', 'SD25', '山东东营津辉那个电化学储能项目多大', F('东营津辉500兆瓦电化学储能项目并网', [500, '兆瓦']), 'second-of-pair');
s('target', 'SD25', '山冻25年500万以上技改项目搞多少个', F('实施500万元以上技改项目1.2万个左右', [1.2, '万个']), 'target', 'amount-after-count', 'two-digit-year', 'typo');
s('target', 'SD26', '山东今年镇街区域养老服务中心培育几家', F('培育镇街区域养老服务中心100家', [100, '家']), 'target', 'second-of-pair', 'relative-year');
s('figure', 'AH25', '安徽24年几所县级公立医院新晋三级', F('25所县级公立医院新晋三级医院', [25, '所']), 'after-other', 'two-digit-year');
s('figure', 'AH25', '皖 24年绿色食品全产业链产值涨了多少', F('绿色食品全产业链产值增长12.6%', pct(12.6)), 'after-other', 'abbrev', 'two-digit-year');
s('target', 'AH25', '安徽25年皖北多少个县要完成地下水水源替换', F('完成皖北28个县(市、区)地下水水源替换', [28, '个']), 'target', 'after-other', 'two-digit-year');
s('target', 'BJ25', '北京25年生化处理能力日均新增多少吨', F('新增生化处理能力日均1200吨', [1200, '吨']), 'target', 'after-other', 'two-digit-year');
s('figure', 'JS25', '江苏经济普查以后GDP一共往上修了多少亿', F('全省共增加2702亿元', [2702, '亿元']), 'after-other');
s('target', 'JS25', '江苏25年民生实事一共多少件', F('优化安排12类45件民生实事', [45, '件']), 'target', 'amount-after-count', 'two-digit-year');
s('figure', 'CN23', '过去五年政府负债率控制在多少左右', F('政府负债率控制在50%左右', pct(50)), 'after-other', 'five-year-review');
s('figure', 'CN23', '全国布局建设了多少个国家区域医疗中心', F('布局建设76个国家区域医疗中心', [76, '个']), 'second-of-pair', 'five-year-review');

// ---- 2. English single-turn, as a foreign journalist or analyst writes ----------------------------------------------
e('figure', 'JL25', 'How many years in a row has Jilin gone without a major forest fire?', F('连续44年无重大森林火灾', [44, '年']), 'after-other');
e('target', 'JL25', 'How many provincial seed-breeding innovation platforms is Jilin building in 2025?', F('加快6个省级育种创新平台建设', [6, '个']), 'year');
e('target', 'JL25', "What share of Jilin's investment is meant to go into industry this year — sorry, in 2025?", F('产业投资占比超过50%', pct(50)), 'year', 'long');
e('figure', 'JL25', 'How many households got their untitled homes registered in Jilin?', F('解决9.5万户“无籍房”办证问题', [9.5, '万户']));
e('figure', 'JL25', 'How many elderly canteens and meal points did Jilin add in 2024?', F('新增助老餐厅餐点1327个', [1327, '个']), 'year');
e('target', 'JL25', 'jilin industrial investment plan 2025, how much?', F('产业投资超过1300亿元', [1300, '亿元']), 'year', 'lowercase', 'short');
e('figure', 'JL25', "Where does Jilin's grain output rank nationally?", F('总产量达到853.2亿斤,全国第4的地位进一步巩固', [4]), 'rank', 'after-other');
e('figure', 'HN25', 'How many "four-above" enterprises does Hunan have now?', F('“四上”企业突破6万家', [6, '万家']), 'after-other');
e('figure', 'HN25', "How fast did Hunan's core digital economy industries grow in 2024?", F('数字经济核心产业增加值增长9%以上', pct(9)), 'year', 'after-other');
e('figure', 'HN25', 'By how much did Hunan cut society-wide logistics costs?', F('全社会物流成本下降0.4个百分点', [0.4, '个百分点']), 'after-other');
e('figure', 'HN25', "What was the total investment of the projects signed at Hunan's big trade events in 2024?", F('签约项目近500个、总投资超2600亿元', [2600, '亿元']), 'year', 'amount-after-count');
e('figure', 'HN25', 'How many R&D platforms did Xiangjiang Science City bring in?', F('湘江科学城新引进落地研发平台30个', [30, '个']), 'after-other');
e('figure', 'YN25', 'By how much did inbound overnight visitors to Yunnan grow in 2024?', F('接待入境过夜游客增长168%', pct(168)), 'year', 'after-other');
e('figure', 'YN25', "What share of Yunnan's above-scale industrial output comes from its 89 development zones?", F('89个开发区规上工业总产值占全省比重达78%', pct(78)), 'second-of-pair');
e('figure', 'YN25', 'Where does Yunnan rank in China for electrolytic aluminium capacity?', F('单晶硅、电解铝产能分别居全国第2、第4位', [4]), 'second-of-pair', 'rank');
e('target', 'YN25', 'How many border tourism demo villages will Yunnan build in 2025?', F('30个边境旅游示范村', [30, '个']), 'year', 'second-of-pair');
e('figure', 'FJ25', "How much did Fujian's 1,593 provincial key projects invest in 2024?", F('1593个省重点项目完成投资7295亿元', [7295, '亿元']), 'year', 'amount-after-count');
e('figure', 'FJ25', 'How many talents did Fujian bring in under its provincial "Hundred Talents" programme?', F('省引才“百人计划”引进急需紧缺人才121人', [121, '人']), 'after-other');
e('figure', 'GD25', 'How many vehicles use the Shenzhen-Zhongshan Link on an average day?', F('日均车流量超8万辆次', [8, '万辆次']), 'after-other');
e('figure', 'GD25', 'About how many overseas buyers did the 135th and 136th Canton Fairs attract?', F('共吸引约50万名境外采购商', [50, '万名']), 'after-other');
e('figure', 'GD26', "What share of Guangdong's economy is the tertiary sector?", F('三次产业比重为4.0∶37.7∶58.3', [58.3]), 'share-vs-growth');
e('figure', 'GD26', 'What is life expectancy in Guangdong now?', F('人均预期寿命提高到80岁以上', [80, '岁']), 'after-other');
e('figure', 'ZJ25', "How many households benefit from Zhejiang's lower rates on existing mortgages?", F('每年可减少房贷利息支出约130亿元、惠及310万户家庭', [310, '万户']), 'second-of-pair');
e('figure', 'ZJ26', "How many 'self-review, self-issue' projects did Zhejiang's special bonds support?", F('支持“自审自发”项目2146个', [2146, '个']), 'amount-after-count');
e('target', 'ZJ26', 'How many green (low-carbon) factories will Zhejiang build this year?', F('绿色(低碳)工厂150家', [150, '家']), 'relative-year', 'second-of-pair');
e('figure', 'SD25', "How many of Shandong's practices, like its hotline, were rolled out nationwide?", F('便民热线等19项典型经验在全国推广', [19, '项']), 'after-other');
e('figure', 'SD26', "How much did Shandong's 211 key marine projects invest last year?", F('211个涉海重点项目完成投资超800亿元', [800, '亿元']), 'relative-year', 'amount-after-count');
e('figure', 'AH25', 'How many industrial innovation teams did Anhui back in 2024?', F('产业创新团队50支', [50, '支']), 'year', 'second-of-pair');
e('figure', 'AH25', "Anhui's 240-hour visa-free transit — does it cover the whole province?", F('我省全域纳入240小时过境免签停留区域', [240, '小时']), 'after-other');
e('figure', 'BJ25', 'How many special school, hospital and tourist bus lines did Beijing launch in 2024?', F('推出通学、通医、通游专线352条', [352, '条']), 'year', 'second-of-pair');
e('target', 'BJ25', 'How many parking spaces will Beijing add in 2025 using idle space and air-raid shelters?', F('利用闲置空间、人防工程等建设2.5万个停车位', [2.5, '万个']), 'year', 'after-other');
e('figure', 'SH25', "How many reform measures were in Shanghai's business environment 7.0 package?", F('优化营商环境7.0版150项改革举措全面完成', [150, '项']), 'after-other');
e('figure', 'JS25', "How many projects did Jiangsu's smart-manufacturing drive actually retrofit?", F('改造项目5.6万余个', [5.6, '万']), 'second-of-pair');
e('figure', 'JS26', 'How many national key industrial R&D projects does Jiangsu undertake?', F('承担国家重点产业攻关项目347个', [347, '个']), 'second-of-pair');
e('figure', 'JS26', 'how many jiangsu works won the Wenhua Award', F('6部作品获文华奖', [6, '部']), 'lowercase', 'after-other');
e('figure', 'CN23', "By how much did China's car ownership grow over the five years to 2022?", F('汽车保有量突破3亿辆、增长46.7%', pct(46.7)), 'growth-after-level', 'five-year-review');
e('figure', 'CN23', 'How many poor people were relocated in China under poverty alleviation?', F('960多万贫困人口实现易地搬迁', [960, '万']), 'second-of-pair', 'five-year-review');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe("What was Henan's GDP last year?", 'nf-place', 'relative-year');
nfe('Heilongjiang grain output 2024?', 'nf-place', 'year', 'short');
nfe("What was Jiangsu's GDP growth in 2010?", 'nf-year', 'year');
nfe("What's the average wage in Shanghai?", 'nf-indicator');

// ---- 4. trends and comparisons across reports --------------------------------------------------------------------
f('trend', 'trend-ask', 'CN23', '小微企业所得税实际最低税负率降到多少了 原来是多少', F('小微企业所得税实际最低税负率从10%降至2.5%', pct(2.5), pct(10)), 'from-to', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '工业产品生产许可证 这些年砍到只剩几类', F('工业产品生产许可证从60类减少到10类', [10, '类'], [60, '类']), 'from-to', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '过去五年全国居民人均可支配收入年均增长多少', F('全国居民人均可支配收入年均增长5.1%', pct(5.1)), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'CN23', "How fast did China's goods trade grow a year over the five years to 2022?", F('货物进出口总额年均增长8.6%', pct(8.6)), 'plan-period', 'five-year-review', 'en');
f('trend', 'trend-ask', 'CN23', '小规模纳税人增值税起征点前后调了多少', F('将小规模纳税人增值税起征点从月销售额3万元提高到15万元', [3, '万元'], [15, '万元']), 'from-to', 'five-year-review');
f('trend', 'trend-ask', 'CN22', '科技型中小企业研发费用加计扣除比例22年从多少提到多少', F('将科技型中小企业加计扣除比例从75%提高到100%', pct(75), pct(100)), 'from-to', 'two-digit-year');
f('trend', 'trend-ask', 'CN23', '过去十年中国GDP年均增速多少 总共多了多少', F('十年增加近70万亿元、年均增长6.2%', pct(6.2), [70, '万亿元']), 'plan-period');
f('trend', 'trend-ask', 'BJ26', '北京十四五期间经济总量跨了哪几个台阶', F('经济总量连续迈上4万亿、5万亿两个台阶', [4, '万亿'], [5, '万亿']), 'plan-period');
f('trend', 'trend-ask', 'ZJ26', 'How did Zhejiang’s GDP grow over the 14th five-year plan — which trillion marks did it cross?', F('全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶', [7, '万亿'], [8, '万亿'], [9, '万亿']), 'plan-period', 'en');
f('trend', 'trend-ask', 'BJ26', '北京过去五年城乡建设用地减了多少', F('城乡建设用地规模减量约50平方公里', [50, '平方公里']), 'plan-period');
e('figure', 'CN23', 'how many people took part in the 双创活动周 over those eight editions', F('连续举办8届全国双创活动周、超过5.2亿人次参与', [5.2, '亿人次']), 'mixed-script', 'amount-after-count', 'lowercase');
f('comparison', 'comparison-ask', ['BJ26', 'BJ25'], '北京立改废政府规章 去年跟前年比多了几项', F(['立改废政府规章18项', '制定修改废止政府规章4项'], [18, '项'], [4, '项']), 'relative-year', 'year-compare');
f('comparison', 'comparison-ask', ['GD25', 'FJ25'], '巴黎奥运会上广东和福建的运动员各拿了几块金牌', F(['斩获8金4银4铜', '分别摘得2金2银1铜'], [8, '金'], [2, '金']), 'two-reports');
f('comparison', 'comparison-ask', ['GD25', 'SD25'], '适老化改造 广东累计做的和山东24年做的 哪个多', F(['累计完成8.8万户特殊困难老年人家庭适老化改造', '特殊困难家庭适老化改造3万户'], [8.8, '万户'], [3, '万户']), 'two-reports', 'two-digit-year');
f('comparison', 'comparison-ask', ['YN25', 'ZJ26'], '云南24年启动的省级零碳园区 和浙江今年要启动的 数量比一比', F(['10个省级零碳园区启动建设', '启动建设省级零碳园区20个'], [10, '个'], [20, '个']), 'two-reports', 'relative-year', 'two-digit-year');
f('comparison', 'comparison-ask', ['GD26', 'GD25'], '广东农产品抽检今年计划和药品抽检25年计划 哪个批次多', F(['开展农产品定量抽检超2.3万批次', '药品监督抽检超1.5万批次'], [2.3, '万批次'], [1.5, '万批次']), 'year-compare', 'relative-year');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'YN25', '云南25年大型灌区、大中型水库分别开工几件', F('开工建设3件大型灌区、5件大中型水库', [3, '件'], [5, '件']), 'two-digit-year');
f('multi', 'multi-ask', 'ZJ25', '浙江节庆论坛展会各压减了多少', F('数量分别压减75%、95%、73%', pct(75), pct(95), pct(73)));
f('multi', 'multi-ask', 'FJ26', '福建国家级和省级区域医疗中心分别建成几个', F('建成8个国家级、13个省级区域医疗中心', [8, '个'], [13, '个']));
f('multi', 'multi-ask', 'AH25', '安徽高效办成一件事 办理时限和提交材料各压了多少', F('上线运行重点事项办理时限压缩69%,提交材料减少60%', pct(69), pct(60)));
f('multi', 'multi-ask', 'HN25', '湖南园区规上工业增加值和税收增速分别比全省高几个点', F('园区规模工业增加值、税收增速分别高于全省2.2个和3.7个百分点', [2.2, '个百分点'], [3.7, '个百分点']));
f('multi', 'multi-ask', 'GD26', 'gd今年农产品定量抽检里农兽药残留检测多少 合格率要到多少', F('其中农兽药残留检测超9000批次,实现农产品质量安全例行监测合格率达98%以上', [9000, '批次'], pct(98)), 'mixed-script', 'part-vs-total', 'relative-year');
f('overview', 'overview-ask', 'YN25', '云南24年经济咋样', { ...F('全省完成地区生产总值31534亿元、增长3.3%'), lead: 3.3 }, 'two-digit-year', 'short');
f('overview', 'overview-ask', 'HN25', '想了解下湖南2024年全年经济运行的大概情况 增速和总量', { ...F('全年增长4.8%、总量达5.3万亿元'), lead: 4.8 }, 'year', 'long');
f('outline', 'outline-ask', 'JL25', '吉林25年打算干哪几件大事', O('JL25'), 'two-digit-year');
f('outline', 'outline-ask', 'AH26', '安徽今年政府工作重点抓哪几块', O('AH26'), 'relative-year');
f('outline', 'outline-ask', 'SH26', "What are Shanghai's main tasks for this year?", O('SH26'), 'en', 'relative-year');
f('outline', 'outline-ask', 'JS26', '江苏26年工作安排列一下', O('JS26'), 'two-digit-year', 'short');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('河南去年GDP总量多少亿', 'nf-place', 'relative-year');
nf('湖北今年经济增长目标是多少', 'nf-place', 'relative-year');
nf('黑龙江24年粮食总产量', 'nf-place', 'two-digit-year', 'short');
nf('宁夏城镇新增就业去年多少人', 'nf-place', 'relative-year');
nf('江苏2018年GDP增速多少', 'nf-year', 'year');
nf('浙江2010年的一般公共预算收入是多少', 'nf-year', 'year');
nf('北京去年城镇非私营单位平均工资多少', 'nf-indicator', 'relative-year');
nf('上海去年离婚登记多少对', 'nf-indicator', 'relative-year');
nf('广东体育彩票销量多少', 'nf-indicator');
nf('杭州地铁客流量一天多少人次', 'nf-indicator');
nf('山东结婚登记数 去年', 'nf-indicator', 'relative-year', 'short');
nf('老板让我查一下湖南去年的自杀率数据 报告里有没有提 有的话给个数', 'nf-indicator', 'relative-year', 'long');

// ---- 1. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('吉林24年空气质量优良天数比例多少'),
  T('what about the target?', 'target', 'JL25', F('空气优良天数保持在93%左右', pct(93)), 'elliptical', 'en', 'mixed-language', 'year-switch'),
  T('水呢', 'target', 'JL25', F('优良水体保持在85%以上', pct(85)), 'elliptical', 'topic-switch', 'short'),
  T('24年实际做到多少', 'figure', 'JL25', F('国考断面优良水体达到89%', pct(89)), 'elliptical', 'year-switch', 'two-digit-year'),
]);
conv([
  T('湖南25年散居孤儿补贴标准提到多少'),
  T('集中养育的呢', 'target', 'HN25', F('散居和集中养育孤儿补贴标准提高到不低于1200元/月和1700元/月', [1700, '元/月']), 'elliptical', 'second-of-pair'),
  T('残疾人两项补贴呢', 'target', 'HN25', F('残疾人“两项补贴”标准提高到每人100元/月', [100, '元/月']), 'elliptical', 'topic-switch'),
]);
conv([
  T('安徽25年城市生活污水集中收集率要到多少'),
  T('那农村呢', 'target', 'AH25', F('治理农村黑臭水体1400个以上', [1400, '个']), 'elliptical', 'second-of-pair'),
  T('皖北新优质学校建几所', 'target', 'AH25', F('重点建设新优质学校112所', [112, '所']), 'elliptical', 'topic-switch'),
]);
conv([
  T('福建24年一般公共预算总收入多少'),
  T('同比呢', 'figure', 'FJ25', F('一般公共预算总收入5955.6亿元、增长0.8%', pct(0.8)), 'elliptical', 'growth-after-level', 'short'),
  T('广东去年组建的省战略性新兴产业投资引导基金规模多大', 'figure', 'GD26', F('组建总规模1000亿元的省战略性新兴产业投资引导基金', [1000, '亿元']), 'no-inherit', 'place-switch', 'topic-switch', 'relative-year'),
]);
conv([
  T('北京24年空气优良天数多少天'),
  T('比上年多了多少', 'figure', 'BJ25', F('优良天数达到290天、增加19天', [19, '天']), 'elliptical', 'growth-after-level'),
  T('城乡建设用地又减了多少', 'figure', 'BJ25', F('城乡建设用地再减量6.6平方公里', [6.6, '平方公里']), 'elliptical', 'topic-switch'),
]);
conv([
  T('湖南园区税收增速比全省高多少'),
  T('占比呢', 'figure', 'HN25', F('贡献了全省74.6%的规模工业增加值和40%左右的税收', pct(40)), 'elliptical', 'share-vs-growth', 'short'),
  T('国家技术创新中心几家', 'figure', 'HN25', F('国家技术创新中心达3家', [3, '家']), 'elliptical', 'topic-switch'),
]);
conv([
  T('湖南24年地方一般公共预算收入增长多少'),
  T('高出全国几个点', 'figure', 'HN25', F('地方一般公共预算收入增长2.6%、高于全国0.9个百分点', [0.9, '个百分点']), 'elliptical', 'growth-after-level'),
  T('25年目标定的多少', 'target', 'HN25', F('地方一般公共预算收入增长2.5%', pct(2.5)), 'elliptical', 'year-switch', 'two-digit-year'),
]);
conv([
  T('福建25年计划新增多少专精特新中小企业'),
  T('换成湖南', 'target', 'HN25', F('省级以上专精特新中小企业800家', [800, '家']), 'elliptical', 'place-switch'),
  T('河南呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place'),
  T('那湖南新增百亿企业目标几家', 'target', 'HN25', F('力争新增百亿企业10家', [10, '家']), 'after-not-found', 'place-switch', 'topic-switch'),
]);
conv([
  T('安徽24年国家区域医疗中心有几个'),
  T('换成江苏', 'figure', 'JS25', F('4家国家区域医疗中心全面开工建设', [4, '家']), 'elliptical', 'place-switch'),
  T('高水平医院呢', 'figure', 'JS25', F('16家高水平医院建设加速推进', [16, '家']), 'elliptical', 'topic-switch'),
]);
conv([
  T('How many national key clinical specialties does Shandong aim for in 2025?'),
  T('how about Yunnan', 'target', 'YN25', F('建好18个省级临床医学中心、40个国家临床重点专科', [40, '个']), 'elliptical', 'place-switch', 'en', 'second-of-pair'),
  T('省级临床医学中心呢', 'target', 'YN25', F('建好18个省级临床医学中心', [18, '个']), 'elliptical', 'topic-switch', 'mixed-language'),
  T('and how many township health centres will it upgrade?', 'target', 'YN25', F('完成30个重点中心乡镇卫生院提质建设', [30, '个']), 'elliptical', 'topic-switch', 'en'),
]);
conv([
  T('北京去年办理市人大代表议案几项'),
  T('and in 2024?', 'figure', 'BJ25', F('办理市人大代表议案4项', [4, '项']), 'elliptical', 'year-switch', 'en', 'mixed-language'),
  T('地方性法规草案提请审议了几项', 'figure', 'BJ25', F('提请市人大常委会审议地方性法规草案7项', [7, '项']), 'elliptical', 'topic-switch'),
]);
conv([
  T('浙江今年要改造提升多少户外劳动者服务站点'),
  T('上一年的', 'target', 'ZJ25', F('改造提升户外劳动者服务站点1500家以上', [1500, '家']), 'elliptical', 'year-switch', 'short'),
  T('其中24小时不打烊的呢', 'target', 'ZJ25', F('其中24小时不打烊站点80个', [80, '个']), 'elliptical', 'part-vs-total'),
]);
conv([
  T('安徽24年跨境电商交易额增长多少'),
  T('再说说出口 对一带一路国家的', 'figure', 'AH25', F('对共建“一带一路”国家出口额增长11%', pct(11)), 'elliptical', 'after-other'),
  T('进出口在全国排第几', 'figure', 'AH25', F('进出口总额和出口额均升至全国第9位', [9]), 'elliptical', 'topic-switch', 'rank'),
]);
conv([
  T('吉林25年重点工作有哪几块'),
  T('农机化率要到多少', 'target', 'JL25', F('农作物耕种收综合机械化率达到94.7%', pct(94.7)), 'elliptical', 'after-outline'),
  T('带动小农户呢', 'target', 'JL25', F('带动小农户规模达到160万户', [160, '万户']), 'elliptical', 'topic-switch'),
]);
conv([
  T('过去五年全国细颗粒物浓度降了多少'),
  T('地表水呢', 'trend', 'CN23', F('全国地表水优良水体比例由67.9%上升到87.9%', pct(67.9), pct(87.9)), 'elliptical', 'after-trend', 'from-to'),
  T('单位GDP能耗这五年降了多少', 'trend', 'CN23', F('单位国内生产总值能耗下降8.1%', pct(8.1)), 'elliptical', 'after-trend', 'topic-switch'),
  T('二氧化碳呢', 'trend', 'CN23', F('二氧化碳排放下降14.1%', pct(14.1)), 'elliptical', 'after-trend', 'second-of-pair'),
]);
conv([
  T('四川24年城镇新增就业多少'),
  T('那吉林呢', 'figure', 'JL25', F('城镇新增就业23.35万人', [23.35, '万人']), 'elliptical', 'place-switch', 'after-not-found'),
  T('资助了多少困难家庭考生', 'figure', 'JL25', F('资助困难家庭考生2570名', [2570, '名']), 'elliptical', 'topic-switch'),
]);
conv([
  T("What was Jilin's service sector revenue growth in 2024?"),
  T('以旧换新拉动了多少消费', 'figure', 'JL25', F('直接拉动消费190亿元', [190, '亿元']), 'elliptical', 'topic-switch', 'mixed-language'),
  T('and retail sales growth?', 'figure', 'JL25', F('社会消费品零售总额增长3%左右', pct(3)), 'elliptical', 'topic-switch', 'en'),
]);
conv([
  T('云南24年处置了几起森林火灾'),
  T('强降雨应对了几轮', 'figure', 'YN25', F('有效应对14轮强降雨和7次编号洪水', [14, '轮']), 'elliptical', 'topic-switch'),
  T('编号洪水呢', 'figure', 'YN25', F('14轮强降雨和7次编号洪水', [7, '次']), 'elliptical', 'second-of-pair', 'short'),
]);
conv([
  T('山东十四五期间建成几个国家生态文明建设示范区'),
  T('美丽海湾呢', 'figure', 'SD26', F('获批美丽河湖7个、美丽海湾16个', [16, '个']), 'elliptical', 'second-of-pair'),
  T('美丽河湖呢', 'figure', 'SD26', F('获批美丽河湖7个', [7, '个']), 'elliptical', 'short'),
]);
conv([
  T('上海25年计划启动几个城中村改造项目'),
  T('完成了吗', 'figure', 'SH26', F('城中村改造跑出“加速度”,启动26个改造项目', [26, '个']), 'elliptical', 'target-vs-actual', 'year-switch', 'short'),
  T('那24年不成套旧住房改造了多少', 'figure', 'SH25', F('31.1万平方米小梁薄板房屋等不成套旧住房改造', [31.1, '万平方米']), 'elliptical', 'year-switch', 'topic-switch', 'two-digit-year', 'second-of-pair'),
]);
conv([
  T('广东新一轮市际横向帮扶投了多少帮扶资金'),
  T('组团实施了多少重点项目', 'figure', 'GD26', F('62个省级纵向支持组团实施重点项目1000多个', [1000, '个']), 'elliptical', 'amount-after-count'),
  T('今年65岁以上老人医养结合服务率目标呢', 'target', 'GD26', F('65岁及以上老年人医养结合服务率达到40%以上', pct(40)), 'no-inherit', 'topic-switch', 'relative-year'),
]);
conv([
  T('福建24年多少家公共文化场馆延时错时开放'),
  T('惠及多少人次', 'figure', 'FJ25', F('119家公共文化场馆延时错时开放,惠及5900万人次', [5900, '万人次']), 'elliptical', 'amount-after-count'),
  T('慈善项目呢', 'figure', 'FJ25', F('慈善项目帮扶群众191万人次', [191, '万人次']), 'elliptical', 'topic-switch', 'short'),
]);

// ---------------------------------------------------------------------------------------------------------------
// Split as fresh-n, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'o', last: 'n' });
