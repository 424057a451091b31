/**
 * What makes a plan sentence a concrete commitment rather than a slogan: a number with the unit of
 * a thing counted or a target, a verb that binds ("确保", "新增", "力争"), a named project, programme
 * or platform, a quoted name. Read by the commitment rules (src/answer/priorities/commitment-rules.ts).
 */

/** A number with a unit: money, counts of things, shares, lengths ("50亿元", "2个", "12%", "30公里"). */
export const QUANTITY_WITH_UNIT =
  /(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?:万亿元|亿元|万元|元|亿美元|万美元|万平方米|平方米|平方公里|公顷|亩|公里|千米|米|万吨|吨|万千瓦|千瓦|万人次|人次|万人|名|人|个|家|项|条|所|座|套|户|张|台|辆|场|批|款|件|只|处|间|%|％|个百分点|倍|兆瓦|GW|MW)/;

/** An Arabic number of any kind (a year alone does not count: "2025年" is stripped first). */
export const ANY_ARABIC_NUMBER = /\d/;

/** Years and dates, which are not commitments by themselves ("2025年", "十四五"). */
export const DATE_WORDS = /(?:19|20)\d{2}年(?:\d{1,2}月)?|[一二三四五六七八九十]{1,3}五(?:期间|时期|规划)?/g;

/** Verbs that bind a plan to a result: "确保签约", "新引育", "力争", "新增", "完成", "建成". */
export const BINDING_VERB =
  /确保|力争|新增|新引|新建|新招|新开工|新培育|新认定|新招引|完成|建成|达到|突破|开工|竣工|投用|签约|引进|招引|培育|创建|实现|累计|不低于|以上|以内|左右|超过|落地|交付|打造\d/;

/** Things a reader can point at: a project, programme, platform, park or facility. */
export const NAMED_UNDERTAKING =
  /项目|工程|行动|计划|专项|平台|基地|园区|产业园|示范区|试验区|中心|实验室|大学|学院|医院|学校|地铁|轨道|快速路|通道|综合体|场馆|基金|走廊|小镇|街区|社区|集群|链/;

/** A name in quotation marks or book-title marks: "“4+1”产业", "《若干政策》", "“一件事”". */
export const QUOTED_NAME = /“[^”]{1,20}”|《[^》]{1,30}》|"[^"]{1,20}"|「[^」]{1,20}」/;

/** Openings of sentences that state a stance, not a deed: "坚持…", "深入贯彻…", "以…为引领". */
export const STANCE_OPENING =
  /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]?\s*)?(?:坚持|坚定|深入学习|深入贯彻|全面贯彻|认真贯彻|牢固树立|始终|紧紧围绕|围绕|聚焦|以|按照|立足|把握|坚决)/;

/** Openings of sentences that state a measure: "深化…改革", "实施…行动", "建立…机制". */
export const ACTION_OPENING =
  /^(?:深化|完善|实施|推进|加强|建立|健全|扩大|促进|支持|落实|开展|优化|提高|防范|稳定|推动|加快|培育|发展|建设|强化|提升|实行|探索|鼓励|引导|保障|降低|减轻|启动|出台|制定|组织|举办|办好|抓好|做好|用好|打造|布局|新建|改造|整治)/;
