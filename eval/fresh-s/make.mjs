#!/usr/bin/env node
// Writes the fresh-s sets: eval/fresh-s/s-tune.jsonl and eval/fresh-s/s-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-s/make.mjs [--check]
//
// A seventh held-out question set written BEFORE any fix, as fresh-m … fresh-r, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording and without running the bot to choose or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports), with wording other than fresh-p's, fresh-q's and fresh-r's (other follow-up phrasings,
// verbs, fragments, typos, mixed scripts, short and long asks). Six parts:
//   1. conversations of 3–4 turns (every later turn scored): 农村那块呢 / 比上届涨了几个点 / 上图入库的总量呢 /
//      那25年定的是多少 → 哪年定得高 / 换广东看看 → 哪个省多 / Hunan那边呢 → 两省谁多 / 最后做到了吗 / 有最近的数吗 /
//      "what about 河南" (a scored not-answerable turn) / 涨了几倍 / 直接报个数 / 不是托位数 我问的是… (a self-correction) /
//      "and for 2025 — what was the goal?" / "what about 广东 — …", place / year / topic switches, complete new questions
//      after a history (a five-year span asked first, then one year), a follow-up after a not-answerable turn, after an
//      outline turn (民生那条具体点), after trend turns, zh/en mixed threads;
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin), 4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure (checked here: not the first number of its report sentence, years aside);
//   4. trends (五年 / 年均 / 连续几年 / 连续几次 sentences) and A vs B comparisons, counts (有几个 / 多少个);
//   5. several indicators in one ask (multi), overviews and outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-04: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-r: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-r, plus the
// stricter same-sentence check). Overview cases cite the report's headline sentence on purpose (as case-checks exempts
// them): their figure is given as `lead` only.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { askShorthands, caseBook, checkAskedFigureNotFirst, checkDealAndWrite, conversationBook, useFreshLReports } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// The corpus and the extracted texts of the three added reports first: a cite must be text the extraction yields.
useFreshLReports();

const { cases, x, C, F, NF, O } = caseBook();
const SHAPES = ['follow-up', 'english-ask', 'second-figure-ask', 'trend-ask', 'comparison-ask', 'multi-ask', 'overview-ask', 'outline-ask', 'not-answerable'];
// s(…) a Chinese ask of a figure not first in its sentence, e(…) an English question, f(…) a case of a given shape.
const { s, e, f, pct } = askShorthands(x);

