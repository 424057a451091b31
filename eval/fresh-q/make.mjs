#!/usr/bin/env node
// Writes the fresh-q sets: eval/fresh-q/q-tune.jsonl and eval/fresh-q/q-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-q/make.mjs [--check]
//
// A fifth held-out question set written BEFORE any fix, as fresh-m … fresh-p, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording, over the fresh-l corpus (.cache/eval-corpus-l: the
// seed corpus, the 20 external work reports and the 云南 / 湖南 (Word) and 吉林 (PDF) 2025 reports), with wording other
// than fresh-p's (other follow-up phrasings, verbs, fragments, typos, mixed scripts, short and long asks). Six parts:
//   1. conversations of 3–4 turns (every later turn scored): 完工的呢 / 涨了多少 / 再往前一年呢 / 死亡人数呢 / 哪个省定得多 /
//      累计呢 / 给个准数 / "and in 2025?" / "is that more than Zhejiang?" / 和Beijing比呢 / 和Hunan比呢 / "what about 山东",
//      place / year / topic switches, complete new questions after a history (a five-year span asked first, then one
//      year), a follow-up after a not-answerable turn (a year or a place no report holds, then 最近一年的呢 / what about …),
//      after an outline turn (第三点具体讲讲), after a trend turn, zh/en mixed threads;
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin), 4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure;
//   4. trends (plan-period and 比五年前 / 是十年前的几倍 sentences) and A vs B comparisons, counts (有几个 / 多少个);
//   5. several indicators in one ask (multi), overviews and outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-03: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-p: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-p, plus the
// stricter same-sentence check). Overview cases cite the report's headline sentence on purpose (as case-checks exempts
// them): their figure is given as `lead` only.
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
// kinds as fresh-p: second-of-pair, growth-after-level, amount-after-count, part-vs-total, share-vs-growth,
// after-other (another indicator's figure comes first), rank
s('figure', 'YN25', '云南24年旅居人数同比涨了多少', F('旅居人数达389.75万、增长20.7%', pct(20.7)), 'growth-after-level', 'two-digit-year');
s('figure', 'YN25', '云南前年新拿到几个国家优势特色产业集群', F('种植面积和产量稳居全国第1位,新增2个国家优势特色产业集群', [2, '个']), 'after-other', 'relative-year', 'count');
s('target', 'YN25', '云南25年银龄科技人才计划引进几个人', F('银龄科技人才100名', [100, '名']), 'target', 'part-vs-total', 'two-digit-year');
s('target', 'YN25', '云南2025年乡镇通三级公路 新增目标是多少个', F('新改建农村公路1万公里以上,新增30个以上乡镇通三级公路', [30, '个']), 'target', 'second-of-pair', 'year');
s('figure', 'HN25', '湖南24年新三板新挂牌的企业有几家', F('新增“新三板”挂牌企业12家', [12, '家']), 'after-other', 'two-digit-year');
s('figure', 'HN25', '在湘高校的技术合同本地转化占比大概多少', F('在湘高校技术合同本地转化占比超50%', pct(50)), 'share-vs-growth', 'after-other');
s('target', 'HN25', '湖南25年单项冠军企业新增目标 多少家以上', F('单项冠军企业40家以上', [40, '家']), 'target', 'after-other', 'two-digit-year');
s('target', 'HN25', '湖南园区亩均税收今年…不对 是25年 要增长多少', F('亩均税收增长10%以上', pct(10)), 'target', 'second-of-pair', 'self-correction');
s('target', 'JL25', '吉林2025年单位GDP能耗要降多少', F('单位GDP能耗下降2%左右', pct(2)), 'target', 'after-other', 'year');
s('figure', 'AH25', '安徽24年两重项目拿到超长期国债支持的总投资有多少亿', F('争取超长期特别国债支持“两重”项目136个、总投资2747亿元', [2747, '亿元']), 'amount-after-count', 'two-digit-year');
s('figure', 'AH25', '黄山池州安庆宣城四个市服务业营收增速比全省高几个点', F('规上服务业营收合计增长16.7%、高于全省7.8个百分点', [7.8, '个百分点']), 'growth-after-level');
s('figure', 'AH25', '安徽五个一工程优秀作品奖 获奖数全国排第几', F('优秀作品奖、居全国第5位', [5]), 'rank');
s('target', 'AH25', '安徽25年专精特新企业打算新增多少', F('新增高新技术企业3000家、专精特新企业1000家左右', [1000, '家']), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'AH25', '皖 25年农村幸福院建几个', F('建设农村幸福院750个', [750, '个']), 'target', 'second-of-pair', 'abbrev', 'two-digit-year', 'short');
s('figure', 'BJ25', '北京24年建了多少个农村邻里互助养老服务点', F('240个农村邻里互助养老服务点', [240, '个']), 'second-of-pair', 'two-digit-year');
s('figure', 'BJ25', '北京生活垃圾回收利用率到多少了 24年', F('生活垃圾回收利用率达到40%以上', pct(40)), 'after-other', 'two-digit-year');
s('figure', 'BJ26', '北京去年试运行的交叉研究平台有几个', F('脑认知机理与脑机融合等3个交叉研究平台试运行', [3, '个']), 'after-other', 'relative-year', 'count');
s('figure', 'FJ25', '福建24年几个园区入围全国园区高质量发展百强', F('4个园区入围全国园区高质量发展百强', [4, '个']), 'after-other', 'two-digit-year', 'count');
s('figure', 'FJ25', '福建24年生态环境治理项目一共投了多少钱', F('实施生态环境治理项目4132个、总投资612亿元', [612, '亿元']), 'amount-after-count', 'two-digit-year');
s('figure', 'FJ25', '福建那个全球最大单套丙烷脱氢项目 年产能多少', F('全球最大单套年产100万吨丙烷脱氢项目建成投产', [100, '万吨']), 'after-other');
s('figure', 'FJ26', '福建十四五期间新增多少个国家中小企业特色产业集群', F('19个国家中小企业特色产业集群', [19, '个']), 'second-of-pair', 'five-year-review');
s('figure', 'GD25', '广东15个主平台承接的产业转移项目总投资多少', F('新承接产业转移项目约700个、总投资约3000亿元', [3000, '亿元']), 'amount-after-count');
s('figure', 'GD25', '广东国家科技奖获奖数量比上次多了百分之多少', F('荣获53个奖项、比上次增长47%', pct(47)), 'growth-after-level');
s('figure', 'GD25', '广东24年工业设备更新投资增速创了几年新高', F('工业设备更新投资增长17.9%、增速创9年来新高', [9, '年']), 'after-other', 'two-digit-year');
s('figure', 'GD25', '广东残奥会银牌拿了几块', F('在残奥会上斩获12金8银4铜', [8]), 'second-of-pair', 'short');
s('target', 'GD25', '广东25年省重点建设项目年度计划投资多少', F('今年安排省重点建设项目1500个、年度计划投资1万亿元', [1, '万亿元']), 'target', 'amount-after-count', 'two-digit-year');
s('figure', 'GD26', '广东去年新增了几个整县推进农文旅融合发展试点', F('8个整县推进农文旅融合发展试点', [8, '个']), 'second-of-pair', 'relative-year');
s('figure', 'JS25', '柬埔寨西港特区入园企业现在多少家了', F('柬埔寨西哈努克港经济特区入园企业达190家', [190, '家']), 'after-other');
s('figure', 'JS25', '长江江苏段主要入江支流断面 水质优III类比例多少', F('主要入江支流断面水质优Ⅲ比例达100%', pct(100)), 'after-other', 'mixed-script');
s('figure', 'JS25', '江苏有几家企业入选全国文化企业30强和成长性文化企业30强', F('4家企业入选全国文化企业30强和成长性文化企业30强', [4, '家']), 'after-other', 'count');
s('target', 'JS26', '江苏今年新建多少家标杆孵化器', F('30家标杆孵化器', [30, '家']), 'target', 'second-of-pair', 'relative-year');
s('figure', 'SD25', '山东乡村振兴片区覆盖的村庄有多少', F('省市县建设乡村振兴片区1598个、覆盖村庄1.5万个', [1.5, '万个']), 'part-vs-total');
s('target', 'SD25', '鲁 25年国际精准采购活动办多少场', F('国际精准采购活动50场以上', [50, '场']), 'target', 'second-of-pair', 'abbrev', 'two-digit-year');
s('figure', 'SD26', '山东国家技术创新中心 新兴产业创新中心 制造业创新中心加起来几家', F('国家技术创新中心、新兴产业创新中心、制造业创新中心达到8家', [8, '家']), 'after-other', 'count');
s('figure', 'SD26', '山东“两山”实践创新基地建成几个', F('“两山”实践创新基地14个', [14, '个']), 'second-of-pair', 'count');
s('target', 'SD26', '山东今年补链强链重点项目安排多少个', F('实施补链强链重点项目1900个', [1900, '个']), 'target', 'after-other', 'relative-year');
s('figure', 'SH25', '上海24年建成的轨交新线一共多少公里', F('建成机场联络线、17号线西延伸共67公里轨道交通线', [67, '公里']), 'after-other', 'two-digit-year');
s('figure', 'SH25', '上海24小时开放的公园占全市公园的比例', F('849座公园实现24小时开放、占全市公园总数的87.3%', pct(87.3)), 'share-vs-growth');
s('figure', 'SH26', '上海去年新建几家高质量孵化器', F('6家高质量孵化器', [6, '家']), 'second-of-pair', 'relative-year');
s('figure', 'ZJ25', '浙江24年重大项目投资完成率', F('投资完成率129.6%', pct(129.6)), 'after-other', 'two-digit-year', 'short');
s('target', 'ZJ25', '浙江25年新增高技能人才多少', F('新增高技能人才20万人', [20, '万人']), 'target', 'after-other', 'two-digit-year');
s('figure', 'ZJ26', '浙江去年新入选国家培养计划的科技领军人才多少名', F('新入选国家培养计划科技领军人才409名', [409, '名']), 'after-other', 'relative-year');
s('target', 'ZJ26', '浙江今年百亿元以上的农业产业链要到几条', F('百亿元以上产业链达到15条', [15, '条']), 'target', 'second-of-pair', 'relative-year');
s('figure', 'CN22', '2022年中央对地方转移支付增长百分之几', F('中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元,增长18%', pct(18)), 'growth-after-level', 'year');
s('figure', 'CN25', '2025年新增政府债务总规模比上年多了多少', F('比上年增加2.9万亿元', [2.9, '万亿元']), 'growth-after-level', 'year');

