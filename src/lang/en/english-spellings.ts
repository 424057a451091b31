/**
 * British and American spellings of one word (session 21). The dictionary (CC-CEDICT) keys its words in American
 * spelling ("aluminum", "program", "labor", "modernization"); an analyst writes British as often ("aluminium",
 * "programme", "labour", "modernisation"), and the reports' own senses (english-report-senses.json) are keyed either
 * way. The lexicon reads a key together with its other spellings (english-lexicon.ts), so "aluminium" finds what
 * "aluminum" holds and "center" what "centre" holds.
 *
 * Two kinds of data: whole words whose spellings differ irregularly (SPELLING_PAIRS, British first), and endings that
 * differ regularly (-isation/-ization, -ise/-ize, -our/-or, -tre/-ter, -ogue/-og, -yse/-yze, -lled/-led). An ending's
 * other spelling is only a candidate: the lexicon reads it when it holds that key ("tour" has no "tor" sense to take).
 */

/** Whole words, British spelling first. One-way pairs (ONE_WAY) are read British → American only. */
export const SPELLING_PAIRS: readonly (readonly [british: string, american: string])[] = [
  ['aluminium', 'aluminum'],
  ['programme', 'program'],
  ['tonne', 'ton'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['pretence', 'pretense'],
  ['practise', 'practice'],
  ['jewellery', 'jewelry'],
  ['ageing', 'aging'],
  ['sulphur', 'sulfur'],
  ['mould', 'mold'],
  ['plough', 'plow'],
  ['grey', 'gray'],
  ['tyre', 'tire'],
  ['storey', 'story'],
  ['kerb', 'curb'],
  ['cheque', 'check'],
  ['draught', 'draft'],
  ['gaol', 'jail'],
  ['enrolment', 'enrollment'],
  ['enrol', 'enroll'],
  ['fulfil', 'fulfill'],
  ['fulfilment', 'fulfillment'],
  ['instalment', 'installment'],
  ['skilful', 'skillful'],
  ['manoeuvre', 'maneuver'],
  ['paediatric', 'pediatric'],
  ['paediatrics', 'pediatrics'],
  ['orthopaedic', 'orthopedic'],
  ['anaemia', 'anemia'],
  ['haemorrhage', 'hemorrhage'],
  ['oesophagus', 'esophagus'],
  ['encyclopaedia', 'encyclopedia'],
  ['foetus', 'fetus'],
  ['diarrhoea', 'diarrhea'],
  ['mum', 'mom'],
  ['cosy', 'cozy'],
  ['pyjamas', 'pajamas'],
  ['judgement', 'judgment'],
  ['acknowledgement', 'acknowledgment'],
  ['analyse', 'analyze'],
  ['catalyse', 'catalyze'],
  ['paralyse', 'paralyze'],
  ['axe', 'ax'],
  ['whisky', 'whiskey'],
  ['speciality', 'specialty'],
  ['aeroplane', 'airplane'],
  ['aerodrome', 'airdrome'],
  ['kilometre', 'kilometer'],
];

/**
 * American words of the pairs above with a sense of their own that the British word does not share ("story" is a
 * tale, "check" an inspection, "tire" weariness): the American word does not read the British one's senses.
 */
const ONE_WAY: ReadonlySet<string> = new Set(['tyre', 'storey', 'kerb', 'cheque', 'draught', 'gaol', 'mum', 'axe', 'grey']);

/** Regular endings, British then American: each rule is tried both ways. */
const ENDING_RULES: readonly (readonly [british: RegExp, american: string, american_: RegExp, british_: string])[] = [
  [/isation$/, 'ization', /ization$/, 'isation'], // modernisation ↔ modernization
  [/isations$/, 'izations', /izations$/, 'isations'],
  [/ise$/, 'ize', /ize$/, 'ise'], // modernise ↔ modernize
  [/ised$/, 'ized', /ized$/, 'ised'], // digitised ↔ digitized
  [/ising$/, 'izing', /izing$/, 'ising'],
  [/iser$/, 'izer', /izer$/, 'iser'], // fertiliser ↔ fertilizer
  [/yse$/, 'yze', /yze$/, 'yse'],
  [/our$/, 'or', /or$/, 'our'], // labour ↔ labor, harbour ↔ harbor
  [/ourable$/, 'orable', /orable$/, 'ourable'], // favourable ↔ favorable
  [/ourhood$/, 'orhood', /orhood$/, 'ourhood'], // neighbourhood ↔ neighborhood
  [/ourer$/, 'orer', /orer$/, 'ourer'], // labourer ↔ laborer
  [/ourite$/, 'orite', /orite$/, 'ourite'], // favourite ↔ favorite
  [/tre$/, 'ter', /ter$/, 'tre'], // centre ↔ center, metre ↔ meter
  [/bre$/, 'ber', /ber$/, 'bre'], // fibre ↔ fiber
  [/ogue$/, 'og', /og$/, 'ogue'], // catalogue ↔ catalog
  [/lled$/, 'led', /([^l])led$/, '$1lled'], // travelled ↔ traveled
  [/lling$/, 'ling', /([^l])ling$/, '$1lling'], // modelling ↔ modeling
  [/ller$/, 'ler', /([^l])ler$/, '$1ller'], // traveller ↔ traveler
];

/** A word shorter than this takes no ending rule ("rise", "four", "pour"): too many words end so by chance. */
const MIN_RULE_LENGTH = 5;

const british = new Map(SPELLING_PAIRS.map(([b, a]) => [b, a]));
const american = new Map(SPELLING_PAIRS.filter(([b]) => !ONE_WAY.has(b)).map(([b, a]) => [a, b]));

/**
 * The other spellings of one word: its listed pair, and (unless `endings` is false) its regular endings' other
 * spellings; none when it has none.
 */
export function wordSpellings(word: string, endings = true): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    if (w !== word && !out.includes(w)) out.push(w);
  };
  const pair = british.get(word) ?? american.get(word);
  if (pair) add(pair);
  if (endings && word.length >= MIN_RULE_LENGTH)
    for (const [b, a, a_, b_] of ENDING_RULES) {
      if (b.test(word)) add(word.replace(b, a));
      if (a_.test(word)) add(word.replace(a_, b_));
    }
  return out;
}

/**
 * The other spellings of a lexicon key of one or more words: one word respelt at a time ("labour market" → "labor
 * market"), and both words respelt for a key of two. `endings` as for `wordSpellings`: the lexicon reads the listed
 * pairs always ("program" reads "programme"'s senses too) and the endings' spellings only for a key it does not hold
 * ("prize" is no "prise", a lever).
 */
export function keySpellings(key: string, endings = true): string[] {
  const words = key.split(' ');
  const out = new Set<string>();
  for (const [i, word] of words.entries())
    for (const other of wordSpellings(word, endings)) out.add([...words.slice(0, i), other, ...words.slice(i + 1)].join(' '));
  if (words.length === 2)
    for (const first of wordSpellings(words[0], endings))
      for (const second of wordSpellings(words[1], endings)) out.add(`${first} ${second}`);
  out.delete(key);
  return [...out];
}

/** Dashes typed between two letters of one word ("yiwu–europe", "state‑owned"): a hyphen, as the dictionary writes it. */
const DASH_IN_WORD = /(?<=[A-Za-z])[\u2010\u2011\u2012\u2013\u2014\u2212](?=[A-Za-z])/g;

/** An English question with its in-word dashes written as hyphens ("yiwu–europe" → "yiwu-europe"). */
export function withHyphensInWords(question: string): string {
  return question.replace(DASH_IN_WORD, '-');
}
