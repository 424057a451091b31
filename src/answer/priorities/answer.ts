import { asksOutlineCount } from '../../lang/zh/priority-words.js';
import { outlineFocus } from './focus.js';
import { placeAliases } from '../../lang/zh/glossary.js';
import type { Sentence } from '../../ingest/types.js';
import { targetFigures } from '../target-figures.js';
import type { UnderstoodQuery } from '../../retrieve/query.js';
import type { AnswerFrame, AnswerTools } from '../kinds/answer-tools.js';
import { englishPlace } from '../english-names.js';
import { message } from '../messages.js';
import { withReadingNote } from '../reading-note.js';
import { AnswerSchema, PRIORITY_FIGURES_MAX, type Answer, type Citation, type Figure, type Priority } from '../schema.js';
import { findPriorities, type PriorityItem, type PriorityList } from './outline.js';
import { commitmentScore } from './commitment-rules.js';
import { matchOutlines } from './match-outlines.js';
import { itemThemes } from './theme.js';
import { outlineItemAsked } from '../../lang/zh/outline-item-words.js';

/** Figures shown per quoted commitment: a target sentence rarely holds more that matter. */
const FIGURES_PER_COMMITMENT = 3;

/** Citations numbered in the order the text first refers to them. */
class CitationBook {
  readonly citations: Citation[] = [];
  private readonly number = new Map<string, number>();
  constructor(private readonly tools: AnswerTools) {}

  /** The [n] of a sentence, citing it on first use. */
  cite(sentence: Sentence): number {
    const known = this.number.get(sentence.id);
    if (known !== undefined) return known;
    this.citations.push(this.tools.citation(sentence, 1));
    this.number.set(sentence.id, this.citations.length);
    return this.citations.length;
  }
}

/** "(一)聚焦…" stays as printed; Arabic list numbers ("1 努力…") are dropped: the bullets keep order. */
function headingText(item: PriorityItem): string {
  return item.heading.text.replace(/^[(（]?\d{1,2}[)）.．、]?\s*/, '');
}

/** The figures a commitment states, as targets of the plan's period. */
function commitmentFigures(tools: AnswerTools, sentence: Sentence, period: string): Figure[] {
  return targetFigures(tools.citation(sentence, 1), period).slice(0, FIGURES_PER_COMMITMENT);
}

/** One item's lines (heading, English theme, quoted commitments), citing each as it goes. */
function itemLines(
  item: PriorityItem,
  book: CitationBook,
  query: UnderstoodQuery,
  options: { prefix?: string; commitments?: number } = {},
): { lines: string[]; priority: Priority } {
  const heading = item.headingSentence ?? item.details[0] ?? null;
  const headingRef = item.headingSentence ? ` [${book.cite(item.headingSentence)}]` : '';
  // Limited to fewer than all, the most concrete are shown (a comparison quotes one per item).
  const shown =
    options.commitments === undefined
      ? item.details
      : [...item.details].sort((a, b) => commitmentScore(b.text) - commitmentScore(a.text)).slice(0, options.commitments);
  const theme = itemThemes(
    item.heading.text,
    item.details.map((d) => d.text),
  )[0];
  const lines = [`• ${options.prefix ?? ''}${headingText(item)}${headingRef}`];
  if (query.language === 'en' && theme) lines.push(`  · ${message('prioritiesTheme', 'en', { theme: theme.en })}`);
  for (const d of shown) lines.push(`  · ${d.text.trim()} [${book.cite(d)}]`);
  return {
    lines,
    priority: {
      title: item.heading.text,
      citationId: heading?.id ?? item.heading.id,
      details: shown.map((d) => d.id),
      ...(theme ? { theme: theme.en } : {}),
    },
  };
}

function placeName(issuer: string, query: UnderstoodQuery): string {
  return query.language === 'en' ? englishPlace(issuer) : issuer;
}

/**
 * A plan's outline as a digest: every item with its heading cited and the sentences of its own
 * section that carry its concrete commitments quoted and cited; their figures as the plan's targets.
 */
