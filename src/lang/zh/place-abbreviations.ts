import { glossary } from './glossary.js';
import { escapeRegExp } from './regexp.js';
import { regions } from './regions.js';

/**
 * One-character abbreviations of provinces and municipalities as people type them ("沪2025年GDP",
 * "苏粤两省谁高", "皖去年GDP增速"), to the short name the glossary knows. Only characters that,
 * standing alone where a place stands, almost always mean the place: 云, 新, 宁, 台, 青, 黑, 吉, 贵,
 * 甘, 川, 港 are common words too and are left out.
 */
export const PLACE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  京: '北京',
  津: '天津',
  沪: '上海',
  渝: '重庆',
  冀: '河北',
  晋: '山西',
  辽: '辽宁',
  苏: '江苏',
  浙: '浙江',
  皖: '安徽',
  闽: '福建',
  赣: '江西',
  鲁: '山东',
  豫: '河南',
  鄂: '湖北',
  湘: '湖南',
  粤: '广东',
  桂: '广西',
  琼: '海南',
  蜀: '四川',
  黔: '贵州',
  滇: '云南',
  陕: '陕西',
  陇: '甘肃',
};

/**
 * Pinyin initials people type for a place in a hurry ("zj25年gdp", "sh今年GDP"). Read only where
 * the whole Latin token is the initials and a digit (maybe after a space) or a Chinese character follows, so English
 * words ("js", "Shanghai", "sd card") are never touched.
 */
export const PLACE_PINYIN_INITIALS: Readonly<Record<string, string>> = {
  bj: '北京',
  tj: '天津',
  sh: '上海',
  cq: '重庆',
  js: '江苏',
  zj: '浙江',
  ah: '安徽',
  fj: '福建',
  sd: '山东',
  gd: '广东',
  hz: '杭州',
  // Hangzhou's districts, whose reports this product is for: "gs 2023" is 拱墅 here, not 甘肃 (陇 above).
  gs: '拱墅',
  qt: '钱塘',
  yn: '云南',
  jl: '吉林',
};

/**
 * Initials that are also English words or common shorthand ("ah", "sh", "js", "sd" card, "hz" for hertz, "qt", "gs", "gd" for
 * good): read as a place in an English question only where a year, a colon or an indicator's name follows
 * (lowercaseInitialsPattern).
 */
const INITIALS_ALSO_ENGLISH: ReadonlySet<string> = new Set(['ah', 'sh', 'js', 'sd', 'hz', 'qt', 'gs', 'gd']);

const PINYIN_INITIALS = new RegExp(`(?<![A-Za-z0-9])(${Object.keys(PLACE_PINYIN_INITIALS).join('|')})(?= ?\\d|[\\u4e00-\\u9fff])`, 'gi');

/**
 * In an English question the initials stand before a word ("JS urbanization rate 2024", "SD gdp"):
 * read only in capitals there, so "js", "sd card" or "ah ok" stay words.
 */
const PINYIN_INITIALS_IN_ENGLISH = new RegExp(
  `(?<![A-Za-z0-9])(${Object.keys(PLACE_PINYIN_INITIALS)
    .map((k) => k.toUpperCase())
    .join('|')})(?=\\s+[A-Za-z])`,
  'g',
);

/**
 * Lowercase initials that are no English word, opening an English question before a word ("bj IC industry growth 2025?",
 * "zj retail sales"): the place, as a question about a place opens with it.
 */
const OPENING_INITIALS_IN_ENGLISH = new RegExp(
  `^(${Object.keys(PLACE_PINYIN_INITIALS)
    .filter((k) => !INITIALS_ALSO_ENGLISH.has(k))
    .join('|')})(?=\\s+[A-Za-z])`,
  'i',
);

/**
 * In lowercase the initials count only right before an indicator's English name, a colon or a year ("zj gdp 2024", "sd, 2021–25",
 * "sh: retail sales", "gd 2026: …", "gd '25 goal", "sd this year: …"): "ah ok" or "sd card" name none, so they stay words.
 */
let lowercaseInitials: RegExp | null = null;
function lowercaseInitialsPattern(): RegExp {
  const names = glossary()
    .indicators.flatMap((i) => i.en)
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  lowercaseInitials ??= new RegExp(
    `(?<![A-Za-z0-9])(${Object.keys(PLACE_PINYIN_INITIALS).join('|')})(?=\\s*:|,?\\s+(?:19|20)?\\d{2}\\b|\\s+['’]\\d{2}\\b|\\s+(?:this|last|next) (?:year|yr)\\b|\\s+(?:${names.join('|')})(?![a-z]))`,
    'gi',
  );
  return lowercaseInitials;
}