// ---- 2. English single-turn, as a foreign journalist or analyst writes ----------------------------------------------
e('figure', 'JL25', 'How many sci-tech results did Jilin commercialise in 2024?', F('转化科技成果3609项', [3609, '项']), 'year');
e('target', 'JL25', 'jilin high-tech enterprise count growth target 2025', F('国家高新技术企业数量增长10%以上', pct(10)), 'year', 'lowercase', 'short');
e('target', 'JL25', 'Jilin 2025 — new foreign-trade firms, how many?', F('新增外贸企业200家以上', [200, '家']), 'year', 'short');
e('figure', 'JL25', "What share of Jilin's new fiscal resources went to people's livelihoods?", F('新增财力80%以上用于民生领域', pct(80)));
e('target', 'YN25', 'yunnan sci-tech SMEs target 2025', F('科技型中小企业超1.5万户', [1.5, '万户']), 'year', 'lowercase', 'short');
e('figure', 'YN25', 'How many provincial science and technology commissioners did Yunnan send out in 2024?', F('选派省级科技特派员2621人', [2621, '人']), 'year');
e('figure', 'YN25', 'Yunnan basic pension insurance coverage rate?', F('基本养老保险覆盖面达95%', pct(95)), 'short');
e('target', 'YN25', 'Yunnan is building coal power too, right? how many kW of thermal power projects?', F('690万千瓦火电项目建设', [690, '万千瓦']), 'after-other', 'long');
e('figure', 'HN25', 'By how much did road traffic deaths fall in Hunan in 2024?', F('道路交通事故亡人数量下降12.7%', pct(12.7)), 'year');
e('figure', 'HN25', 'hunan: number of trillion-yuan industries', F('全省万亿级产业达到6个', [6, '个']), 'lowercase', 'short', 'count');
e('figure', 'HN25', "Hengyang-Changsha-Zhuzhou-Xiangtan UHV equipment is Hunan's how-manyth national advanced manufacturing cluster?", F('成为我省第5个国家先进制造业集群', [5, '个']), 'long');
e('figure', 'AH25', 'How much did Anhui put into livelihood projects in 2024?', F('投入567亿元办好民生实事', [567, '亿元']), 'year');
e('figure', 'AH25', 'anhui elderly home adaptation 2024 households', F('实施特殊困难老年人家庭适老化改造4.5万户', [4.5, '万户']), 'year', 'lowercase', 'short');
e('figure', 'AH25', "Anhui: how fast did equipment purchase investment grow in 2024 on the back of the equipment-upgrade drive?", F('大规模设备更新带动设备工器具购置投资增长14.6%', pct(14.6)), 'year', 'after-other');
e('figure', 'AH26', 'How many "get one thing done efficiently" items are now live in Anhui?', F('“高效办成一件事”上线运行70个重点事项', [70, '个']));
e('figure', 'BJ25', 'How many highly cited scientists does Beijing have?', F('高被引科学家达431人次', [431, '人次']));
e('figure', 'BJ25', 'beijing kindergarten enrolment rate', F('适龄儿童入园率和普惠率均达到93%', pct(93)), 'lowercase', 'short');
e('figure', 'BJ26', 'How many everyday services can people in Beijing now do at self-service kiosks across provinces?', F('308个便民事项实现跨省自助办', [308, '个']));
e('figure', 'BJ26', 'beijing — national-level big funds landed so far?', F('累计落地35支国家级大基金', [35, '支']), 'lowercase', 'short');
e('figure', 'FJ25', "What was Fujian's rural tap water coverage in 2024?", F('农村自来水普及率达93.5%', pct(93.5)), 'year');
e('figure', 'FJ25', 'fujian public sense of security 2024', F('群众安全感率达99.1%', pct(99.1)), 'year', 'lowercase', 'short');
e('figure', 'GD25', 'Guangdong tourist arrivals in 2024?', F('全省接待游客超8亿人次', [8, '亿人次']), 'year', 'short');
e('figure', 'GD25', 'How many new public school places for basic education did Guangdong add in 2024?', F('新增基础教育公办学位52万个', [52, '万个']), 'year');
e('figure', 'GD26', 'guangdong national manufacturing innovation centres, cumulative', F('累计创建6家国家级制造业创新中心', [6, '家']), 'lowercase', 'short');
e('figure', 'GD26', "How many gig workers does Guangdong's occupational injury insurance pilot cover?", F('职业伤害保障试点覆盖696万名新业态劳动者', [696, '万']));
e('figure', 'JS25', 'How many sister-city pairs has Jiangsu signed with Belt and Road countries?', F('与共建国家缔结友城数量达148对', [148, '对']), 'after-other');
e('figure', 'JS25', 'jiangsu good-quality coastal seawater area vs the national target, how many points above?', F('近岸海域优良海水面积优于国家考核目标19.8个百分点', [19.8, '个百分点']), 'lowercase');
e('figure', 'JS26', 'How many Jiangsu cases were picked as national "get one thing done" examples?', F('16个案例入选全国“高效办成一件事”典型', [16, '个']));
e('figure', 'SD25', 'How many car trade-in applications did Shandong get in 2024?', F('汽车更新申请76.3万辆', [76.3, '万辆']), 'year');
e('figure', 'SD26', 'How many new universities, Rehabilitation University included, did Shandong add over the 14th FYP?', F('新增康复大学等高校14所', [14, '所']), 'five-year-review');
e('target', 'SH25', 'shanghai new parks target 2025', F('新增公园120座', [120, '座']), 'year', 'lowercase', 'short');
e('figure', 'SH26', 'How many exhibitions did Shanghai museums and art galleries put on last year?', F('举办文化展览1565场', [1565, '场']), 'relative-year');
e('figure', 'ZJ25', 'How many Zhejiang museums were upgraded to national first-grade in 2024?', F('8家博物馆晋级国家一级博物馆', [8, '家']), 'year');
e('figure', 'ZJ26', 'How many people in remote rural Zhejiang got clean drinking water?', F('让242万偏远农村居民喝上干净水、放心水', [242, '万']));
e('figure', 'CN23', 'how many cross-border e-commerce pilot zones were added in the five years to 2022?', F('新设152个跨境电商综试区', [152, '个']), 'lowercase', 'five-year-review');
e('figure', 'CN22', "China's renewable power capacity in 2021?", F('可再生能源发电装机规模突破10亿千瓦', [10, '亿千瓦']), 'year', 'short');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe("What was Hubei's GDP growth last year?", 'nf-place', 'relative-year');
nfe('heilongjiang grain output 2024', 'nf-place', 'year', 'lowercase', 'short');
nfe("What was Guangdong's GDP in 2012?", 'nf-year', 'year');
nfe('How much lottery did Jiangsu sell last year?', 'nf-indicator', 'relative-year');

