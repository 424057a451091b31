/**
 * Characters the segmenter glues to a neighbouring word that add nothing to what the word names: counters
 * ("多少家首店" → 家首店) and particles. A word with any other character beside a known word is another thing
 * ("普洱茶" is not 普洱; "茶" names it), and stays whole.
 */
export const STUCK_CHARACTERS: ReadonlySet<string> = new Set([...'个家项所座条台辆张件名户次位处只批套间块支架艘', ...'的了在有和与及是']);

/**
 * Words of place after a noun ("全国物流50强里杭州占了几家": the segmenter cuts 50 | 强里): "in" the thing, no part of it. An
 * unseen two-character word ending in one is its first character.
 */
export const STUCK_POSTPOSITIONS: ReadonlySet<string> = new Set('里中');

/**
 * Particles right after a verb ("发了", "建过"): an unseen two-character word the segmenter cut right before one ends in that
 * verb ("消费券发了" → 券发), its first character the end of the noun before it.
 */
export const ASPECT_PARTICLES: readonly string[] = ['了', '过'];