// ---- 3. the asked figure is not the first of its sentence -----------------------------------------------------------
// kinds as fresh-r: second-of-pair, growth-after-level, amount-after-count, part-vs-total, share-vs-growth,
// after-other (another indicator's figure comes first), rank
s('figure', 'YN25', '云南脱贫人口小额信贷新发放量 全国排第几', F('脱贫人口小额信贷新发放量居全国第1位', [1]), 'rank', 'after-other');
s('figure', 'YN25', '云南有“儿童之家”的城乡社区占多少', F('90%的城乡社区有“儿童之家”', pct(90)), 'after-other');
s('figure', 'YN25', '云南“厅局长坐诊接诉”24年搞了几期', F('创新开展6期“厅局长坐诊接诉”', [6, '期']), 'second-of-pair', 'two-digit-year', 'count');
s('target', 'YN25', '云南惠民实事 2025年基本养老保险参保率要稳在多少', F('基本养老保险参保率稳定在95%以上', pct(95)), 'target', 'second-of-pair', 'year');
s('figure', 'HN25', '湖南24年粮食总产创了近几年的新高', F('创近5年新高', [5, '年']), 'after-other', 'two-digit-year');
s('figure', 'HN25', '湖南24年建了多少个智能制造产线车间', F('建设智能制造企业1195家、产线车间2069个', [2069, '个']), 'second-of-pair', 'two-digit-year');
s('figure', 'HN25', '资兴受灾群众 春节前首批搬新居的有多少户', F('资兴市4112户受灾群众春节前将首批搬进新居', [4112, '户']), 'after-other');
s('figure', 'JL25', '吉林24年安全生产事故降幅 全国排前几', F('降幅居全国前5位', [5]), 'rank', 'after-other', 'two-digit-year');
s('figure', 'AH25', '安徽24年新能源汽车产量全国排老几', F('产量均居全国第2位', [2]), 'rank', 'after-other', 'two-digit-year');
s('figure', 'AH25', '安徽筹建的首批省级未来产业先导区是几个', F('筹建首批10个省级先导区', [10, '个']), 'second-of-pair', 'count');
s('target', 'AH25', '安徽25年农村生活垃圾无害化处理率打算提到多少', F('农村生活垃圾无害化处理率提高到85%', pct(85)), 'target', 'after-other', 'two-digit-year');
s('target', 'AH25', '安徽2025年新增可再生能源发电装机目标多少万千瓦', F('新增可再生能源发电装机600万千瓦以上', [600, '万千瓦']), 'target', 'second-of-pair', 'year');
s('figure', 'AH26', '五经普里安徽法人单位从业人员增长幅度 全国第几', F('“五经普”二三产业法人单位从业人员比“四经普”增长29.8%、居全国第1位', [1]), 'rank', 'after-other');
s('figure', 'AH26', '这几年安徽有多少困难群众的基本生活得到保障', F('420万困难群众基本生活得到有效保障', [420, '万']), 'after-other', 'five-year-review');
s('target', 'AH26', '安徽今年新培育省级绿色工厂几家', F('省级绿色工厂200家以上', [200, '家']), 'target', 'second-of-pair', 'relative-year');
s('figure', 'BJ25', '北京航空双枢纽隔了几年旅客吞吐量又破亿', F('航空双枢纽时隔5年旅客吞吐量再次破亿', [5, '年']), 'after-other');
s('target', 'BJ25', '北京25年市属医院门诊号源提前几周给基层', F('市属医院全量门诊预约号源提前2周向基层投放', [2, '周']), 'target', 'second-of-pair', 'two-digit-year');
s('figure', 'BJ26', '北京村卫生室跟乡镇卫生院一体化管理的比例到多少了', F('70%村卫生室实现与乡镇卫生院一体化管理', pct(70)), 'after-other');
s('target', 'BJ26', '北京26年无手续建筑治理多少万平方米', F('治理无手续建筑500万平方米', [500, '万平方米']), 'target', 'second-of-pair', 'two-digit-year');
s('figure', 'FJ25', '福建24年新增国家级中小企业特色产业集群几个', F('梳理明确164条县域重点产业链,新增5个国家级中小企业特色产业集群', [5, '个']), 'after-other', 'two-digit-year', 'count');
s('figure', 'FJ25', '福建24年有几件作品拿了中国新闻奖', F('15件作品获中国新闻奖', [15, '件']), 'second-of-pair', 'two-digit-year', 'count');
s('figure', 'FJ25', '福建24年重点区域林相改善完成多少万亩', F('完成重点区域林相改善6.88万亩', [6.88, '万亩']), 'after-other', 'two-digit-year');
s('target', 'FJ25', '福建25年乡镇区域养老服务中心覆盖率要超多少', F('乡镇(街道)区域养老服务中心覆盖率超60%', pct(60)), 'target', 'second-of-pair', 'two-digit-year');
s('figure', 'FJ26', '福建新增几个全国未来产业创新发展优秀典型案例', F('绿氢中试基地建成投用,新增7个全国未来产业创新发展优秀典型案例', [7, '个']), 'after-other', 'count');
s('figure', 'FJ26', '福建农民工工资支付考核连续几年拿A级了', F('保障农民工工资支付工作考核连续6年获A级', [6, '年']), 'after-other');
s('target', 'FJ26', '福建26年打算引进落地超10亿元的项目多少个', F('新引进落地总投资超10亿元项目50个以上', [50, '个']), 'target', 'amount-after-count', 'two-digit-year');
s('figure', 'GD25', '广东24年主要江河发生了几次编号洪水', F('主要江河发生13次编号洪水', [13, '次']), 'after-other', 'two-digit-year', 'count');
s('figure', 'GD25', '广东老年友善医疗机构创建率超过多少', F('老年友善医疗机构创建率超92%', pct(92)), 'after-other');
s('target', 'GD25', '广东25年连续参保激励 每多保一年大病保险限额提高多少钱', F('提高大病保险最高支付限额3800元', [3800, '元']), 'target', 'after-other', 'two-digit-year', 'long');
s('figure', 'GD26', '广东新培育典型村片区多少个', F('25个典型村片区', [25, '个']), 'after-other');
s('target', 'GD26', '广东26年给多少个孤独症儿童家庭免费提供关爱支持服务', F('为超1000个孤独症儿童家庭免费提供亲子活动', [1000, '个']), 'target', 'after-other', 'two-digit-year');
s('figure', 'JS25', '江苏两化融合发展水平连着几年全国第一了', F('两化融合发展水平连续10年全国第一', [10, '年']), 'after-other');
s('target', 'JS25', '江苏25年要建多少个民间投资重点产业项目', F('200个民间投资重点产业项目', [200, '个']), 'target', 'second-of-pair', 'two-digit-year');
s('figure', 'JS26', '江苏去年新增城市公园绿地多少公顷', F('造林绿化19万亩,新增城市公园绿地超500公顷', [500, '公顷']), 'after-other', 'relative-year');
s('figure', 'SD25', '山东24年完成农村危房改造多少户', F('完成农村危房改造1.2万户', [1.2, '万户']), 'after-other', 'two-digit-year');
s('figure', 'SD25', '山东24年推进了几项“一件事”落地', F('扎实推进21项“一件事”落地实施', [21, '项']), 'second-of-pair', 'two-digit-year', 'count');
s('target', 'SD25', '山东25年项目投产达效要新增多少产值', F('新增产值5000亿元左右', [5000, '亿元']), 'target', 'amount-after-count', 'two-digit-year');
s('figure', 'SD26', '山东“一件事”好办易办率多少', F('好办易办率超过90%', pct(90)), 'share-vs-growth', 'short');
s('target', 'SD26', '山东26年建几个未来产业加速园', F('6个未来产业加速园建设', [6, '个']), 'target', 'second-of-pair', 'two-digit-year', 'short');
s('figure', 'SH25', '上海24年既有多层住宅加装电梯多少台', F('推动既有多层住宅加装电梯3005台', [3005, '台']), 'after-other', 'two-digit-year');
s('target', 'SH25', '上海25年启动几个城中村改造项目', F('启动25个城中村改造项目', [25, '个']), 'target', 'after-other', 'two-digit-year', 'count');
s('figure', 'ZJ25', '浙江历史经典产业营收规模24年预计多少', F('全省历史经典产业营收规模预计超1400亿元', [1400, '亿元']), 'after-other', 'two-digit-year');
s('target', 'ZJ25', '浙江25年AED配置要达到每10万人多少台', F('配置AED达每10万人45台', [45, '台']), 'target', 'second-of-pair', 'two-digit-year', 'mixed-script');
s('figure', 'ZJ26', '浙江去年成功创建国家级制造业中试平台几家', F('成功创建国家级制造业中试平台3家', [3, '家']), 'second-of-pair', 'relative-year', 'count');
s('target', 'ZJ26', '浙江26年民间资本参与海上风电核电项目 参股比例不低于多少', F('民间资本参与海上风电、核电等重大项目参股比例不低于10', [10]), 'target', 'after-other', 'two-digit-year');
s('figure', 'CN23', '过去五年新产业新业态新模式增加值占GDP比重到多少了', F('新产业新业态新模式增加值占国内生产总值的比重达到17%以上', pct(17)), 'after-other', 'five-year-review', 'mixed-script');
s('figure', 'CN23', '2022年底个体工商户有多少', F('个体工商户超过1.1亿户', [1.1, '亿户']), 'second-of-pair', 'year');

