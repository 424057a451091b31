import { alternation } from './regexp.js';

/**
 * The furniture printed before a speech starts: the delivery line ("——2024年3月5日在第十四届全国人民
 * 代表大会第二次会议上"), the speaker ("国务院总理 / 李强"), the salutation ("各位代表：") and the
 * opening formula ("现在，我代表国务院，向大会报告政府工作…"). It is the report's text but neither
 * results nor plans.
 */

/** Where a report is delivered: "…在第十四届全国人民代表大会第二次会议上". */
export const MEETING_WORDS: readonly string[] = ['会议', '大会'];
const MEETING = `(?:${alternation(MEETING_WORDS)})`;

/** Offices of the speakers who deliver work reports. */
export const SPEAKER_OFFICES: readonly string[] = ['总理', '省长', '市长', '区长', '县长', '州长', '主席'];

/** The audience a speech addresses: "各位代表！". */
export const AUDIENCE = '各位代表';
/** How every address to the audience opens, "各位代表" or "各位委员": a new paragraph always. */
export const ADDRESS_OPENER = '各位';

/** A paragraph that turns to the audience ("各位代表，支持国防…", "各位委员！"): the speech moves on from what came before. */
export const ADDRESS_TO_AUDIENCE = new RegExp(`^${ADDRESS_OPENER}(?:代表|委员)`);

/** "——2024年3月5日在…", "3月5日在…会议上": the line that says when and where the speech was given. */
export const DELIVERY_LINE = new RegExp(`^[—\\-－–]*\\s*(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:在|.{0,60}${MEETING})`);

/**
 * A delivery line with its full date, for the date a report was given: "——2024年3月5日在…会议上",
 * "----2025年1月15日龚正市长在…", "2025年1月20日在安徽省…".
 */
export const DELIVERY_DATE = new RegExp(`^[—\\-－–]*\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日.{0,40}(?:在|${alternation(MEETING_WORDS)})`);

/** The rest of a delivery line the page broke in two ("人民代表大会第五次会议上"). */
export const DELIVERY_TAIL = new RegExp(`^.{0,30}${MEETING}(?:上|的政府工作报告)?$`);

/** A speaker's office and name ending a line: "国务院总理 李强". */
export const OFFICE_AND_NAME = new RegExp(`(?:${alternation(SPEAKER_OFFICES)})[\\s\\u3000\\u00a0]*[\\u4e00-\\u9fa5·]{0,4}$`);
export const SPEAKER_LINE = new RegExp(`^.{0,16}${OFFICE_AND_NAME.source}`);

export const SALUTATION = new RegExp(`^${AUDIENCE}[：:！!，,]?$`);

/** "现在，我代表…", "受…委托，向…": the sentence that opens the speech. */
export const OPENING_FORMULA = /^(?:[^。]{0,20}。)?(?:现在[，,]?我代表|受.{1,12}委托[，,]?向)/;

/** A name printed on its own line under the speaker's office ("李　强" after "国务院总理"). */
export const BARE_NAME = /^[\u4e00-\u9fa5]{2,4}$/;
