/**
 * The words around a figure in a report sentence: the verbs and fillers between an indicator and
 * its number, the count verbs, the growth modifiers, the comparison (gap) verbs, and the time and
 * filler words an indicator's name sheds. Data for src/figures.
 */
import type { ChangeVerb } from './change-words.js';
import { PRE_QUALIFIERS } from './qualifiers.js';
import { byLength } from './word-lists.js';

/** Verbs and fillers between an indicator and its number that are not part of either. */
export const LINK_WORDS: readonly string[] = byLength([
  '达到',
  '达',
  '实现',
  '为',
  '是',
  '了',
  '在',
  '至',
  '到',
  '控制在',
  '保持在',
  '稳定在',
  '保持',
  '增至',
  '降至',
  '提高到',
  '提高至',
  '提升至',
  '提升到',
  '降低到',
  '降低至',
  '下降到',
  '下降至',
  '缩小至',
  '缩小到',
  // "车程最短缩至30分钟", "缩短到2小时"; "压缩至6个月" whole, its 压 no part of the name.
  '压缩至',
  '压缩到',
  '缩短至',
  '缩短到',
  '缩至',
  '缩到',
  '压减至',
  '压减到',
  '缩减至',
  '缩减到',
  '压降至',
  '压降到',
  '扩大到',
  '扩大至',
  '增加到',
  '增加至',
  '跃升到',
  '跃升至',
  // Every from–to verb of TO_VERBS (milestone-words.ts) with 到/至: "口岸贸易总额从8.75万亿元增长到11.3万亿元".
  '增长到',
  '增长至',
  '上升到',
  '上升至',
  '减少到',
  '减少至',
  '收窄到',
  '收窄至',
  '攀升到',
  '攀升至',
  '拓展到',
  '拓展至',
  '扩展到',
  '扩展至',
  '争取',
  '累计',
  '共计',
  '合计',
  '总计',
  '共',
  '分别',
  '均',
  '预计',
  '有望',
  '将',
  '已',
  '首次',
  '再次',
  '仅为',
  '仅',
  '只有',
  // Milestone verbs of work reports: "粮食产量首次跃上1.4万亿斤", "赤字率拟按4%左右安排".
  '按',
  '拟按',
  '拟',
  '跃上',
  '迈上',
  '跨越',
  '跨上',
  '站上',
  '登上',
  '连跨',
  '连续',
  '稳居',
]);

/**
 * Verbs of doing a thing ahead of time, the time then what is done: "气象部门提前12小时预报落区精细到县的强降水" measures how
 * far ahead the forecast is made (提前预报…强降水), not who makes it.
 */
export const TIME_AHEAD_VERBS: readonly string[] = ['提前'];

/** Verbs that introduce a count of the thing named after it: "开展500场培训". */
export const COUNT_VERBS: readonly string[] = byLength([
  '推动',
  '开展',
  '完成',
  '实施',
  '推进',
  '建成',
  '建设',
  '打造',
  '培育',
  '引进',
  '新增',
  '新建',
  '获批',
  '入选',
  '认定',
  '组织',
  '举办',
  '创建',
  '落地',
  '签约',
  '招引',
  '发放',
  '接入',
  '启动',
  '支持',
  '推出',
  '吸引',
  '建立',
  '设立',
  '组建',
  // "精细化治理1411条背街小巷", "新开工12所学校": work done on things counted after the number.
  '治理',
  '整治',
  '改造',
  // "新建改扩建10个全民健身共享中心": built or rebuilt, the things counted after the number.
  '改扩建',
  '扩建',
  '改建',
  '修复',
  '开工',
  '新开工',
  '打通',
  '帮扶',
  '安置',
  // "获得62枚金牌", "摘得13枚金牌": medals and awards won, counted after the number.
  '获得',
  '夺得',
  '勇夺',
  '摘得',
  '斩获',
]);

/** A batch between a count verb and its number ("落地新一批22项…", "推出首批10个…"): the verb still counts the noun after. */
export const BATCH_AFTER_VERB = /(?:新一批|一批|首批|新批|第[一二三四五六七八九十\d]+批)$/;

