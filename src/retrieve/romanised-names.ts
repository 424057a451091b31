import { pinyin } from 'pinyin-pro';
import { PLACE_SUFFIXES } from '../lang/zh/place-words.js';

/** A romanised name is two Chinese characters at least ("Binhai" 滨海) and four at most ("Zhongguancun" 中关村). */
const MIN_CHARACTERS = 2;
const MAX_CHARACTERS = 4;
/** A spelling written once may be a chance run of characters that sound alike; twice is a name the reports use. */
const MIN_WRITTEN = 2;
/**
 * A run of this many characters that sound like the name is no chance, written once or not ("Jinfuyun" 金服云); nor is
 * a shorter one written right before a word the question's other words read ("Hongqi car" → 红旗汽车).
 */
const ONCE_CHARACTERS = 3;
/** Spellings kept: homophones written far less often than the commonest are other words. */
const MAX_SPELLINGS = 3;
const LESS_COMMON = 4;
/** Names remembered at most (a long-running bot meets ever new ones). */
const REMEMBERED = 2000;

/**
 * The Chinese a romanised name of an English question is written in, found in the reports themselves:
 * "Zhongguancun" is 中关村, "Xiong'an" 雄安, "Binhai" 滨海. No dictionary holds every park, new area and
 * port the reports name, but the reports write each in characters whose pinyin, run together, is the
 * English spelling. Each character is read with all its toneless readings (重 is chong and zhong); the
 * corpus's characters are read once, on the first name asked.
 */
export class RomanisedNames {
  private readings: Map<string, readonly string[]> | null = null;
  private readonly found = new Map<string, readonly string[]>();
  private readonly scans = new Map<string, Map<string, { times: number; primary: boolean; ends: number[] }>>();

  /**
   * `isCommonWord`: a dictionary word of common Chinese (义务 "duty" for "Yiwu", where the reports also write
   * 义乌): a name's spelling is a proper name, so common words give way to any other spelling.
   */
  constructor(
    private readonly corpusText: () => string,
    private readonly isCommonWord: (chinese: string) => boolean = () => false,
  ) {}

  /**
   * The reports' spellings of a romanised name, most written first; none when they write none twice (see
   * ONCE_CHARACTERS). `beside`: the Chinese of the question's other words ("car" 汽车 beside "Hongqi").
   */
  writtenAs(name: string, beside: readonly string[] = []): readonly string[] {
    const sound = name.toLowerCase().replace(/[^a-z]/g, '');
    const key = beside.length ? `${sound}\u0000${beside.join('\u0000')}` : sound;
    const known = this.found.get(key);
    if (known) return known;
    const text = this.corpusText();
    // The corpus is scanned once per name; the words beside it are then looked up where its spellings end.
    const scanned = this.spellingsOf(sound, text);
    const counts = new Map<string, { times: number; primary: boolean; besideWord: boolean; placeNamed: boolean }>();
    for (const [spelling, seen] of scanned)
      counts.set(spelling, {
        times: seen.times,
        primary: seen.primary,
        besideWord: beside.some((word) => seen.ends.some((end) => text.startsWith(word, end))),
        // "蒙自市在发展蓝莓产业中": written once, but as a place's name (its 市 after it), no chance run of characters.
        placeNamed: seen.ends.some((end) => PLACE_SUFFIXES.includes(text[end] ?? '')),
      });
    const every = [...counts].map(([zh, c]) => ({ zh, ...c }));
    let written = every.filter((c) => c.times >= MIN_WRITTEN || c.zh.length >= ONCE_CHARACTERS || c.besideWord || c.placeNamed);
    // "'fudao' trails": where only common words sound like the name (辅导 "tutoring"), a proper name written once by its
    // characters' first readings is the name (福道).
    const onceProper = every.filter((c) => c.primary && !this.isCommonWord(c.zh));
    if (written.length && written.every((c) => this.isCommonWord(c.zh)) && onceProper.length) written = onceProper;

    // A proper name's spelling before a common word's; its characters' first readings before rarer ones.
    if (written.some((w) => !this.isCommonWord(w.zh))) written = written.filter((w) => !this.isCommonWord(w.zh));
    if (written.some((w) => w.primary)) written = written.filter((w) => w.primary);
    written.sort((a, b) => b.times - a.times);
    const most = written[0]?.times ?? 0;
    const spellings = written
      .filter((w) => w.times * LESS_COMMON >= most)
      .slice(0, MAX_SPELLINGS)
      .map((w) => w.zh);
    if (this.found.size >= REMEMBERED) this.found.clear();
    this.found.set(key, spellings);
    return spellings;
  }

  /**
   * Every run of the corpus's characters whose readings spell `sound`: how often, whether once by the characters' first
   * readings (`primary`: 张江 is zhang jiang; 长江 is chang jiang, zhang only as a rarer reading of 长), and where each
   * run ends.
   */
  private spellingsOf(sound: string, text: string): Map<string, { times: number; primary: boolean; ends: number[] }> {
    const known = this.scans.get(sound);
    if (known) return known;
    const readings = this.readingsOf(text);
    const counts = new Map<string, { times: number; primary: boolean; ends: number[] }>();
    const extend = (start: number, length: number, offset: number, primary: boolean) => {
      const ch = text[start + length];
      for (const [n, reading] of (readings.get(ch) ?? []).entries()) {
        if (!sound.startsWith(reading, offset)) continue;
        const end = offset + reading.length;
        const first = primary && n === 0;
        if (end === sound.length && length + 1 >= MIN_CHARACTERS) {
          const spelling = text.slice(start, start + length + 1);
          const seen = counts.get(spelling);
          if (seen) {
            seen.times++;
            seen.primary ||= first;
            seen.ends.push(start + length + 1);
          } else counts.set(spelling, { times: 1, primary: first, ends: [start + length + 1] });
        } else if (end < sound.length && length + 1 < MAX_CHARACTERS) extend(start, length + 1, end, first);
      }
    };
    if (sound.length >= 4) for (let at = 0; at < text.length; at++) if (readings.has(text[at])) extend(at, 0, 0, true);
    if (this.scans.size >= REMEMBERED) this.scans.clear();
    this.scans.set(sound, counts);
    return counts;
  }

  /** Each Chinese character of the corpus with its toneless readings (ü written v, as English spellings do). */
  private readingsOf(text: string): Map<string, readonly string[]> {
    if (!this.readings) {
      const characters = new Set(text.match(/[\u4e00-\u9fff]/g) ?? []);
      this.readings = new Map();
      for (const ch of characters) {
        const all = pinyin(ch, { toneType: 'none', multiple: true, type: 'array', v: true });
        this.readings.set(ch, [...new Set(all.map((r) => r.toLowerCase()))]);
      }
    }
    return this.readings;
  }
}
