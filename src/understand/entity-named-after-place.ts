import { ENTITY_HEADS } from '../lang/zh/entity-heads.js';
import { placeAliases } from '../lang/zh/glossary.js';

/** Longest proper name read past a place's name ("宁波" + "舟山港"): names longer than this are not looked for. */
const MAX_NAME_TAIL = 8;
/** The longest rest of a name opened by a region's (see withoutNamesOpeningEntities). */
const REGION_NAME_TAIL = 16;

/**
 * The unknown places of a question that are only the start of a thing's name the corpus writes:
 * "宁波舟山港今年集装箱要干到多少" asks about the port 浙江's report names, not about 宁波市, which
 * has no report of its own. A name counts when the question writes the place's name followed by more
 * characters ending in an entity head (港, 机场, 大学…), and some report sentence writes that whole name.
 */
export function placesInsideEntityNames(
  question: string,
  unknownPlaces: readonly string[],
  corpusHas: (name: string) => boolean,
): Map<string, string> {
  const found = new Map<string, string>();
  for (const place of unknownPlaces) {
    const names = placeAliases(place).filter((n) => /[\u4e00-\u9fff]/.test(n));
    const entity = names.map((n) => entityNameAt(question, n, corpusHas)).find((e): e is string => !!e);
    if (entity) found.set(place, entity);
  }
  return found;
}

/**
 * The question with every name that only opens a longer name the corpus writes blanked ("长三角" of "长三角生态绿色一体化发展示范区
 * 前年新推出了多少项制度创新成果": the demonstration zone, one thing in Shanghai's report, not the four provinces of the
 * region); a name standing alone is kept.
 */
export function withoutNamesOpeningEntities(question: string, names: readonly string[], corpusHas: (name: string) => boolean): string {
  let out = question;
  for (const name of names) {
    // A region's things are named at length: "长三角" + "生态绿色一体化发展示范区".
    const entity = /[\u4e00-\u9fff]/.test(name) ? entityNameAt(out, name, corpusHas, REGION_NAME_TAIL) : null;
    if (entity) out = out.split(entity).join(' '.repeat(entity.length));
  }
  return out;
}

function entityNameAt(question: string, name: string, corpusHas: (name: string) => boolean, maxTail = MAX_NAME_TAIL): string | null {
  for (let at = question.indexOf(name); at >= 0; at = question.indexOf(name, at + 1)) {
    const tail = question.slice(at + name.length, at + name.length + maxTail);
    // The longest name first: "宁波舟山港区" before "宁波舟山港".
    for (let end = tail.length; end >= 1; end--) {
      const candidate = name + tail.slice(0, end);
      if (!/^[\u4e00-\u9fff]+$/.test(candidate)) continue;
      if (!ENTITY_HEADS.some((h) => candidate.endsWith(h) && candidate.length > name.length + h.length - 1)) continue;
      if (corpusHas(candidate)) return candidate;
    }
  }
  return null;
}

/**
 * The unknown places of an English question that are only the start of a name the corpus writes, the rest
 * of it romanised: "the Tianjin Binhai one" names 天津滨海(-中关村科技园), a park in Beijing's report, not
 * 天津市, which has no report of its own. A name counts when the place's English name is followed by a word
 * whose reading (`readings`: the Chinese of the question's English words, by the word) some report sentence
 * writes right after the place's Chinese name.
 */
export function placesInsideRomanisedNames(
  question: string,
  unknownPlaces: readonly string[],
  readings: ReadonlyMap<string, readonly string[]>,
  corpusHas: (name: string) => boolean,
): Map<string, string> {
  const found = new Map<string, string>();
  /** The English name read as the start of a longer name, and that name. */
  const namedBy = new Map<string, string>();
  const lower = question.toLowerCase();
  for (const place of unknownPlaces) {
    const aliases = placeAliases(place);
    const chinese = aliases.filter((n) => /[\u4e00-\u9fff]/.test(n));
    for (const english of aliases.filter((n) => /^[a-z' -]+$/i.test(n))) {
      const next = new RegExp(`(?<![a-z])${english.toLowerCase()}\\s+([a-z'’-]+)`).exec(lower)?.[1];
      const name = (readings.get(next ?? '') ?? []).flatMap((zh) => chinese.map((c) => `${c}${zh}`)).find(corpusHas);
      if (name) {
        found.set(place, name);
        namedBy.set(english.toLowerCase(), name);
      }
    }
  }
  // "Suzhou Creek" is 苏州河: the words begin no other place romanised alike (宿州 is "Suzhou" too).
  for (const place of unknownPlaces) {
    if (found.has(place)) continue;
    const name = placeAliases(place).find((n) => namedBy.has(n.toLowerCase()));
    if (name) found.set(place, namedBy.get(name.toLowerCase()) ?? '');
  }
  return found;
}
