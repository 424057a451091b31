import {
  BARE_NAME,
  DELIVERY_LINE,
  DELIVERY_TAIL,
  OFFICE_AND_NAME,
  OPENING_FORMULA,
  SALUTATION,
  SPEAKER_LINE,
} from '../lang/zh/front-matter-words.js';

/**
 * The furniture printed before a speech starts (delivery line, speaker, salutation, opening formula;
 * their shapes are in the language layer's front-matter words): the report's text but neither
 * results nor plans.
 */

/** "各位代表！" between parts of a speech addresses the audience; it reports and plans nothing. */
export function isSalutation(text: string): boolean {
  return SALUTATION.test(text.trim());
}

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
