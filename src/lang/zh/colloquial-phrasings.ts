import { withSectorIndicators } from './sector-shorthands.js';
/**
 * Everyday ways of asking, rewritten into the words the reports use, before anything else reads
 * the question: "老百姓一年挣多少" asks 居民人均可支配收入, "经济增长多少" asks 地区生产总值's
 * growth (not 民营经济增加值's), "GDP目标定的多少" asks a target. A new phrasing is a row here.
 * Rows apply in order; each keeps the rest of the question as typed.
 */
import { NOT_AFTER_ECONOMY_PART } from './economy-words.js';
import { parseChineseNumber } from './numbers/parse.js';

export interface ColloquialPhrasing {
  /** The everyday form; may capture parts kept in `wording` as $1, $2. */
  pattern: RegExp;
  /** What the reports call it; a function when a captured part is rewritten too (a numeral in words written in digits). */
  wording: string | ((matched: string, ...parts: string[]) => string);
  /** A question this row is for. */
  example: string;
}

export const COLLOQUIAL_PHRASINGS: readonly ColloquialPhrasing[] = [
  // "经济大面上咋样 简单说两句": on the whole, and briefly, in everyday words; the reports write neither. First, so the
  // rows after read what is left ("经济咋样").
  { pattern: /(?:大面上|大体上|大致上|总体上|整体上)/g, wording: '', example: '拱墅去年一季度 经济大面上咋样' },
  { pattern: /(?:简单)?(?:说两句|说几句|聊两句)/g, wording: '', example: '拱墅去年一季度经济咋样 简单说两句' },
  // "算了还是说云南 …", "还是问钱塘吧": a change of mind opening the question; the reports write neither.
  {
    pattern: /^(?:算了|罢了|好吧|行吧)?[，,、\s]*还是(?:说|问)(?=[\u4e00-\u9fff])/g,
    wording: '',
    example: '算了还是说云南 企业总数到多少万户了',
  },
  // "安徽省属企业", "杭州市属国企": owned by the province or city, written 省属企业 after the place's short name — the place's
  // full name ("安徽省") is a word the segmenter keeps whole, which would leave a bare 属.
  { pattern: /(?<=[\u4e00-\u9fff]{2})(省|市|区)属(?=企业|国企|国有)/g, wording: ' $1属', example: '安徽省属企业前年往新兴产业投了多少钱' },
  // "往新兴产业投了多少钱": money put into a thing, as the reports write it (投资新兴产业超过500亿元); 多少钱 still asks money.
  {
    pattern: /往([\u4e00-\u9fff]{2,10}?)(?:里|上)?(?:投了|投入了|砸了)(多少钱|多少)/g,
    wording: '$1投资$2',
    example: '安徽省属企业前年往新兴产业投了多少钱',
  },
  // "技术改造那块的投资": the area pointed at joined to what is asked of it, as the reports write it (技改投资).
  {
    pattern: /(?<=[\u4e00-\u9fff])(?:那一块|这一块|那块|这块)(?:里)?的?(?=[\u4e00-\u9fff])/g,
    wording: '',
    example: '技术改造那块的投资 比全国快出几个百分点',
  },
  // "帮残障人士找工作": the reports' 残疾人 (a rewrite, not a word of a group: 残疾人 asked keeps its own weight).
  { pattern: /残障人士|残障人/g, wording: '残疾人', example: '浙江去年帮残障人士找工作的目标数' },
  // "信息化和工业化融合": the reports' 两化融合.
  { pattern: /信息化(?:和|与|同)工业化(?:深度)?融合/g, wording: '两化融合', example: '信息化和工业化融合 哪个省霸榜十一连冠' },
  // "整车产量冲到多少万辆": the vehicles made, which the reports count as 汽车产量 (their 整车 is of exports and projects).
  { pattern: /整车(?=产量|年产量|生产)/g, wording: '汽车', example: '皖前年整车产量冲到多少万辆了' },
  // "评上国字号一级的馆": national, in everyday words; the reports write 国家.
  { pattern: /国字号(?:的)?/g, wording: '国家', example: '浙江前年评上国字号一级的馆 数量' },
  // "霸榜十一连冠": a streak of first places, as the reports write it (连续11年全国第一); 霸榜 (tops the list) says no more.
  {
    pattern: /(?:霸榜|霸屏)?([一二三四五六七八九十两几\d]{1,3})连冠/g,
    wording: (_, count: string) => `连续${parseChineseNumber(count) ?? count}年第一`,
    example: '信息化和工业化融合 哪个省霸榜十一连冠',
  },
  // "城里又多出几座公园": the year's increment, as the reports write it (新增公园127座); not a difference from a base named
  // before it ("比上年多出几个").
  { pattern: /(?<!比[^，,。？?\s]{0,8})又?多出(?:了|来)?(?=几|多少)/g, wording: '新增', example: '沪去年城里又多出几座公园' },
  // "帮实体经济融了多少钱": money raised, as the reports write it (服务实体融资1.58万亿元); 多少钱 still asks money.
  { pattern: /融(?:了|到了|到)(?=多少)/g, wording: '融资', example: '闽去年“金服云”帮实体经济融了多少钱' },
  // "钱塘前年整体经济 用一句话讲": the economy as a whole, put in a sentence: how it did.
  { pattern: /(?:整体|总体)(?=经济)/g, wording: '', example: '钱塘前年整体经济 用一句话讲' },
  // "增速跑赢全省", "跑输全国": outpaced or lagged, as the reports write it (57个县(市)整体经济增速快于全省).
  { pattern: /跑赢/g, wording: '快于', example: '广东前年有多少个县增速跑赢全省' },
  // "再问个农村的 那年有几个县评上…": the asker turning to another subject, which the rest of the question names; no word
  // of it a passage must write.
  {
    pattern: /^(?:那)?(?:我)?再问(?:一)?个[\u4e00-\u9fff]{0,6}?的(?=[\s，,]*[\u4e00-\u9fff])[\s，,]*/g,
    wording: '',
    example: '再问个农村的 那年有几个县评上全国村庄清洁行动先进县',
  },
  // "广东有多少人口": the population asked with its amount first; the name before the asking reads as the indicator.
  { pattern: /有?多少(常住人口|人口)(?=[？?。！!\s]*$)/g, wording: '$1有多少', example: '广东有多少人口' },
  // "电诈案件受理数": the reports write the crime out (电信网络诈骗案件受理数下降12%).
  { pattern: /电诈/g, wording: '电信网络诈骗', example: '浙江前年电诈案件受理数降了多少' },
  { pattern: /跑输/g, wording: '慢于', example: '哪些县增速跑输全省' },
  { pattern: /(?:用)?一句话(?:讲讲?|说说?|概括|总结)(?:一下)?/g, wording: '怎么样', example: '钱塘前年整体经济 用一句话讲' },
  // English asking the rest of a code name ("the '13-what' plan", "'what-call'", "'?+N'"): its missing digits as Chinese asks
  // them (“13几”), so the name's number is read as for "省委“13几”具体部署".
  {
    // (The plus may stand between spaces: "'2 + ?'", "'? + 3 + X'"; the shape is read without them.)
    pattern:
      /(?<![A-Za-z0-9])['‘’"“]((?:[0-9]+\s*\+\s*)*[0-9]*)[-\s]?(?:what|\?+|_{2,})[-\s]?((?:\s*\+\s*[A-Za-z0-9]+)*[A-Za-z0-9]*)['’"”](?![A-Za-z])/gi,
    wording: '“$1几$2”',
    example: "guangdong's 2025 work revolves around the provincial party committee's '13-what' plan?",
  },
  // "“3个X”市重点工程 X是多少": a letter standing for the number in a quoted name, asked after it: the same ask (“3个几”).
  {
    pattern: /[“"]([^“”"]{0,10}?)([XNxn])([^“”"A-Za-z]{0,10}?)[”"](.{0,30}?)\2\s*(?:是|等于|代表|指)?(?:多少|几)/g,
    wording: '“$1几$3”$4',
    example: '北京25年大力实施的“3个X”市重点工程 X是多少',
  },
  // A lower-case x standing for the missing digit beside a plus ("the 'x+2' campaign", "'1+x'"): the same ask.
  {
    pattern: /(?<![A-Za-z0-9])['‘’"“](?:([0-9]+(?:\+[0-9]+)*\+)x|x(\+[0-9A-Za-z+]+))['’"”](?![A-Za-z])/g,
    wording: '“$1几$2”',
    example: "shanghai 2025: the key-sector safety clean-up — the 'x+2' campaign?",
  },
  // "framed as what plus 2", "5 plus what": the plus said in words.
  {
    pattern: /\b(?:what|which number)\s+plus\s+([0-9]+|N)\b/gi,
    wording: '“几+$1”',
    example: 'shanghai 2025: the key-sector safety clean-up was framed as what plus 2?',
  },
  {
    pattern: /\b([0-9]+)\s+plus\s+(?:what|which number|how many)\b/gi,
    wording: '“$1+几”',
    example: "anhui's agri-tech alliance: 1 plus what?",
  },
  // "'1 +' how many", "'16+' what": a quoted beginning and the number asked after it, as "“1+”后面跟几" asks it.
  {
    pattern: /['‘’"“]([0-9]+)\s*\+\s*['’"”]\s*(?:how many|what|which number)\b/gi,
    wording: '“$1+几”',
    example: "anhui 2025: it led the formation of an agri-tech innovation alliance — '1 +' how many?",
  },
  // "一产占经济的比重", "三产在GDP里占多少": a sector's share of the economy is its share in the three sectors' structure
  // (三次产业结构为0.9:57.7:41.4 gives 第一产业比重 0.9%), not a share named 占GDP比重.
  {
    pattern:
      /(?<![统同唯单万二一])第?([一二三])产(?:业)?(?:增加值)?(?:(?:在|于)(?:GDP|gdp|地区生产总值|经济总量|整个经济|全[省市区]经济|经济)(?:里头|当中|里|中)?(?:能)?占|占(?:GDP|gdp|地区生产总值|经济总量|整个经济|全[省市区]经济|经济)?)(?:到|了)?的?(?:比重|比例|份额|占比|比)?/g,
    wording: '第$1产业比重',
    example: '钱塘前年一产占经济的比重 才多少',
  },
  // "制造业增加值在GDP里占到多少", "民营经济在经济总量中占几成", "制造业占GDP多少": a share of the economy, asked as the
  // glossary reads one ("占GDP比重": the part over 地区生产总值, written "占地区生产总值比重" in the reports).
  {
    pattern:
      /(?:在|于)(?:GDP|gdp|地区生产总值|经济总量|整个经济|全[省市区]经济|经济)(?:里头|当中|里|中)?(?:能)?占(?:到|了)?(?=多少|几成|多大|百分之几|几个点)/g,
    wording: '占GDP比重',
    example: '按江苏26年报告 制造业增加值在GDP里占到多少',
  },
  {
    pattern: /占(?:GDP|gdp|地区生产总值|经济总量)的?(?:到|了)?(?=多少|几成|多大|百分之几|几个点)/g,
    wording: '占GDP比重',
    example: '江苏25年制造业占GDP多少',
  },
  // "农业呢" after "服务业呢": the sector named alone is its value added, as 服务业 is read (the glossary's 第一产业增加值).
  { pattern: /^(那)?(?:农业|一产)(?=(?:的)?呢|(?:的)?(?:增速|增长|怎么样|咋样)|$)/g, wording: '$1农业增加值', example: '农业呢' },
  // Income: who earns it picks the qualifier the reports write.
  {
    pattern: /(城里人|城市居民|城里居民)(去年|今年|前年|\d{2,4}年)?(一年)?(挣的钱|挣|赚的钱|赚|的?收入)/g,
    wording: '$2城镇居民人均可支配收入',
    example: '杭州2023年城里人收入有多少',
  },
  {
    pattern: /(农民|农村人|乡下人|村民)(去年|今年|前年|\d{2,4}年)?(一年)?(挣的钱|挣|赚的钱|赚|的?收入)/g,
    wording: '$2农村居民人均可支配收入',
    example: '江苏前年农民收入是多少？',
  },
  // A pair of qualifiers before one indicator qualifies both: "城镇和农村收入增速谁快" compares
  // 城镇居民 and 农村居民人均可支配收入, as the reports write them.
  {
    pattern: /(城镇|城市|城里)(和|与|跟|、|及)(农村|乡村)(居民)?(人均)?(的)?(可支配)?收入/g,
    wording: '城镇居民和农村居民人均可支配收入',
    example: '安徽24年城镇和农村收入增速谁快',
  },
  // "城乡居民收入…谁快" asks which of the two groups: both named, so each is answered and compared.
  {
    pattern: /城乡(居民)?(人均)?(的)?(可支配)?收入(?=[^，。？?]{0,8}(哪个|哪一个|谁)(的)?(更|比较|要)?(高|低|快|慢|多|少))/g,
    wording: '城镇居民和农村居民人均可支配收入',
    example: '杭州2023年城乡居民收入增速谁快',
  },
  {
    pattern: /(农村|乡村)(和|与|跟|、|及)(城镇|城市|城里)(居民)?(人均)?(的)?(可支配)?收入/g,
    wording: '农村居民和城镇居民人均可支配收入',
    example: '农村和城镇收入哪个增长快',
  },
  // One qualifier straight before the indicator: "农村收入" is 农村居民's. An income ratio or gap
  // ("城乡居民收入比") is an indicator of its own.
  {
    pattern: /(城镇|农村)(人均)?(的)?(可支配)?收入(?!比|倍差|差距)/g,
    wording: '$1居民人均可支配收入',
    example: '安徽24年农村收入增速',
  },
  {
    pattern:
      /(老百姓|普通人|居民|大家|人均)(去年|今年|前年|\d{2,4}年)?(在[\u4e00-\u9fff]{2,5}?)?(一年|每年|平均)?(能)?(挣的钱|挣|赚的钱|赚|的?收入(?!比|倍差|差距)|兜里有)/g,
    // "老百姓去年在浙江一年挣多少": the place written between keeps its place.
    wording: '$2$3居民人均可支配收入',
    example: '杭州老百姓一年挣多少',
  },
  // "10亿以上的": a money threshold said without its 元, as the reports never write it ("10亿元以上项目"). Only before what a
  // threshold bounds or a question's end: "14亿以上人口" counts people.
  { pattern: /(\d+)亿以上(?=的|项目|企业|产业|$|[，,。？?\s呢])/g, wording: '$1亿元以上', example: '10亿以上的呢' },
  // "有啥大项目": the reports call them 重大项目 (a 大项目 is written alone only after a word of its own: "外资大项目").
  { pattern: /(?<![重亿元型资])大项目/g, wording: '重大项目', example: '钱塘区2025年有啥大项目' },
  // The economy as a whole is its GDP; how it did is its growth.
  {
    pattern: new RegExp(`${NOT_AFTER_ECONOMY_PART}(经济|GDP)(增长|增速|增长速度|增幅)(是)?(咋样|怎么样|如何)`, 'gi'),
    wording: '地区生产总值增长多少',
    example: '粤去年GDP增速咋样',
  },
  {
    pattern: new RegExp(`${NOT_AFTER_ECONOMY_PART}经济(增长|增速|增长速度|增幅)`, 'g'),
    wording: '地区生产总值增长',
    example: '江苏去年经济增长速度',
  },
  { pattern: /(GDP|地区生产总值)(怎么样|咋样|如何|好不好|怎样)/gi, wording: '地区生产总值是多少', example: '上海去年GDP咋样' },
  // A follow-up naming who, in everyday words: "城里人的呢？".
  { pattern: /^(那)?(城里人|城市居民|城里居民)(的)?呢/g, wording: '城镇居民的呢', example: '城里人的呢？' },
  { pattern: /^(那)?(农民|农村人|乡下人|村民)(的)?呢/g, wording: '农村居民的呢', example: '农民的呢？' },
  // How the economy did, in any of the ways people say it; a year between keeps its place.
  {
    pattern: new RegExp(
      `${NOT_AFTER_ECONOMY_PART}经济(的)?(去年|今年|前年|\\d{2,4}年)?(总体|整体|总的)?(运行|发展)?(得)?(表现|形势|情况|成绩单|成绩|状况|走势|态势|大盘|基本盘)?(情况|态势)?(怎么样|咋样|如何|好不好|好吗|怎样)|${NOT_AFTER_ECONOMY_PART}经济(的)?(总体|整体)?(运行|发展)?(情况|形势|表现|状况|走势|态势|成绩单|大盘|基本盘)`,
      'g',
    ),
    wording: '$2地区生产总值是多少',
    example: '浙江2025年经济表现如何？',
  },
  {
    pattern: new RegExp(`${NOT_AFTER_ECONOMY_PART}经济(规模|体量|盘子)(有)?(多大)?|经济总量(有)?多大`, 'g'),
    wording: '经济总量是多少',
    example: '钱塘前年经济总量多大',
  },
  // Rises in everyday verbs.
  // "新添了几家全国重点实验室", "新加了多少个": the reports' 新增 (not 新加坡: a number asked must follow).
  { pattern: /新(?:添|加)(?:了)?(?=(?:多少|几))/g, wording: '新增', example: '三年前杭州新添了几家全国重点实验室' },
  // Not 新增/净增: "高企新增多少" asks a count of new ones, not a growth rate.
  { pattern: /(?<![新净])(涨|增)了?(多少|百分之几|百分之多少|几个点)/g, wording: '增长多少', example: '浙江2025年财政收入涨了多少啊' },
  // A count asked in the middle: "今年打算新增多少就业" asks 城镇新增就业.
  { pattern: /新增(了)?(多少|几)(万)?(个)?(人)?就业(岗位)?/g, wording: '城镇新增就业多少', example: '安徽今年打算新增多少就业' },
  // "增长百分之多少" too: a growth asked, in percent, not a share ("占百分之多少").
  { pattern: /增长了?百分之(?:几|多少)/g, wording: '增长多少', example: '吉林前年国有资本收益增长百分之多少' },
  // So is a rise or a fall in the reports' other verbs: "粮食单产提高了百分之多少" asks the 提高14.5% the report writes.
  {
    pattern: /(提高|提升|上升|下降|降低|减少)了?百分之(?:几|多少)/g,
    wording: '$1多少',
    example: '北京前年粮食单产提高了百分之多少',
  },
  // "比上次多了百分之几": more by a share is a growth asked (the report's 比上次增长47%).
  { pattern: /(?<![差不])多了?百分之(?:几|多少)/g, wording: '增长多少', example: '粤前年国家科学技术奖的获奖数比上次多了百分之几' },
  // Plans in everyday verbs: "打算/想/准备 + 增长" and "目标定的多少" ask the target.
  { pattern: /(打算|想|准备|计划|要)(增长|涨|增加)(多少|几)/g, wording: '增长目标是多少', example: '浙江去年社零打算增长多少' },
  { pattern: /(打算|想|准备|计划|要)(达到|到|干到|做到|冲到|搞到)(多少)/g, wording: '目标是多少', example: '拱墅今年研发投入打算到多少' },
  // Ports count containers: "宁波舟山港今年集装箱要干到多少" asks the 集装箱吞吐量 the report writes.
  {
    pattern: /(港|港口)(今年|去年|前年|明年|\d{2,4}年)?集装箱(?!吞吐|码头|航线)/g,
    wording: '$1$2集装箱吞吐量',
    example: '宁波舟山港今年集装箱要干到多少',
  },
  // Foreign capital is used: "实际用了多少外资" asks 实际使用外资 (not 外资企业, a count of firms).
  {
    pattern: /(实际)?(用|利用|使用|引进|吸引|引入)了?多少外资(?!企业|项目|公司)/g,
    wording: '实际使用外资多少',
    example: '想了解下浙江去年实际用了多少外资',
  },
  // Cars are made: "新能源车造了多少辆" asks 新能源汽车产量.
  { pattern: /新能源车(?!辆)/g, wording: '新能源汽车', example: '皖24年新能源车造了多少辆' },
  { pattern: /(新能源汽车|汽车)(一年)?(造了|造|生产了|产了)(多少)/g, wording: '$1产量$4', example: '安徽去年新能源汽车造了多少辆' },
  // "多少来着", "是啥来着": asking to be reminded is asking.
  { pattern: /(多少|几|啥|什么|哪些|哪个)来着/g, wording: '$1', example: '杭州亚运会票务收入有多少来着' },
  { pattern: /目标(定|订)(了|的|得)?(多少|多高)/g, wording: '目标是多少', example: '浙江2025年GDP目标定的多少' },
  { pattern: /(?<![规确约决])(定|订)的(是)?(多少|多高)/g, wording: '目标是多少', example: '去年定的是多少？' },
  // English: how fast the economy grew is its GDP growth.
  {
    pattern: /\bhow (fast|much) (did|does|has) ([a-z'’ ]+?)['’]s economy (grow|grown|expand|expanded)\b/gi,
    wording: "what was $3's GDP growth",
    example: "How fast did Zhejiang's economy grow last year?",
  },
  // English: a place that grew is its economy, its GDP (a proper name: "Did exports grow" is no place).
  {
    pattern: /\b([Dd]id|[Dd]oes|[Hh]as|[Hh]ad) ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (grow|grown|expand|expanded)\b/g,
    wording: '$1 $2 GDP $3',
    example: 'Did Zhejiang grow faster in 2025 than in 2024?',
  },
  // Short forms people type that the reports write out in full.
  { pattern: /战新(?=产业|企业|产值)/g, wording: '战略性新兴', example: '江苏24年战新产业产值占规上工业比重' },
  { pattern: /战新(?=重点项目|项目)/g, wording: '战略性新兴产业', example: '福建今年实施多少项工业战新重点项目' },
  { pattern: /(基本)?公卫(?=服务|经费|体系|项目)/g, wording: '$1公共卫生', example: '这几年基本公卫服务经费人均补助标准提到多少钱了' },
  { pattern: /新基建/g, wording: '新型基础设施', example: '上海新基建投资多少' },
  // "全天候开放的公园": open round the clock, as the reports write it (849座公园实现24小时开放).
  { pattern: /全天候(?=开放|运行|运营|服务)/g, wording: '24小时', example: '上海前年全天候开放的公园占比有多少' },
  // "课间调成了几分钟": set to, as the reports write it (课间时长调整到15分钟).
  { pattern: /(?:调成|改成|调到)了?(?=几|多少)/g, wording: '调整到', example: '北京前年把中小学课间调成了几分钟' },
  // "金银铜各几块": the three medals, each asked.
  { pattern: /金银铜(?:牌)?/g, wording: '金牌、银牌、铜牌', example: '山东巴黎奥运会加残奥会 金银铜各几块' },
  // Shorthands the reports write in full (轨道交通, 高标准农田, 普通高中): the full form is what a sentence holds.
  { pattern: /城轨(?!交通)/g, wording: '城市轨道交通', example: '杭州城轨运营里程多少公里' },
  { pattern: /轨交(?!通)/g, wording: '轨道交通', example: '上海24年建成的轨交新线一共多少公里' },
  { pattern: /高标农田/g, wording: '高标准农田', example: '安徽去年建了多少高标农田' },
  { pattern: /普高(?![峰温])/g, wording: '普通高中', example: '云南普高毛入学率多少' },
  { pattern: /(?<![中高])职教(?!育)/g, wording: '职业教育', example: '江苏职教有什么新举措' },
  { pattern: /(?<![中高])高新企业/g, wording: '高新技术企业', example: '湖南高新企业有多少家' },
  // "一产三产呢": the sectors by number (not 一二三产融合, a merger of them).
  { pattern: /(?<![一二三第])([一二三])产(?![业品量值融权区生])/g, wording: '第$1产业', example: '云南24年一产三产增长多少' },
  { pattern: /(?<![高外])民企(?!业)/g, wording: '民营企业', example: '浙江民企有多少家' },
  { pattern: /(?<![中外])外企(?!业)/g, wording: '外资企业', example: '江苏外企数量' },
  // "占全国两成以上": the reports write a share in tenths as a percentage ("超过20%的有23种").
  ...['一', '两', '三', '四', '五', '六', '七', '八', '九'].map((digit, i) => ({
    pattern: new RegExp(`(?<=占[^，。？?]{0,12})${digit}成(?=以上|以下|左右|多|的|$|[？?，。])`, 'g'),
    wording: `${(i + 1) * 10}%`,
    example: `广东有几种工业产品产量占全国${digit}成以上`,
  })),
  // "粮食打了多少斤", "打了多少粮食": the grain harvest, as the reports name it (粮食产量).
  {
    pattern: /粮食(?:打|产|收)了?(?=多少|几)/g,
    wording: '粮食产量',
    example: '吉林去年粮食打了多少斤',
  },
  {
    pattern: /(?:打|产|收)了?(多少|几)(?:万吨|亿斤|万斤|吨|斤)?粮食?/g,
    wording: '粮食产量$1',
    example: '湖南24年打了多少粮食',
  },
  // "砍到只剩几类", "压到只剩多少": cut down to, as the reports write it (从60类减少到10类).
  {
    pattern: /(?:砍到|砍成|砍得|压到|缩到|减到)(?:只剩下?|仅剩下?|就剩)?|(?:只剩下?|仅剩下?)(?=[几多\d])/g,
    wording: '减少到',
    example: '工业产品生产许可证这些年砍到只剩几类',
  },
  // "多少万平米": square metres as said, 平方米 as written.
  {
    pattern: /(?<!方)平米/g,
    wording: '平方米',
    example: '北京违法建设治理了多少万平米',
  },
  // "治理掉", "拆掉": the verb's completion said aloud, no word the reports write after it.
  {
    pattern: /(治理|拆除|清理|清除|消除|化解|淘汰|关停|拆)掉/g,
    wording: '$1',
    example: '北京2025年违法建设要治理掉多少',
  },
  // "拱墅拿省平安区", "拿下全国文明城市": a title won, as the reports write it (获评); the segmenter would glue 拿 to the
  // title's first character (拿省).
  {
    pattern: /拿(?:下|到)?(?=[“"]?(?:省|市|国家|全国|中国))/g,
    wording: '获评',
    example: '拱墅拿省平安区 到22年是连着第几年了',
  },
  // "连着第几年了", "一连几年": a streak, as the reports write it (连续十七年).
  {
    pattern: /(?:连着|一连)(?=第?(?:几|多少|\d|[一二三四五六七八九十两]))/g,
    wording: '连续',
    example: '拱墅拿“省平安区” 到22年是连着第几年了',
  },
  // "要提升改造多大面积": the measure asked, then how much; left as typed, the segmenter reads 大面积 ("large-scale").
  { pattern: /多大(面积)/g, wording: '$1多少', example: '拱墅去年低效用地要提升改造多大面积' },
  // "游客人次同比多了几成": a growth asked in tenths, as the reports write it in % (增长63%).
  {
    pattern: /(?:多了|涨了|增加了|多出|增长了)(?:几成|多少成)/g,
    wording: '增长多少',
    example: '杭州亚运那年一季度景区免门票 游客人次同比多了几成',
  },
  // "连着多少个年头": years, as the reports count a streak (连续44年).
  { pattern: /(多少|几|\d+)个?年头/g, wording: '$1年', example: '截到前年是连着多少个年头零重大火灾' },
  // "零重大火灾", "零死亡": none of them, as the reports write it (无重大森林火灾).
  { pattern: /(?<![\d.])零(?=重大|较大|死亡|伤亡|事故|火灾|投诉)/g, wording: '无', example: '截到前年是连着多少个年头零重大火灾' },
  // "没出重大森林火灾", "没发生过较大事故": none happened, as the reports write it (无重大森林火灾, 未发生…).
  {
    pattern: /没(?:有)?(?:出(?:过|现)?|发生(?:过)?)?(?=重大|较大|重特大|死亡|伤亡|事故|火灾)/g,
    wording: '无',
    example: '吉林到前年连续多少年没出重大森林火灾',
  },
  // "截到前年": up to a time, as the reports write it (截至).
  { pattern: /截到|截止到|截止/g, wording: '截至', example: '截到前年是连着多少个年头零重大火灾' },
  // "拥有量各冲到多少件": a level aimed at, as a plan writes it (力争达到); "冲到了多少" is reached, below.
  {
    pattern: /冲(?:刺)?到(?=多少|几)/g,
    wording: '力争达到',
    example: '拱墅25年有效发明专利和高价值发明专利 拥有量各冲到多少件',
  },
  // "冲到了多少年来的新高", "飙到", "涨到了": reached, as the reports write it (达到).
  {
    pattern: /(?:冲到|冲上|飙到|飙升到|蹿到|窜到)了?/g,
    wording: '达到',
    example: '2022年全球通胀冲到了多少年来的新高',
  },
  // "申遗用了几年", "前前后后花了多少年": how long it took, as the reports write it (历时12年).
  {
    pattern: /(?:前前后后|前后)?(?:一共|总共)?(?:用了|花了|耗了|历时了?)(几|多少)(个)?(年|月)/g,
    wording: '历时$1$2$3',
    example: '北京中轴线申遗用了几年',
  },
  // "头一回", "第一次": the first time, as the reports write it (首次).
  {
    pattern: /头一回|头一次|第一回|第一次/g,
    wording: '首次',
    example: '太湖水质是多少年来第一次到三类',
  },
  // "到三类", "III类水": a water quality class, as the reports write it (Ⅲ类), only where water is asked of.
  { pattern: /(?<=水[^，。？?]{0,12})(?:III|三)类/g, wording: 'Ⅲ类', example: '江苏太湖水质是多少年来第一次到三类' },
  { pattern: /(?<=水[^，。？?]{0,12})(?:II|二)类/g, wording: 'Ⅱ类', example: '长江干流江苏段水质连续几年保持二类' },
  { pattern: /(?<=水[^，。？?]{0,12})(?:IV|四)类/g, wording: 'Ⅳ类', example: '国考断面水质全部达到IV类以上了吗' },
  // "三年前是年度目标的百分之多少": the share of the year's target reached, as the reports write it (完成年度目标的130%).
  {
    pattern: /(?<!完成)(?:是|占|达到了?|到了?)(年度|预期|既定)?目标的(?=百分之|多少|几)/g,
    wording: '完成$1目标的',
    example: '杭州盘活低效工业用地 三年前是年度目标的百分之多少',
  },
  // English: the size of the economy is its GDP.
  {
    pattern: /\bhow (?:big|large) (is|was) (the )?([a-z'’ ]+?['’]s )?economy\b/gi,
    wording: 'what $1 $3GDP',
    example: 'How big was Zhejiang’s economy in 2024?',
  },
  {
    pattern: /\bhow (?:big|large) (is|was|are|were) the econom(?:y|ies) of\b/gi,
    wording: 'what $1 the GDP of',
    example: 'How big were the economies of Zhejiang and Jiangsu in 2024?',
  },
  {
    pattern: /\bhow (did|does|is|was) ([a-z'’ ]+?)['’]s economy( (do|doing|perform|performing|go|going))?\b/gi,
    wording: "what was $2's GDP",
    example: "How did Zhejiang's economy do last year?",
  },
  {
    pattern: /\bhow (did|does|is|was) the economy of ([a-z'’ ]+?)( (do|doing|perform|performing|go|going))?\b/gi,
    wording: "what was $2's GDP",
    example: 'How was the economy of Anhui in 2024?',
  },
];

/** One row applied to a text. */
export function applyPhrasing({ pattern, wording }: ColloquialPhrasing, text: string): string {
  return typeof wording === 'string' ? text.replace(pattern, wording) : text.replace(pattern, wording);
}

/** The question in the reports' words (see COLLOQUIAL_PHRASINGS and SECTOR_SHORTHANDS); unchanged when no row applies. */
export function toReportWording(question: string): string {
  let text = question;
  for (const row of COLLOQUIAL_PHRASINGS) text = applyPhrasing(row, text);
  return withSectorIndicators(text);
}
