/**
 * Words that look like place names in a question but never are one: interrogatives ("哪个区"),
 * collective and deictic words ("各区", "全市", "本区", "我们"), and nouns that merely end in a
 * place suffix ("开发区", "上市", "城市"). Question-side words: the reports' own are another list.
 */

/** Characters that make a span a question word or a collective, not a name: 哪个区, 各区, 全市, 本区, 该市. */
export const NOT_PLACE_CHARACTERS: readonly string[] = [
  '哪',
  '什么',
  '各',
  '全',
  '本',
  '该',
  '我',
  '你',
  '这',
  '那',
  '每',
  '某',
  '咱',
  '其他',
  '其它',
  '所有',
  // "报告里有没有2030年的数据": the reports themselves, and a question's "有没有", name no place.
  '报告',
  '有没有',
];

/** 全国 after a verb of conferring ("新获评全国文明城市", "被命名全国双拥模范城"): a title's first word, no place. */
export const NATIONAL_TITLE_CONFERRED = '(?<=获评|命名|命名为|评为|荣获|入选|创成|获得|授予|进了|进入|跻身|入围|评上|列入|纳入|获)全国';

/**
 * 全国 opening the name of a national list, title or appraisal a place is named to ("全国综保区创新发展案例", "全国文化企业30强",
 * "综保区全国绩效考评"), or of a national institution a place hosts ("全国重点实验室"): a word of the name, no place asked (a
 * regex fragment).
 */
export const NATIONAL_LIST_NAMED =
  '全国(?=[\\u4e00-\\u9fff“”]{1,16}?(?:案例|试点|示范|典型|样板|标杆|榜单|名单|称号|百强|[0-9]+强|考评|考核|评比|实验室|研究中心|创新中心|文明城市|模范城|先进集体))';

/**
 * 国家 as the one who gives to a place ("国家层面给湖南砸下来的投资", "国家向浙江下达的额度"): the central government acting,
 * no place asked (a regex fragment).
 */
export const NATIONAL_AS_GIVER = '国家(?=(?:层面|这边|那边)?(?:给|向|为|拨|下达|下拨|补助|倾斜))';

/**
 * A place after 被 and before a verb of conferring ("钱塘被杭州认定为总部企业的"): the one that confers, no place asked when
 * another is (a regex; the conferring place captured).
 */
export const CONFERRING_PLACE = /被([\u4e00-\u9fff]{2,4}?)(?=认定|评为|评定|命名|授予|列为|确定为|批准)/g;

/**
 * "shandong 2025 — money from beijing", "its streak of top marks from beijing": the capital as the central government that
 * gives or judges, no place asked when another is (a regex).
 */
export const CAPITAL_AS_GIVER = /\b(?:from|by) beijing\b/gi;

/**
 * Words that open with a place suffix and are no place's end: "国际合作市场", "东方市场" (a market, whose 合作市 / 东方市 are
 * county-level cities), "北交所总市值" (a market value, whose 总市 is no place). A city before them is still read by its own
 * name ("杭州市场监管" holds 杭州).
 */
export const WORDS_OPENING_WITH_PLACE_SUFFIX: readonly string[] = ['市场', '市值'];

/** Whole words never taken for places, even when a known alias is written inside them. */
export const NOT_PLACE_WORDS: readonly string[] = [
  '哪个',
  '哪些',
  '哪里',
  '哪儿',
  '各区',
  '全市',
  '本区',
  '本市',
  '全省',
  '全区',
  '我们',
  '我市',
  '我区',
  '我省',
  ...WORDS_OPENING_WITH_PLACE_SUFFIX,
  // "地级及以上城市", "县级以上城市": a class of cities, whose 上城 is no district.
  '以上城市',
  // "新获评全国文明城市", "被命名全国双拥模范城": 全国 begins a title conferred, not the country asked about.
  NATIONAL_TITLE_CONFERRED,
];

/**
 * Endings of nouns in 区/县/市/省 that are not places: "开发区", "企业上市", "节省". Not 城区 or
 * 新区, which end real names (西城区, 浦东新区): only the generic ones built on them are listed.
 */
export const NOT_PLACE_SUFFIXED: readonly string[] = [
  '老城区',
  '主城区',
  '中心城区',
  '市区',
  '园区',
  '地区',
  '小区',
  '社区',
  '郊区',
  '景区',
  '街区',
  '片区',
  '辖区',
  '开发区',
  '示范区',
  '自贸区',
  '试验区',
  '功能区',
  '核心区',
  '合作区',
  '保护区',
  '先行区',
  '引领区',
  '上市',
  '城市',
  '超市',
  '股市',
  '楼市',
  '车市',
  '集市',
  '夜市',
  '开市',
  '菜市',
  '节省',
  '反省',
  '郡县',
];