/** Words between an indicator and its growth verb: "比上年增长", "年均增长", "力争增长". */
export const GROWTH_MODIFIERS: readonly string[] = byLength([
  '比上年同期',
  '较上年同期',
  '比上年',
  '较上年',
  '比去年',
  '较去年',
  '同比',
  '环比',
  '年均',
  '平均',
  '分别',
  '大幅',
  '小幅',
  '略有',
  '稳步',
  '持续',
  '逆势',
  '均',
  '实现',
  '力争',
  '确保',
  '预计',
  '预期',
  '继续',
  '进一步',
  '有所',
  '较快',
  '快速',
  // "居民人均可支配收入实际增长4.4%": real growth, a measure word, not part of the name.
  '实际',
  '名义',
]);

/**
 * A growth's base written as a time before it ("较3年前增长44%", "比2020年增长"): the span it grew over, no part of the
 * name before it.
 */
const GROWTH_BASE = '(?:较|比)(?:([0-9一二三四五六七八九十]+)年前|((?:19|20)\\d{2})年(?:末|底)?)';
export const GROWTH_BASE_BEFORE = new RegExp(`${GROWTH_BASE}$`);
/** The same base anywhere in a text: a question asking a growth over it ("比2020年增长多少"). */
export const GROWTH_BASE_WRITTEN = new RegExp(GROWTH_BASE);
/** The same base opening a value ("较3年前44%"): its years back (group 1) or its year (group 2). */
export const GROWTH_BASE_OPENING = new RegExp(`^${GROWTH_BASE}`);

/**
 * A phrase opened by a comparison with another place names no figure: "实现三季度增长4.6%、追平全国" (caught up with the
 * country) is no name of the growth before it.
 */
export const COMPARISON_PHRASE = /^(?:追平|持平|领先|落后|高于|低于|快于|慢于|超过|超出|多于|少于)/;

/** Comparison verbs before a gap in percentage points: "高于全国0.8个百分点". */
export const GAP_VERBS: readonly ChangeVerb[] = [
  { word: '高于', direction: 'up' },
  { word: '快于', direction: 'up' },
  { word: '超过', direction: 'up' },
  { word: '超出', direction: 'up' },
  { word: '多于', direction: 'up' },
  { word: '低于', direction: 'down' },
  { word: '慢于', direction: 'down' },
  { word: '少于', direction: 'down' },
];

/**
 * A gap written as a comparison: "增速比城镇居民高2.4个百分点" (the reference between 比 and the verb). Not a change over
 * a time ("比上年高", "比同期快", "比一季度高", "占比较上年提高"), which the reports write the same way, nor a verb ending in
 * 高 or 快 (提高, 降低, 加快). The reference holds no 比: "占比比全国高" compares with 全国.
 */
export const GAP_COMPARATIVE =
  /比(?!较|上年|去年|前年|同期|上期|年初|上半年|上一年|上月|[一二三四]季度)((?:(?!比)[\u4e00-\u9fff]){1,8}?)(?<![提升降减加放])(高出|高|快|多|低|慢|少)了?$/u;
/** The direction of each verb of GAP_COMPARATIVE. */
export const GAP_COMPARATIVE_UP: readonly string[] = ['高出', '高', '快', '多'];

/** What a gap's reference sheds: "低于目标任务" compares with 目标. */
export const GAP_REFERENCE_TAIL = /任务$/;
/** A gap's reference is a short name, without numbers or growth words. */
export const NOT_GAP_REFERENCE = /[\d增长降]/;
/** A gap whose reference is the target is an achieved figure: "低于目标0.5个百分点". */
export const TARGET_REFERENCE = '目标';
/** What a gap after a growth rate measures: the subject's 增速 ("地区生产总值增速与全市差距"). */
export const GAP_OF_GROWTH = '增速';
/** Names that already name a rate or a share, so a gap in points is between them as they stand. */
export const RATE_NAME_END = /(?:增速|增幅|增长|率|比重|占比|强度|比例)$/;
/** Indicator names that only say "growth": a gap takes the previous subject instead. */
export const GROWTH_ONLY_NAMES: readonly string[] = ['增速', '增幅', '增长'];

/**
 * A part of a whole just measured ("汽车保有量…，其中新能源汽车由45万辆增至356万辆"): the words that open it, and the
 * measures a part named without one takes from the whole (新能源汽车 → 新能源汽车保有量).
 */
