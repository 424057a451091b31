import { alternation } from './regexp.js';

/**
 * The furniture of a government portal's article page, as data: which containers hold it (by their
 * class or id) and which lines of text are it. The HTML extractor drops both; the article is what is
 * left. Line shapes describe a kind of chrome, not one portal's instance.
 */

/** Elements that never hold report text. */
export const NON_CONTENT_TAGS: readonly string[] = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'nav',
  'header',
  'footer',
  'aside',
  'img',
  'svg',
  'video',
  'audio',
  'object',
  'embed',
];

/**
 * Words in a container's class or id that name page chrome: navigation, breadcrumbs (位置/dqwz: 当前位置),
 * share bars (bdshare: Baidu's), toolbars, previous/next links, related links (xgxx/xglj: 相关信息/链接),
 * footers, side bars, search boxes.
 */
export const CHROME_CONTAINER_WORDS: readonly string[] = [
  'nav',
  'menu',
  'crumb',
  'bread',
  'position',
  'location',
  'dqwz',
  'share',
  'bdshare',
  'fenxiang',
  'toolbar',
  'tools',
  'prenext',
  'pre-next',
  'pagenav',
  'related',
  'relate',
  'xgxx',
  'xglj',
  'footer',
  'foot',
  'copyright',
  'topbar',
  'top-bar',
  'sidebar',
  'side',
  'search',
  'logo',
  'login',
  'font',
];
export const CHROME_CONTAINER = new RegExp(`(?:^|[\\s_-])(?:${alternation(CHROME_CONTAINER_WORDS)})(?:$|[\\s_\\d-])`, 'i');

/** Words in a container's class or id that name the article body: TRS_Editor and zoom are common CMS names. */
export const CONTENT_CONTAINER_WORDS: readonly string[] = [
  'zoom',
  'trs_editor',
  'content',
  'article',
  'artibody',
  'detail',
  'text',
  'zw',
  'main',
];
export const CONTENT_CONTAINER = new RegExp(alternation(CONTENT_CONTAINER_WORDS), 'i');

/** What a line of chrome looks like, with what it is. */
export interface WebChromeRule {
  meaning: string;
  pattern: RegExp;
}

export const WEB_CHROME_LINE_RULES: readonly WebChromeRule[] = [
  { meaning: 'font-size switch: 字体：大 中 小', pattern: /^【?(?:字体|字号)[：:]?\s*(?:[大中小]|加大|减小|还原|默认|[\s|｜】【])*$/ },
  { meaning: 'share bar: 分享到：微信 微博', pattern: /^(?:分享到|分享至|分享)[：:]?.{0,40}$/ },
  {
    meaning: 'toolbar: 打印本页 关闭窗口',
    pattern: /^(?:[【[]?(?:打印本页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回|收藏|下载|全屏|纠错|我要纠错)[】\]]?[\s|｜]*)+$/,
  },
  { meaning: 'previous/next article: 上一篇：…', pattern: /^(?:上一篇|下一篇|上一条|下一条)[：:]?.{0,80}$/ },
  { meaning: 'related-links heading: 相关链接', pattern: /^(?:相关(?:链接|阅读|文章|新闻|稿件|文件|信息|解读)|延伸阅读|热点推荐)[：:]?$/ },
  { meaning: 'breadcrumb: 当前位置：首页 > …', pattern: /^(?:当前位置|您的位置|您现在的位置|您当前的位置|所在位置)[：:]/ },
  { meaning: 'breadcrumb: 首页 > 政务公开 > …', pattern: /^首页\s*[>＞»›]/ },
  {
    meaning: 'footer: 主办单位、版权所有、备案号',
    pattern: /^(?:主办单位|承办单位|主办|承办|协办单位|版权所有|copyright|©|备案号|网站标识码|技术支持|维护单位)|ICP备|公网安备|版权所有/i,
  },
  { meaning: 'view counter: 浏览次数：12873', pattern: /^(?:浏览次数|点击率|阅读次数|访问量)[：:]?\s*\d*$/ },
  { meaning: 'site tools: 无障碍浏览 | 长者模式 | 登录', pattern: /^.{0,20}(?:无障碍浏览|长者模式|适老化浏览|无障碍阅读)/ },
  { meaning: 'greeting bar: 欢迎访问…网站', pattern: /^欢迎(?:访问|来到|光临).{0,40}$/ },
];

/** A line after which short lines are a list of links (related links, previous/next), not the report. */
export const LINK_LIST_OPENER = /^(?:相关(?:链接|阅读|文章|新闻|稿件|文件|信息|解读)|延伸阅读|热点推荐)[：:]?$/;

/** "发布日期：2025-01-22 09:30 来源：… 浏览次数：…": the page's info line; its date is kept as metadata. */
export const INFO_LINE = /^(?:发布日期|发布时间|日期|时间|来源|信息来源|作者|浏览次数)[：:]/;
export const INFO_DATE = /(?:发布日期|发布时间|日期|时间)[：:]\s*(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})/;

/**
 * A row of navigation links printed as one line: three or more short words with no sentence
 * punctuation between them ("首页 要闻动态 政务公开 政务服务", "网站地图 | 联系我们 | 使用帮助").
 */
export const MENU_LINE = /^(?:[^\s|｜，。；：、“”,;:]{1,8}[\s|｜]+){2,}[^\s|｜，。；：、“”,;:]{1,8}$/;

/** The site's name after an article title in <title>: "2025年浙江省政府工作报告_政府工作报告_浙江省人民政府门户网站". */
export const TITLE_SEPARATORS = /\s*[_|｜]\s*|\s*-{2,}\s*|\s+[-–—]\s+/;

/** Chrome lines are short: a longer line is the report's even when it holds a chrome word. */
export const MAX_CHROME_LINE_CHARS = 150;

/** A dropped line this long is named in a warning: a whole report on one line must never vanish silently. */
export const LONG_DROPPED_LINE_CHARS = 200;
