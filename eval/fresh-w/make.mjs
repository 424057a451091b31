#!/usr/bin/env node
// Writes the fresh-w sets: eval/fresh-w/w-tune.jsonl and eval/fresh-w/w-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-w/make.mjs [--check]
//
// An eleventh held-out question set written BEFORE any fix, as fresh-m … fresh-v, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording and without running the bot to choose or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports), with wording other than fresh-s's, fresh-t's, fresh-u's and fresh-v's (other follow-up
// phrasings, verbs, fragments, typos, traditional characters, mixed scripts, short and long asks). Six parts:
//   1. conversations of 2–4 turns (every later turn scored): 拿广东来对照 … → 两省哪个定得更高 / 到了26年 … (year switch) /
//      "ok and the number they set for this year?" → 工业战新重点项目呢 → 跟24年实际实施的比 哪个多 / 等下 我要问的其实是25年的
//      (a year self-correction) → 两年数一样吗 / 噢 我其实想问江苏的 (a place self-correction) → 山东那届的届数比江苏大多少 /
//      第3条具体讲讲 … / 第7条里 … (after an outline) / zh → en → zh and en → zh threads / 倒回1989年 福建有这类数吗 (a scored
//      not-answerable turn) → 那不管了 还是说24年 … / 拿26年的来比一比 / 福建比山东多几项 / 往前推一年 截到24年是连续几年 (after a
//      trend) / a multi turn (… 各多少) / a complete new question after a five-year question;
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin, typos, abbreviations),
//      4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure (checked here: not the first number of its report sentence, years aside);
//   4. trends (连续几年 / 自哪年以来 / 多少周年 / 这些年 / from–to) and A vs B comparisons (two years of one report, two reports);
//   5. several indicators in one ask (multi), overviews and outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-04: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-v: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-v, plus the
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
// kinds as fresh-v: second-of-pair, after-other (another indicator's figure comes first), part-vs-total,
// share-vs-growth, rank, count
s('target', 'BJ25', '北京25年整治周边环境面貌的重点区域 一共圈了几个', F('优化城市家具设置及管理,改善宛平城等12个重点区域周边环境面貌', [12, '个']), 'target', 'after-other', 'two-digit-year', 'count');
s('figure', 'FJ25', '福建前年有几个地方入选中央财政支持普惠金融发展示范区', F('要素市场化配置综合改革持续深化,4地入选中央财政支持普惠金融发展示范区', [4]), 'after-other', 'relative-year', 'count');
s('figure', 'FJ25', '24年福建人大代表建议和政协提案的办结率是多少', F('制定修改废止政府规章9件,人大代表建议、政协提案办结率均为100%', pct(100)), 'after-other', 'two-digit-year');
s('target', 'FJ25', '福建25年城市片区更新加社区更新 省级样板打算弄几个', F('打造城市片区更新、社区更新2类15个省级样板', [15, '个']), 'target', 'second-of-pair', 'two-digit-year', 'count');
s('target', 'FJ25', '福建25年要建好的省级人工智能产业园有几个 是福州厦门泉州各一个吗', F('智能机器人等产业,建好福州、厦门、泉州3个省级人工智能产业园', [3, '个']), 'target', 'after-other', 'two-digit-year', 'count', 'long');
s('figure', 'FJ25', '巴黎残奥会上 福建选手拿了几枚金牌', F('1铜、2金1银', [2]), 'second-of-pair', 'short');
s('figure', 'FJ25', '福建24年纪念严复诞辰 是多少周年', F('以及纪念陈嘉庚先生诞辰150周年、严复诞辰170周年', [170]), 'second-of-pair', 'two-digit-year', 'short');
s('figure', 'FJ26', '福建去年落地建设的重点实验室 肿瘤与代谢那批一共几个', F('落地建设肿瘤与代谢、闽台地区高发慢病病因流行病学2个重点实验室', [2, '个']), 'after-other', 'relative-year', 'count');
s('target', 'GD25', '广东25年森林抚育提升 目标多少万亩', F('万亩、森林抚育提升200万亩任务', [200, '万亩']), 'target', 'second-of-pair', 'two-digit-year', 'short');
s('target', 'GD25', '广东文旅投资“三个一百”里 重点招商项目25年推进多少项', F('项在建重大项目、100项重点招商项目', [100, '项']), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'GD25', '广东25年支持升级建设的中心卫生院有多少家', F('名副高级以上职称的医疗专家到县级公立医院工作,支持47家升级建设', [47, '家']), 'target', 'after-other', 'two-digit-year', 'count');
s('target', 'GD25', '广东25年对前两年供餐监测出问题的学生集体用餐配送单位 再检查几家', F('对前两年供餐质量监测发现问题的40家学生集体用餐配送单位进行再检查再提升', [40, '家']), 'target', 'after-other', 'two-digit-year', 'count', 'long');
s('target', 'GD25', '廣東25年省內生產的國家集採中選品種 抽檢覆蓋率要到多少', F('省内生产的国家集采中选品种抽检覆盖率达到100%', pct(100)), 'target', 'after-other', 'two-digit-year', 'traditional');
s('target', 'GD25', '广东25年青少年心理健康宣教活动 打算办超多少场次', F('向青少年免费提供心理疏导、心理咨询等服务,开展心理健康宣教活动超2600场次', [2600, '场次']), 'target', 'after-other', 'two-digit-year');
s('target', 'GD25', '广东25年免费上门健康管理的失能老人 年龄线是多少岁及以上', F('为超2.5万名65岁及以上失能老年人免费提供健康管理', [65, '岁']), 'target', 'after-other', 'two-digit-year');
s('figure', 'GD25', '广东24年办的中国国际农产品交易会 是第几届', F('大湾区“菜篮子”交易中心揭牌,成功举办第21届中国国际农产品交易会', [21]), 'after-other', 'two-digit-year', 'short');
s('figure', 'GD25', '广东低空经济“1+3+N”平台里 A类飞行服务站有几个', F('是广州、深圳、珠海3个A类飞行服务站', [3, '个']), 'after-other', 'count', 'mixed-script');
s('figure', 'GD26', '十四五这五年 广东新增了几个综合保税区', F('个国家级经济技术开发区、2个综合保税区', [2, '个']), 'second-of-pair', 'five-year-review', 'plan-period', 'count', 'short');
s('figure', 'GD26', '这五年广东本科高校、高职和技师学院 一共覆盖了多少个地级以上市', F('省职教城(清远)初具规模,本科高校、高职院校、技师学院均实现21个地级以上市全覆盖', [21, '个']), 'after-other', 'five-year-review', 'plan-period', 'count');
s('target', 'GD26', '广东今年县域公办高中补短板 能让多少学生受益', F('配置教学仪器、体育器材、照明灯具等基本设备,惠及超3万名学生', [3, '万名']), 'target', 'after-other', 'relative-year');
s('target', 'GD26', '广东今年0到6岁儿童健康管理率目标定了多少', F('其中孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上', pct(90)), 'target', 'after-other', 'relative-year', 'short');
s('trend', 'JS25', '苏州工业园区开发建设 前年办的是多少周年系列活动', F('成功举办苏州工业园区开发建设30周年系列活动', [30]), 'after-other', 'relative-year', 'plan-period');
s('figure', 'SD25', '山东24年GDP增速比全国高出几个百分点', F('增长5.7%,增速高于全国0.7个百分点', [0.7, '个百分点']), 'share-vs-growth', 'two-digit-year', 'mixed-script', 'short');
s('target', 'SD25', '山东25年支持幼儿园招收的幼儿 年龄上限几岁', F('发展单位办托、社区嵌入等多种托育模式,支持幼儿园招收2-3岁幼儿', [3, '岁']), 'target', 'second-of-pair', 'two-digit-year', 'short');
s('target', 'SD26', '山东今年打造的行业高质量数据集 要几个以上', F('个以上省级数据产业集群,打造10个以上行业高质量数据集', [10, '个']), 'target', 'second-of-pair', 'relative-year', 'count');
s('target', 'ZJ25', '浙江25年推动精准落地的“几个不准” 到底是几个', F('推动“3个70%”、“7个不准”等举措精准落地', [7, '个']), 'target', 'after-other', 'two-digit-year', 'count');
s('figure', 'ZJ26', '浙江这五年办的亚残运会 是第几届', F('四是成功举办杭州第19届亚运会、第4届亚残运会', [4]), 'second-of-pair', 'five-year-review', 'rank', 'short');
s('figure', 'ZJ26', '浙江城镇和农村居民收入 这五年在各省区排第几', F('城镇和农村居民人均可支配收入分别超过8万元、4.5万元,稳居各省区第1位', [1]), 'after-other', 'five-year-review', 'rank');
s('target', 'ZJ26', '浙江今年新开发的老年教育课程 人工智能养生保健这类 一共多少门', F('新开发人工智能、养生保健等老年教育课程100门', [100, '门']), 'target', 'after-other', 'relative-year');
s('target', 'ZJ26', '浙江今年面向重点群体的职业技能培训 搞几万人次', F('面向重点群体开展“岗位需求+技能培训+技能评价+就业服务”职业技能培训5万人次', [5, '万人次']), 'target', 'after-other', 'relative-year');
s('figure', 'HN25', '湖南24年国考断面水质优良率 在中部排第几位', F('个国考断面水质优良率达98.6%、居中部第1位', [1]), 'after-other', 'two-digit-year', 'rank');
s('target', 'YN25', '云南银龄工程师2000人里头 重点产业的占多少', F('银龄医师2000人左右、银龄工程师2000人(含重点产业1000人)左右', [1000, '人']), 'target', 'part-vs-total', 'plan-period');
s('figure', 'YN25', '孟连牛油果那个“334”模式 国有管理公司、合作社和村集体一共分几成', F('龙头企业占30%,国有管理公司、合作社、村集体共占40%', pct(40)), 'part-vs-total', 'mixed-script');
s('figure', 'YN25', '云南三免三便利 给东南亚五国免费提供多大的海外仓', F('越南5个国家,免费提供1万平方米海外仓', [1, '万平方米']), 'after-other');
s('target', 'YN25', '云南省级农业龙头企业 要做到多少个县全覆盖', F('国家级农业龙头企业16个州(市)全覆盖、省级农业龙头企业129个县(市、区)全覆盖', [129, '个']), 'target', 'second-of-pair', 'count');
s('figure', 'YN25', '云南防汛1262机制 精细到县的强降水提前几个钟头预报', F('气象部门提前12小时预报落区精细到县的强降水', [12, '小时']), 'after-other', 'mixed-script');
s('figure', 'YN25', '云南重大灾害123响应机制 救援工作第几小时要全面展开', F('第2小时应急救援队伍要全面派出,第3小时救援工作要全面展开', [3, '小时']), 'second-of-pair', 'mixed-script');
s('target', 'YN25', '云南十县百乡千村万户工程里 民族团结进步示范户建多少个', F('1000个民族团结进步示范村(社区)、10000个民族团结进步示范户', [10000, '个']), 'target', 'after-other', 'count');
s('target', 'YN25', '云南第1个污水治理三年行动 湖泊流域那7个城市之外 还管其他多少个县级以上城市', F('聚焦重点高原湖泊流域,对所在的7个城市(包括县城)及其他22个县级及以上城市', [22, '个']), 'target', 'second-of-pair', 'count', 'long');
s('target', 'YN25', '云南25年要建特殊教育学校的县 人口门槛是多少万以上', F('在9个人口20万以上的县建成特殊教育学校', [20, '万']), 'target', 'after-other', 'two-digit-year');
s('figure', 'AH26', '安徽去年支持科技型外向型企业的“双X条” 是双多少条', F('推出稳经济“30条”和支持科技型、外向型企业高质量发展“双20条”政策', [20, '条']), 'second-of-pair', 'relative-year', 'mixed-script');