export const PART_OPENER = /^[\s，,、；;]*其中/;
/**
 * A question asking a part of a whole: "…，其中全国首创多少", "新增的托位里头 普惠托位占多少个", "用的外资里 制造业占多少"
 * (the words after 其中 or its everyday 里头 / 当中 / 里 and a space, before the asking word: "企业占了多少万户" too).
 */
export const PART_ASKED = /(?:其中|里头|里边|当中|里(?=\s))\s*([^，,。？?\s]{2,12}?)(?:的)?(?:有|是|为|占)?了?(?:多少|几|呢|[？?]|$)/;

/** "其中56项为全国首创": a part named after its number, by what it is (为/是/属于 …), up to the clause's end. */
export const PART_PREDICATE = /^(?:为|是|属于|系)([^，,。；;、\d]{2,10})(?=[，,。；;、]|$)/;
export const PART_MEASURES: readonly string[] = byLength([
  '保有量',
  '产量',
  '总产量',
  '销量',
  '销售额',
  '进出口额',
  '出口额',
  '营业收入',
  '增加值',
  '产值',
  '装机容量',
  '装机',
  '客流量',
  '吞吐量',
]);

/**
 * A whole named by its increment verb alone ("新登记147万户、其中企业57.3万家"): its part ("企业") is named with the verb,
 * 新登记企业, the things counted being the part's.
 */
export const BARE_INCREMENT_NAMES: readonly string[] = ['新增', '新登记', '新设立', '新注册', '净增', '新引进', '新设', '新认定'];

/** Words an indicator's name sheds at its start: "其中", "全年", "全市". */
/**
 * "…50万元以上的行政村占比达68%": a name cut after what qualifies it opens at its 的, which opens no name; taken off where
 * a name of two characters or more is left ("…的有44种" keeps its 的有, no name either way).
 */
export const LEADING_LINK = /^的(?=[\u4e00-\u9fff]{2})/;

export const LEADING_FILLERS: readonly string[] = byLength([
  '其中',
  '全年',
  '今年',
  '去年',
  // "去年底企业数量超过5200万户": a year's end said at the start is the figure's time, no part of its name.
  '去年底',
  '去年末',
  '上年末',
  '年底',
  '年末',
  '当年',
  '年内',
  '同时',
  '此外',
  '另外',
  '一年来',
  '目前',
  '截至目前',
  '累计',
  '共计',
  '合计',
  '实现',
  '完成',
  '达到',
  '预计',
  '力争',
  '确保',
  '全力',
  '努力',
  '争取',
  // "争取并用好新增专项债券5085亿元": the use made of it is no part of its name.
  '并用好',
  '用好',
  // "推动怀柔综合性国家科学中心29个科技设施进入科研状态": the work verb opening the clause is no part of the name.
  '推动',
  '推进',
  // "发挥济青烟3个新业态新模式新场景消费试点作用": the part a thing is made to play is no part of its name (the count's noun
  // after it names the thing, as after 推进).
  '充分发挥好',
  '充分发挥',
  '发挥好',
  '发挥',
  // "阶段性将小规模纳税人增值税起征点从…提高到…": how long a measure holds and the 将 bringing its object forward.
  '阶段性将',
  '阶段性',
  '全市',
  '全区',
  '全省',
  '全国',
  '全县',
  // "全市性督查检查考核事项减少近20%": the scope's adjective goes with it, not a name "性督查…".
  '全市性',
  '全省性',
  '全国性',
  '全区性',
  // "全国地级及以上城市细颗粒物平均浓度": a class of cities measured over, no part of the name (its 及 no list).
  '地级及以上城市',
  '地级以上城市',
  '以上城市',
]);
/** Time words an indicator's name sheds at its start: "2024年", "上半年", "“十四五”时期". */
export const LEADING_TIME =
  /^(?:在(?=\d{4}年|全)|共(?![富同享建有青济识])|(?:到|至|截至)?\d{4}年(?:度|底|末|初)?|[一二三四1-4]季度|前三季度|上半年|下半年|\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月(?:份)?|“?十[一二三四五]五”?(?:时期|期间|末)?)/;