export function outlineAnswer(tools: AnswerTools, frame: AnswerFrame, list: PriorityList, unanswered?: string): Answer {
  const { query } = frame;
  const lang = query.language;
  const doc = tools.retriever.corpus.document(list.docId)!;
  const book = new CitationBook(tools);
  const place = placeName(doc.meta.issuer, query);
  // "第三条具体说说": that item alone, every commitment of it quoted.
  const pointed = outlineItemAsked(frame.question);
  const itemNumber = pointed === -1 ? list.items.length : pointed;
  const total = list.items.length;
  if (itemNumber !== null && itemNumber >= 1 && itemNumber <= total && !list.restarts) {
    const part = itemLines(list.items[itemNumber - 1], book, query);
    const lead = message('prioritiesItemLead', lang, { place, title: doc.meta.title, item: itemNumber, total });
    return AnswerSchema.parse({
      id: frame.id,
      question: frame.question,
      notFound: unanswered !== undefined,
      text: withReadingNote(`${unanswered ?? ''}${[lead, ...part.lines].join('\n')}`, query),
      citations: book.citations,
      figures: list.items[itemNumber - 1].details.flatMap((d) => commitmentFigures(tools, d, list.period)).slice(0, PRIORITY_FIGURES_MAX),
      priorities: [part.priority],
      understood: frame.understood,
    });
  }
  // "一共几个方面": the count leads; a copy whose numbering restarts, or that lists fewer items than it announces, has none.
  const counted = asksOutlineCount(frame.question) && !list.restarts && list.total === total && (list.announced ?? total) === total;
  const lines = [
    counted
      ? message('prioritiesCountLead', lang, { place, title: doc.meta.title, total })
      : message('prioritiesLead', lang, { place, title: doc.meta.title }),
  ];
  if (itemNumber !== null && itemNumber > total) lines.unshift(message('prioritiesNoSuchItem', lang, { item: itemNumber, total }));
  // "在科技创新上干点啥": the item(s) on that subject answer first; the whole outline follows in order.
  const focus = outlineFocus(frame.question, list.items, [doc.meta.issuer, ...placeAliases(doc.meta.issuer)]);
  if (focus) {
    const headings = focus.items.map(
      (item) => `${headingText(item)}${item.headingSentence ? ` [${book.cite(item.headingSentence)}]` : ''}`,
    );
    lines.unshift(message('prioritiesFocus', lang, { subject: focus.subject, headings }));
  }
  const priorities: Priority[] = [];
  for (const item of list.items) {
    const part = itemLines(item, book, query);
    lines.push(...part.lines);
    priorities.push(part.priority);
  }
  if (list.restarts) lines.push(message('prioritiesRestart', lang, { partial: list.total > list.items.length }));
  if (list.announced && list.announced > list.items.length && list.announcement) {
    const firstLast = `${list.items[0].heading.text.slice(0, 3)}–${list.items[list.items.length - 1].heading.text.slice(0, 3)}`;
    const citation = book.cite(list.announcement);
    lines.push(message('prioritiesPartial', lang, { announced: list.announced, citation, range: firstLast }));
  }
  const figures = list.items.flatMap((item) => item.details.flatMap((d) => commitmentFigures(tools, d, list.period)));
  return AnswerSchema.parse({
    id: frame.id,
    question: frame.question,
    notFound: unanswered !== undefined,
    text: withReadingNote(`${unanswered ?? ''}${lines.join('\n')}`, query),
    citations: book.citations,
    figures: figures.slice(0, PRIORITY_FIGURES_MAX),
    priorities,
    understood: frame.understood,
  });
}

interface Side {
  label: string;
  list: PriorityList;
}

/** The two outlines a question sets side by side: two places, or one place in two years (later first). */
function sidesOf(tools: AnswerTools, query: UnderstoodQuery): { a: Side | null; b: Side | null; labels: [string, string] } | null {
  const { documents, sentences } = tools.retriever.corpus;
  const en = query.language === 'en';
  if (query.places.length === 2) {
    const [a, b] = query.places.map((p) => findPriorities({ ...query, places: [p] }, documents, sentences));
    const labels = query.places.map((p) => placeName(p, query)) as [string, string];
    return { a: a ? { label: labels[0], list: a } : null, b: b ? { label: labels[1], list: b } : null, labels };
  }
  if (query.places.length === 1 && query.years.length === 2 && !query.planPeriod) {
    const [later, earlier] = [...query.years].sort((x, y) => y - x);
    const find = (y: number) => findPriorities({ ...query, years: [y] }, documents, sentences);
    const label = (y: number) => (en ? String(y) : `${y}年`);
    const a = find(later);
    const b = find(earlier);
    // A list found for both years only because it spans them both is one outline, not two.
    if (a && b && a.docId === b.docId && a.period === b.period) return null;
    const exact = (l: PriorityList | null, y: number) => (l?.period.startsWith(String(y)) ? l : null);
    const sideA = exact(a, later);
    const sideB = exact(b, earlier);
    return {
      a: sideA ? { label: label(later), list: sideA } : null,
      b: sideB ? { label: label(earlier), list: sideB } : null,
      labels: [label(later), label(earlier)],
    };
  }
  return null;
}