/**
 * An English question with capitalised pinyin initials, or any initials before an indicator's name, written with the place's
 * English name ("gd 2025 target …" is "Guangdong 2025 target …"): an English question stays English words throughout, as the
 * places' names in characters are (placeNamesInLatin), so every later reading of it reads the one language.
 */
export function expandPinyinInitialsInEnglish(question: string): string {
  const expand = (initials: string) => {
    const chinese = PLACE_PINYIN_INITIALS[initials.toLowerCase()];
    return chinese === undefined ? initials : (latinNameOf(chinese) ?? chinese);
  };
  return question
    .replace(PINYIN_INITIALS_IN_ENGLISH, expand)
    .replace(OPENING_INITIALS_IN_ENGLISH, expand)
    .replace(lowercaseInitialsPattern(), expand);
}

/** A place's first name in Latin letters in the glossary, capitalised ("广东" → "Guangdong"), for a name it lists. */
function latinNameOf(chinese: string): string | undefined {
  const place = glossary().places.find((p) => p.name === chinese || p.aliases.includes(chinese));
  const latin = place?.aliases.find((a) => /^[a-z]/i.test(a));
  // Each word's first letter, not a letter after an apostrophe ("Lin'an", not "Lin'An").
  return latin?.replace(/(?<![a-z'’])[a-z]/gi, (c) => c.toUpperCase());
}

let hanPlaceNames: RegExp | null = null;
/**
 * An English question's places written in characters ("what about 安徽 — how many smart factories?"), written with their English
 * names: only the glossary's places with an English name; other characters stay as typed.
 */
export function placeNamesInLatin(question: string): string {
  if (!/[\u4e00-\u9fff]/.test(question)) return question;
  hanPlaceNames ??= new RegExp(
    glossary()
      .places.filter((p) => p.aliases.some((a) => /^[a-z]/i.test(a)))
      .flatMap((p) => [p.name, ...p.aliases].filter((n) => /^[\u4e00-\u9fff]+$/.test(n)))
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'g',
  );
  // A space only where the name touches a letter or digit ("安徽2025年" → "Anhui 2025年"), so the words stay apart.
  return question.replace(hanPlaceNames, (name: string, at: number) => {
    const before = /[A-Za-z0-9]/.test(question[at - 1] ?? '') ? ' ' : '';
    const after = /[A-Za-z0-9]/.test(question[at + name.length] ?? '') ? ' ' : '';
    return `${before}${latinNameOf(name) ?? name}${after}`;
  });
}

const ABBREVIATION_CHARS = Object.keys(PLACE_ABBREVIATIONS).join('');

/**
 * The abbreviations that are common words too (see above), read as the place only where nothing but a year can follow
 * a place: at the start of the question or after a joining word, right before "24年", "2024年" or "去年" ("吉24年粮食产量",
 * "黔去年GDP"). "云计算", "新增", "黑土地" stay words.
 */
export const WORD_LIKE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  吉: '吉林',
  黑: '黑龙江',
  贵: '贵州',
  川: '四川',
  甘: '甘肃',
  青: '青海',
  宁: '宁夏',
  新: '新疆',
  云: '云南',
};
const WORD_LIKE_CHARS = Object.keys(WORD_LIKE_ABBREVIATIONS).join('');

/** Where a place's name may open: the start, a mark or space, or a joining word. */
const OPENS = `^|[\\s\\p{P}和与跟同及比较对、]`;
/**
 * What may stand before an abbreviation: where a name opens, a year ("2025年沪…") or 在, or another abbreviation
 * ("沪苏浙皖").
 */
const BEFORE = `(?<=${OPENS}|[年在]|[${ABBREVIATION_CHARS}${WORD_LIKE_CHARS}])`;
/** A year after a word-like abbreviation ("吉24年", "黔去年"), or 省 making it the province ("吉省森林防火"; not 省级, 省会). */
const WORD_LIKE_AFTER = `(?:\\d{2}|\\d{4})年|[今去前明]年|省(?![会长委内外级属份])`;
/** What follows a place inside a list of places ("滇吉湘", "湘吉两省", "吉和湘"). */
const WORD_LIKE_IN_LIST = `[${ABBREVIATION_CHARS}${WORD_LIKE_CHARS}]|[哪谁和与跟比、,，?？]|[两三四五六七八九][省市地]|$`;
/**
 * What may follow it: a year (digits, 今年/去年/前年/明年, 二〇…), another abbreviation, a count of
 * places ("两省"), 的, a follow-up's 呢/吗 ("沪呢？"), 和/与/比/、, a mark or the end, or an
 * indicator's head (GDP, 经济, 地区, 全省, 人均, 进出口, 农业, 科技 …: "沪人均GDP多少美元", "粤皖农业科技进步贡献率"),
 * or a count of new things ("鲁新获批一类新药几个", "苏新增高企多少"; not 京新高速).
 */
const AFTER_WORDS = `\\d|[今去前明上本][年]|[${ABBREVIATION_CHARS}]|[${WORD_LIKE_CHARS}](?=${WORD_LIKE_IN_LIST}|${WORD_LIKE_AFTER})|[哪谁]|[两三四五六七八九][省市地]|的|[呢吗和与跟比、,，?？!！]|$|\\s|GDP|gdp|经济|地区|全[省市]|省|市|[一二]〇|人均|常住|居民|城镇|农村|进出口|外贸|财政|规上|粮食|新能源|社零|国家级|高新|农业|工业|制造业|服务业|科技|研发|消费|投资|出口|就业|人口|旅游|文旅|数字|新[增获建认登开培设引]`;
/** A span of years: "粤每年…", "鲁近两年…", "苏这五年…", "浙十四五期间…". */
const AFTER_PERIODS = '每年|历年|近[一二两三四五六七八九十\\d]+年|这[两几三四五]年|[“"]?十[四五]五';

/**
 * An indicator the glossary knows, named right after the abbreviation ("皖高速通车里程", "闽森林覆盖率"):
 * its Chinese names of two characters or more, longest first.
 */
function indicatorHeads(): string {
  const names = glossary()
    .indicators.flatMap((i) => [i.name, ...i.synonyms])
    .filter((n) => /^[\u4e00-\u9fff]{2}/.test(n));
  return [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/**
 * A word-like abbreviation standing where only a place can: where a name opens, before a year ("吉24年"); after an
 * abbreviation, in a list or before a year ("滇吉湘", "湘吉去年"); or before an abbreviation that is a place
 * ("吉和湘", "吉湘两省").
 */
const WORD_LIKE_ALONE = `(?<=${OPENS})[${WORD_LIKE_CHARS}](?=${WORD_LIKE_AFTER})`;
const WORD_LIKE_AFTER_PLACE = `(?<=[${ABBREVIATION_CHARS}])[${WORD_LIKE_CHARS}](?=${WORD_LIKE_IN_LIST}|${WORD_LIKE_AFTER})`;
const WORD_LIKE_BEFORE_PLACE = `(?<=${OPENS}|[${ABBREVIATION_CHARS}${WORD_LIKE_CHARS}])[${WORD_LIKE_CHARS}](?=[和与跟及、]?[${ABBREVIATION_CHARS}](?:${WORD_LIKE_IN_LIST}|${WORD_LIKE_AFTER}))`;
const WORD_LIKE = `(?:${WORD_LIKE_ALONE}|${WORD_LIKE_AFTER_PLACE}|${WORD_LIKE_BEFORE_PLACE})`;
/** Both kinds in one pass, so each is read against the question as typed ("滇吉湘": 吉 beside 滇 and 湘). */
const ABBREVIATION = new RegExp(
  `${BEFORE}[${ABBREVIATION_CHARS}](?=${AFTER_WORDS}|${AFTER_PERIODS}|${indicatorHeads()})|${WORD_LIKE}`,
  'gu',
);

/** Region names made of abbreviations ("京津冀") stay as written: the region is the place asked. */
let regionNames: RegExp | null = null;
function regionNamePattern(): RegExp {
  const names = regions()
    .flatMap((r) => [r.name, ...r.aliases])
    .filter((n) => /[\u4e00-\u9fff]/.test(n));
  regionNames ??= new RegExp(
    names
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'g',
  );
  return regionNames;
}

/** The question with each standing-alone abbreviation written as its place's short name. */
export function expandPlaceAbbreviations(question: string): string {
  const kept: string[] = [];
  // A region's name is set aside (its length kept with a private-use mark) while abbreviations expand.
  const masked = question.replace(regionNamePattern(), (name) => {
    kept.push(name);
    return '\uE000';
  });
  const expanded = masked
    .replace(PINYIN_INITIALS, (initials: string) => PLACE_PINYIN_INITIALS[initials.toLowerCase()] ?? initials)
    .replace(ABBREVIATION, (abbr: string) => PLACE_ABBREVIATIONS[abbr] ?? WORD_LIKE_ABBREVIATIONS[abbr] ?? abbr);
  let i = 0;
  return expanded.replace(/\uE000/g, () => kept[i++] ?? '');
}