/** Words an indicator's name sheds at its end: link verbs, qualifiers, growth words, 的. */
export const TRAILING_FILLERS: readonly string[] = byLength([
  ...LINK_WORDS,
  ...PRE_QUALIFIERS,
  '缩小',
  '扩大',
  '提升',
  '下降',
  '降低',
  '的',
  '全年',
  '当年',
  '同比',
  '比上年',
  '较上年',
  '实际',
  '名义',
  '年均',
  '平均',
  '小幅',
  '大幅',
  '稳步',
  '持续',
  '以上',
  '以下',
  // "改造完成58.2公里", "12类民生实事保质保量完成": the verb of completion and its adverbs name nothing.
  '完成',
  '全面',
  '保质保量',
  '累计',
  '顺利',
  // "存款、贷款余额…双双突破9万亿元", "进出口总额接连突破8万亿元": how they passed it, not their name.
  '双双',
  '接连',
  // "发挥济青烟3个…消费试点作用": the part things are made to play, after the things counted, names nothing.
  '作用',
]);

/** A name opening with a comparison ("比上年增加", "较3年前") is the previous figure's subject compared. */
export const COMPARISON_OPENER = /^(?:比|较)(?:上年|去年|上一年|\d+年前|[一二三四五六七八九十]年前)/;
/** A name that is only the step a milestone passed: "新台阶", "万亿元台阶". */
export const MILESTONE_NAME = /^(?:新|大|重要)?台阶$|^[^\d]{0,3}台阶$/;
/** A milestone's step opening a name ("新台阶、亩产提升10.1斤"): the name is what follows it. */
export const LEADING_STEP = /^[^、,;]{0,3}台阶[、,;]/;
/** Verbs ending in a joiner's character, kept whole: "惠及5700多万人次". */
export const JOINER_ENDED_VERBS: readonly string[] = ['惠及', '涉及', '普及', '波及', '参与'];

/** Words that open with a joiner's character and are no joiner: "和美乡村覆盖率", "并网装机", "并购". */
export const JOINER_OPENED_WORDS: readonly string[] = ['和美', '和谐', '和平', '并网', '并购', '并联', '及时', '与会'];
const NOT_JOINER_OPENED = `(?!${JOINER_OPENED_WORDS.join('|')})`;
/** Separators and conjunctions trimmed off both ends of a name: "、和及与并且" (not the 和 of 和美乡村). */
export const EDGE_JOINERS = new RegExp(`^(?:[、,;:]|${NOT_JOINER_OPENED}[和及与并且])+|[、,;:和及与并且]+$`, 'g');
export const LEADING_JOINERS = new RegExp(`^(?:[、,;:]|${NOT_JOINER_OPENED}[和及与并且])+`);
/** Characters where an over-long name may be cut, keeping the head noun nearest the value. */
export const NAME_BREAKS = '、,;的和及与等在';

/** A subject's name without what the figure adds to it: "…与目标差距", "…完成率". */
export const SUBJECT_TAILS = /(?:与.{0,6}差距|完成率)$/;

/** Openers of a share of the previous subject: "占一般公共预算收入的89.7%", "完成年度目标的160.1%". */
export const SHARE_OPENERS = /^(?:占|为|相当于|完成年度|完成目标|完成计划|占比)/;

/** Characters that cannot open a noun right after a number ("500场培训" opens 培训; "5%以上的" does not). */
export const NOT_NOUN_START = '的以左多余、和及与同比较占居位排为是其创达超均总共分上提减至到或并且等年月日后前增降下内';
/**
 * Nouns that open with one of those characters all the same: "5家上市公司", "30家总部企业", "80项前沿技术研发", "3个创新中心",
 * "2条内河航线".
 */
export const NOUNS_OPENED_BY_OTHER_WORDS: readonly string[] = [
  '上市',
  '总部',
  '前沿',
  '前端',
  '内河',
  '内陆',
  '下一代',
  '后备',
  '增材',
  '创新',
  '创业',
  '创意',
  '分布式',
  '共享',
  '超算',
  '超高清',
  '超级',
  // "113项居民服务事项", "2万户居民": people, not a rank (居全国第…).
  '居民',
  '居家',
  '居住',
];
/**
 * The noun after a number ends where the clause's own verb, measure or rate begins: "…工程项目投资完成率174.7%",
 * "1550个省重点项目完成投资7398亿元", "35个项目总投资120亿元" (the projects are counted; the money is their measure),
 * "首批10个未来产业先导区集聚产业链核心企业超150家" (a verb of what the counted things draw in: 集聚, not 集聚区),
 * "3920个新投产项目增加产值5100多亿元" (the projects are counted, what they add is the next value's; not 增加值).
 */