// ---- 2. English single-turn, as a foreign journalist or analyst writes ----------------------------------------------
e('figure', 'YN25', 'How many people in Yunnan were cleared of the risk of sliding back into poverty?', F('累计消除监测对象返贫致贫风险70.6万人', [70.6, '万']));
e('target', 'YN25', 'Yunnan 2025: how many local environmental complaints will it pick for priority handling?', F('选取100件群众身边的突出生态环境问题进行重点攻坚办理', [100, '件']), 'year');
e('target', 'YN25', 'yunnan school-meal delivery firms to get on-site checks in 2025', F('对98家学生集体用餐配送单位开展现场评价', [98, '家']), 'year', 'lowercase', 'short');
e('figure', 'HN25', 'How many issues flagged by central environmental inspectors did Hunan fix in 2024?', F('长江经济带警示片反馈问题整改完成230个', [230, '个']), 'year');
e('target', 'HN25', "Changsha's global R&D hub — how many 'five types' of R&D firms does Hunan aim for in 2025?", F('力争“五类”研发企业(中心)达到200家以上', [200, '家']), 'year', 'long');
e('target', 'HN25', 'hunan culture firms revenue growth goal 2025', F('力争规模以上文化企业营业收入增长10%以上', pct(10)), 'year', 'lowercase', 'short');
e('figure', 'JL25', 'How fast did industrial investment grow in Jilin in 2024?', F('产业投资增长10.1%', pct(10.1)), 'year');
e('figure', 'JL25', 'changchun made the first batch of vehicle-road-cloud pilot cities — a batch of how many?', F('长春入围国家首批20个“车路云一体化”试点城市', [20, '个']), 'lowercase', 'pinyin');
e('target', 'JL25', 'How much land is Jilin restoring under its mountains-rivers and old-mine projects in 2025?', F('“山水工程”“历史矿山”示范工程修复国土50万亩', [50, '万亩']), 'year');
e('figure', 'AH25', 'How many more people in Wanbei (northern Anhui) got diverted water in 2024?', F('新增405万皖北群众喝上引调水', [405, '万']), 'year', 'pinyin');
e('figure', 'AH25', "What share of Anhui provincial universities' programmes were tied to emerging industries in 2024?", F('省属高校与新兴产业紧密相关的专业点占比升至64.9%', pct(64.9)), 'year');
e('figure', 'AH26', 'How many people went through the capital-market training Anhui ran for firms?', F('万家企业资本市场培训14万人次', [14, '万人次']));
e('target', 'AH26', 'anhui urban underground pipes to renew in 2026 — km?', F('更新改造城市地下管网3600公里', [3600, '公里']), 'year', 'lowercase', 'short');
e('figure', 'BJ25', 'How much central-government money (ultra-long special bonds etc.) did Beijing secure in 2024?', F('积极争取超长期特别国债等各类中央支持资金2083亿元', [2083, '亿元']), 'year');
e('figure', 'BJ25', "What did Beijing's tax and fee cuts and rebates for tech and manufacturing add up to in 2024?", F('支持科技创新和制造业发展、减税降费及退税超1500亿元', [1500, '亿元']), 'year');
e('target', 'BJ26', 'How many new "get one thing done" service scenarios is Beijing adding in 2026?', F('新增停车设施建设运营等服务场景30个以上', [30, '个']), 'year');
e('target', 'BJ26', 'beijing general manufacturers to relocate or upgrade, 2026 goal', F('疏解提质一般制造业企业80家', [80, '家']), 'year', 'lowercase', 'short');
e('figure', 'FJ25', 'Mini Three Links ferries between Fujian and Kinmen — passenger trips in 2024?', F('“小三通”客运航线年客流量达136万人次', [136, '万人次']), 'year', 'short');
e('figure', 'FJ25', "How many 'memories of moving to Taiwan' archive items has Fujian collected?", F('征集“迁台记忆”档案3323件', [3323, '件']));
e('figure', 'FJ26', "How many people do Fujian's 'Bamin reading rooms' reach?", F('“八闽书房”辐射人群超700万人', [700, '万人']), 'pinyin');
e('target', 'FJ26', 'fujian two-links project 2.0: how many projects this year?', F('建设邻县高速通、乡镇便捷通、港口铁路通项目26个', [26, '个']), 'relative-year', 'lowercase');
e('figure', 'GD25', "What was the deal value at Guangdong's 'Yue Mao Quan Guo' domestic trade fairs?", F('“粤贸全国”系列展会成交金额约600亿元', [600, '亿元']), 'pinyin');
e('figure', 'GD25', 'How many legal aid cases did Guangdong handle in 2024?', F('办理法律援助案件27万件', [27, '万件']), 'year');
e('figure', 'GD25', 'guangdong — how many provincial recycling companies were set up in 2024?', F('成立2家省属回收循环利用公司', [2, '家']), 'year', 'lowercase', 'after-other');
e('figure', 'GD26', 'How many provincial administrative powers did Guangdong hand down to cities and counties?', F('调整316项省级行政职权由市县实施', [316, '项']));
e('figure', 'GD26', "guangdong gov-business wechat groups cover how many 'four-above' firms", F('覆盖21万家“四上”企业', [21, '万家']), 'lowercase');
e('figure', 'JS25', 'How many Jiangsu projects got ultra-long special treasury bond support in 2024?', F('247个项目得到国家超长期特别国债资金支持', [247, '个']), 'year');
e('figure', 'JS26', 'How many joint innovation centres has the Jiangsu Industrial Technology Research Institute set up with firms?', F('省产业技术研究院共建企业联合创新中心超480家', [480, '家']), 'long');
e('figure', 'SD25', 'shandong reform items rolled out after the third plenum, how many', F('细化推出414项改革事项', [414, '项']), 'lowercase');
e('figure', 'SD26', "How many technology deals did Shandong's tech marketplace broker?", F('山东科技大市场促成技术交易2000余项', [2000, '项']));
e('figure', 'SH25', "How big are Shanghai's three leading industries (chips, biomedicine, AI) combined?", F('集成电路、生物医药、人工智能三大先导产业规模达到1.8万亿元', [1.8, '万亿元']));
e('figure', 'SH26', 'shanghai policy items with no-application auto benefits — count?', F('市、区两级709个政策项目实现免申即享', [709, '个']), 'lowercase', 'short');
e('figure', 'ZJ25', 'How much did Zhejiang cut the burden on businesses in 2024?', F('为经营主体减负超3000亿元', [3000, '亿元']), 'year');
e('target', 'ZJ26', 'How many China-Europe freight trains is the Jinhua (Yiwu) hub meant to run in 2026?', F('全年开行3000列以上', [3000, '列']), 'year', 'pinyin');
e('figure', 'ZJ26', "Zhejiang's 'firms recognise, government endorses' talent scheme — how many firms are authorised?", F('“企业认定、政府认账”授权企业8063家', [8063, '家']), 'after-other');
e('figure', 'CN22', 'How much was the one-off subsidy paid to grain farmers in 2021?', F('对种粮农民一次性发放200亿元补贴', [200, '亿元']), 'year');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe("What was Taiyuan's GDP growth in 2025?", 'nf-place', 'year', 'pinyin');
nfe('luoyang fixed-asset investment 2024', 'nf-place', 'year', 'lowercase', 'short', 'pinyin');
nfe("Zhejiang's GDP in 2010?", 'nf-year', 'year', 'short');
nfe("What's Jiangsu's Gini coefficient?", 'nf-indicator');

