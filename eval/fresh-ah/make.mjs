#!/usr/bin/env node
// Writes the fresh-ah sets: eval/fresh-ah/ah-tune.jsonl and eval/fresh-ah/ah-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-ah/make.mjs [--check]
//
// A twenty-second held-out question set written BEFORE any fix, as fresh-m … fresh-ag, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule of fresh-ae … fresh-ag, unchanged: a cite must not repeat a fact cited by an earlier TUNE file (every file of
// EARLIER_SETS and laterSets('ag') whose name does not contain "heldout" — so fresh-ag's own tune file now counts too), but
// it MAY repeat a fact that only earlier HELD-OUT files cite (fresh-ag's held-out file among them), asked in new words
// (`checkDealAndWrite(…, { earlierFilter })`). Such cases carry the tag `heldout-fact`, and this script checks the tag both
// ways: a case is tagged exactly when its cite meets an earlier held-out cite under the same two cite checks. Where a fact
// no earlier file cites was left (free numbers of ordinary indicators), it was taken first.
//
// Parts:
//   1. Chinese figure asks in natural wording (plain-ask; second-figure-ask where the asked figure is not the first of its
//      sentence, checked as fresh-ad);
//   2. English questions as a journalist types them (english-ask), 4 not answerable;
//   3. conversations of 2–4 turns, every later turn scored (follow-up), one scored not-answerable turn;
//   4. trends, A vs B comparisons and rankings (trend-ask, comparison-ask, ranking-ask); several indicators, overviews and
//      outlines (multi-ask, overview-ask, outline-ask);
//   5. not answerable: places, years and indicators no report holds (not-answerable; grep-checked here).
// Today = 2026-12-05: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks: cites by ../case-checks.mjs (YN25 / HN25 / JL25 from ../fresh-l/extract.ts); the two cite checks over the
// earlier tune files only; the heldout-fact tag both ways; the asked figure of a second-figure-ask not first in its
// sentence; every cite found in no report the case does not name (so a citation of the wrong year's report cannot pass);
// no question or history question word for word a question of another eval file; every not-answerable word absent from
// the corpus and from every earlier question. Overview cases cite the report's headline on purpose (as case-checks exempts
// them): their figure is given as `lead` only.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkHeldoutFactSetAndWrite,
  conversationBook,
  heldoutFactSetBook,
} from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// The corpus and the extracted texts of the three added reports first, then the book: s(…) a Chinese ask of a figure not
// first in its sentence, e(…) an English question, f(…) a case of a given shape, p(…) a plain Chinese figure ask.
const { cases, x, C, F, NF, O, s, e, f, p, pct, SHAPES, HF } = heldoutFactSetBook();

