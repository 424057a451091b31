/**
 * Events a place holds or hosts: "今年要办哪些大会" looks up conferences, fairs and games the
 * report names, never the report's outline of priorities. Entries are regex fragments.
 */
export const EVENT_WORDS: readonly string[] = [
  '大会',
  '会议',
  '活动',
  '论坛',
  '峰会',
  '博览会',
  '博会',
  '展会',
  '展览',
  '交易会',
  '运动会',
  '赛事',
  '比赛',
  '盛会',
  '节庆',
  '文化节',
];
export const EVENT_WORDS_EN: readonly string[] = [
  '\\bconferences?\\b',
  '\\bevents?\\b',
  '\\bforums?\\b',
  '\\bsummits?\\b',
  '\\bexpos?\\b',
  '\\bfairs?\\b',
  '\\bgames\\b',
  '\\bexhibitions?\\b',
];

/**
 * What makes an event word the thing asked ("要办哪些大会", "举办什么活动", "host which events"),
 * not a source named in passing ("中央经济工作会议部署的重点工作" asks the outline).
 */
export const EVENT_ASKING_WORDS: readonly string[] = ['办', '举行', '召开', '哪些', '什么', '哪个', '哪几个', '几个', '多少'];
export const EVENT_ASKING_WORDS_EN: readonly string[] = ['host', 'hold', 'held', 'stage', 'which', 'what'];

const EVENT_ASKED = new RegExp(
  `(?:${EVENT_ASKING_WORDS.join('|')})[^，。？?！!,]{0,4}(?:${EVENT_WORDS.join('|')})|\\b(?:${EVENT_ASKING_WORDS_EN.join('|')})\\b.{0,30}(?:${EVENT_WORDS_EN.join('|')})`,
  'i',
);

/** Whether a question asks about events (conferences, expos, games) rather than a plan's outline. */
export function asksAboutEvents(question: string): boolean {
  return EVENT_ASKED.test(question);
}