// ---- 2. English single-turn questions -------------------------------------------------------------------------------
e('figure', 'AH25', 'How many high-frequency business services in Anhui dropped the need to submit application documents in 2024?', F('推出新一轮营商环境提升举措,329个高频涉企政务服务事项实现申请材料免提交', [329, '个']), 'year', 'long');
e('target', 'AH25', 'anhui 2025 land-contract extension: how many farm households due that year?', F('高质量推进二轮土地承包到期延包整省试点,完成年内到期662万农户延包任务', [662, '万']), 'year', 'lowercase');
e('figure', 'AH25', "What did Shanghai and Lu'an sign under their paired cooperation in 2024 — how many 100m-yuan-plus projects?", F('上海与六安对口合作新签约亿元以上项目35个', [35, '个']), 'year', 'pinyin', 'count');
e('figure', 'AH26', 'How many joint training and research projects did the Anhui Institute for Advanced Study run last year?', F('安徽高等研究院实施校企联合人才培养和科研攻关项目899个', [899, '个']), 'relative-year');
e('target', 'AH26', 'anhiu AI+ push in 2026 — how many application deployments are they aiming for?', F('在科研、工业、农业、消费等领域应用落地3000个以上', [3000, '个']), 'year', 'lowercase', 'typo');
e('figure', 'BJ25', 'How many sub-district and township elderly care centres did Beijing open in 2024?', F('健全养老服务体系,新建105家街道乡镇区域养老服务中心', [105, '家']), 'year');
e('target', 'BJ25', 'bj 2025: city-view sightline corridors to create?', F('加强道路、河道等线性空间点彩连线,打造市民观城观景视廊50条', [50, '条']), 'year', 'lowercase', 'short', 'abbreviation');
e('figure', 'BJ25', "Of Beijing's post-flood rebuilding, how many 'basic recovery within one year' projects were all in use by the end of 2024?", F('全面推进灾后恢复重建,168项“一年基本恢复”项目全部按期投用', [168, '项']), 'year', 'long');
e('target', 'BJ26', 'How many more beautiful rivers and lakes is Beijing creating in 2026?', F('提升农村污水治理水平,再创建5条美丽河湖', [5, '条']), 'year', 'short');
e('figure', 'CN23', 'policy-based development financial instruments deployed in 2022 — total?', F('依法盘活用好专项债务结存限额,分两期投放政策性开发性金融工具7400亿元', [7400, '亿元']), 'year', 'lowercase', 'short');
e('figure', 'CN23', 'How much high-standard farmland was built in the five years covered by the 2023 report?', F('加强耕地保护,实施黑土地保护工程,完善水利设施,新建高标准农田4.56亿亩', [4.56, '亿亩']), 'five-year-review', 'plan-period');
e('figure', 'FJ25', 'How many people claimed trade-in subsidies in Fujian in 2024?', F('全面落实消费品以旧换新政策,享受补贴430多万人次', [430, '万人次']), 'year', 'short');
e('figure', 'FJ25', 'fujian firms on the china top-500 private enterprises list, 2024', F('做响品牌,14家企业上榜中国民营企业500强', [14, '家']), 'year', 'lowercase', 'short');
e('target', 'FJ25', 'How many new places at specialised (correctional) schools will Fujian add in 2025?', F('加强未成年人犯罪预防和治理,新增专门学校学位700个', [700, '个']), 'year');
e('figure', 'FJ26', "Fujian's ten rural specialty industries — what did their full-chain output reach last year?", F('茶叶、食用菌、林竹等十大乡村特色产业全产业链总产值突破3万亿元', [3, '万亿元']), 'relative-year');
e('target', 'FJ26', 'fuijan 2026 underground pipe network to build or renovate, km', F('加强无障碍、适老化设施建设,新建改造地下管网1250公里以上', [1250, '公里']), 'year', 'lowercase', 'typo', 'short');
e('figure', 'FJ26', 'How many pilot zones linking the forest "four reserves" did Fujian launch in its first batch?', F('三明医改经验在全省“清单式”推广,首批24个森林“四库”联动试点区建设扎实推进', [24, '个']), 'count');
e('figure', 'GD25', 'How much ultra-long special treasury bond money did Guangdong land in 2024?', F('加强重大项目建设和谋划储备,争取161.4亿元超长期特别国债资金支持', [161.4, '亿元']), 'year');
e('figure', 'GD25', 'guangdong approved sea-use area, growth in 2024 (%)', F('强化重大项目用地应保尽保,批准用海面积增长75.8%', pct(75.8)), 'year', 'lowercase', 'short');
e('target', 'GD25', "In Guangdong's 2025 livelihood projects, how many retired senior doctors were to be hired as chief experts at upgraded central health centres?", F('的中心卫生院聘任100名副高级以上职称的退休医生担任首席专家', [100, '名']), 'year', 'long', 'after-other');
e('figure', 'GD26', 'How many rounds of heavy rainfall did Guangdong get through in 2025?', F('全省上下众志成城、严防坚守,成功应对22轮强降水', [22, '轮']), 'year');
e('target', 'HN25', 'hunan 2025 livelihood list: vocational skills + startup training, how many person-times?', F('组织职业技能和创业培训23万人次', [23, '万人次']), 'year', 'lowercase');
e('target', 'JS25', "Jiangsu's 2025 goal for the urban sewage centralised collection rate?", F('削减近岸海域污染物,推动城市生活污水集中收集率达80%', pct(80)), 'year', 'short');
e('figure', 'JS26', 'How many paired-assistance and cooperation projects did Jiangsu carry out over the 14th FYP?', F('实施对口支援协作项目8000多个', [8000, '个']), 'five-year-review', 'plan-period', 'abbreviation');
e('figure', 'SD25', "How many disabled people did Shandong's 'Sunshine Home' care serve in 2024?", F('“阳光家园”托养服务残疾人3.4万人', [3.4, '万人']), 'year');
e('target', 'SD25', 'shandong 2025: residential compounds off direct power supply — how many households to retrofit?', F('完成非直供电小区改造100万户', [100, '万户']), 'year', 'lowercase');
e('figure', 'SD26', "How much lending did Shandong's 'finance straight to the grassroots' sprint bring last year?", F('“金融直达基层加速跑”促成贷款投放超8300亿元', [8300, '亿元']), 'relative-year');
e('target', 'SH25', 'shangahi 2025 — outdated production capacity items to phase out?', F('建立产品碳标识认证制度,淘汰落后产能400项', [400, '项']), 'year', 'lowercase', 'typo', 'short');
e('figure', 'SH26', 'How many district-level specialty-track clusters for leading industries did Shanghai build up in 2025?', F('高质量打造14个区级主导产业特色赛道集聚区', [14, '个']), 'year');
e('figure', 'ZJ25', 'How many measures did Zhejiang issue in 2024 to stop the property market falling?', F('出台促进房地产市场止跌回稳22条举措', [22, '条']), 'year');
e('target', 'ZJ26', 'zj 2026 target: major industrial projects (100m yuan+) to attract', F('深化产业链招商和平台招商,全年招引总投资亿元以上重大产业项目3000个以上', [3000, '个']), 'year', 'lowercase', 'abbreviation', 'short');
e('figure', 'ZJ26', "Under Yangtze Delta integration, how many government services can people in Zhejiang now get done 'across provinces'?", F('深度融入长三角一体化发展,300项政务事项实现“跨省通办”', [300, '项']), 'five-year-review');
e('target', 'YN25', 'How big a migrant-work scale for people lifted out of poverty does Yunnan want to hold in 2025?', F('完善联农带农常态长效机制,脱贫劳动力转移就业规模保持在320万人以上', [320, '万人']), 'year');
e('figure', 'YN25', "yunnan 'mini-semester' for teacher training — how many days before school starts?", F('每学期学生开学前7天定为教师培训“小学期”', [7, '天']), 'lowercase', 'short');
e('figure', 'YN25', "Mengzi blueberry '622' model: what share goes to farmers?", F('蒙自市在发展蓝莓产业中,形成以农户占60%', pct(60)), 'pinyin', 'part-vs-total', 'short');
e('figure', 'YN25', 'Yunnan emergency broadcasting: natural villages of at least how many households are covered?', F('在全国率先实现20户以上自然村应急广播全覆盖', [20, '户']));
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('zigong lantern festival visitors in 2025?', 'nf-place', 'year', 'lowercase', 'pinyin', 'short');
nfe('How many tourists visited Baoji last year?', 'nf-place', 'relative-year', 'pinyin');
nfe("jiangsu's gdp growth back in 1990", 'nf-year', 'year', 'lowercase', 'short');
nfe("What was Beijing's beer output in 2025?", 'nf-indicator', 'year', 'short');

