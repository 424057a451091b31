import { alternation } from './regexp.js';

/**
 * Everything that is not the report, in one place: web-page chrome, metadata blocks, footers and
 * the words spam mirrors inject into sentences. Rules describe the kind of noise, not this corpus's
 * instances, so another mirror's injection of the same kind is caught too.
 */

/** A rule that is inherently a shape of line rather than a list of words, with what it means. */
export interface NoiseRule {
  pattern: RegExp;
  meaning: string;
}

/** Whole lines that are page chrome: toolbars, breadcrumbs, footers, newspaper furniture. */
export const CHROME_LINE_RULES: readonly NoiseRule[] = [
  {
    meaning: 'page toolbar buttons and font-size switches',
    pattern: /^(下载|打印|全屏|收藏|分享|关闭|返回|关闭窗口|打印本页|【?字号[：:]?|加大|还原|减小|[大中小]|】|【|】\s*【.*)$/,
  },
  { meaning: 'font-size switch on one line', pattern: /^(字号|字体)[：:]?\s*(大|中|小|加大|减小|还原|\s)*$/ },
  {
    meaning: 'site footer: copyright, licence numbers, site map, sponsors',
    pattern: /copyright|©|版权所有|ICP备|ICP证|公网安备|网站地图|网站标识码|主办单位|承办单位|技术支持[：:]/i,
  },
  { meaning: 'breadcrumb', pattern: /^(首页|当前位置|您当前的位置|所在位置)[：:>＞\s]/ },
  { meaning: 'newspaper continuation note ("下转2版")', pattern: /^[（(](下转|上接|转)\s*\d+\s*版[）)]$/ },
  { meaning: 'abridgement note', pattern: /^[（(]本文有删减[）)]$/ },
  { meaning: 'newspaper bullet of a related-news box', pattern: /^■/ },
  { meaning: 'portal section name', pattern: /^(行业资讯|新闻中心|政务公开|规划计划|发展规划|信息公开|政策文件)(\s+分类)?$/ },
  { meaning: 'view counter', pattern: /^(点击率|浏览次数|阅读次数)[：:]?\s*\d*$/ },
  { meaning: 'byline: source, time, author, editor', pattern: /^(来源|信息来源|时间|作者|编辑|责任编辑)\s*[：:].{0,40}$/ },
  { meaning: 'publication date line', pattern: /^发布日期\s*[：:].{0,60}$/ },
  { meaning: 'bare attachment label', pattern: /^附件$/ },
];

/** The chrome line shapes alone, for callers that only test them. */
export const CHROME_LINE_PATTERNS: readonly RegExp[] = CHROME_LINE_RULES.map((r) => r.pattern);

/**
 * Newspaper photo captions copied with the text: "殷勇同志作政府工作报告。本报记者 戴冰摄". A short line
 * that ends with a photographer's credit is the caption of a picture, not a sentence of the report.
 */
export const PHOTO_CAPTION_LINE = /^.{0,60}(?:本报|新华社|通讯员|特约)?记者(?:\s*[\u4e00-\u9fa5]{2,4}){1,3}\s*摄$/;

/**
 * A licence notice opens a footer that runs to the end of the page (Wikisource's "本作品是中华人民
 * 共和国的法律、法规…属于公有领域" block, broken into link fragments, then "Public domain" tags).
 */
export const FOOTER_START_LINE = /^(本作品(是|在|采用|来自|属于|已)|Public domain$|公有领域$)/i;

/** Metadata keys of government portal pages; the value often sits on its own line after the key. */
export const METADATA_KEYS: readonly string[] = [
  '信息索引号',
  '索引号',
  '发布机构',
  '发布单位',
  '公开方式',
  '公开范围',
  '公开时限',
  '备注/文号',
  '文号',
  '生成日期',
  '发布日期',
  '公布日期',
  '成文日期',
  '主题分类',
  '体裁分类',
  '有效性',
];

