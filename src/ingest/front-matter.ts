/**
 * The furniture printed before a speech starts: the delivery line ("——2024年3月5日在第十四届全国人民
 * 代表大会第二次会议上"), the speaker ("国务院总理 / 李强"), the salutation ("各位代表：") and the
 * opening formula ("现在，我代表国务院，向大会报告政府工作…"). It is the report's text but neither
 * results nor plans.
 */
const DELIVERY_LINE = /^[—\-－–]*\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:在|.{0,60}(?:会议|大会))/;
/** The rest of a delivery line the page broke in two ("人民代表大会第五次会议上"). */
const DELIVERY_TAIL = /^.{0,30}(?:会议|大会)(?:上|的政府工作报告)?$/;
const OFFICE_AND_NAME = /(?:总理|省长|市长|区长|县长|州长|主席)[\s\u3000\u00a0]*[\u4e00-\u9fa5·]{0,4}$/;
const SPEAKER_LINE = new RegExp(`^.{0,16}${OFFICE_AND_NAME.source}`);
const SALUTATION = /^各位代表[：:！!，,]?$/;

/** "各位代表！" between parts of a speech addresses the audience; it reports and plans nothing. */
export function isSalutation(text: string): boolean {
  return SALUTATION.test(text.trim());
}
const OPENING_FORMULA = /^(?:[^。]{0,20}。)?(?:现在[，,]?我代表|受.{1,12}委托[，,]?向)/;
/** A name printed on its own line under the speaker's office ("李　强" after "国务院总理"). */
const BARE_NAME = /^[\u4e00-\u9fa5]{2,4}$/;

/** How far into a report front matter can reach. */
const MAX_FRONT_MATTER_PARAGRAPHS = 12;

/**
 * Indexes of the front-matter paragraphs among the first paragraphs, up to the first heading
 * (isHeading says which paragraphs are headings).
 */
export function frontMatter(paragraphs: readonly string[], isHeading: (index: number) => boolean): Set<number> {
  const found = new Set<number>();
  let previousWasSpeaker = false;
  for (let i = 0; i < Math.min(paragraphs.length, MAX_FRONT_MATTER_PARAGRAPHS); i++) {
    if (isHeading(i)) break;
    const text = paragraphs[i].trim();
    // The speaker's office may end the delivery line when the page printed them on one line.
    const speaker = SPEAKER_LINE.test(text) || (DELIVERY_LINE.test(text) && OFFICE_AND_NAME.test(text));
    if (
      DELIVERY_LINE.test(text) ||
      DELIVERY_TAIL.test(text) ||
      speaker ||
      SALUTATION.test(text) ||
      OPENING_FORMULA.test(text) ||
      (previousWasSpeaker && BARE_NAME.test(text.replace(/[\s\u3000\u00a0]/g, '')))
    ) {
      found.add(i);
    }
    previousWasSpeaker = speaker;
  }
  return found;
}
