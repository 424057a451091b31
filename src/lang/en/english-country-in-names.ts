import { ENGLISH_STOP_WORDS } from './stop-words.js';

/**
 * The country's name at the head of a capitalised proper name: "the China International Import Expo" (进博会, held in
 * Shanghai and written in Shanghai's report), "the China-Europe Railway Express". It names the event or the service, not
 * the country as the place asked about; the name's other words are read as usual.
 */
export const COUNTRY_WORDS: readonly string[] = ['China', 'Chinese'];

/** A capitalised word of a name: an initial capital and lower-case letters ("Import"; "GDP" is no name word). */
const NAME_WORD = /^[A-Z][a-z]+$/;
/** A name joined to the country word by a hyphen: "Europe", "ASEAN". */
const HYPHENED_NAME = /^[A-Z][A-Za-z]+$/;
/** A word joined by a hyphen as typed in a chat, lower case ("china-europe rail services"). */
const HYPHENED_WORD = /^[a-z]+$/;
/** Words that make "china-…" an adjective of the country, not a route or pact: "china-wide", "china-made". */
export const COUNTRY_ADJECTIVE_WORDS: ReadonlySet<string> = new Set([
  'wide',
  'made',
  'based',
  'owned',
  'funded',
  'led',
  'level',
  'related',
  'specific',
  'bound',
  'born',
  'first',
]);
/** The word after the country that opens an event's name whatever its case: "china international …". */
const INTERNATIONAL_EVENT = /^international$/i;
/** Name words after the country word that make it a name: two ("China International Import Expo" has four). */
const NAME_WORDS_AFTER = 2;

/** The question with the country word of such names blanked to spaces of its length; unchanged otherwise. */
export function withoutCountryInNames(question: string): string {
  return question.replace(new RegExp(`\\b(?:${COUNTRY_WORDS.join('|')})(?=[\\s-])`, 'gi'), (country, at: number) => {
    const after = question
      .slice(at + country.length)
      .split(/[\s-]+/)
      .filter(Boolean)
      .slice(0, NAME_WORDS_AFTER);
    // "How Much Did China Invest In R&D": title case, not a name — a function word among them says so.
    // "the china international agricultural trade fair", typed in lower case: the country before "international" opens
    // an event's name (中国国际农产品交易会, 中国国际进口博览会), in any case.
    const isName =
      (after.length === NAME_WORDS_AFTER && after.every((w) => NAME_WORD.test(w) && !ENGLISH_STOP_WORDS.has(w.toLowerCase()))) ||
      INTERNATIONAL_EVENT.test(after[0] ?? '');
    // "China-Europe freight trains", "China-ASEAN": the country joined by a hyphen to another name is a route or a pact.
    const partner = after[0] ?? '';
    const joined =
      question[at + country.length] === '-' &&
      (HYPHENED_NAME.test(partner) || (HYPHENED_WORD.test(partner) && !COUNTRY_ADJECTIVE_WORDS.has(partner)));
    return isName || joined ? ' '.repeat(country.length) : country;
  });
}