export const NOUN_ENDS =
  /可以|能够|投资完成率|完成率|增长|增加(?!值)(?=[\u4e00-\u9fff])|下降|占|达到|达|超过|超|为|实现|突破|同比|比上年|分别|均|累计|完成|总投资|集聚(?!区|度|效应)|吸引(?!力)|带动(?!作用)|惠及|(?<!全)覆盖(?!率|面)|不(?:低|少|高)于|不超过/;
/** A level a thing is of ("国家级", "省级", "市级"), and the noun after it: regex fragments, for figures and questions alike. */
export const LEVEL_WORD = '[\u4e00-\u9fff]{1,3}级';
export const LAZY_LEVEL_WORD = '[\u4e00-\u9fff]{1,3}?级';
export const NOUN_AFTER_LEVEL_WORD = '[\u4e00-\u9fff]{2,}';
/**
 * "建成8个国家级、13个省级区域医疗中心": an item that is only a level ("国家级") counts the noun the next item's level is of;
 * LEVEL_ITEM_NOUN_AFTER reads that noun after the 、 (its count, measure word and level before it).
 */
export const LEVEL_ONLY_ITEM = new RegExp(`^${LEVEL_WORD}$`);
export const LEVEL_ITEM_NOUN_AFTER = new RegExp(`^[\\d.]+[\u4e00-\u9fff]?${LAZY_LEVEL_WORD}(${NOUN_AFTER_LEVEL_WORD})`);
/**
 * Verbs that end a counted noun only when the clause goes on to a value: "对10类重点就业群体新发放创业担保贷款不低于80亿元"
 * counts the groups, the money is the next value's; "为超300万名婴幼儿发放育儿补贴" counts the infants given it.
 */
export const NOUN_ENDS_BEFORE_VALUE = /新?发放(?!点|率|量|金额|范围|标准)/;
/**
 * Verbs of reaching people, the people counted after the number: "国家助学贷款提标降息惠及1100多万学生" names what reached
 * them and whom (国家助学贷款提标降息惠及学生), "“老老人”服务保障措施惠及80余万高龄…老年人" keeps its measure.
 */
