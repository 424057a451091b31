import { englishPlace } from '../english-names.js';
import { asksForGrowth } from '../../lang/zh/change-words.js';
import { asksForLowest, rankedLevel } from '../../lang/zh/superlative-words.js';
import { message } from '../messages.js';
import { valueText } from '../figure-format.js';
import type { Answer } from '../schema.js';
import type { AnswerFrame, AnswerTools } from './answer-tools.js';
import { linesAnswer } from './lines-answer.js';
import { type FigureRow, rowFigure } from '../../figure-table/index.js';
import { RowCitations } from './row-citations.js';
import { tableKnows, tablePoints } from './table-points.js';
import { tableRankingAnswer } from './table-ranking.js';
import { othersWithTies, tiedAtTop, tieOrder } from './verdicts.js';
import { type FigureCandidate, figureCandidates, inOneUnit } from './figure-candidates.js';
import { heldYears, yearCandidates } from './trend.js';

/**
 * A superlative: each candidate place answered on its own evidence, its figure of the asked kind
 * (target or actual) and year taken, the places ranked; the five best cited and stated, the rest
 * named, and the places without the figure named too.
 */
export async function rankingAnswer(tools: AnswerTools, frame: AnswerFrame): Promise<Answer | null> {
  const { query } = frame;
  const documents = tools.retriever.corpus.documents.map((d) => d.meta);
  // "哪个最高" naming no level ranks places of one level (provinces are not set against districts):
  // the level most of the corpus's places are.
  const level = rankedLevel(query.question) ?? commonestLevel(documents);
  const candidates = query.places.length
    ? query.places
    : [...new Set(documents.filter((d) => d.level !== 'national' && (!level || d.level === level)).map((d) => d.issuer))];
  // The figure table first: every candidate's figure of one year, like for like.
  const fromTable = await tableRankingAnswer(tools, frame, candidates);
  if (fromTable) return fromTable;
  const growth = asksForGrowth(query.question);
  const wanted: 'target' | 'actual' = query.intent === 'plan' ? 'target' : 'actual';
  const lowest = asksForLowest(query.question);
  const byPlace: { key: string; candidates: FigureCandidate[] }[] = [];
  for (const place of candidates) {
    const side = { ...query, places: [place] };
    const outcome = await tools.retriever.retrieve(side, RANKED_EVIDENCE);
    byPlace.push({
      key: place,
      candidates: outcome.kind === 'found' ? figureCandidates(tools, side, outcome.sentences, wanted, growth, lowest ? 'low' : 'high') : [],
    });
  }
  const ranked = inOneUnit(byPlace).map(({ key, candidate }) => ({ place: key, ...candidate }));
  const lacking = candidates.filter((p) => !ranked.some((r) => r.place === p));
  if (!ranked.length) return null;
  ranked.sort(
    (a, b) =>
      (lowest ? a.value - b.value : b.value - a.value) ||
      tieOrder({ ...a.figure, value: a.value }, { ...b.figure, value: b.value }, lowest) ||
      a.place.localeCompare(b.place),
  );
  const shown = ranked.slice(0, 5);
  const citations = shown.map((r) => tools.citation(r.sentence.sentence, r.sentence.score));
  const figures = shown.map((r, i) => ({ ...r.figure, citationId: citations[i].id }));
  const lang = query.language;
  const name = (p: string) => (lang === 'en' ? englishPlace(p) : p);
  const shownValue = (r: (typeof shown)[number]) => (growth && r.figure.unit !== '%' ? `${r.value}%` : valueText(r.figure, lang));
  const items = shown.map((r, i) => message('rankingItem', lang, { place: name(r.place), value: shownValue(r), n: i + 1 }));
  // Tied as the sort ordered them: the number, and the figure's own wording and range around it.
  const worded = shown.map((r) => ({ ...r.figure, value: r.value }));
  const top = {
    first: items[0],
    tied: items.slice(1, tiedAtTop(worded)),
    lowest,
    kind: wanted,
    others: othersWithTies(worded, items, tiedAtTop(worded), lang),
  };
  // The one year asked (or carried over from the conversation) is named: the sentences may say only "今年".
  const year = query.years.length === 1 ? query.years[0] : undefined;
  const lines = [
    year === undefined ? message('rankingLead', lang, top) : message('tableRankingLead', lang, { ...top, year }),
    ...(ranked.length > shown.length
      ? [message('rankingMore', lang, { places: ranked.slice(shown.length).map((r) => name(r.place)) })]
      : []),
    ...(lacking.length ? [message('rankingLacking', lang, { places: lacking.map(name) })] : []),
  ];
  return linesAnswer(frame, lines, citations, figures);
}

/** Sentences read for each place's figure: its year's figure may be the end of a span a few sentences down. */
const RANKED_EVIDENCE = 5;