/**
 * "拱墅区2025年的工作重点和2023年相比有什么变化", "钱塘区和拱墅区2025年的工作重点有什么不同": the two
 * outlines, items matched by theme (shared themes and heading words); matched pairs first, then what
 * only one side lists (for two years: new and no longer listed). Each item cites its heading and its
 * first commitment. Null when the question does not name two outlines the corpus holds.
 */
export function outlineComparisonAnswer(tools: AnswerTools, frame: AnswerFrame): Answer | null {
  const { query } = frame;
  const lang = query.language;
  const sides = sidesOf(tools, query);
  if (!sides || (!sides.a && !sides.b)) return null;
  const book = new CitationBook(tools);
  const byYear = query.places.length === 1;
  const lead = byYear
    ? message('prioritiesChangeLead', lang, { place: placeName(query.places[0], query), to: sides.labels[0], from: sides.labels[1] })
    : message('prioritiesPlacesLead', lang, { a: sides.labels[0], b: sides.labels[1] });
  const lines = [lead];
  const priorities: Priority[] = [];
  const figures: Figure[] = [];
  const sourceLine = (s: Side) =>
    lines.push(message('prioritiesSource', lang, { side: s.label, title: tools.retriever.corpus.document(s.list.docId)!.meta.title }));
  const emit = (side: Side, item: PriorityItem, match: 'shared' | 'only', prefix: string) => {
    const part = itemLines(item, book, query, { prefix, commitments: 1 });
    lines.push(...part.lines);
    priorities.push({ ...part.priority, side: side.label, match });
    for (const id of part.priority.details) {
      const quoted = item.details.find((d) => d.id === id);
      if (quoted) figures.push(...commitmentFigures(tools, quoted, side.list.period));
    }
  };
  if (!sides.a || !sides.b) {
    const held = (sides.a ?? sides.b)!;
    const missing = sides.a ? sides.labels[1] : sides.labels[0];
    lines.push(message('prioritiesSideMissing', lang, { side: missing }));
    sourceLine(held);
    for (const item of held.list.items) emit(held, item, 'only', `${held.label} `);
  } else {
    const { a, b } = sides;
    sourceLine(a);
    sourceLine(b);
    const matchable = (l: PriorityList) =>
      l.items.map((i) => ({
        heading: i.heading.text,
        themes: itemThemes(
          i.heading.text,
          i.details.map((d) => d.text),
        ).map((t) => t.id),
      }));
    const pairing = matchOutlines(matchable(a.list), matchable(b.list));
    if (pairing.shared.length) lines.push(message('prioritiesShared', lang));
    for (const [i, j] of pairing.shared) {
      emit(a, a.list.items[i], 'shared', `${a.label} `);
      emit(b, b.list.items[j], 'shared', `↔ ${b.label} `);
    }
    if (pairing.onlyA.length) {
      lines.push(
        byYear ? message('prioritiesNew', lang, { to: a.label, from: b.label }) : message('prioritiesOnly', lang, { side: a.label }),
      );
      for (const i of pairing.onlyA) emit(a, a.list.items[i], 'only', `${a.label} `);
    }
    if (pairing.onlyB.length) {
      lines.push(
        byYear ? message('prioritiesDropped', lang, { to: a.label, from: b.label }) : message('prioritiesOnly', lang, { side: b.label }),
      );
      for (const j of pairing.onlyB) emit(b, b.list.items[j], 'only', `${b.label} `);
    }
  }
  return AnswerSchema.parse({
    id: frame.id,
    question: frame.question,
    notFound: false,
    text: withReadingNote(lines.join('\n'), query),
    citations: book.citations,
    figures: figures.slice(0, PRIORITY_FIGURES_MAX),
    priorities,
    understood: frame.understood,
  });
}