// ---- 4. trends and comparisons across reports --------------------------------------------------------------------
f('trend', 'trend-ask', 'YN25', '云南24年汛期洪涝灾害人员零伤亡 是打哪年以来头一遭', F('首次实现自1950年以来汛期洪涝灾害人员“零伤亡”', [1950]), 'plan-period', 'two-digit-year', 'colloquial');
f('trend', 'trend-ask', 'FJ26', '闽宁协作到今年满多少周年了', F('持续擦亮闽宁协作金字招牌,高质量办好30周年系列活动', [30]), 'plan-period', 'relative-year', 'short');
f('trend', 'trend-ask', 'ZJ26', '法治浙江建设 今年是第多少个年头', F('高水平办好法治浙江建设20年主题活动', [20, '年']), 'plan-period', 'relative-year', 'short');
f('trend', 'trend-ask', 'ZJ25', '浙江25年办的两山理念系列活动 是理念提出多少周年', F('精心组织绿水青山就是金山银山理念提出20周年系列活动', [20]), 'plan-period', 'two-digit-year');
f('trend', 'trend-ask', 'CN23', '脱贫攻坚那八年下来 全国多少农村贫困人口脱了贫', F('经过八年持续努力,近1亿农村贫困人口实现脱贫', [1, '亿']), 'plan-period', 'five-year-review', 'colloquial');
f('trend', 'trend-ask', 'CN22', '2013年以来新增的涉税市场主体 到21年那一年纳税多少', F('2013年以来新增的涉税市场主体去年纳税达到4.76万亿元', [4.76, '万亿元']), 'plan-period', 'two-digit-year', 'year');
f('trend', 'trend-ask', 'GD25', '大湾区发展规划纲要 到24年公布实施满几周年', F('去年是大湾区发展规划纲要公开发布实施5周年', [5]), 'plan-period', 'two-digit-year', 'short');
f('trend', 'trend-ask', 'SD26', '十四五这五年 山东每年固定办几项重点民生实事', F('每年实施20项重点民生实事', [20, '项']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', ['SD25', 'SD26'], '山东自贸试验区在全国推广的成果 截至24年累计几项 25年一年又推广了几项', F(['上合示范区推出“陆海直运”监管模式等制度创新案例,自贸试验区累计15项改革成果在全国推广', '自贸试验区3项创新成果在全国推广'], [15, '项'], [3, '项']), 'from-to', 'year-compare', 'two-digit-year', 'long');
f('trend', 'trend-ask', 'CN23', '这些年国务院一共取消和下放了多少项行政许可', F('多年来取消和下放行政许可事项1000多项', [1000, '项']), 'plan-period', 'five-year-review');
f('comparison', 'comparison-ask', ['FJ25', 'GD25'], '24年“高效办成一件事” 福建和广东各上了两批多少件 是不是打平', F(['聚焦数字赋能,在全国率先上线两批21件“高效办成一件事”事项', '进一步完善并联审批、容缺受理等工作机制,加快落地两批21个“高效办成一件事”重点事项'], [21, '件'], [21, '个']), 'two-reports', 'two-digit-year', 'equal');
f('comparison', 'comparison-ask', ['SD26', 'JS26'], '这五年出台或提请审议的地方性法规 山东江苏哪家出得多', F(['省政协民主监督,推动出台地方性法规350件', '推进依法行政、自觉接受监督,提请省人大常委会审议地方性法规70项'], [350, '件'], [70, '项']), 'two-reports', 'five-year-review', 'which-higher');
f('comparison', 'comparison-ask', ['AH25', 'SD25'], '25年安徽要建的公共文化空间 跟山东新建的城市艺术综合体、城乡书房比 哪边数多', F(['建成安徽百戏城、省文化馆新馆和非遗展示馆,建设公共文化空间600个', '建设“书香山东”,新建城市艺术综合体、城乡书房等300个以上'], [600, '个'], [300, '个']), 'two-reports', 'two-digit-year', 'which-higher', 'long');
f('comparison', 'comparison-ask', ['GD25', 'GD26'], '广东心理健康专题教育和家长课堂 25年和今年各定了多少场次', F(['强化家校社协同育人,组织开展超5000场次专题教育、家长课堂等活动', '各级各类学校组织开展超5000场次专题教育、家长课堂等活动'], [5000, '场次']), 'year-compare', 'two-digit-year', 'relative-year', 'equal');
f('comparison', 'comparison-ask', ['SD26', 'AH26'], '十四五期间 山东建成的国家生态文明建设示范区 和安徽创建的示范区加两山基地 哪个多', F(['建成国家生态文明建设示范区36个', '高水平推进美丽长江(安徽)经济带建设,创建国家生态文明建设示范区和“两山”实践创新基地23个'], [36, '个'], [23, '个']), 'two-reports', 'five-year-review', 'which-higher', 'long');
f('comparison', 'comparison-ask', ['GD25', 'GD26'], '广东特困人员基本生活标准 25年和26年都是低保标准的几倍 有没有往上调', F(['特困人员基本生活标准不低于当地最低生活保障标准的1.6倍', '特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍'], [1.6, '倍']), 'year-compare', 'two-digit-year', 'equal');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'SD26', '山东今年高端精品钢产量占比和高端化工营收占比 分别要到多少', F(['永锋临港焦钢一体化等重大项目,力争高端精品钢产量占比达到50%左右', '推进弘润石化转型升级,力争高端化工营收占比达到60%左右'], pct(50), pct(60)), 'relative-year');
f('multi', 'multi-ask', 'YN25', '云南银龄计划里 科技专家和农业科技特派员各多少人', F('银龄科技人才300人(其中银龄科技专家200人、银龄农业科技特派员100人)', [200, '人'], [100, '人']), 'plan-period');
f('multi', 'multi-ask', 'ZJ26', '浙江今年全民艺术学堂建几个 心智障碍和重度残疾人帮扶性就业新增多少人', F(['打造公益性艺术培训“全民艺术学堂”300个', '新增心智障碍及重度残疾人帮扶性就业2000人'], [300, '个'], [2000, '人']), 'relative-year');
f('multi', 'multi-ask', 'ZJ26', '浙江十五五 研发投入强度和新增非化石能源装机占比 各定到多少', F(['人均地区生产总值接近发达经济体水平,全社会研发投入强度达到3.5%以上', '促进化石能源清洁高效利用,新增非化石能源装机占比达到75%以上'], pct(3.5), pct(75)), 'plan-period');
f('multi', 'multi-ask', 'GD26', '广东今年普通高中学位增加多少 补短板的县域公办高中几所 一起告诉我', F(['重点推进城乡人口流入多、学位紧缺地区的普通高中学位建设,增加学位超20万个', '支持超10所县域公办普通高中补短板'], [20, '万个'], [10, '所']), 'relative-year', 'count');
f('multi', 'multi-ask', 'BJ25', '北京25年紧密型城市医疗集团新建几个 检查检验结果互认医院新增多少家', F(['继续深化分级诊疗,新建5个紧密型城市医疗集团', '深化医疗大数据应用,新增电子病历共享应用、检查检验结果互认医院60家'], [5, '个'], [60, '家']), 'two-digit-year', 'count');
f('overview', 'overview-ask', 'YN25', '云南24年经济整体表现 一两句话概括', { ...F('全省完成地区生产总值31534亿元、增长3.3%'), lead: 3.3 }, 'two-digit-year', 'short');
f('overview', 'overview-ask', 'AH25', 'anhui economy in 2024 — how did it go overall?', { ...F('全省地区生产总值增长5.8%,经济总量跨上5万亿元台阶'), lead: 5.8 }, 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'CN22', '22年国务院报告里的政府工作任务 分了哪几块', O('CN22'), 'two-digit-year', 'short');
f('outline', 'outline-ask', 'AH26', 'anhui 2026 work plan — which big blocks does it cover?', O('AH26'), 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'GD25', '广东25年工作安排一共几大项 都叫啥', O('GD25'), 'two-digit-year', 'colloquial', 'short');
f('outline', 'outline-ask', 'JS25', '江苏25年重点工作的几个方面 帮我按顺序列出来', O('JS25'), 'two-digit-year');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('唐山去年粗钢产量多少万吨', 'nf-place', 'relative-year', 'short');
nf('大庆24年原油产量是多少', 'nf-place', 'two-digit-year', 'short');
nf('榆林今年煤炭产量目标定了多少', 'nf-place', 'relative-year');
nf('攀枝花前年钒钛产业产值有多大', 'nf-place', 'relative-year');
nf('帮忙核个数 景德镇去年陶瓷产业产值多少 报告里找不着的话告诉我一声就行', 'nf-place', 'relative-year', 'long');
nf('十堰和恩施 25年哪个GDP增速更高', 'nf-place', 'two-digit-year', 'comparison', 'mixed-script');
nf('克拉玛依去年人均GDP多少', 'nf-place', 'relative-year', 'short', 'mixed-script');
nf('浙江1992年地区生产总值多少', 'nf-year', 'year', 'short');
nf('山东1988年粮食产量是多少', 'nf-year', 'year', 'short');
nf('广东1985年进出口总额多少', 'nf-year', 'year', 'short');
nf('上海今年来华留学生有多少人', 'nf-indicator', 'relative-year');
nf('江苏去年火化率多少', 'nf-indicator', 'relative-year', 'short');
nf('北京去年年平均气温多少度', 'nf-indicator', 'relative-year', 'short');
nf('福建每千人口执业医师数是多少', 'nf-indicator');
nf('安徽现在注册护士有多少人 大概就行', 'nf-indicator', 'colloquial');

// ---- 1. conversations, 2–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('山东25年新能源和可再生能源装机 计划新增多少万千瓦'),
  T('拿广东来对照 新增电源装机定了多少', 'target', 'GD25', F('加快建设新型能源体系,新增电源装机3000万千瓦', [3000, '万千瓦']), 'elliptical', 'place-switch', 'colloquial'),
  T('两省哪个定得更高', 'comparison', ['SD25', 'GD25'], F(['开工半岛北等海上风电项目,力争新能源和可再生能源装机新增2000万千瓦', '加快建设新型能源体系,新增电源装机3000万千瓦'], [2000, '万千瓦'], [3000, '万千瓦']), 'elliptical', 'comparison', 'which-higher', 'short'),
]);
conv([
  T('山东25年推进片区更新多少个'),
  T('到了26年 片区综合更新改造重点项目定了几个', 'target', 'SD26', F('高质量开展城市更新行动,实施片区综合更新改造重点项目100个', [100, '个']), 'elliptical', 'year-switch', 'two-digit-year', 'count'),
]);
conv([
  T('福建24年实施了多少项省重点技改项目'),
  T('ok and the number they set for this year?', 'target', 'FJ26', F('实施制造业重点产业强基提质行动,滚动实施1500个以上省重点技改项目', [1500, '个']), 'elliptical', 'and-the-target', 'en', 'mixed-language', 'lowercase', 'short'),
  T('工业战新重点项目呢 今年实施多少项', 'target', 'FJ26', F('加力推动大规模设备更新,实施好200项以上工业战略性新兴产业重点项目', [200, '项']), 'elliptical', 'topic-switch', 'mixed-language'),
  T('跟24年实际实施的比 哪个多', 'comparison', ['FJ25', 'FJ26'], F(['力促新兴产业发展壮大,实施新一代信息技术、海工装备、新能源、生物医药等工业战略性新兴产业重点项目246项', '加力推动大规模设备更新,实施好200项以上工业战略性新兴产业重点项目'], [246, '项'], [200, '项']), 'elliptical', 'comparison', 'which-higher', 'year-compare'),
]);
conv([
  T('江苏今年全链条治理的“一件事” 有几个'),
  T('等下 我要问的其实是25年的', 'target', 'JS25', F('强化重大风险管控和事故隐患排查整治,强力推进9个“一件事”全链条治理', [9, '个']), 'elliptical', 'self-correction', 'year-switch', 'short'),
  T('两年数一样吗', 'comparison', ['JS25', 'JS26'], F(['强化重大风险管控和事故隐患排查整治,强力推进9个“一件事”全链条治理', '深化高层建筑消防等9个“一件事”全链条治理'], [9, '个']), 'elliptical', 'comparison', 'year-compare', 'equal', 'short'),
]);
conv([
  T('山东今年办的省运会是第几届'),
  T('噢 我其实想问江苏的', 'target', 'JS26', F('积极发展群众体育、竞技体育和青少年体育,办好第21届省运会', [21]), 'elliptical', 'self-correction', 'place-switch', 'short'),
  T('山东那届的届数比江苏大多少', 'comparison', ['SD26', 'JS26'], F(['办好第26届省运会,备战冬奥会、亚运会', '积极发展群众体育、竞技体育和青少年体育,办好第21届省运会'], [26], [21]), 'elliptical', 'comparison', 'difference'),
]);
conv([
  T('山东25年重点工作一共列了几条'),
  T('第3条具体讲讲 专精特新小巨人和单项冠军要新培育多少家', 'target', 'SD25', F('新培育专精特新“小巨人”和单项冠军300家左右', [300, '家']), 'elliptical', 'after-outline'),
  T('第7条里 源网荷储一体化试点搞几个', 'target', 'SD25', F('开展威海碳纤维、枣庄欣旺达等“源网荷储”一体化试点30个左右', [30, '个']), 'elliptical', 'after-outline', 'topic-switch', 'count'),
]);
conv([
  T('云南24年培养认定了多少农村致富带头人'),
  T('and what share of total investment did Yunnan want industrial investment to hold in 2025?', 'target', 'YN25', F('产业投资占全部投资比重保持在50%以上', pct(50)), 'topic-switch', 'en', 'mixed-language', 'year'),
  T('那省级先进制造业集群要壮大几个', 'target', 'YN25', F('开展制造业重点产业链提升行动,壮大19个省级先进制造业集群', [19, '个']), 'elliptical', 'topic-switch', 'mixed-language', 'count'),
]);
conv([
  T('How many first stores did Anhui plan to bring in for 2025?'),
  T('内外贸双循环试点企业呢', 'target', 'AH25', F('支持外贸企业开拓内销市场,培育内外贸双循环试点企业200家以上', [200, '家']), 'elliptical', 'topic-switch', 'mixed-language', 'short'),
  T('境外商务服务网点设几个', 'target', 'AH25', F('构建海外经贸服务网络,设立20个左右境外商务服务网点', [20, '个']), 'elliptical', 'topic-switch', 'mixed-language', 'count', 'short'),
]);
conv([
  T('福建24年省青年科学基金首批立项了多少个'),
  T('倒回1989年 福建有这类数吗', 'notfound', [], NF, 'elliptical', 'year-switch', 'nf-year', 'short'),
  T('那不管了 还是说24年 友城新增和达成意向的有几对', 'figure', 'FJ25', F('新增和达成意向友城15对', [15, '对']), 'elliptical', 'after-not-found', 'year-switch'),
]);
conv([
  T('这五年江苏获批的国家技术创新中心和分中心有几家'),
  T('法治政府示范地区和项目呢', 'figure', 'JS26', F('新建全国法治政府示范地区和项目12个', [12, '个']), 'elliptical', 'topic-switch', 'five-year-review', 'short'),
  T('上海25年要建多少个社区微型消防站', 'target', 'SH25', F('建设65个社区微型消防站', [65, '个']), 'no-inherit', 'place-switch', 'two-digit-year', 'count'),
]);
conv([
  T('广东25年给多少失能老人提供免费上门健康管理'),
  T('公办养老机构的建有率目标是多少', 'target', 'GD25', F('评定为一级以上服务等级的乡镇级公办养老机构、评定为二级以上服务等级的县级公办养老机构建有率达到80%', pct(80)), 'elliptical', 'topic-switch'),
  T('低保这块 农村标准占城镇的比例要到多少', 'target', 'GD25', F('逐步缩小城乡社会救助差距,农村低保标准占城镇低保标准的比例达到77%以上', pct(77)), 'elliptical', 'topic-switch'),
  T('户外劳动者爱心驿站 当时已经建成多少个', 'figure', 'GD25', F('优化已建成超1.6万个户外劳动者“爱心驿站”的公益服务和管理机制', [1.6, '万个']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('北京24年中小学课间调到了几分钟'),
  T('公交线路优化了多少条', 'figure', 'BJ25', F('优化143条公交线路,推出通学、通医、通游专线352条', [143, '条']), 'elliptical', 'topic-switch', 'short'),
  T('核心区平房申请式退租完成了多少户', 'figure', 'BJ25', F('实施城市更新行动,完成核心区平房2008户申请式退租', [2008, '户']), 'elliptical', 'topic-switch'),
  T('垃圾分类桶站规范化提升呢', 'figure', 'BJ25', F('巩固提升垃圾分类实施效果,完成5.7万个分类桶站规范化提升', [5.7, '万个']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('浙江25年村BA村跑这类全民健身赛事办多少场'),
  T('拿26年的来比一比', 'comparison', ['ZJ25', 'ZJ26'], F(['举办“村跑”“村运”“村BA”等全民健身体育赛事活动1万场', '举办“村BA”、村跑等全民健身赛事活动1万场'], [1, '万场']), 'elliptical', 'comparison', 'year-compare', 'equal', 'short'),
  T('26年整合提升的民生服务综合体有几个', 'target', 'ZJ26', F('整合提升1000个民生服务综合体', [1000, '个']), 'elliptical', 'topic-switch', 'two-digit-year', 'count'),
]);
conv([
  T('上海24年补贴性职业技能培训做了多少万人次'),
  T('what about new e-bike charging stations that year?', 'figure', 'SH25', F('开展电动自行车安全隐患全链条整治,新建电动自行车充电站7万个', [7, '万个']), 'elliptical', 'topic-switch', 'en', 'mixed-language', 'lowercase'),
  T('苏州河桥梁的景观灯光 改造了几座', 'figure', 'SH25', F('完善“一江一河”滨水空间配套设施,14座苏州河桥梁景观灯光提升改造', [14, '座']), 'elliptical', 'topic-switch', 'mixed-language', 'count'),
]);
conv([
  T('广东今年补贴性职业技能培训 目标超多少万人次'),
  T('劳动纠纷一站式调解平台和参加职业伤害保障的新业态劳动者 各多少', 'multi', 'GD26', F(['培育新就业形态劳动纠纷一站式调解平台超30个', '全省参加职业伤害保障的新业态劳动者超640万人'], [30, '个'], [640, '万人']), 'elliptical', 'multi', 'long'),
  T('路网这块 移动信号连续覆盖的线路有多少万公里', 'target', 'GD26', F('提升铁路、高速公路及普通国省道移动网络覆盖水平,实现省内4.27万公里线路重点场所移动网络信号连续覆盖', [4.27, '万公里']), 'elliptical', 'topic-switch'),
]);
conv([
  T('福建24年完成了多少项为民办实事项目'),
  T('山东同年滚动实施的重点民生实事是几项', 'figure', 'SD25', F('滚动实施20项重点民生实事', [20, '项']), 'elliptical', 'place-switch', 'count'),
  T('福建比山东多几项', 'comparison', ['FJ25', 'SD25'], F(['坚决做到“两个维护”,全面完成30项省委省政府为民办实事项目', '滚动实施20项重点民生实事'], [30, '项'], [20, '项']), 'elliptical', 'comparison', 'difference', 'short'),
]);
conv([
  T('福建的污染防治成效考核 截止去年是几连优'),
  T('往前推一年 截到24年是连续几年', 'trend', 'FJ25', F('一体推进三轮中央生态环境保护督察反馈问题整改,污染防治攻坚战成效考核连续5年全国优秀', [5, '年']), 'elliptical', 'year-switch', 'after-trend', 'two-digit-year'),
  T('无高风险金融机构那条 到去年保持了几年', 'trend', 'FJ26', F('不良贷款率保持低位,连续6年无高风险金融机构', [6, '年']), 'elliptical', 'topic-switch', 'after-trend', 'relative-year'),
]);
conv([
  T("Jilin 2024: what share of the hydrogen green-energy park's new energy is used on site?"),
  T('and the Jihua ethylene project — how many tonnes a year?', 'figure', 'JL25', F('吉化120万吨乙烯项目主体完工', [120, '万吨']), 'elliptical', 'topic-switch', 'en', 'pinyin', 'short'),
  T('吉林那年办理的全国政协提案有几件', 'figure', 'JL25', F('办理全国政协提案3件', [3, '件']), 'elliptical', 'topic-switch', 'mixed-language', 'count'),
]);
conv([
  T('21年底全国市场主体总量超过多少亿户'),
  T('22年中央本级支出安排增长多少', 'target', 'CN22', F('今年安排中央本级支出增长3.9%', pct(3.9)), 'elliptical', 'year-switch', 'two-digit-year', 'short'),
  T('那年预计退税减税一共多少', 'target', 'CN22', F('预计全年退税减税约2.5万亿元', [2.5, '万亿元']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('浙江今年要为多少名困境和留守儿童做心理健康评估干预'),
  T('名中医惠老医养健体服务活动 办多少场', 'target', 'ZJ26', F('举办名中医惠老医养健体服务活动1000场', [1000, '场']), 'elliptical', 'topic-switch'),
  T('基层应急消防保障点呢', 'target', 'ZJ26', F('提升建设基层应急消防保障点778个', [778, '个']), 'elliptical', 'topic-switch', 'short'),
  T('山区城乡公交、城际巴士和客货邮融合线路 一共新增多少条', 'target', 'ZJ26', F('新增“固定班次+预约响应”山区城乡公交线路、城际巴士线路、客货邮融合线路共220条', [220, '条']), 'elliptical', 'topic-switch', 'long'),
]);
conv([
  T('广东十四五累计建设了多少个国家现代农业产业园'),
  T('四好农村路这五年建了多少万公里', 'figure', 'GD26', F('建设“四好农村路”3万公里', [3, '万公里']), 'elliptical', 'topic-switch', 'five-year-review'),
  T('新一轮市际横向帮扶协作 投了多少帮扶资金', 'figure', 'GD26', F('新一轮市际横向帮扶协作投入帮扶资金179亿元', [179, '亿元']), 'elliptical', 'topic-switch', 'five-year-review'),
]);
conv([
  T('山东去年以旧换新落实了多少资金'),
  T('春夏秋冬消费季这些活动 办了多少场', 'figure', 'SD26', F('举办春夏秋冬消费季、外贸优品购物季等活动6000多场', [6000, '场']), 'elliptical', 'topic-switch'),
  T('国家首批领航级智能工厂 山东进了几家', 'figure', 'SD26', F('入选国家首批领航级智能工厂2家', [2, '家']), 'elliptical', 'topic-switch', 'count', 'short'),
]);

// ---------------------------------------------------------------------------------------------------------------
// The Chinese multi-figure part: its first figure is the asked one and must not be the first number of its report
// sentence (years and dates aside), or the case measures nothing the single-figure sets do not.
checkAskedFigureNotFirst(cases);

// Split as fresh-v, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'w', last: 'v' });