/** A line that starts with a metadata key: "生成日期 2023-05-11 发布日期 2023-05-11". */
export const METADATA_LINE = new RegExp(`^(${alternation(METADATA_KEYS)})(\\s|[:：]|$)`);

/** A value line that follows a bare metadata key: short, no sentence punctuation. */
export const METADATA_VALUE_LINE = /^[^。；;！？]{1,30}$/;

/**
 * Gambling/sports-betting brands injected by spam mirrors, and their call-to-action suffixes.
 * A brand is either Latin letters and digits (B33, KY, 9游) or a known Chinese casino brand,
 * followed by a lure word (体育/娱乐/彩票…), optionally with "app下载", "官网", "(中国)官方网站".
 */

/** Tech acronyms that legitimately precede 体育/娱乐 in reports ("5G体育", "VR娱乐"): not brands. */
export const TECH_ACRONYMS: readonly string[] = ['5G', 'VR', 'AR', 'AI', 'XR', 'MR', 'IP', 'IT', 'APP', 'AIGC'];

/** Chinese names of casino and betting brands that spam mirrors inject. */
export const GAMBLING_BRANDS: readonly string[] = [
  '开云',
  '华体会',
  '米乐',
  '乐鱼',
  '爱游戏',
  '九游',
  '半岛',
  '星空',
  '必一',
  '博业',
  '亚博',
  '威尼斯人',
  '澳门新葡京',
  '金沙',
  '银河娱乐',
  '皇冠',
  '凯发',
  '尊龙',
  '万博',
  '龙八',
  '沙巴',
  '天博',
  '雷竞技',
  'kaiyun',
];

/** The kind of thing a gambling brand offers, which follows its name: "B33体育", "开云娱乐". */
export const GAMBLING_LURES: readonly string[] = ['体育', '娱乐', '彩票', '棋牌', '真人', '博彩'];

/** Calls to action after a brand, each optionally after "app": "app下载", "官网", "手机版". */
export const CALLS_TO_ACTION: readonly string[] = ['下载', '官网', '官方网站', '登录', '入口', '注册', '首页', '网页版', '手机版'];

/** The closing "(中国)官方网站" of a brand's site title. */
export const OFFICIAL_SITE_WORDS: readonly string[] = ['官方网站', '官网'];

const LATIN_BRAND = `(?<![A-Za-z0-9])(?!(?:${alternation(TECH_ACRONYMS)})(?![A-Za-z0-9]))(?=[A-Za-z0-9]{0,11}[A-Za-z])[A-Za-z0-9]{1,12}`;
const LURE = `(?:${alternation(GAMBLING_LURES)})`;
const SUFFIX = `(?:\\s*(?:app|APP|App)?\\s*(?:${alternation(CALLS_TO_ACTION)}))*(?:\\s*[·•]\\s*[(（]中国[)）]\\s*(?:${alternation(OFFICIAL_SITE_WORDS)}))?`;

/** An injected brand with its lure and calls to action: a Latin-letter brand, then a named one. */
export const SPAM_INLINE_RULES: readonly NoiseRule[] = [
  { meaning: 'Latin-letter brand + lure + call to action ("B33体育app下载")', pattern: new RegExp(`${LATIN_BRAND}${LURE}${SUFFIX}`, 'g') },
  {
    meaning: 'Chinese brand + lure + call to action ("开云体育官网")',
    pattern: new RegExp(`(?:${alternation(GAMBLING_BRANDS)})${LURE}${SUFFIX}`, 'g'),
  },
];

export const SPAM_INLINE_PATTERNS: readonly RegExp[] = SPAM_INLINE_RULES.map((r) => r.pattern);

/** What is left of a spam-only line after its brand is removed ("·(中国)官方网站"). */
export const SPAM_REMNANT_LINE = new RegExp(`^[\\s·•]*([(（]中国[)）])?\\s*(${alternation(OFFICIAL_SITE_WORDS)})?[\\s·•]*$`);
