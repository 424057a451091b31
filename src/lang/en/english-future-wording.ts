/**
 * English asks a plan in the future tense as often as with "target" or "plan": "flats to be handed over
 * this year", "How many jobs will Jiangsu create in 2026?", "what is Shanghai going to invest", "does Jilin have to run". What is
 * still to be done is a target; the reports file it under the plan, as "将要", "拟" do in Chinese.
 * Not "has been", "was to be" (a plan told afterwards asks what came of it), nor "will" as a noun.
 */
// "does Jilin have to run", "needs to build": an obligation ahead is a plan too (not "had to", told afterwards).
const FUTURE_ASKED =
  /\b(?:will|shall|going to|(?:has|have|need|needs) to)\s+(?!power\b)\w+|(?<!\b(?:was|were|has|have|had)\s+(?:(?:meant|supposed|expected|due|set|planned)\s+)?)\bto be\s+(?:\w+(?:ed|en)|built|set|done|met|made|kept|sold|paid)\b/i;

/**
 * The present progressive of a doing verb, "How many platforms is Jilin building in 2025?", "how many projects are
 * they pushing": work under way, which the reports file under the year's plan (加快…建设, 推动…项目). Not a figure's own
 * movement ("how fast is GDP growing" asks a result): only verbs of doing, and not after "has been"/"have been".
 */
const UNDER_WAY_VERBS = [
  'building',
  'constructing',
  'pushing',
  'setting up',
  'creating',
  'launching',
  'rolling out',
  'opening',
  'adding',
  'introducing',
  'cultivating',
  'developing',
  'planning',
  // Work on what exists ("How much land is Jilin restoring in 2025?"): not movement words ("expanding") nor nouns ("housing").
  'restoring',
  'renovating',
  'upgrading',
  'retrofitting',
  'repairing',
  'planting',
  'recruiting',
  'installing',
  'deploying',
  'implementing',
  'carrying out',
];
const UNDER_WAY_ASKED = new RegExp(`\\b(?:is|are)\\s+(?:(?!been\\b)[\\w'’-]+\\s+){0,4}?(?:${UNDER_WAY_VERBS.join('|')})\\b`, 'i');

/**
 * A plan said by what is intended: "what share is meant to go into industry", "how many are expected to open", "Jiangsu
 * aims to create…". Not "was meant to" (told afterwards).
 */
const INTENDED_ASKED =
  /\b(?:is|are|'s|’s)\s+(?:(?!been\b)[\w'’-]+\s+){0,3}?(?:meant|supposed|expected|set|due|slated|scheduled|planned)\s+to\b|\b(?:aims?|plans?|intends?)\s+to\b/i;

/**
 * A count asked with the infinitive of a doing verb, "how many households to retrofit", "how many tech talents to recruit
 * in 2026": what is to be done, a plan. Only verbs of doing, after "how many" / "how much" and the thing counted.
 */
const TO_BE_DONE_VERBS = [
  'build',
  'construct',
  'create',
  'launch',
  'open',
  'add',
  'introduce',
  'cultivate',
  'restore',
  'renovate',
  'upgrade',
  'retrofit',
  'repair',
  'plant',
  'recruit',
  'hire',
  'train',
  'install',
  'deploy',
  'implement',
  'set up',
  'roll out',
  'carry out',
  'break ground',
  'start construction',
  'begin construction',
  // Work on what exists, to be done ("key-sector policy packages to refine — number?", "plots to remediate").
  'refine',
  'improve',
  'optimise',
  'optimize',
  'remediate',
  'transform',
];
// The words between are the thing counted: no auxiliary, and no verb right before "to" ("how many tourists came to build
// ties" tells why they came); an adjective in -ed inside the noun phrase is kept ("advanced manufacturing clusters").
const COUNTED_WORD = String.raw`(?!(?:did|does|do|were|was|is|are|came|went|got|had|has|have)\b)[\w'’-]+`;
const LAST_COUNTED_WORD = String.raw`(?!(?:came|went|got|used)\b)(?![\w'’-]*ed\b)[\w'’-]+`;
const TO_BE_DONE_ASKED = new RegExp(
  String.raw`\bhow (?:many|much)\b(?:\s+${COUNTED_WORD}){0,5}?\s+${LAST_COUNTED_WORD}\s+to\s+(?:${TO_BE_DONE_VERBS.join('|')})\b`,
  'i',
);

/**
 * The same in a fragment that asks the count by a word of its own ("new key projects to break ground, number"): things
 * in the plural and the infinitive of a doing verb, with no verb in the past.
 */
const TO_BE_DONE_FRAGMENT = new RegExp(String.raw`\b${LAST_COUNTED_WORD}s\s+to\s+(?:${TO_BE_DONE_VERBS.join('|')})\b`, 'i');
const COUNT_WORD = /\b(?:number|count|how many|how much)\b/i;
const PAST_AUXILIARY = /\b(?:did|was|were|had)\b/i;

function asksToBeDone(question: string): boolean {
  return (
    TO_BE_DONE_ASKED.test(question) || (TO_BE_DONE_FRAGMENT.test(question) && COUNT_WORD.test(question) && !PAST_AUXILIARY.test(question))
  );
}

/** Whether an English question asks in the future tense or of work under way (a target, not a result). */
export function asksInFutureTense(question: string): boolean {
  return FUTURE_ASKED.test(question) || UNDER_WAY_ASKED.test(question) || INTENDED_ASKED.test(question) || asksToBeDone(question);
}

/**
 * A plan asked afterwards by what was intended: "How many … was Beijing going to build in 2025?", "how many did Jiangsu
 * plan to open", "how many events did Gongshu have to support": the plan's figure, though "was" otherwise asks a result.
 * Not "was meant to" / "was supposed to", which ask what came of it.
 */
const PAST_INTENTION_ASKED =
  /\b(?:was|were)\s+(?:[\w'’-]+\s+){0,3}?(?:going|planning|scheduled|slated)\s+to\b|\bplan(?:ned)?\s+to\b|\bdid\s+(?:[\w'’-]+\s+){0,3}?have\s+to\b|\bhad\s+to\b/i;
/** "was Gongshu to build in 2023": a place (capitalised) or it/they, then to and a verb, says the same. */
const WAS_NAMED_TO = /\b[Ww](?:as|ere)\s+(?:[A-Z][a-z]+|it|they)\s+to\s+(?!be\b)[a-z]+/;

/** Whether an English question asks afterwards what was intended (a target, the "was" of it no result asked). */
export function asksPastIntention(question: string): boolean {
  return PAST_INTENTION_ASKED.test(question) || WAS_NAMED_TO.test(question);
}