/** A ranking states at most this many years, the latest the place's reports give results for. */
const RANKED_YEARS = 5;

/**
 * "近几年全国GDP增速哪一年最高": one place's years ranked by the asked figure, each year's read from
 * the report that states its result, like for like; the top year leads, the others follow.
 */
export async function yearRankingAnswer(tools: AnswerTools, frame: AnswerFrame): Promise<Answer | null> {
  const fromTable = tableYearRanking(tools, frame);
  if (fromTable) return fromTable;
  const { query } = frame;
  const place = query.places[0];
  const years =
    query.years.length >= 2
      ? heldYears(tools, place).filter((y) => y >= Math.min(...query.years) && y <= Math.max(...query.years))
      : heldYears(tools, place);
  const growth = asksForGrowth(query.question);
  const lowest = asksForLowest(query.question);
  const byYear = await yearCandidates(tools, query, years.slice(-RANKED_YEARS), growth);
  const ranked = inOneUnit(byYear).map(({ key, candidate }) => ({ year: key, ...candidate }));
  if (ranked.length < 2) return null;
  ranked.sort((a, b) => (lowest ? a.value - b.value : b.value - a.value) || b.year - a.year);
  const citations = ranked.map((r) => tools.citation(r.sentence.sentence, r.sentence.score));
  const figures = ranked.map((r, i) => ({ ...r.figure, citationId: citations[i].id }));
  const lang = query.language;
  const shownValue = (r: (typeof ranked)[number]) => (growth && r.figure.unit !== '%' ? `${r.value}%` : valueText(r.figure, lang));
  const items = ranked.map((r, i) =>
    message('rankingItem', lang, { place: message('yearLabel', lang, { year: r.year }), value: shownValue(r), n: i + 1 }),
  );
  const tied = tiedAtTop(ranked);
  const lines = [
    message('rankingLead', lang, { first: items[0], tied: items.slice(1, tied), lowest, kind: 'actual', others: items.slice(tied) }),
  ];
  return linesAnswer(frame, lines, citations, figures);
}

/**
 * "全国哪一年CPI目标定得最低": the place's years ranked from the figure table, each year's figure of
 * the asked kind from the report that gives it, like for like (one measure), each cited.
 */
function tableYearRanking(tools: AnswerTools, frame: AnswerFrame): Answer | null {
  const { query } = frame;
  const place = query.places[0];
  const name = query.indicators[0]?.name;
  if (!name || !tableKnows(tools.figureTable, name)) return null;
  const kind: FigureRow['kind'] = query.intent === 'plan' ? 'target' : 'actual';
  const lowest = asksForLowest(query.question);
  const rows = tools.figureTable.select({ indicator: name, place, kind });
  const within = (y: number) => query.years.length < 2 || (y >= Math.min(...query.years) && y <= Math.max(...query.years));
  const years = [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null && within(y)))].sort((a, b) => a - b);
  const pointsOf = (growth: boolean) =>
    tablePoints(
      years.slice(-RANKED_YEARS).map((y) => ({ key: y, year: y, rows: rows.filter((r) => r.year === y) })),
      { indicator: name, kind, growth, question: query.question, rangeEnd: lowest ? 'low' : 'high' },
    );
  let growth = asksForGrowth(query.question);
  let ranked = pointsOf(growth);
  // "CPI目标": a target written as a rise ("涨幅3%左右") is ranked as the rate it is.
  if (!growth && ranked.length < 2) {
    growth = true;
    ranked = pointsOf(true);
  }
  if (ranked.length < 2) return null;
  ranked.sort((a, b) => (lowest ? a.value - b.value : b.value - a.value) || b.key - a.key);
  const lang = query.language;
  const cited = new RowCitations(tools);
  const items = ranked.map((p) =>
    message('rankingItem', lang, {
      place: message('yearLabel', lang, { year: p.key }),
      value: growth && p.row.unit !== '%' ? `${p.value}%` : valueText(rowFigure(p.row), lang),
      n: cited.cite(p.row) ?? 0,
    }),
  );
  const tied = tiedAtTop(ranked);
  const lines = [message('rankingLead', lang, { first: items[0], tied: items.slice(1, tied), lowest, kind, others: items.slice(tied) })];
  return linesAnswer(frame, lines, cited.citations, cited.figures);
}

/** The level most of the corpus's places (national reports aside) are at. */
function commonestLevel(documents: readonly { level: string; issuer: string }[]): 'province' | 'city' | 'district' | null {
  const places = new Map<string, string>();
  for (const d of documents) if (d.level !== 'national') places.set(d.issuer, d.level);
  const counts = new Map<string, number>();
  for (const level of places.values()) counts.set(level, (counts.get(level) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return top === 'province' || top === 'city' || top === 'district' ? top : null;
}