// ---- 4. trends and comparisons across reports --------------------------------------------------------------------
f('trend', 'trend-ask', 'CN23', '高职扩招那几年 累计扩了多少人', F('实施高职扩招和职业技能提升三年行动,累计扩招413万人', [413, '万']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '过去五年总体赤字率控制在多少以内', F('五年总体赤字率控制在3%以内', pct(3)), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'CN23', '营养改善计划这些年每年惠及多少学生', F('持续实施营养改善计划,每年惠及3700多万学生', [3700, '万']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'GD26', '广东连着几年被评为营商环境最佳口碑省份', F('数字政府、财政等重点领域改革走在前列,连续4年获评全国营商环境最佳口碑省份', [4, '年']), 'plan-period');
f('trend', 'trend-ask', 'GD25', '广东食品安全考核连续几年国家A级', F('食品安全工作考核连续6年获评国家A级', [6, '年']), 'plan-period', 'mixed-script', 'short');
f('trend', 'trend-ask', 'FJ25', '福建公立医院综合改革效果评价 连续多少年居全国前列', F('公立医院综合改革效果评价连续9年居全国前列', [9, '年']), 'plan-period');
f('trend', 'trend-ask', 'YN25', '云南重大产业项目推进会连续开了几个季度', F('连续12个季度召开重大产业项目推进会', [12, '个季度']), 'plan-period');
f('trend', 'trend-ask', 'AH26', '长江十年禁渔 安徽连续几次评了全国优秀', F('长江十年禁渔连续4次获评全国优秀', [4, '次']), 'plan-period', 'count');
f('trend', 'trend-ask', 'GD26', '广东质量工作考核连续多少次拿国家A级', F('质量工作考核连续10次获评国家A级', [10, '次']), 'plan-period', 'mixed-script');
f('trend', 'trend-ask', 'YN25', '云南人均预期寿命这两年的增幅在全国排第几', F('近两年人均预期寿命增幅居全国第1位', [1]), 'plan-period', 'rank');
f('comparison', 'comparison-ask', ['SH26', 'SH25'], '上海机关企事业单位附属空间对社会开放 25年和26年的目标各几个 哪年多', F(['推动20个机关、企事业单位附属空间对社会开放共享', '推动40个机关、企事业单位附属空间对社会开放共享'], [20, '个'], [40, '个']), 'year-compare', 'two-digit-year');
f('comparison', 'comparison-ask', ['SD25', 'SD26'], '山东高速公路续建项目 25年提速几个 26年几个 哪年多', F(['提速高青至商河等34个续建项目', '提速庆云至章丘等23个续建项目'], [34, '个'], [23, '个']), 'year-compare', 'two-digit-year');
f('comparison', 'comparison-ask', ['ZJ25', 'FJ25'], '浙江和福建24年提请审议的地方性法规 谁多 各几件', F(['《浙江省“千万工程”条例》等12件地方性法规提请人大审议通过', '提请审议省级地方性法规8件'], [12, '件'], [8, '件']), 'two-reports', 'two-digit-year');
f('comparison', 'comparison-ask', ['FJ25', 'GD25'], '24年“四好农村路”全国示范县 福建和广东哪个省多', F(['9个县获评“四好农村路”全国示范县', '新增“四好农村路”全国示范县6个'], [9, '个'], [6, '个']), 'two-reports', 'two-digit-year');
f('comparison', 'comparison-ask', ['ZJ26', 'ZJ25'], '浙江给退役军人的就业帮扶 26年的目标跟25年比 变了没', F(['为退役军人提供5万个就业岗位,开展就业帮扶1万人', '退役军人1万人'], [1, '万人']), 'year-compare', 'two-digit-year');
f('comparison', 'comparison-ask', ['CN23', 'CN24'], '2022年和2023年脱贫人口务工规模 哪年大 各多少', F(['脱贫人口务工规模超过3200万人', '脱贫人口务工规模超过3300万'], [3200, '万'], [3300, '万']), 'year-compare', 'year');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'FJ25', '福建24年互花米草除治和生态修复 各是多少亩', F('除治复萌互花米草6861亩、完成生态修复10837亩', [6861, '亩'], [10837, '亩']), 'two-digit-year');
f('multi', 'multi-ask', 'ZJ25', '浙江25年民生实事里 海塘加固、水闸除险、病险水库山塘整治 分别定了多少', F('开工建设提标加固海塘50公里、大中型水闸除险加固8座,完成整治病险水库山塘300座', [50, '公里'], [8, '座'], [300, '座']), 'two-digit-year', 'long');
f('multi', 'multi-ask', 'BJ25', '北京25年错时共享停车位、信号灯联网、路口智能调控 各要做多少', F('利用闲置空间、人防工程等建设2.5万个停车位,增加1万个错时共享停车位,实现7000处信号灯联网,新增200处重点路口智能调控', [1, '万个'], [7000, '处'], [200, '处']), 'two-digit-year');
f('multi', 'multi-ask', 'SD25', '山东25年良种工程 新品种培育几个 良种繁育基地建几个', F('培育优良动植物新品种20个,建设省级良种繁育基地50个', [20, '个'], [50, '个']), 'two-digit-year');
f('multi', 'multi-ask', 'SH25', '上海24年立改废政府规章和办理市政协提案 各多少件', F(['立改废政府规章37件', '办理市人大代表建议1155件、市政协提案1057件'], [37, '件'], [1057, '件']), 'two-digit-year');
f('multi', 'multi-ask', 'GD26', '广东26年养老护理员培训多少人次 新增持证护理员多少人', F('开展职业技能培训超5万人次,新增持证养老护理员超1500人', [5, '万人次'], [1500, '人']), 'two-digit-year');
f('overview', 'overview-ask', 'JS26', '江苏去年经济总体怎么样 简单说说', { ...F('地区生产总值增长5.3%、增量保持全国第一'), lead: 5.3 }, 'relative-year');
f('overview', 'overview-ask', 'HN25', '湖南24年经济运行情况 概括一下', { ...F('全年增长4.8%、总量达5.3万亿元'), lead: 4.8 }, 'two-digit-year', 'short');
f('outline', 'outline-ask', 'ZJ26', 'zhejiang 2026 work priorities — list them', O('ZJ26'), 'en', 'year', 'lowercase', 'short');
f('outline', 'outline-ask', 'SH26', '上海今年政府工作任务 给我捋一下', O('SH26'), 'relative-year');
f('outline', 'outline-ask', 'JS25', '江苏25年重点任务有几条 分别是啥', O('JS25'), 'two-digit-year', 'count');
f('outline', 'outline-ask', 'BJ25', '北京2025年政府工作主要部署了哪些方面', O('BJ25'), 'year');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('兰州去年GDP增速多少', 'nf-place', 'relative-year', 'short', 'mixed-script');
nf('拉萨25年接待游客多少人次', 'nf-place', 'two-digit-year');
nf('石家庄今年的民生实事有几件', 'nf-place', 'relative-year', 'count');
nf('银川24年城镇新增就业多少人', 'nf-place', 'two-digit-year');
nf('呼和浩特去年固定资产投资增长多少', 'nf-place', 'relative-year');
nf('江苏2010年地区生产总值', 'nf-year', 'year', 'short');
nf('广东2011年进出口总额是多少', 'nf-year', 'year');
nf('安徽2015年粮食产量多少亿斤', 'nf-year', 'year');
nf('北京2010年常住人口多少', 'nf-year', 'year');
nf('浙江基尼系数是多少', 'nf-indicator', 'short');
nf('上海去年离婚率多少', 'nf-indicator', 'relative-year');
nf('山东一年无偿献血多少人次', 'nf-indicator');
nf('福建房价收入比多少', 'nf-indicator', 'short');
nf('湖南24年人口出生率是多少', 'nf-indicator', 'two-digit-year');
nf('云南城镇非私营单位平均工资去年多少 报告里要是没有就说没有', 'nf-indicator', 'relative-year', 'long');

// ---- 1. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('浙江25年新建新能源汽车公共充电桩多少个'),
  T('农村那块呢', 'target', 'ZJ25', F('其中农村1万个以上', [1, '万个']), 'elliptical', 'part-vs-total', 'short'),
  T('那26年农村供水管网改造多少公里', 'target', 'ZJ26', F('更新改造农村供水管网800公里', [800, '公里']), 'elliptical', 'year-switch', 'two-digit-year'),
  T('乡村公共停车位呢', 'target', 'ZJ26', F('改造提升乡村公共停车位1万个', [1, '万个']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('第八届进博会意向成交多少'),
  T('比上届涨了几个点', 'figure', 'SH26', F('意向成交金额达到834.9亿美元、增长4.4%', pct(4.4)), 'elliptical', 'growth-after-level', 'short'),
  T('第七届那年上海办了多少场会议活动', 'figure', 'SH25', F('举办92场上海会议活动', [92, '场']), 'elliptical', 'year-switch', 'topic-switch'),
]);
conv([
  T('福建24年低效用地再开发了多少万亩'),
  T('上图入库的总量呢', 'figure', 'FJ25', F('推动低效用地上图入库27.8万亩', [27.8, '万亩']), 'elliptical', 'short'),
  T('园区新改扩建了多少产业载体', 'figure', 'FJ25', F('新改扩建产业载体2150万平方米', [2150, '万平方米']), 'elliptical', 'topic-switch'),
]);
conv([
  T('广东今年“你点我检”食品抽检要做多少批次'),
  T('那25年定的是多少', 'target', 'GD25', F('其中开展“你点我检”食品抽检超4万批次', [4, '万批次']), 'elliptical', 'year-switch', 'two-digit-year', 'short'),
  T('哪年定得高', 'comparison', ['GD26', 'GD25'], F(['其中开展“你点我检”食品抽检超5万批次', '其中开展“你点我检”食品抽检超4万批次'], [5, '万批次'], [4, '万批次']), 'elliptical', 'comparison', 'short'),
]);
conv([
  T('浙江去年新增两院院士几名'),
  T('换广东看看', 'figure', 'GD26', F('9位科学家增选为两院院士', [9, '位']), 'elliptical', 'place-switch', 'short'),
  T('哪个省多', 'comparison', ['GD26', 'ZJ26'], F(['9位科学家增选为两院院士', '新增“两院”院士7名'], [9, '位'], [7, '名']), 'elliptical', 'comparison', 'short'),
  T('浙江那年组建了多少个创新联合体', 'figure', 'ZJ26', F('组建创新联合体15个', [15, '个']), 'elliptical', 'place-switch', 'topic-switch'),
]);
conv([
  T('云南24年制定修改废止的政府规章有几件'),
  T('Hunan那边呢', 'figure', 'HN25', F('制定省政府规章3件', [3, '件']), 'elliptical', 'place-switch', 'mixed-language', 'short'),
  T('两省谁多', 'comparison', ['YN25', 'HN25'], F(['制定修改废止政府规章6件', '制定省政府规章3件'], [6, '件'], [3, '件']), 'elliptical', 'comparison', 'short'),
]);
conv([
  T('安徽25年计划建多少个公共文化空间'),
  T('最后做到了吗', 'figure', 'AH26', F('600个新型公共文化空间投入使用', [600, '个']), 'elliptical', 'attainment', 'short'),
  T('紫云山那个文创园营收多少', 'figure', 'AH26', F('紫云山(包河)文化创意产业园营收超650亿元', [650, '亿元']), 'elliptical', 'topic-switch'),
]);
conv([
  T('How many unicorn and gazelle firms does Fujian want to cultivate this year?'),
  T('and for 2025 — what was the goal?', 'target', 'FJ25', F('培育“独角兽”“瞪羚”企业330家以上', [330, '家']), 'elliptical', 'year-switch', 'en', 'year'),
  T('and in 2026, how many major provincial S&T innovation projects?', 'target', 'FJ26', F('实施省科技重大创新项目10个以上', [10, '个']), 'elliptical', 'topic-switch', 'en', 'year'),
]);
conv([
  T('江苏今年政府工作分哪几大块'),
  T('民生那条具体点 今年办多少件民生实事', 'target', 'JS26', F('今年将办好12类45件民生实事', [45, '件']), 'elliptical', 'after-outline', 'relative-year'),
  T('科技那块 前沿技术研发项目推几项', 'target', 'JS26', F('80项前沿技术研发', [80, '项']), 'elliptical', 'after-outline', 'topic-switch'),
]);
conv([
  T('浙江2010年长期护理保险参保多少人'),
  T('有最近的数吗', 'figure', 'ZJ25', F('长期护理保险参保人数达4526万人', [4526, '万人']), 'elliptical', 'after-not-found', 'year-switch', 'short'),
  T('25年计划再新增多少参保', 'target', 'ZJ25', F('新增参保人数1500万人', [1500, '万人']), 'elliptical', 'two-digit-year'),
]);
conv([
  T('湖南有几家园区进了全国先进制造百强园区'),
  T('what about 河南', 'notfound', [], NF, 'elliptical', 'place-switch', 'mixed-language', 'short'),
  T('回到湖南 自贸试验区有几项成果入选全国最佳实践案例', 'figure', 'HN25', F('湖南自贸试验区2项创新成果入选全国最佳实践案例', [2, '项']), 'elliptical', 'after-not-found', 'place-switch', 'count'),
]);
conv([
  T('北京24年医疗器械、新材料这些细分产业出了多少项支持政策'),
  T('中关村重点企业技术收入涨了多少', 'figure', 'BJ25', F('示范区规模以上重点企业技术收入增长超10%', pct(10)), 'elliptical', 'topic-switch'),
  T('高级别自动驾驶示范区 智能化部署了多大面积', 'figure', 'BJ25', F('高级别自动驾驶示范区完成600平方公里设施智能化部署', [600, '平方公里']), 'elliptical', 'topic-switch'),
]);
conv([
  T('过去五年江苏提请审议了多少项地方性法规'),
  T('江苏24年提请审议地方性法规多少项', 'figure', 'JS25', F('提请省人大常委会审议地方性法规13项', [13, '项']), 'no-inherit', 'after-trend', 'two-digit-year'),
  T('那年苏新消费活动参与商家有多少', 'figure', 'JS25', F('“苏新消费”系列活动参与商家超10万家', [10, '万家']), 'elliptical', 'topic-switch'),
]);
conv([
  T('这五年全国新建了多少高标准农田'),
  T('2023年增发了多少国债', 'figure', 'CN24', F('增发1万亿元国债', [1, '万亿元']), 'no-inherit', 'after-trend', 'year'),
  T('国家助学贷款提标降息那年惠及多少学生', 'figure', 'CN24', F('国家助学贷款提标降息惠及1100多万学生', [1100, '万']), 'elliptical', 'topic-switch'),
]);
conv([
  T('浙江这五年有多少政务事项实现了跨省通办'),
  T('浙江24年获国家科技奖多少项', 'figure', 'ZJ25', F('获国家科技奖30项', [30, '项']), 'no-inherit', 'after-trend', 'two-digit-year'),
  T('高层次人才呢 新引育了多少', 'figure', 'ZJ25', F('新引育省级以上高层次人才2300多人', [2300, '人']), 'elliptical', 'topic-switch'),
]);
conv([
  T('这五年跨省直接结算惠及了多少人次'),
  T('集采给群众降了多少负担', 'trend', 'CN23', F('降低费用负担超过4000亿元', [4000, '亿元']), 'elliptical', 'after-trend', 'topic-switch'),
  T('临时救助呢 年均多少人次', 'trend', 'CN23', F('年均临时救助1100万人次', [1100, '万人次']), 'elliptical', 'after-trend', 'short'),
]);
conv([
  T('五年里货物进出口总额年均增长多少'),
  T('那总规模到多少了', 'trend', 'CN23', F('货物进出口总额年均增长8.6%,突破40万亿元', [40, '万亿元']), 'elliptical', 'after-trend', 'short'),
  T('对一带一路沿线国家呢 年均增速', 'trend', 'CN23', F('对沿线国家货物进出口额年均增长13.4%', pct(13.4)), 'elliptical', 'after-trend'),
]);
conv([
  T('山东24年保交房完成得怎么样'),
  T('直接报个数', 'figure', 'SD25', F('保交房完成95%以上', pct(95)), 'elliptical', 'short'),
  T('那福建24年保交房交付率呢', 'figure', 'FJ25', F('“保交房”交付率96.4%', pct(96.4)), 'elliptical', 'place-switch', 'two-digit-year'),
  T('安徽呢', 'figure', 'AH25', F('保交房项目完成94.9%', pct(94.9)), 'elliptical', 'place-switch', 'short'),
]);
conv([
  T('雄安宣武医院门诊量多少'),
  T("and the Zhongguancun park in Xiong'an — how many firms have moved in?", 'figure', 'BJ25', F('雄安新区中关村科技园累计入驻企业130家', [130, '家']), 'elliptical', 'topic-switch', 'en', 'mixed-language', 'pinyin'),
  T('京津冀自贸区同事同标政务服务事项 累计推出几项', 'figure', 'BJ25', F('累计推出230项京津冀自贸试验区同事同标政务服务事项', [230, '项']), 'elliptical', 'topic-switch', 'mixed-language'),
]);
conv([
  T('广东25年新增普惠性托位多少'),
  T('不是托位数 我问的是每千人口托位数', 'target', 'GD25', F('每千人口拥有3岁以下托位数不少于5.5个', [5.5, '个']), 'elliptical', 'self-correction'),
  T('那26年托育服务惠及多少婴幼儿', 'target', 'GD26', F('惠及超50万名3岁以下婴幼儿', [50, '万']), 'elliptical', 'year-switch', 'two-digit-year'),
]);
conv([
  T('How many new national advanced manufacturing clusters did Shandong get in 2024?'),
  T("and what share of Shandong's economy is digital?", 'figure', 'SD25', F('数字经济撑起“半壁江山”,规模占比超过49%', pct(49)), 'elliptical', 'topic-switch', 'en'),
  T('what about 广东 — how many trillion-yuan industry clusters?', 'figure', 'GD25', F('拥有8个万亿元级产业集群', [8, '个']), 'elliptical', 'place-switch', 'en', 'mixed-language'),
]);
conv([
  T("What share of Beijing's food & drug samples passed inspection in 2024?"),
  T("and how much did Beijing cut 'three public' spending?", 'figure', 'BJ25', F('“三公”经费减少4%', pct(4)), 'elliptical', 'topic-switch', 'en'),
  T('how about city-wide inspections and assessments — down by how much?', 'figure', 'BJ25', F('全市性督查检查考核事项减少近20%', pct(20)), 'elliptical', 'topic-switch', 'en'),
  T('那24年市人大代表建议办了多少件', 'figure', 'BJ25', F('建议880件', [880, '件']), 'elliptical', 'topic-switch', 'mixed-language', 'two-digit-year'),
]);

// ---------------------------------------------------------------------------------------------------------------
// The Chinese multi-figure part: its first figure is the asked one and must not be the first number of its report
// sentence (years and dates aside), or the case measures nothing the single-figure sets do not.
checkAskedFigureNotFirst(cases);

// Split as fresh-r, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 's', last: 'r' });