export const REACH_COUNT_VERBS: readonly string[] = ['惠及', '带动', '覆盖', '服务'];
/** A clause that carries on after a counted noun with its verb or measure: the noun is the next value's subject. */
export const NOUN_GOES_ON = new RegExp(`^(?:${NOUN_ENDS.source}|${NOUN_ENDS_BEFORE_VALUE.source})`);
/** What a following noun sheds at its end, for a long noun and a short one. */
export const NOUN_TAIL_LONG = /[(“和及或]+$/;
export const NOUN_TAIL_SHORT = /[(“]+$/;

/** "前10位", "前三名": a rank, not an amount. */
export const RANK_BEFORE = '前';
export const RANK_AFTER = /^[位名强]/;

/** A unitless value is a level the report states when these come right before it: "缩小至1.42", "控制在1.8以内". */
export const STATES_LEVEL = /(?:至|到|为|达到|达|在|是)$/;
/** Indicators whose unitless integer values are levels: "倍差", "系数", "指数". */
export const UNITLESS_INDICATOR = /倍差|系数|指数|比|率|差|值|数/;
/** A two-part ratio is a figure only for a ratio's name: "三次产业结构比", "城乡收入比". */
export const RATIO_INDICATOR = /比|结构/;

/** The word that introduces a list of values, one per item: "分别增长3.8%和4.9%". */
export const RESPECTIVELY = '分别';
/** What separates the values of a 分别 list: "3.8%和4.9%", "161家、460家". */
export const LIST_SEPARATOR = /^[\s、和及与或以及]*$/;
/** Items of a 分别 list: 、 first; 和/及/与 only when 、 alone does not give the count. */
/** Between two quoted names written side by side ("“保交楼”“保交房”"): items of a list, with no separator. */
export const ADJACENT_QUOTES = /(?<=[”"])(?=[“"])/;
export const ITEM_SEPARATOR = '、';
export const ITEM_JOINERS = /、|以及|和|及|与/;
/**
 * Measures a 分别 list may name alone, its items listed at the end of the clause before ("清理规范节庆、论坛、展会，
 * 数量分别压减75%、95%、73%"): each item's measure (节庆数量).
 */
export const BARE_LIST_MEASURES: readonly string[] = ['数量', '规模', '总量', '面积', '产量', '比重', '占比', '增速', '增幅'];
/** The longest an item listed in the clause before a bare measure is (a sector, a kind of event: 节庆, 展会). */
export const BARE_LIST_ITEM_LENGTH = 4;
/** Time words a 分别 subject sheds at its end: "…2024年", "上半年". */
export const SUBJECT_TIME_TAIL = /(?:\d{4}年(?:度)?|[一二三四]季度|上半年)$/;

/** Items of a 分别 list that are whole scopes, sharing the measure the last item names: "全国和自由贸易试验区…条数". */
export const SCOPE_ITEMS: readonly string[] = ['全国', '全省', '全市', '全区', '全县'];
/** An item that names an area, then the measure: "自由贸易试验区" + "负面清单条数". */
export const AREA_NAME = /^(.{2,}?(?:试验区|示范区|开发区|新区|园区|自贸区|省|市|县))(.{2,})$/;

/** "A、B等53个项目": examples before the number, the counted thing after it. */
export const EXAMPLES_END = '等';
/** 等 and a word of kind after it ("首发经济、会展经济、健康消费等方面29项促消费政策") close a list of examples too. */
export const EXAMPLES_KIND_END = /等(?:方面|领域|行业|类|种|项)$/;
/** A count of scopes right before a count ("开展7大领域101类问题排查", "3个方面20项举措"): they scope the thing counted after it. */
export const SCOPE_COUNT_END = /(?:\d+|[一二三四五六七八九十两]+)(?:大|个)(?:领域|方面|行业|板块|区域|片区|战略)$/;
/** A list totalled before its number ("机场联络线、17号线西延伸共67公里轨道交通线"): the items are examples of what follows. */
export const LIST_TOTAL_END = /(?:共|共计|合计|总计|一共)$/;

/** Names a figure is given when the sentence gives none, and the parts of the names it builds. */
export const FALLBACK_NAMES = {
  /** A value whose sentence names nothing. */
  value: '数值',
  /** A table row without a name. */
  tableRow: '指标',
  /** The unit of a ratio such as "三次产业结构比 3.1:38.2:58.7". */
  ratioUnit: '比例',
  /** "地区生产总值与目标差距", "…与全国差距", "…差距". */
  gapWith: '与',
  gap: '差距',
  target: '目标',
  /** "…完成率". */
  completionRate: '完成率',
} as const;

/** The growth a rate is read as when the words name none: "增速(%): 6.5" is growth, upward unless negative. */
export const PLAIN_GROWTH: ChangeVerb = { word: '增长', direction: 'up' };
/** "保持40%以上增长", "实现5%的较快增长": a rate written before the word of growth is that growth, its clause ended. */
export const GROWTH_WORD_AFTER_RATE = /^的?(?:较快|快速|稳定|平稳|稳步)?(?:增长|增速)(?=$|[，,。；;、：:）)])/;
/** The verbs that hold such a growth ("汽车产量继续保持40%以上增长"): no part of the name. */
export const GROWTH_HOLDING_VERB = /(?:继续|持续)?(?:保持|实现)?(?:了)?$/;

/** "70%以上的区级河道": after a qualifier, 的 introduces the thing measured. */
export const NOUN_LINK = '的';
/** A scale class of a name ("千亿级产业集群", "百亿元级企业"): a question asking one asks no name without it. */
export const SCALE_CLASSES = /[百千万]亿元?级/g;

/** Words every kind of figure's name is made of, which say nothing of its subject: 增加值, 经济, 产业. */
export const GENERIC_FIGURE_TAILS: readonly string[] = [
  '增加值',
  '总额',
  '总量',
  '收入',
  '投资',
  '增长',
  '产值',
  // "无人机产量" is no answer to "集成电路产量": output, of what it does not say.
  '产量',
  '规模',
  '数量',
  '经济',
  '产业',
  '企业',
  '核心',
  // A ratio's word says what kind of figure, not of what: 碳排放强度 is not 研发投入强度.
  '强度',
  '比重',
  '占比',
  '比例',
];

/**
 * Words that make a generic noun's figure its whole count, written before it ("全省实有企业", "现有企业") or after it
 * ("企业数量", "实有企业主体"): the figure counts every one of that noun, so "How many enterprises does Hunan have?" and
 * "云南企业有多少" ask it as they ask a bare 企业.
 */
export const WHOLE_COUNT_BEFORE: readonly string[] = ['全省', '全市', '全区', '全国', '实有', '现有', '在册', '各类'];
export const WHOLE_COUNT_AFTER: readonly string[] = ['主体', '总数', '数量'];

/**
 * Nouns that name what a figure measures, written after its subject ("工业投资", "居民收入"): a question whose subject
 * shares only its modifier with a figure's name ("工业投资" and 规上工业增加值 share 工业) asks another figure
 * when the figure's name lacks the noun. Change words (增长) and field words (经济, 产业) are not among them.
 */
export const MEASURED_NOUNS: readonly string[] = ['投资', '收入', '产值', '增加值', '总额', '总量', '规模', '数量', '比重', '强度'];
/**
 * A measure named alone after a verb before a value that 的 and a noun follow: "组建总规模1000亿元的省…引导基金" is the
 * fund's 总规模. The verb is at most MEASURE_VERB_LENGTH characters.
 */
export const MEASURE_BEFORE_ATTRIBUTE = /(?:总规模|规模|总投资|总面积|总金额|总额)$/;
export const MEASURE_VERB_LENGTH = 3;
/** Measured nouns a level's own value is, its name writing them or not: "区域基金规模" is the fund's 500亿元. */
export const SIZE_NOUNS: readonly string[] = ['规模', '总量', '数量'];

/**
 * A rate of how much of a plan was done ("投资完成率125.5%", "资金到位率"): written after an indicator's name it
 * makes another figure, the plan's progress, not the indicator.
 */
export const PLAN_PROGRESS_RATES: readonly string[] = ['完成率', '到位率', '执行率', '开工率', '达产率', '兑现率'];

/**
 * Verbs of the plans that leave a short name the indicator when they open the figure's name ("完成投资"), but
 * after a subject make it that subject's ("“千项万亿”重大项目完成投资" is the major projects' investment, not 投资).
 */
export const VERBS_AFTER_SUBJECT: readonly string[] = ['实现', '完成', '力争', '确保', '保持', '推动', '争取', '预计', '累计'];

/**
 * Bases a rate is measured against ("环比、同比分别增长51.3%、15.3%"): a 分别 list of them names one measure's rates,
 * each item the measure with its base (…销售面积环比, …销售面积同比).
 */
export const COMPARISON_BASES: readonly string[] = ['同比', '环比'];

/**
 * Words that make a name an increment ("新增公园", "通用机场增加"): a value of the same unit that follows without
 * a name of its own ("新增公园141座、累计达到973座", "通用机场增加11个、达到25个") is the level reached, named
 * without them.
 */
export const INCREMENT_PREFIXES: readonly string[] = [
  '新增',
  '新建',
  '新认定',
  '新开通',
  '新培育',
  '新设',
  '新入选',
  '新结对',
  '新缔结',
  '新登记',
  '新注册',
];
/** Verbs right before a count that make "N个以上 + noun" at least N things done ("新增3000个以上自然村通硬化路"), not a bound on the noun ("30户以上自然村"). */
export const COUNTED_BOUND_VERBS: readonly string[] = [
  ...INCREMENT_PREFIXES,
  '建设',
  '建成',
  '培育',
  '打造',
  '实施',
  '推动',
  '完成',
  '开工',
  '改造',
  // "实现20项以上互认资质资格统一规范办理": at least 20 done.
  '实现',
  // "在医疗、教育…等领域推出5个以上开放场景", "引进10家以上总部企业", "举办20场以上活动": at least that many brought out.
  '推出',
  '引进',
  '举办',
  '设立',
  '组建',
  // "开工建设东方电气氢燃料电池等5个以上装备制造项目": examples closed by 等, then how many such things, at least.
  '等',
];
/** A complement after such a verb says how well it is done, no more: "实施好200项以上…重点项目" is 实施's count. */
export const VERB_COMPLEMENTS: readonly string[] = ['好'];
/** Verbs of reach a value may be named by alone after another figure ("…增加1.4亿、覆盖10.5亿人"): the subject before it reaches. */
export const BARE_REACH_VERBS: readonly string[] = ['覆盖', '惠及', '服务', '带动', '吸纳'];
/**
 * Verbs after a count of people that say only that they took part or gained ("发放价格补贴，约6700万人受益"): what they
 * gained from is the clause before, so that clause names the count with the verb, never the verb alone.
 */
export const OUTCOME_VERBS_AFTER_COUNT: readonly string[] = ['受益', '受惠', '获益', '参与', '参加'];
/** A joiner right before a count opens an item of its own ("…和11个人口小县机构改革"); not 及 or 与, which end verbs (惠及, 参与). */
export const NEW_ITEM_JOINERS: readonly string[] = ['以及', '和'];
/** Before a verb opening a list of examples: 新开工, 再建成, 续建. */
export const EXAMPLES_VERB_PREFIXES: readonly string[] = ['新', '再', '续'];
/** After it: what the work came to (建成通车, 建成投用). */
export const EXAMPLES_VERB_TAILS: readonly string[] = ['通车', '投用', '投产', '运营', '开放'];
/** The units work is counted in after its verb ("改造项目", "建设工程"): whose work, the sentence's subject may say. */
export const WORK_UNIT_NOUNS: readonly string[] = ['项目', '工程', '任务'];
/** A total named by its measure alone ("新结对国际友好城市4对、总数达110对"): the increment's subject's total. */
export const BARE_TOTAL_NAMES: readonly string[] = ['总数', '总量', '总计', '总规模', '规模'];
// 净增: "经营主体净增98万户、突破1900万户" reaches the level 经营主体, as 新增 does.
export const INCREMENT_SUFFIXES: readonly string[] = ['增加', '新增', '净增', '增长'];

/**
 * A measure written alone as a figure's name where the sentence is about the economy as a whole: "顶住经济下行压力，…全年
 * 增长4.8%、总量达5.3万亿元" (湖南 2025) gives the economy's total, 经济总量, a name of 地区生产总值. Bare measure → the
 * economy's name for it.
 */
export const BARE_ECONOMY_MEASURES: Readonly<Record<string, string>> = { 总量: '经济总量' };

/**
 * What 经济 is followed by where it means the economy as a whole ("经济下行压力", "经济运行稳中有进", "经济发展"), not a
 * part of it: 数字经济, 民营经济 and 海洋经济 are written with a modifier before 经济 and are caught by ECONOMY_PARTS.
 */
export const ECONOMY_AS_WHOLE = /经济(?:下行|运行|发展|增长|回升|回稳|稳|实力|大省|形势|社会发展)/u;

/** Modifiers that make 经济 a part of the economy ("数字经济发展"), so it is no sign of the whole. */
export const ECONOMY_PARTS =
  /(?:数字|民营|海洋|县域|实体|平台|低空|银发|夜间|开放型|外向型|园区|首店|枢纽|流量|总部|楼宇|湾区|都市圈|城市群|区域|乡村|农村|城市|服务|消费|冰雪|文旅|创意|绿色|循环|低碳|共享|分享|民族|非公有制|集体|个体|沿海|口岸|临空|临港|林下|生物|新型)经济/u;

/**
 * A figure asked with something taken out of it ("刨掉留抵退税因素 同比增幅多少", "扣除…后增长多少", "可比口径"); the reports
 * write it "扣除留抵退税因素，同比增长13.6%". EXCLUDING_WRITTEN finds where a sentence starts such a figure.
 */
export const EXCLUDING_ASKED = /扣除|剔除|刨掉|刨除|刨去|去掉|去除|除去|不算|不计|排除|可比口径/;
export const EXCLUDING_WRITTEN = /扣除|剔除|除去|不含|不计|可比口径/g;

/**
 * "除了国有A级景区还有几个佛道教场所参加": the thing set aside (国有A级景区) is no answer; the other one asked is. So is the
 * thing named as the other's companion ("跟3号线一期一块儿开通的 还有哪条整线"), and the thing the asker says they are not
 * asking about ("算力规模扩了几倍 不是问5G基站"). Group 1, 2 or 3 is the thing set aside.
 */
export const SET_ASIDE_ASKED =
  /(?:除了?([^，,。？?\s]{2,16}?)(?:以外|之外)?|(?:跟|和|与|同)([^，,。？?\s]{2,16}?)一(?:块儿?|起|道|同)[^，,。？?\s]{0,10}?)[，,\s]*(?:还有|还|另有|另外)|(?:不是问|不问|不是说)(?:的是)?([^，,。？?\s]{2,16})/;