// ---- 4. trends and comparisons across reports --------------------------------------------------------------------
f('trend', 'trend-ask', 'FJ26', '福建十四五经济总量连跨了哪两个万亿台阶', F('经济总量连跨5万亿元、6万亿元两个台阶', [5, '万亿元'], [6, '万亿元']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'FJ26', '福建这五年新增了几位两院院士', F('新增“两院”院士9人', [9, '人']), 'plan-period', 'five-year-review', 'count');
f('trend', 'trend-ask', 'CN23', '过去五年财政收入涨到多少了', F('财政收入增加到20.4万亿元', [20.4, '万亿元']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '市场主体总量是十年前的几倍', F('市场主体总量超过1.6亿户、是十年前的3倍', [3]), 'from-to', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '中央财政对相关地区的转移支付比五年前涨了多少', F('比五年前增长66.8%', pct(66.8)), 'from-to', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '外资准入负面清单的管理措施比制度刚建立的时候压了多少', F('清单管理措施比制度建立之初压减64%', pct(64)), 'from-to', 'five-year-review', 'long');
f('trend', 'trend-ask', 'CN23', 'PM2.5浓度五年里降了多少 地级及以上城市', F('平均浓度下降27.5%', pct(27.5)), 'plan-period', 'five-year-review', 'mixed-script');
f('trend', 'trend-ask', 'CN23', '这些年一共改造了多少套棚户区住房', F('多年累计改造棚户区住房4200多万套', [4200, '万套']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'BJ26', '北京十四五培育出几个万亿级、几个千亿级产业集群', F('培育形成3个万亿级和7个千亿级产业集群', [3, '个'], [7, '个']), 'plan-period', 'five-year-review', 'count');
f('trend', 'trend-ask', 'JS26', '江苏五年里重要文件合法性审查一共做了多少件', F('完成重要文件合法性审查1097件', [1097, '件']), 'plan-period', 'five-year-review');
f('comparison', 'comparison-ask', ['SH25', 'SH26'], '上海架空线入地和杆箱整治 今年计划比去年计划少多少公里', F(['完成130公里架空线入地和杆箱整治', '完成100公里架空线入地和杆箱整治'], [130, '公里'], [100, '公里']), 'year-compare', 'relative-year');
f('comparison', 'comparison-ask', ['AH25', 'SD25'], '安徽和山东25年农村公路新改建目标 哪个多', F(['新改建农村公路2600公里', '新建改造农村公路5000公里'], [2600, '公里'], [5000, '公里']), 'two-reports', 'two-digit-year');
f('comparison', 'comparison-ask', ['ZJ26'], '浙江多田套合 去年新增的和今年计划新增的差多少', F(['新增“多田套合”面积180万亩', '新增“多田套合”面积45万亩'], [180, '万亩'], [45, '万亩']), 'target-vs-actual', 'relative-year');
f('comparison', 'comparison-ask', ['BJ25'], '北京背街小巷 24年整治的和25年计划治理的各多少条', F(['整治提升背街小巷2100多条', '治理背街小巷1100条'], [2100, '条'], [1100, '条']), 'target-vs-actual', 'two-digit-year');
f('comparison', 'comparison-ask', ['ZJ26', 'ZJ25'], '浙江“双持证”护理员 今年的新增目标比去年的多多少', F(['新增养老护理、应急救护“双持证”护理员1万人', '新增养老护理、应急救护“双持证”护理员8000人'], [1, '万人'], [8000, '人']), 'year-compare', 'relative-year');
f('comparison', 'comparison-ask', ['GD25', 'GD26'], '广东高速公路服务区新建加密改造 25年和26年的民生实事各定了多少个 哪年多', F(['新建和加密建设、改造提升高速公路服务区超26个', '新建和加密建设、改造提升24个高速公路服务区'], [26, '个'], [24, '个']), 'year-compare', 'two-digit-year', 'long');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'YN25', '云南25年抽水蓄能和新型储能 分别要到多少', F('核准在建抽水蓄能800万千瓦以上,建成新型储能200万千瓦以上', [800, '万千瓦'], [200, '万千瓦']), 'two-digit-year');
f('multi', 'multi-ask', 'SD25', '山东巴黎奥运会加残奥会 金银铜各几块', F('勇夺8金9银6铜', [8], [9], [6]));
f('multi', 'multi-ask', 'AH25', '安徽24年新增国家级绿色工厂和绿色供应链管理企业各多少家', F('新创建国家级绿色工厂73家、绿色供应链管理企业11家', [73, '家'], [11, '家']), 'two-digit-year');
f('multi', 'multi-ask', 'ZJ25', '浙江25年乡镇应急消防管理站、专职消防队 分别提升多少', F('提质升级700个乡镇(街道)应急消防管理站、310支专职消防队', [700, '个'], [310, '支']), 'two-digit-year');
f('multi', 'multi-ask', 'BJ26', '北京今年滨水空间开放几处 绿道新建多少公里', F('新增开放水利设施滨水空间40处,新建绿道1000公里', [40, '处'], [1000, '公里']), 'relative-year');
f('multi', 'multi-ask', 'GD26', '广东今年托育：市级托育综合服务中心和县级托育机构各建几个', F('新建设5个市级托育综合服务中心、10个县级托育服务机构', [5, '个'], [10, '个']), 'relative-year');
f('overview', 'overview-ask', 'YN25', '云南2024年经济整体表现 给我个大概', { ...F('全省完成地区生产总值31534亿元、增长3.3%'), lead: 3.3 }, 'year');
f('overview', 'overview-ask', 'GD26', '广东去年经济大盘怎么样 简单说说', { ...F('地区生产总值增长3.9%'), lead: 3.9 }, 'relative-year');
f('outline', 'outline-ask', 'JL25', '吉林今年…哦不 25年 政府工作的几大重点', O('JL25'), 'two-digit-year', 'self-correction');
f('outline', 'outline-ask', 'JS26', '江苏今年重点任务列一下', O('JS26'), 'relative-year', 'short');
f('outline', 'outline-ask', 'SH26', 'what are shanghai’s main tasks this year', O('SH26'), 'en', 'relative-year', 'lowercase');
f('outline', 'outline-ask', 'CN24', '2024年国务院政府工作报告部署了哪些重点任务', O('CN24'), 'year');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('湖北去年GDP增长多少', 'nf-place', 'relative-year', 'short');
nf('河南今年粮食产量目标定了没', 'nf-place', 'relative-year');
nf('黑龙江24年城镇新增就业多少万人', 'nf-place', 'two-digit-year');
nf('宁夏25年固定资产投资增速', 'nf-place', 'two-digit-year', 'short');
nf('湖北和河南去年谁的经济增速高', 'nf-place', 'relative-year');
nf('广东2012年地区生产总值多少', 'nf-year', 'year');
nf('江苏2010年城镇化率是多少', 'nf-year', 'year');
nf('北京2018年一般公共预算收入', 'nf-year', 'year', 'short');
nf('上海2011年常住人口有多少', 'nf-year', 'year');
nf('浙江去年彩票卖了多少', 'nf-indicator', 'relative-year', 'short');
nf('山东去年离婚率多少', 'nf-indicator', 'relative-year');
nf('福建城镇职工平均工资是多少', 'nf-indicator');
nf('安徽人均住房面积多少平方米', 'nf-indicator');
nf('老板让查一下江苏去年结婚登记了多少对 报告里要是没有就说没有', 'nf-indicator', 'relative-year', 'long');
nf('云南去年自杀率', 'nf-indicator', 'relative-year', 'short');

// ---- 1. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('北京24年老旧小区改造开工了多少个'),
  T('完工的呢', 'figure', 'BJ25', F('老旧小区改造开工742个、完工548个', [548, '个']), 'elliptical', 'second-of-pair', 'short'),
  T('简易楼腾退做了多少平方米', 'figure', 'BJ25', F('启动危旧楼房改建和简易楼腾退20.6万平方米', [20.6, '万平方米']), 'elliptical', 'topic-switch'),
]);
conv([
  T('云南24年社会消费品零售总额多少'),
  T('涨了多少', 'figure', 'YN25', F('社会消费品零售总额增长2.9%', pct(2.9)), 'elliptical', 'growth-after-level', 'short'),
  T('绿电占比呢', 'figure', 'YN25', F('电力总装机突破1.5亿千瓦、绿电占比超90%', pct(90)), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('北京去年村卫生室和乡镇卫生院一体化管理的比例是多少'),
  T('再往前一年呢', 'figure', 'BJ25', F('50%以上村卫生室实现与乡镇卫生院一体化管理', pct(50)), 'elliptical', 'year-switch', 'short'),
  T('今年目标是多少', 'target', 'BJ26', F('村卫生室与乡镇卫生院一体化管理率达90%', pct(90)), 'elliptical', 'year-switch', 'target'),
]);
conv([
  T('福建24年保交房交付率多少'),
  T('去年呢', 'figure', 'FJ26', F('保交房项目交付率100%', pct(100)), 'elliptical', 'year-switch', 'short'),
  T('那前年保交楼任务完成了几个', 'figure', 'FJ25', F('全面完成64个“保交楼”任务', [64, '个']), 'elliptical', 'topic-switch', 'relative-year'),
]);
conv([
  T('广东24年生产安全事故起数降了多少'),
  T('死亡人数呢', 'figure', 'GD25', F('生产安全事故起数、死亡人数分别下降17.7%、12.5%', pct(12.5)), 'elliptical', 'second-of-pair', 'short'),
  T('道路交通事故死亡人数那个降幅 比这个大还是小', 'comparison', 'GD25', F('道路交通事故死亡人数下降18.2%', pct(18.2)), 'elliptical', 'comparison'),
]);
conv([
  T('安徽25年新增几个国家级临床重点专科'),
  T('山东呢', 'target', 'SD25', F('争创12个国家临床重点专科建设项目', [12, '个']), 'elliptical', 'place-switch', 'short'),
  T('哪个省定得多', 'comparison', ['SD25', 'AH25'], F(['争创12个国家临床重点专科建设项目', '推进高水平医院高质量发展,新增8个国家级临床重点专科'], [12, '个'], [8, '个']), 'elliptical', 'comparison', 'short'),
  T('山东今年的目标呢', 'target', 'SD26', F('新创建13个国家临床重点专科', [13, '个']), 'elliptical', 'year-switch', 'relative-year'),
]);
conv([
  T('How many km of urban underground pipes will Anhui renew this year?'),
  T('and in 2025?', 'target', 'AH25', F('更新改造城市地下管网4500公里', [4500, '公里']), 'elliptical', 'year-switch', 'en', 'short'),
  T('那年城市生活污水集中收集率目标呢', 'target', 'AH25', F('城市生活污水集中收集率达70%', pct(70)), 'elliptical', 'topic-switch', 'mixed-language'),
]);
conv([
  T("How much did Zhejiang cut industrial and commercial power prices in 2024?"),
  T('and the target for 2025?', 'target', 'ZJ25', F('力争全省工商业电价较上年下降3分/千瓦时以上', [3, '分']), 'elliptical', 'year-switch', 'en'),
  T('气价呢', 'target', 'ZJ25', F('供浙气源综合价格下降3-5分/立方米', [3], [5]), 'elliptical', 'second-of-pair', 'mixed-language', 'short'),
]);
conv([
  T("How many Guangdong vocational colleges made the second round of the national 'double high' plan?"),
  T('is that more than Zhejiang?', 'comparison', ['ZJ26', 'GD26'], F(['15所高职院校21个专业群入选国家“双高计划”名单', '16所高职学校入选第二期国家“双高计划”'], [15, '所'], [16, '所']), 'elliptical', 'place-switch', 'en', 'comparison'),
  T('浙江入选的专业群有几个', 'figure', 'ZJ26', F('15所高职院校21个专业群入选国家“双高计划”名单', [21, '个']), 'elliptical', 'second-of-pair', 'mixed-language'),
]);
conv([
  T('四川今年新改建农村公路打算修多少公里'),
  T('what about 山东', 'target', 'SD26', F('新改建农村公路3500公里', [3500, '公里']), 'elliptical', 'place-switch', 'after-not-found', 'mixed-language', 'short'),
  T('农村供水厂站呢', 'target', 'SD26', F('规范提升农村供水厂站500处', [500, '处']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('江苏2012年建成了多少个特色田园乡村'),
  T('最近一年的呢 和美乡村建成多少', 'figure', 'JS25', F('建成宜居宜业和美乡村1241个', [1241, '个']), 'elliptical', 'after-not-found', 'year-switch'),
  T('四好农村路新改建多少公里', 'figure', 'JS25', F('新改建“四好农村路”2330公里', [2330, '公里']), 'elliptical', 'topic-switch'),
]);
conv([
  T('江苏25年重点工作有哪几方面'),
  T('第三点具体讲讲', 'target', 'JS25', F('重点打造智能电网、工程机械等10条具有国际优势', [10, '条']), 'elliptical', 'after-outline'),
  T('未来产业那块呢 布局几个概念验证中心', 'target', 'JS25', F('布局建设10家概念验证中心', [10, '家']), 'elliptical', 'topic-switch'),
]);
conv([
  T('过去五年全国建了多少高标准农田'),
  T('2021年新开工改造的城镇老旧小区多少个', 'figure', 'CN22', F('新开工改造城镇老旧小区5.6万个', [5.6, '万个']), 'no-inherit', 'after-trend', 'year'),
  T('五年里农村公路新建改建了多少', 'trend', 'CN23', F('新建改建农村公路125万公里', [125, '万公里']), 'elliptical', 'after-trend', 'topic-switch'),
  T('机场容量新增多少', 'trend', 'CN23', F('新增机场容量4亿人次', [4, '亿人次']), 'elliptical', 'after-trend', 'topic-switch', 'short'),
]);
conv([
  T('过去五年福建经济总量迈上了哪些台阶'),
  T('福建去年第四次全国文物普查新发现文物点多少处', 'figure', 'FJ26', F('新发现文物点7642处', [7642, '处']), 'no-inherit', 'after-trend', 'relative-year'),
  T('国际友城现在多少对', 'figure', 'FJ26', F('国际友城达137对', [137, '对']), 'elliptical', 'topic-switch'),
]);
conv([
  T('广东低空经济产业链企业集聚得多吗'),
  T('给个准数', 'figure', 'GD25', F('低空经济集聚全国30%以上产业链企业', pct(30)), 'elliptical', 'short'),
  T('揭阳那个炼化一体化项目年产值多少', 'figure', 'GD25', F('完成年产值超1100亿元', [1100, '亿元']), 'elliptical', 'topic-switch'),
]);
conv([
  T("What was Hunan's farm export growth in 2024?"),
  T('农机装备产业增速呢', 'figure', 'HN25', F('农机装备产业增长10.2%', pct(10.2)), 'elliptical', 'topic-switch', 'mixed-language'),
  T('and how much faster did the county economy grow than the province as a whole?', 'figure', 'HN25', F('县域经济增速高于全省经济增速0.4个百分点', [0.4, '个百分点']), 'elliptical', 'topic-switch', 'en'),
]);
conv([
  T('上海24年全国首创制度性创新案例新增几个'),
  T('累计呢', 'figure', 'SH25', F('新增22个、累计达到70个', [70, '个']), 'elliptical', 'growth-after-level', 'short'),
  T('再制造产品进口目录扩到多少个了', 'figure', 'SH25', F('再制造产品进口目录扩展到24个', [24, '个']), 'elliptical', 'topic-switch'),
]);
conv([
  T('浙江去年几个历史经典产业入围国家培育名单'),
  T('未来产业先导区新培育了几个', 'figure', 'ZJ26', F('新培育省级未来产业先导区13个', [13, '个']), 'elliptical', 'topic-switch'),
  T('今年计划呢', 'target', 'ZJ26', F('新增未来产业先导区10个', [10, '个']), 'elliptical', 'year-switch', 'short'),
]);
conv([
  T('山东有几家进了国家首批领航级智能工厂'),
  T('省属企业完成集团层面重组整合的有几家', 'figure', 'SD26', F('6家省属企业完成集团层面重组整合', [6, '家']), 'elliptical', 'topic-switch'),
  T('what about 安徽 — how many smart factories this year?', 'target', 'AH26', F('新培育智能工厂200家', [200, '家']), 'elliptical', 'place-switch', 'en', 'mixed-language'),
]);
conv([
  T('吉林24年产业投资增长多少'),
  T('规上服务业营收呢', 'figure', 'JL25', F('规上服务业营业收入增长8.8%', pct(8.8)), 'elliptical', 'topic-switch', 'short'),
  T('空气质量优良天数比例', 'figure', 'JL25', F('空气质量优良天数92.9%', pct(92.9)), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('上海今年计划建多少高标准农田'),
  T('和Beijing比呢', 'comparison', ['BJ26', 'SH26'], F(['推动耕地集中成片和适度规模经营,建设高标准农田12万亩', '深入落实耕地保护和粮食安全责任制,建设8万亩高标准农田'], [12, '万亩'], [8, '万亩']), 'elliptical', 'place-switch', 'mixed-language', 'comparison'),
  T('北京今年粮食以外 果园提质增效搞多少亩', 'target', 'BJ25', F('果园提质增效28万亩', [28, '万亩']), 'elliptical', 'topic-switch'),
]);
conv([
  T('安徽25年城中村和城市危旧房改造目标多少户'),
  T('和Hunan比呢', 'comparison', ['HN25', 'AH25'], F(['改造城市危旧房5000套', '改造城中村和城市危旧房6万户以上'], [5000, '套'], [6, '万户']), 'elliptical', 'place-switch', 'mixed-language', 'comparison'),
  T('湖南25年乡镇标准化寄宿制学校建多少所', 'target', 'HN25', F('建设乡镇标准化寄宿制学校300所', [300, '所']), 'no-inherit', 'topic-switch', 'two-digit-year'),
]);

// ---------------------------------------------------------------------------------------------------------------
// Split as fresh-p, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'q', last: 'p' });