/** Characters a place name does not start with: the particles and time words around it ("去年火星市"). */
export const NOT_PLACE_START: readonly string[] = [
  '的',
  '年',
  '在',
  '和',
  '与',
  '跟',
  '及',
  '或',
  '比',
  '对',
  '从',
  '到',
  '是',
  '了',
  '请',
  '问',
  '说',
  '看',
  '查',
  '给',
  '把',
  '里',
  '中',
];

/** The suffixes that make a 2–4 character span look like a place name. */
export const PLACE_SUFFIXES: readonly string[] = ['区', '县', '市', '省'];

/** The issuer that speaks for the whole country: its reports answer "全国", "国家", "我国". */
export const NATIONAL_ISSUER = '国务院';
/** How an answer names the whole country: its figures are 全国's, not the State Council's own. */
export const NATIONAL_PLACE_LABEL = '全国';

/** An issuer as an answer names the place its figures are of: "全国" for the national reports. */
export function placeLabel(issuer: string): string {
  return issuer === NATIONAL_ISSUER ? NATIONAL_PLACE_LABEL : issuer;
}

/**
 * "国家2025年…", "中国去年…": a national subject only at the head of a question, before its year;
 * elsewhere 国家 is part of a name (国家高新技术企业).
 */
// …or after the year: "25年中国赤字率定的多少" (not "中国人", "中国式").
export const LEADING_NATIONAL_SUBJECT =
  /^(?:请问)?(?:(?:国家|中国|我国)(?=\s*(?:\d{2,4}年|今年|去年|前年|明年|本年|上年|近))|(?:\d{2,4}年|今年|去年|前年|明年|本年|上年)的?(?:国家|中国|我国)(?![人式特]))/;

/**
 * "全国排第几", "居全国第3位", "占全国多少", "增速比全国高几个点": 全国 as the field a place is ranked in, a share
 * of or the base of a gap, not a place asked about. ("哪个省增速高于全国" asks the country's figure too.)
 */

export const NATIONAL_RANK_CONTEXT =
  /全国(?:排|第|前|首|居|领先|位次|排名|优秀|先进|最|唯一)|(?:居|在|占)全国|比全国(?:高|低|快|慢|多|少)(?=[^，。？?]{0,3}(?:几|多少))|(?:高出|高于|低于|快于|慢于|超出|超过|跑赢|领先)全国(?=[^，。？?]{0,3}(?:几|多少))|\brank(?:s|ed|ing)?\s(?:\w+\s){0,2}in China\b|\b(?:led|leads?|leading|topped|tops?|first|best|number one)\s(?:in\s|across\s|of\s)?(?:all of\s)?(?:china|the country|the nation)\b/i;

/**
 * The country as an English question's subject when it names no place: "national GDP growth in 2024",
 * "what's the national CPI target", "GDP growth for the whole country", "special bonds in the state budget".
 */
export const ENGLISH_NATIONAL_SUBJECT =
  /(?<![a-z])(?:national(?:ly)?|nation-wide|countrywide|country-wide|the (?:whole |entire )?country|the nation|china(?:'s|’s)?|chinese|(?:state|central) budget|central government)(?![a-z])/i;

/**
 * "national new-urbanisation pilots", "national key labs": "national" opening the name of a title a place is given (国家新型
 * 城镇化试点, 全国重点实验室), or of money it wins ("national policy funds": 国家政策性资金), within a few words of its noun.
 * Asked alone it is the country's; in a conversation about a place, that place's titles and money are meant.
 */
export const ENGLISH_NATIONAL_TITLE =
  /\bnational\s+(?:[a-z'’-]+\s+){0,3}?(?:pilots?|pilot zones?|demonstrations?|demos?|models?|zones?|bases?|parks?|centres?|centers?|labs?|laboratories|clusters?|brands?|champions?|counties|cities|towns|villages|platforms?|hubs?|areas?|projects?|funds?|funding|grants?|subsid(?:y|ies))\b/i;

/**
 * "gyantse county — how many tourists came", "yumen city wind power": a word before a kind of place, read as that place's
 * name when no dictionary knows it (a regex; the name and the kind captured). "which city", "capital city", "county seats" are words.
 */
export const ENGLISH_NAME_BEFORE_PLACE_KIND = /\b([a-z][a-z'’-]{2,})\s+(county|prefecture|township|banner|city)\b/gi;

/**
 * "Which Chinese province grew fastest?": China named as the field places are compared in, not as the
 * subject ("good air days in Chinese cities in 2024" is the country's figure).
 */
export const ENGLISH_WHICH_PLACE =
  /\b(?:which|what)\s+(?:[a-z'’-]+\s+){0,2}?(?:provinces?|cities|city|regions?|places?|municipalit(?:y|ies)|districts?)\b/i;

/** A span that could be a place's name: no interrogative, collective or deictic word in it ("哪个省"). */
export function isNameLike(span: string): boolean {
  return !NOT_PLACE_CHARACTERS.some((c) => span.includes(c));
}