// ---- 1. Chinese figure asks -------------------------------------------------------------------------------------------
// plain asks: results (report N → year N−1) and targets (report N → year N)
p('figure', 'GS23', '拱墅22年老旧小区改造推进了几个', F('加快推进46个老旧小区改造', [46, '个']), 'two-digit-year', 'colloquial');
p('figure', 'HZ24', '杭州23年公共场所新装了多少台AED', F('新增公共场所自动体外除颤仪1671台', [1671, '台']), 'two-digit-year', 'abbreviation', 'mixed-script', HF);
p('figure', 'CN22', '21年全国地级以上城市的PM2.5浓度下降多少', F('平均浓度下降9.1%', pct(9.1)), 'two-digit-year', 'mixed-script');
p('figure', 'BJ25', '北京前年把中小学课间调成了几分钟', F('义务教育学校课间时长调整到15分钟', [15, '分钟']), 'relative-year', 'colloquial', 'short');
p('figure', 'FJ25', '福建前年省里的揭榜挂帅、科技重大专项 一共上了多少个', F('实施省“揭榜挂帅”、科技重大专项30个', [30, '个']), 'relative-year', 'colloquial');
p('figure', 'FJ25', '闽24年在建的国家引才引智基地有几个', F('加快建设17个国家引才引智基地', [17, '个']), 'two-digit-year', 'short-name', 'short');
p('figure', 'FJ25', '福建到前年清洁能源装机占比超过多少了', F('清洁能源装机比重超65%', pct(65)), 'relative-year', 'short');
p('figure', 'FJ26', '福建十五五规划纲要草案里 主要指标一共设了多少个', F('五大类24个主要指标', [24, '个']), 'plan-period', 'colloquial');
p('figure', 'GD25', '前年在广东参加医疗养老这些社保的港澳居民 大概多少万人次', F('港澳居民在粤参加医疗、养老、失业、工伤保险约70万人次', [70, '万人次']), 'relative-year', 'approx', 'colloquial');
p('figure', 'GD25', '广东24年以县城为载体的新型城镇化试点 首批搞了几个', F('开展首批15个以县城为重要载体的新型城镇化建设试点', [15, '个']), 'two-digit-year', 'colloquial');
p('figure', 'GD25', '广东前年有几部作品拿到五个一工程奖', F('舞剧《咏春》等4部作品获全国精神文明建设“五个一工程”优秀作品奖', [4, '部']), 'relative-year', 'short');
p('target', 'GD25', '广东去年规模化供水工程覆盖率想做到多少', F('力争规模化供水工程覆盖率超90%', pct(90)), 'target', 'relative-year', 'colloquial');
p('target', 'GD25', '广东25年打算培育的区域消费中心城市有几个', F('加快广州、深圳国际消费中心城市和6个区域消费中心城市建设', [6, '个']), 'target', 'two-digit-year', 'short-name', 'short');
p('target', 'GD26', '广东今年打算开展多少万人次的补贴性技能培训', F('开展补贴性职业技能培训超30万人次', [30, '万人次']), 'target', 'relative-year', 'colloquial');
p('figure', 'GD26', '十四五这五年 广东的国家现代农业产业园累计有几个', F('累计建设24个国家现代农业产业园', [24, '个']), 'plan-period', 'five-year-review');
p('figure', 'JS25', '江苏前年为长江经济带推了多少项高质量发展的政策措施', F('推出长江经济带高质量发展84项政策措施,细化落实', [84, '项']), 'relative-year');
p('target', 'JS25', '江苏去年打算建成的超五百亿级市域特色链有几条', F('努力建成10条超五百亿级的市域特色链', [10, '条']), 'target', 'relative-year');
p('figure', 'SD25', '山东24年搞的牵引性集成改革有几项', F('组织实施重大科技创新资源重组等10项牵引性集成改革', [10, '项']), 'two-digit-year', 'short');
p('target', 'SD25', '山东去年准备推进多少个片区更新', F('推进片区更新120个', [120, '个']), 'target', 'relative-year', 'short');
p('target', 'SD25', '鲁25年省级高质量数据集要打造多少个', F('打造省级高质量数据集10个以上', [10, '个']), 'target', 'two-digit-year', 'short-name');
p('target', 'SD25', '山东去年说要加快建设的高铁是几条', F('加快建设京沪二通道、雄商等6条高铁', [6, '条']), 'target', 'relative-year', 'colloquial');
p('target', 'SD26', '山东今年打算重点做强的机器人产业基地有几个', F('做强济南、青岛、淄博、济宁4大机器人产业基地', [4]), 'target', 'relative-year', 'short');
p('target', 'SH25', '上海去年首批推进的沪派江南风貌试点有几个', F('推进首批15个“沪派江南”风貌保护传承试点', [15, '个']), 'target', 'relative-year', 'colloquial');
p('figure', 'ZJ25', '浙江前年推动落地的长三角一卡通这类实事 一共几件', F('推动居民服务“一卡通”等10件实事落地见效', [10, '件']), 'relative-year', 'colloquial');
p('target', 'ZJ25', '浙江去年农民工随迁子女读公办学校 保障比例定的多少', F('为持有居住证的农民工随迁子女100%提供义务教育公办学位', pct(100)), 'target', 'relative-year', 'colloquial');
p('target', 'YN25', '云南去年定了几件惠民实事', F('2025年10件惠民实事', [10, '件']), 'target', 'relative-year', 'short');
p('figure', 'CN23', '国务院23年报告讲土地承包期再延长多少年', F('国家关于土地承包期再延长30年的政策', [30, '年']), 'two-digit-year', 'short');
p('figure', 'AH25', '安徽职业院校的现代产业学院 覆盖到了多少个市', F('职业院校现代产业学院实现16个市全覆盖', [16, '个']), 'colloquial');
p('figure', 'SD25', '山东去年的报告里 国家区域医疗中心提到有几个', F('发挥好9个国家区域医疗中心服务功能', [9, '个']), 'relative-year', 'colloquial');
p('figure', 'ZJ25', '浙江去年的政府工作 重点工作分成了几个方面', F('认真抓好11方面重点工作', [11]), 'relative-year', 'colloquial');
// the asked figure is not the first of its sentence (checked below)
s('figure', 'GS23', '拱墅22年为亚运推的那批道路 总长多少公里', F('加快推进97条55.5公里道路建设', [55.5, '公里']), 'two-digit-year', 'after-other');
s('figure', 'GD25', '广东前年新建碧道多少公里', F('森林乡村159个、碧道930公里', [930, '公里']), 'relative-year', 'after-other', 'short');
s('figure', 'QT25', '钱塘前年正式认定的市级未来工厂有几家', F('分别培育、认定市级未来工厂32家、12家', [12, '家']), 'relative-year', 'second-of-pair');
s('figure', 'JS26', '太湖水质是多少年来头一回达到国家良好湖泊水平', F('太湖湖体平均水质30年来首次达国家良好湖泊水平', [30, '年']), 'five-year-review', 'after-other', 'no-place');
s('target', 'GD25', '粤去年计划在药店零售、医院使用这两个环节抽检药品超过多少批', F('其中在药店零售和医疗机构使用环节抽检超9000批次,省内生产的国家集采中选品种', [9000, '批次']), 'target', 'relative-year', 'second-of-pair');
s('figure', 'JS26', '江苏到十四五末 每千人口托位数是多少', F('千人口托位数达4.7个', [4.7, '个']), 'plan-period', 'second-of-pair', HF);
s('figure', 'SH25', '上海前年全天候开放的公园占比有多少', F('849座公园实现24小时开放、占全市公园总数的87.3%', pct(87.3)), 'relative-year', 'after-other', HF);
s('figure', 'SH25', '浦东新区管理措施到前年累计有多少部了', F('累计分别达到22部、31部', [31, '部']), 'relative-year', 'second-of-pair', HF);
s('figure', 'HN25', '湖南前年智能算力到了多少PF', F('智能算力达2000PF', [2000, 'PF']), 'relative-year', 'after-other', 'mixed-script', HF);
s('figure', 'ZJ26', '浙江去年国家培养计划科技领军人才 新进了多少名', F('新入选国家培养计划科技领军人才409名', [409, '名']), 'relative-year', 'after-other', HF);
s('figure', 'ZJ26', '浙江去年长护险参保率到多少了', F('新增长护险参保人数1561万人,参保率达93%', pct(93)), 'relative-year', 'second-of-pair', 'abbreviation', 'short', HF);
s('figure', 'FJ26', '福建去年有多少万脱贫人口实现了稳岗就业', F('13.2万脱贫人口实现稳岗就业', [13.2, '万']), 'relative-year', 'after-other', HF);
s('figure', 'GD26', '广东去年国家卓越级智能工厂增加到几家', F('国家卓越级智能工厂增至22家', [22, '家']), 'relative-year', 'second-of-pair', HF);
s('figure', 'SD26', '山东去年家庭养老床位新增了多少张', F('新增家庭养老床位1.4万张', [1.4, '万张']), 'relative-year', 'after-other', HF);
s('figure', 'YN25', '云南前年种草改良做了多少万亩', F('种草改良26.2万亩', [26.2, '万亩']), 'relative-year', 'second-of-pair', 'short', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'SD25', 'shandong 2024 — high-speed rail projects being pushed ahead (xiongshang, jinwei etc.), how many?', F('雄商、津潍、济滨、济枣、潍宿及青岛连接线等6个高铁项目加快推进', [6, '个']), 'year', 'lowercase', 'pinyin');
e('target', 'GD25', 'guangdong 2025: free health checks for migrant & gig workers — target number?', F('为农民工和新就业形态人员开展免费体检超7万人次', [7, '万人次']), 'target', 'year', 'lowercase', 'what-target');
e('figure', 'GD26', 'guangdong over the 14th FYP: underground pipe networks built or renovated, in km?', F('新建改造生活污水等地下管网管廊9.9万公里', [9.9, '万公里']), 'plan-period', 'lowercase', 'abbreviation');
e('figure', 'GD26', "guangdong's 2026 work plan is split into how many areas?", F('重点抓好以下14个方面的工作', [14, '个']), 'year', 'lowercase', 'short');
e('figure', 'FJ26', 'fujian, 14th FYP period: provincial major sci-tech special projects carried out?', F('实施省级科技重大专项132项', [132, '项']), 'plan-period', 'lowercase', 'abbreviation', 'fragment');
e('figure', 'QT21', 'qiantang since the new area was set up: inefficient land redeveloped after chem plants moved out, mu?', F('实现低效用地再开发3500亩', [3500, '亩']), 'lowercase', 'pinyin', 'since-launch', HF);
e('figure', 'CN24', 'the 2023 student-loan changes (higher cap, lower rate) reached how many students?', F('国家助学贷款提标降息惠及1100多万学生', [1100, '万']), 'year', 'lowercase', HF);
e('figure', 'FJ26', "fujian, past five yrs: what share of people's congress deputies' suggestions got fully handled?", F('人大代表建议办结率、政协委员提案办复率均为100%', pct(100)), 'five-year-review', 'lowercase', 'abbreviation');
e('figure', 'JL25', "jilin's 'one registration per hospital visit' scheme — how many hospitals are in it?", F('“一次就诊只挂一次号”医疗机构达307家', [307, '家']), 'lowercase', HF);
e('target', 'JL25', 'jilin 2025 goal for beef cattle slaughtered?', F('肉牛屠宰量达到80万头', [80, '万头']), 'target', 'year', 'lowercase', 'what-target', 'short', HF);
e('figure', 'GD25', 'guangdong 2024 — which batch of provincial key-area r&d programmes got laid out?', F('布局第12批省重点领域研发计划', [12]), 'year', 'lowercase');
e('figure', 'SH26', 'huangpu river: how many km of shoreline opened up in total, per the 2026 shanghai report?', F('黄浦江累计贯通69公里岸线', [69, '公里']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'BJ25', "xuanwu hospital's xiong'an campus — outpatient visits in 2024?", F('雄安宣武医院门诊量达19万人次', [19, '万人次']), 'year', 'lowercase', 'pinyin', 'no-place', HF);
e('figure', 'BJ26', 'beijing has topped the nature index science-cities list for how many yrs straight?', F('北京连续9年稳居自然指数-科研城市全球榜首', [9, '年']), 'lowercase', 'streak', 'abbreviation', HF);
e('figure', 'AH26', 'anhui expressways: total length passed what mark in 2025?', F('高速公路通车总里程突破7000公里', [7000, '公里']), 'year', 'lowercase', 'short', HF);
e('figure', 'ZJ25', "zhejiang 2024 — new 'china time-honored brand' (laozihao) firms?", F('新增“中华老字号”35家', [35, '家']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'ZJ26', 'zhejiang launched a sci-tech fund backed by social security money last yr — how big is phase one?', F('首期规模500亿元的浙江社保科创基金签约落地', [500, '亿元']), 'lowercase', 'fragment', HF);
e('figure', 'FJ25', "fujian's 'mini three links' passenger routes: annual passengers in 2024?", F('“小三通”客运航线年客流量达136万人次', [136, '万人次']), 'year', 'lowercase', HF);
e('figure', 'FJ26', 'fujian 2025 — cross-strait common standards added?', F('新增两岸共通标准41项', [41, '项']), 'year', 'lowercase', 'short', HF);
e('figure', 'SD25', 'shandong summer 2024: on how many days did grid load go over 100 GW?', F('成功应对全网用电负荷39天破亿', [39, '天']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'SD26', "satellites sent up from sea at shandong's oriental spaceport during the 14th FYP?", F('东方航天港海上发射卫星137颗', [137, '颗']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'HN25', 'hunan 2024: rural roads upgraded, km?', F('提质改造农村公路4528公里', [4528, '公里']), 'year', 'lowercase', 'short', HF);
e('figure', 'YN25', 'yunnan 2024 — inbound overnight tourists up by what %?', F('接待入境过夜游客增长168%', pct(168)), 'year', 'lowercase', 'short', HF);
e('figure', 'JS25', 'jiangsu 2024: ball-game courts added in parks & green spaces?', F('公园绿地共新增球类场地405片', [405, '片']), 'year', 'lowercase', HF);
e('figure', 'JS26', 'jiangsu: number of province-level key labs reorganised in the first batch?', F('首批63个省重点实验室重组完成', [63, '个']), 'lowercase', HF);
e('figure', 'QT25', 'qiantang 2024: households moved back into resettlement housing?', F('完成回迁安置1876户', [1876, '户']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'CN23', 'cross-border e-commerce comprehensive pilot zones newly set up — number given in the 2023 report?', F('新设152个跨境电商综试区', [152, '个']), 'year', 'lowercase', 'five-year-review', HF);
e('figure', 'HZ24', 'hz 2023 — 5G base stations built that year?', F('完成5G基站建设2315座', [2315, '座']), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('target', 'ZJ25', 'zhejiang 2025: new long-term care insurance enrolments targeted?', F('持续推进长护险提质扩面,新增参保人数1500万人', [1500, '万人']), 'target', 'year', 'lowercase', HF);
e('target', 'BJ26', 'beijing this year — how many new car parking spaces?', F('新增机动车停车位3.5万个', [3.5, '万个']), 'target', 'relative-year', 'lowercase', 'this-yr', HF);
e('target', 'GD26', 'guangdong 2026: how many main platforms for taking in relocated industry is it building up?', F('高质量建好15个主平台', [15, '个']), 'target', 'year', 'lowercase');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('wuzhong (ningxia) gdp growth in 2024?', 'nf-place', 'year', 'lowercase', 'pinyin', 'short');
nfe("what was jiangsu's population in 1932", 'nf-year', 'year', 'lowercase', 'short');
nfe('How many dumpling restaurants are there in Shandong?', 'nf-indicator');
nfe('guangdong centenarians — how many, most recent count?', 'nf-indicator', 'lowercase', 'short');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', 'CN23', '23年国务院报告 实物商品网上零售额占社零的比重 五年里从多少涨到多少', F('实物商品网上零售额占社会消费品零售总额的比重从15.8%提高到27.2%', pct(27.2), pct(15.8)), 'two-digit-year', 'five-year-review', 'from-to', 'abbreviation', HF);
f('trend', 'trend-ask', 'CN23', '义务教育巩固率 23年报告说这五年是怎么变的', F('义务教育巩固率由93.8%提高到95.5%', pct(95.5), pct(93.8)), 'two-digit-year', 'five-year-review', 'from-to', 'no-place', HF);
f('trend', 'trend-ask', 'ZJ26', '宁波舟山的国际航运中心发展指数 这五年全球排名怎么变的', F('宁波舟山国际航运中心发展指数从全球第11位跃升至第7位', [7], [11]), 'plan-period', 'from-to', HF);
f('trend', 'trend-ask', ['SH26', 'SH25'], '上海盘活处置的低效产业用地 前年和去年分别多少平方公里', F(['盘活处置低效产业用地30.4平方公里', '盘活处置低效产业用地45平方公里'], [30.4, '平方公里'], [45, '平方公里']), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', 'GD26', '广东今年农村低保标准占城镇低保标准的最低比例 要从多少提到多少', F('农村低保标准占城镇低保标准的最低比例从77%提高到80%以上', pct(80), pct(77)), 'target', 'relative-year', 'from-to', HF);
f('trend', 'trend-ask', 'GD25', '广东去年困难残疾人生活补贴每月从多少钱提到多少钱', F('困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月202元、270元提高到209元、280元', [209, '元'], [202, '元']), 'target', 'relative-year', 'from-to', 'colloquial', HF);
f('trend', 'trend-ask', ['BJ26', 'BJ25'], '北京优化的公交线路 前年多少条 去年多少条', F(['优化242条公交线路', '优化143条公交线路'], [242, '条'], [143, '条']), 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', 'AH26', '安徽汽车产量在全国的排名 这五年从第几跑到了第几', F('汽车、新能源汽车产量从全国第8位、第4位双双跃居第1位', [1], [8]), 'five-year-review', 'from-to', 'colloquial', HF);
f('trend', 'trend-ask', 'BJ26', '北京中心城区绿色出行比例去年从多少提到了多少', F('中心城区绿色出行比例从75.6%提升至76.5%', pct(76.5), pct(75.6)), 'relative-year', 'from-to', HF);
f('comparison', 'comparison-ask', ['FJ25', 'SD25'], '福建和山东前年各有几部作品拿了五个一工程奖 哪边多', F(['9部作品获“五个一工程”优秀作品奖', '8部作品入选“五个一工程”奖'], [9, '部'], [8, '部']), 'two-places', 'which-higher', 'relative-year', 'colloquial', HF);
f('comparison', 'comparison-ask', ['FJ25', 'GD25'], '闽粤两省前年保交房交付率谁高', F(['“保交房”交付率96.4%', '保交房交付率94.7%'], pct(96.4), pct(94.7)), 'two-places', 'which-higher', 'short-name', 'relative-year', 'short', HF);
f('comparison', 'comparison-ask', ['JS25', 'ZJ25'], '江苏浙江24年银行不良贷款率 哪个更低', F(['银行业金融机构不良贷款率为0.77%', '全省不良贷款率0.75%'], pct(0.77), pct(0.75)), 'two-places', 'which-lower', 'two-digit-year', HF);
f('superlative', 'ranking-ask', 'YN25', '近两年人均预期寿命增幅全国第一的是哪个省', F('近两年人均预期寿命增幅居全国第1位'), 'across-reports', HF);
f('superlative', 'ranking-ask', 'SD26', '国家一级图书馆博物馆文化馆加起来数量全国最多的是哪个省 有多少家', F('国家一级图书馆、博物馆、文化馆数量达293家,居全国第一', [293, '家']), 'across-reports', 'colloquial', HF);
f('superlative', 'ranking-ask', 'BJ25', '前年备案上线的大模型数量哪个城市全国第一 多少款', F('备案上线大模型105款、稳居全国首位', [105, '款']), 'across-reports', 'relative-year', HF);
f('superlative', 'ranking-ask', 'JS26', '新增本外币贷款连续几年全国第一的是哪个省', F('新增本外币贷款连续4年保持全国首位', [4, '年']), 'across-reports', 'streak', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'JS26', '江苏现在林木覆盖率和湿地保护率各是多少', F('林木覆盖率、湿地保护率分别达24.1%和50.2%', pct(24.1), pct(50.2)), 'five-year-review', HF);
f('multi', 'multi-ask', 'JS26', '苏超带火了江苏旅游 去年游客人次和游客花费各涨了多少', F('接待游客人次、游客总花费分别增长10.4%、10.2%', pct(10.4), pct(10.2)), 'relative-year', 'colloquial', HF);
f('multi', 'multi-ask', 'CN23', '23年报告 进口和出口的通关时间分别压缩了多少', F('进口、出口通关时间分别压减67%和92%', pct(67), pct(92)), 'two-digit-year', 'five-year-review', HF);
f('multi', 'multi-ask', 'QT21', '钱塘2020年安全生产和交通事故的死亡人数分别降了多少', F('2020年安全生产和交通事故死亡人数分别下降57.2%和27.5%', pct(57.2), pct(27.5)), 'year', HF);
f('multi', 'multi-ask', 'FJ26', '福建去年食品和药品的抽检合格率各多少', F('食品、药品抽检合格率分别达99.62%、99.71%', pct(99.62), pct(99.71)), 'relative-year', 'colloquial', HF);
f('overview', 'overview-ask', 'AH25', '安徽前年经济整体表现咋样 大概讲讲', { ...F('全省地区生产总值增长5.8%,经济总量跨上5万亿元台阶'), lead: 5.8 }, 'relative-year', 'colloquial');
f('overview', 'overview-ask', 'ZJ26', "zhejiang's economy across the 14th fyp, in a few lines?", { ...F('全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶,年均增长5.9%'), lead: 5.9 }, 'en', 'plan-period', 'lowercase');
f('outline', 'outline-ask', 'CN22', '22年国务院报告里 当年的工作任务分了哪几大块', O('CN22'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'GS25', '拱墅去年的政府工作报告 重点工作列了哪几条', O('GS25'), 'relative-year');
f('outline', 'outline-ask', 'AH25', "anhui's 2025 priorities — what are the main headings?", O('AH25'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('锡林郭勒盟去年GDP增速多少', 'nf-place', 'relative-year', 'mixed-script', 'short');
nf('甘南州前年旅游收入有多少', 'nf-place', 'relative-year', 'short');
nf('昌都25年固定资产投资增长多少', 'nf-place', 'two-digit-year', 'short');
nf('那曲今年计划新增多少就业岗位', 'nf-place', 'relative-year', 'target');
nf('石嘴山去年规上工业增速是多少', 'nf-place', 'relative-year', 'colloquial');
nf('定西24年马铃薯产量多少万吨', 'nf-place', 'two-digit-year');
nf('陇南前年财政一般预算收入多少来着', 'nf-place', 'relative-year', 'colloquial');
nf('河池去年城里人均可支配收入有多少', 'nf-place', 'relative-year');
nf('1928年浙江有多少人口', 'nf-year', 'year', 'short');
nf('山东1940年的粮食产量是多少', 'nf-year', 'year');
nf('1948年上海有几家纱厂', 'nf-year', 'year', 'short');
nf('宁波一年汤圆产量多少吨', 'nf-indicator', 'short');
nf('长沙臭豆腐摊一共有多少家', 'nf-indicator', 'colloquial');
nf('北京去年冰淇淋卖了多少亿', 'nf-indicator', 'relative-year', 'colloquial');

// ---- 3. conversations, 2–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('北京前年整治提升了多少条背街小巷'),
  T('那去年打算治理多少条', 'target', 'BJ25', F('治理背街小巷1100条', [1100, '条']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
  T('老旧厂房呢 计划改造几处', 'target', 'BJ25', F('改造提升老旧厂房40处', [40, '处']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('上海去年新增了多少张养老床位'),
  T('认知障碍照护床位新增多少', 'figure', 'SH26', F('认知障碍照护床位3326张', [3326, '张']), 'elliptical', 'indicator-switch', 'short', HF),
  T('今年要新增几个家门口养老服务站', 'target', 'SH26', F('认知障碍照护床位,新增200个家门口养老服务站', [200, '个']), 'elliptical', 'relative-year', 'year-switch', 'topic-switch', HF),
]);
conv([
  T('广东去年民航国际及地区通航点增加到多少个'),
  T('国际集装箱班轮航线呢', 'figure', 'GD26', F('国际集装箱班轮航线增至496条', [496, '条']), 'elliptical', 'indicator-switch', 'short', HF),
  T('低空经济的起降设施到多少个了', 'figure', 'GD26', F('起降设施增至3592个', [3592, '个']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('anhui 2024 — number of high-tech firms added?'),
  T("and the 'little giant' firms added that yr?", 'figure', 'AH25', F('专精特新“小巨人”企业113家', [113, '家']), 'elliptical', 'indicator-switch', 'en', 'lowercase', HF),
  T("how many little giants does it have in total at the end of the 14th fyp?", 'figure', 'AH26', F('专精特新“小巨人”企业从80户增加到810户', [810, '户']), 'elliptical', 'plan-period', 'year-switch', 'en', 'lowercase', HF),
]);
conv([
  T('24年国务院报告 地方专项债安排了多少'),
  T('跟上年比多安排了多少', 'target', 'CN24', F('拟安排地方政府专项债券3.9万亿元、比上年增加1000亿元', [1000, '亿元']), 'elliptical', 'short', HF),
  T('25年赤字规模又比上年多了多少', 'target', 'CN25', F('赤字规模5.66万亿元、比上年增加1.6万亿元', [1.6, '万亿元']), 'elliptical', 'two-digit-year', 'year-switch', 'topic-switch', HF),
]);
conv([
  T('吉林前年老旧燃气管道改了多少公里'),
  T('去年计划新建改建多少个合作助老餐厅和助餐点', 'target', 'JL25', F('新建改建合作助老餐厅和助餐点1000个', [1000, '个']), 'elliptical', 'relative-year', 'year-switch', 'topic-switch', HF),
  T('群众滑冰场打算建几个', 'target', 'JL25', F('建设24个群众滑冰场', [24, '个']), 'elliptical', 'topic-switch', 'short', HF),
]);
conv([
  T('云南前年经营主体净增了多少'),
  T('其中企业净增多少万户', 'figure', 'YN25', F('企业净增15万户', [15, '万户']), 'elliptical', 'indicator-switch', 'short', HF),
  T('果洛呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('算了还是说云南 企业总数到多少万户了', 'figure', 'YN25', F('企业净增15万户、达157万户', [157, '万户']), 'elliptical', 'after-not-found', HF),
]);
conv([
  T('湖南前年提请审议了几件地方性法规议案'),
  T('不是 我要问的是制定了几件省政府规章', 'figure', 'HN25', F('制定省政府规章3件', [3, '件']), 'elliptical', 'self-correction', 'indicator-switch', HF),
]);
conv([
  T('福建前年新增了多少万个公办义务教育学位'),
  T('去年普惠性幼儿园覆盖率的目标定在多少', 'target', 'FJ25', F('普惠性幼儿园覆盖率95%以上', pct(95)), 'elliptical', 'relative-year', 'year-switch', 'topic-switch', HF),
]);
conv([
  T('上海前年上海标准新增了几个'),
  T('上海品牌呢', 'figure', 'SH25', F('“上海标准”、“上海品牌”分别新增11个和27项', [27, '项']), 'elliptical', 'indicator-switch', 'short', HF),
  T('那去年上海品牌又新增多少', 'figure', 'SH26', F('“上海标准”、“上海品牌”分别新增12项和44项', [44, '项']), 'elliptical', 'relative-year', 'year-switch', HF),
  T('累计到多少项了', 'figure', 'SH26', F('累计分别达到64项和288项', [288, '项']), 'elliptical', 'short', HF),
]);
conv([
  T('浙江前年经营主体一共多少万户'),
  T('比上年增长多少', 'figure', 'ZJ25', F('全省经营主体达1095.2万户、增长5.9%', pct(5.9)), 'elliptical', 'short', HF),
  T('其中企业有多少万户', 'figure', 'ZJ25', F('其中企业380.8万户', [380.8, '万户']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('23年国务院报告里 五年新建高标准农田多少亿亩'),
  T('老旧小区改了多少万个', 'figure', 'CN23', F('改造城镇老旧小区16.7万个', [16.7, '万个']), 'elliptical', 'topic-switch', HF),
  T('惠及多少家庭', 'figure', 'CN23', F('惠及2900多万家庭', [2900, '万']), 'elliptical', 'short', HF),
]);
conv([
  T('拱墅22年完工了多少个公用充电桩'),
  T('23年计划新增多少个', 'target', 'GS23', F('新增公用桩200个', [200, '个']), 'elliptical', 'two-digit-year', 'year-switch', 'short', HF),
  T('健身苑点22年新建更新了几处', 'figure', 'GS23', F('新建、更新健身苑点25处', [25, '处']), 'elliptical', 'two-digit-year', 'topic-switch', HF),
]);
conv([
  T('杭州23年新建了多少所中小学和幼儿园'),
  T('老年学校新增了几所', 'figure', 'HZ24', F('新增老年学校71所', [71, '所']), 'elliptical', 'topic-switch', 'short', HF),
  T('24年计划改造多少个老旧小区', 'target', 'HZ24', F('完成改造老旧小区200个', [200, '个']), 'elliptical', 'two-digit-year', 'year-switch', 'topic-switch', HF),
]);
conv([
  T('shanghai 2025: new nursery places at public kindergartens?'),
  T("and beds supplied for the 'city builders & managers' homes?", 'figure', 'SH26', F('筹措供应“新时代城市建设者管理者之家”床位3.2万张', [3.2, '万张']), 'elliptical', 'topic-switch', 'en', 'lowercase', HF),
  T("what's the target for those beds this year?", 'target', 'SH26', F('筹措供应“新时代城市建设者管理者之家”床位3万张以上,完善保障性租赁住房供应管理', [3, '万张']), 'elliptical', 'relative-year', 'year-switch', 'en', 'lowercase', HF),
]);
conv([
  T('china 2021: new tax and fee cuts — how much in total?'),
  T('what amount of central funds was routed through the direct-to-grassroots channel?', 'figure', 'CN22', F('将2.8万亿元中央财政资金纳入直达范围', [2.8, '万亿元']), 'elliptical', 'topic-switch', 'en', 'lowercase', HF),
  T('and the r&d super-deduction ratio for manufacturers was raised to?', 'figure', 'CN22', F('将制造业企业研发费用加计扣除比例提高到100%', pct(100)), 'elliptical', 'topic-switch', 'en', 'lowercase', HF),
]);
conv([
  T('山东前年培育推广了多少项四首产品'),
  T('去年要新增几个省级先进制造业集群', 'target', 'SD25', F('新增省级先进制造业集群10个', [10, '个']), 'elliptical', 'relative-year', 'year-switch', 'topic-switch', HF),
  T('今年呢 新培育独角兽小巨人单项冠军企业多少家', 'target', 'SD26', F('新培育独角兽、小巨人、单项冠军企业300家以上', [300, '家']), 'elliptical', 'relative-year', 'year-switch', 'indicator-switch', HF),
]);
conv([
  T('江苏去年单项冠军企业新增了几家'),
  T('规上高技术服务业营收涨了多少', 'figure', 'JS26', F('规上高技术制造业增加值、规上高技术服务业营收分别增长11.9%、6.8%', pct(6.8)), 'elliptical', 'indicator-switch', HF),
  T('安徽去年港口货物吞吐量增长了多少', 'figure', 'AH26', F('港口货物吞吐量增长5.7%', pct(5.7)), 'no-inherit', 'place-switch', 'relative-year', HF),
]);
conv([
  T('福建去年以旧换新带动了多少消费'),
  T('惠及了多少消费者', 'figure', 'FJ26', F('惠及消费者750多万人次', [750, '万人次']), 'elliptical', 'short', HF),
  T('中央预算内投资争取到多少', 'figure', 'FJ26', F('争取中央预算内投资150亿元', [150, '亿元']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('guangdong: homes of elderly people retrofitted for ageing, cumulative count in the 2025 report?'),
  T("and how many 'zhangzhe fantang' seniors' canteens?", 'figure', 'GD25', F('建成“长者饭堂”3652个', [3652, '个']), 'elliptical', 'indicator-switch', 'en', 'lowercase', 'pinyin', HF),
  T('rental subsidies reached how many households?', 'figure', 'GD25', F('发放租赁补贴惠及6.2万户', [6.2, '万户']), 'elliptical', 'topic-switch', 'en', 'lowercase', HF),
  T("and 2025's goal for new nursing-type beds?", 'target', 'GD25', F('新增护理型床位超过1000张', [1000, '张']), 'elliptical', 'year', 'topic-switch', 'en', 'lowercase', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  锡林郭勒: ['锡林郭勒', 'Xilingol'],
  甘南: ['甘南', 'Gannan'],
  昌都: ['昌都', 'Qamdo', 'Chamdo'],
  那曲: ['那曲', 'Nagqu'],
  石嘴山: ['石嘴山', 'Shizuishan'],
  定西: ['定西', 'Dingxi'],
  陇南: ['陇南', 'Longnan'],
  河池: ['河池'],
  果洛: ['果洛', 'Golog'],
  wuzhong: ['吴忠', 'Wuzhong'],
  1928: ['1928'],
  1940: ['1940'],
  1948: ['1948'],
  1932: ['1932'],
  汤圆: ['汤圆', 'tangyuan'],
  臭豆腐: ['臭豆腐', 'stinky tofu'],
  冰淇淋: ['冰淇淋', 'ice cream'],
  dumpling: ['饺子', 'dumpling'],
  centenarian: ['百岁', 'centenarian'],
};

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'ah', last: 'ag', notAnswerableWords: NF_WORDS });
