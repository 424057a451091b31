// Shared building and checking of hand-written eval cases over the eval corpus (used by eval/fresh-e/make.mjs;
// eval/fresh-d/make.mjs keeps its own copy of the same logic, which this file was lifted from).
//
// What a set's make.mjs gets from here:
// - `EARLIER_SETS`: every earlier set's files, for `citesUsedElsewhere`;
// - `REPORTS`: short keys (SD26, CN25, QT25 …) for the seed and external reports, and `textOf` / `sentencesOf`;
// - `caseBook()`: the x / C / F / NF / O case builders and the list they fill;
// - `checkCases(cases)`: every `cite` a substring of ONE sentence of one of the case's reports (NFKC, whitespace
//   and ** ignored, as the scorer compares; sentences cut at 。！？；!?; and line ends, as the ingest cuts them),
//   every `fig` value and `lead` written as a whole number in the case's cites, no question (with its history)
//   twice; returns the failures;
// - `citesUsedElsewhere(cases, files)`: the cases whose cite overlaps a cite of another eval set (so a new set
//   measures other facts than the old ones);
// - `splitAndWrite(...)`: ids by intent, the deterministic SHA-1 deal into tune / heldout, the summary line.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOV = 'test/fixtures/gov-reports';
export const REPORTS = {
  QT21: 'corpus/qiantang-2021-government-work-report-illustrated.txt',
  GS23: 'corpus/gongshu-2022-plan-execution-and-2023-plan.txt',
  HZ24: 'corpus/hangzhou-2023-plan-execution-and-2024-plan.txt',
  QT25: 'corpus/qiantang-2024-plan-execution-and-2025-plan.txt',
  GS25: 'corpus/gongshu-2025-government-work-report-newspaper.txt',
  CN22: `${GOV}/national/2022_国务院_政府工作报告.txt`,
  CN23: `${GOV}/national/2023_国务院_政府工作报告.txt`,
  CN24: `${GOV}/national/2024_国务院_政府工作报告.txt`,
  CN25: `${GOV}/national/2025_国务院_政府工作报告.txt`,
};
for (const [code, name] of Object.entries({ AH: '安徽省', BJ: '北京市', FJ: '福建省', GD: '广东省', JS: '江苏省', SD: '山东省', SH: '上海市', ZJ: '浙江省' })) {
  REPORTS[`${code}25`] = `${GOV}/provincial-2025/2025_${code}_${name}_政府工作报告.txt`;
  REPORTS[`${code}26`] = `${GOV}/provincial-2026/2026_${code}_${name}_政府工作报告.txt`;
}

/** Every earlier eval set's files: a new set's cites must not overlap theirs (`citesUsedElsewhere`). */
export const EARLIER_SETS = [
  'eval/natural/tune.jsonl',
  'eval/natural/heldout.jsonl',
  'eval/fresh/fresh-a.jsonl',
  'eval/fresh/fresh-b.jsonl',
  'eval/fresh/fresh-c.jsonl',
  'eval/figures/tune.jsonl',
  'eval/figures/heldout.jsonl',
  'eval/figures2/tune.jsonl',
  'eval/figures2/heldout.jsonl',
  'eval/fresh-d/d-tune.jsonl',
  'eval/fresh-d/d-heldout.jsonl',
  'eval/fresh-e/e-tune.jsonl',
  'eval/fresh-e/e-heldout.jsonl',
  'eval/fresh-f/f-tune.jsonl',
  'eval/fresh-f/f-heldout.jsonl',
];

export const norm = (s) => String(s ?? '').normalize('NFKC').replace(/\*\*/g, '').replace(/\s+/g, '');
const texts = new Map();
export const textOf = (k) => {
  if (!REPORTS[k]) throw new Error(`unknown report ${k}`);
  if (!texts.has(k)) texts.set(k, readFileSync(path.join(root, REPORTS[k]), 'utf8'));
  return texts.get(k);
};
const sentenceCache = new Map();
export const sentencesOf = (k) => {
  if (!sentenceCache.has(k)) sentenceCache.set(k, textOf(k).split(/[。！？；!?;\n]/).map(norm).filter(Boolean));
  return sentenceCache.get(k);
};
export const external = (k) => !/^(QT|GS|HZ)/.test(k);

// A number is "written" when it appears not as part of a longer number (5 is not written in 5.5 or 15).
export const written = (text, v) => {
  const s = String(+Number(v).toFixed(6));
  for (let k = text.indexOf(s); k >= 0; k = text.indexOf(s, k + 1)) {
    const before = text[k - 1] ?? '';
    const after = text.slice(k + s.length, k + s.length + 2);
    if (!/[\d.]/.test(before) && !/^(\d|\.\d)/.test(after)) return true;
  }
  return false;
};

// Outline titles: the report's own "YYYY年重点工作 / 主要任务 …" section headings (cut at the first comma),
// as eval/fresh/make-fresh.mjs reads them.
function outlineOf(key) {
  const lines = textOf(key)
    .split('\n')
    .map((l) => l.trim());
  const top = /^[一二三四五六七八九十]+、/;
  let start = -1;
  lines.forEach((l, n) => {
    if (top.test(l) && /20\d\d年(重点工作|主要任务|政府工作任务|目标任务和重点工作|工作安排|工作总体要求和重点任务)/.test(l)) start = n;
  });
  if (start < 0) throw new Error(`${key}: no tasks section`);
  const titles = [];
  for (let n = start + 1; n < lines.length && !top.test(lines[n]); n++) {
    const m = /^[（(][一二三四五六七八九十]+[）)](.+)$/.exec(lines[n]);
    if (m) titles.push(m[1].split(/[，。,；]/)[0].trim());
  }
  if (titles.length < 4) throw new Error(`${key}: ${titles.length} priorities`);
  return titles;
}
export const FIXED_OUTLINE = {
  QT25: ['聚焦创新驱动', '聚焦结构优化', '聚焦项目为王', '聚焦深化改革', '聚焦品质提升', '聚焦美好生活', '聚焦城市安全'],
  GS23: ['聚焦发展新活力', '聚焦增长新潜能', '聚焦城区新形象', '聚焦共富新期待'],
  GS25: ['以扩大需求为导向', '以科技创新为引领', '以产城融合为路径', '以改革开放为引擎'],
  // CN23's 2023 tasks sit under "二、对今年政府工作的建议" (no YYYY年 heading)
  CN23: ['着力扩大国内需求', '加快建设现代化产业体系', '切实落实“两个毫不动摇”', '更大力度吸引和利用外资', '有效防范化解重大经济金融风险', '稳定粮食生产和推进乡村振兴', '推动发展方式绿色转型', '保障基本民生和发展社会事业'],
  // FJ25's 2025 tasks sit under "二、牢记历史使命，在中国式现代化建设中…" (no YYYY年 heading)
  FJ25: ['坚持自立自强', '坚持因地制宜', '坚持扩大内需', '坚持敢为人先', '坚持协同联动', '坚持民生为大', '坚持守正创新', '坚持绿色发展', '坚持底线思维'],
  // FJ26's 2026 tasks sit under "三、…全力推动“十五五”开好局、起好步" (no YYYY年 heading)
  FJ26: ['壮大实体经济', '深挖内需潜力', '全面深化改革', '服务统一大业', '强化优势互补', '坚持守正创新', '增进民生福祉', '加快绿色转型', '突出共建共享'],
};

/** The case builders of a set and the list they fill. */
export function caseBook() {
  const cases = [];
  /** x(intent, tags, reports, q, expect, history?) */
  function x(intent, tags, reports, q, expect = {}, history) {
    const c = { id: '', q, ...(history ? { history } : {}), ...expect, intent, tags: ['hand', ...tags] };
    if (!expect.notFound && intent !== 'help') c.tags.push(reports.some(external) ? 'external' : 'seed');
    if (history) c.tags.push('conversation');
    if (history && history.length > 1) c.tags.push('multi-turn');
    c.tags = [...new Set(c.tags)];
    c._reports = reports;
    cases.push(c);
  }
  const C = (intent, tags, reports, history, q, expect) => x(intent, tags, reports, q, expect, history);
  const F = (cite, ...fig) => ({ cite: [].concat(cite), ...(fig.length ? { fig: fig.map(([value, unit]) => (unit ? { value, unit } : { value })) } : {}) });
  const NF = { notFound: true };
  const O = (k) => {
    const list = FIXED_OUTLINE[k] ?? outlineOf(k);
    for (const t of list) if (!norm(textOf(k)).includes(norm(t))) throw new Error(`${k}: outline title ${t}`);
    return { priorities: list, minPriorities: Math.ceil(list.length * 0.6) };
  };
  return { cases, x, C, F, NF, O };
}

/** The facts that do not hold, as lines (empty when every case checks). */
export function checkCases(cases) {
  const seen = new Set();
  const failures = [];
  for (const c of cases) {
    const key = norm(`${(c.history ?? []).join('|')}>${c.q}`).toLowerCase();
    if (seen.has(key)) failures.push(`duplicate question: ${c.q}`);
    seen.add(key);
    if (c.notFound || c.intent === 'help') continue;
    if (!c.cite && !c.priorities) failures.push(`${c.q}: nothing to check`);
    for (const s of c.cite ?? []) {
      if (!norm(s)) failures.push(`${c.q}: empty cite`);
      else if (!c._reports.some((k) => sentencesOf(k).some((t) => t.includes(norm(s))))) failures.push(`${c.q}: not one sentence of ${c._reports.join(',')}: ${s}`);
    }
    const cites = norm((c.cite ?? []).join('|'));
    for (const f of c.fig ?? []) if (!written(cites, f.value)) failures.push(`${c.q}: figure ${f.value} not written in its cites`);
    if (c.lead !== undefined && !written(cites, c.lead)) failures.push(`${c.q}: lead ${c.lead} not written in its cites`);
  }
  return failures;
}

/**
 * The cases (not outline/overview, which cite the report's headline on purpose) that state a fact another eval
 * file's cites state: a figure of the case together with the 8 characters before it in its cite ("城镇新增就业64.1")
 * appears in an old cite; for a case without figures, a run of `minShared` characters of its cite does. Only the
 * new case's question is named, so a held-out file is not read case by case.
 */
export function citesUsedElsewhere(cases, files, minShared = 10) {
  const old = [];
  for (const f of files) {
    for (const line of readFileSync(path.join(root, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      for (const s of JSON.parse(line).cite ?? []) old.push(norm(s));
    }
  }
  const keysOf = (c) => {
    const keys = [];
    for (const raw of c.cite ?? []) {
      const s = norm(raw);
      if (!c.fig?.length) {
        for (let i = 0; i + minShared <= s.length; i++) keys.push(s.slice(i, i + minShared));
        if (s.length < minShared) keys.push(s);
        continue;
      }
      for (const f of c.fig) {
        const v = String(+Number(f.value).toFixed(6));
        for (let k = s.indexOf(v); k >= 0; k = s.indexOf(v, k + 1)) if (k >= 2) keys.push(s.slice(Math.max(0, k - 8), k + v.length));
      }
    }
    return keys;
  };
  return cases.filter((c) => !['outline', 'overview'].includes(c.intent) && keysOf(c).some((key) => old.some((o) => o.includes(key)))).map((c) => c.q);
}

const PREFIX = { figure: 'fig', target: 'tgt', attainment: 'att', outline: 'out', overview: 'ov', entity: 'ent', comparison: 'cmp', superlative: 'sup', trend: 'tr', multi: 'mul', help: 'help', notfound: 'nf' };

/**
 * Ids `${setPrefix}-${intent}-NNN`; a `known-trip` case (written after a failure already reported to the tuner)
 * goes to tune; within each intent, the other cases sorted by SHA-1 of their id and dealt alternately (the first
 * to tune or heldout by the SHA-1 of the intent name), as eval/fresh/make-fresh.mjs. Writes
 * `${dir}/${setPrefix}-tune.jsonl` and `-heldout.jsonl` unless `checkOnly`; returns the summary object.
 */
export function splitAndWrite(cases, { dir, setPrefix, checkOnly }) {
  const counters = {};
  for (const c of cases) {
    counters[c.intent] = (counters[c.intent] ?? 0) + 1;
    c.id = `${setPrefix}-${PREFIX[c.intent]}-${String(counters[c.intent]).padStart(3, '0')}`;
  }
  const hash = (s) => createHash('sha1').update(s).digest('hex');
  const out = { tune: [], heldout: [] };
  for (const intent of Object.keys(counters)) {
    // A case written after a trip already reported to whoever tunes the bot is no held-out test of it.
    for (const c of cases) if (c.intent === intent && c.tags.includes('known-trip')) c._side = 'tune';
    const list = cases.filter((c) => c.intent === intent && !c._side).sort((p, q) => hash(p.id).localeCompare(hash(q.id)));
    const first = hash(intent)[0] < '8' ? 'tune' : 'heldout';
    const second = first === 'tune' ? 'heldout' : 'tune';
    list.forEach((c, n) => {
      c._side = n % 2 === 0 ? first : second;
    });
  }
  const strip = ({ _reports, _side, ...c }) => c;
  for (const c of cases) out[c._side].push(strip(c));
  const tally = (list, f) =>
    list.reduce((m, c) => {
      for (const k of [].concat(f(c))) m[k] = (m[k] ?? 0) + 1;
      return m;
    }, {});
  if (!checkOnly) {
    for (const [name, list] of Object.entries(out)) writeFileSync(path.join(dir, `${setPrefix}-${name}.jsonl`), `${list.map((c) => JSON.stringify(c)).join('\n')}\n`);
  }
  return {
    total: cases.length,
    tune: out.tune.length,
    heldout: out.heldout.length,
    conversations: cases.filter((c) => c.history).length,
    byIntent: Object.fromEntries(Object.keys(counters).map((i) => [i, [out.tune.filter((c) => c.intent === i).length, out.heldout.filter((c) => c.intent === i).length]])),
    byTag: tally(cases, (c) => c.tags),
  };
}

/**
 * The deal of fresh-i … fresh-m, per (report, shape): within each group the cases sorted by SHA-1 of their question and
 * dealt alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
 * A conversation (`c._conv`) is one unit: all its scored turns go to the side its first question's SHA-1 deals it
 * (conversations dealt alternately in SHA-1 order, the first side by the SHA-1 of "conversation"). Sets `c._side`.
 */
export function dealByReportAndShape(cases, shapes, conversations) {
  const hash = (s) => createHash('sha1').update(s).digest('hex');
  const other = (side) => (side === 'tune' ? 'heldout' : 'tune');
  const groups = new Map();
  for (const c of cases) {
    if (c._conv) continue;
    const key = `${c._reports[0] ?? 'none'}/${c.tags.find((t) => shapes.includes(t))}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(c);
  }
  let nextSingle = 'tune';
  for (const key of [...groups.keys()].sort()) {
    const list = groups.get(key).sort((p, r) => hash(p.q).localeCompare(hash(r.q)));
    let first = hash(key)[0] < '8' ? 'tune' : 'heldout';
    if (list.length === 1) {
      first = nextSingle;
      nextSingle = other(nextSingle);
    }
    list.forEach((c, n) => {
      c._side = n % 2 === 0 ? first : other(first);
    });
  }
  const convFirst = hash('conversation')[0] < '8' ? 'tune' : 'heldout';
  const convSide = new Map([...conversations].sort((p, r) => hash(p).localeCompare(hash(r))).map((k, n) => [k, n % 2 === 0 ? convFirst : other(convFirst)]));
  for (const c of cases) if (c._conv) c._side = convSide.get(c._conv);
}

/**
 * The sets written after EARLIER_SETS, up to fresh-<last> (fresh-g onward, the English sets, conversations and trips):
 * a new set's cites are checked against these and EARLIER_SETS.
 */
export function laterSets(last) {
  // Sets after fresh-z are named aa, ab, …: one ordered list, so `last` may name any of them.
  const order = [...'ghijklmnopqrstuvwxyz'.split(''), 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak', 'al', 'am', 'an', 'ao', 'ap', 'aq', 'ar', 'as', 'at', 'au', 'av', 'aw', 'ax', 'ay', 'az', 'ba', 'bb'];
  const letters = order.slice(0, order.indexOf(last) + 1);
  return [
    ...letters.flatMap((k) => [`eval/fresh-${k}/${k}-tune.jsonl`, `eval/fresh-${k}/${k}-heldout.jsonl`]),
    'eval/fresh-en/en-tune.jsonl',
    'eval/fresh-en/en-heldout.jsonl',
    'eval/fresh-en2/en2-heldout.jsonl',
    'eval/fresh-en3/en3-tune.jsonl',
    'eval/fresh-en3/en3-heldout.jsonl',
    'eval/conversations/c-tune.jsonl',
    'eval/conversations/c-heldout.jsonl',
    'eval/trips/t-tune.jsonl',
    'eval/trips/t-heldout.jsonl',
  ];
}

/**
 * Never a fact that the newest held-out files cite (fresh-aj and later check the two most recent held-out halves), under
 * the two cite checks' keys: exits 1, naming each case, when one does. `whose` names the files in the message
 * ("fresh-ai's or fresh-aj's").
 */
export function checkNoNewestHeldFacts(cases, files, whose) {
  const newest = [
    ...citesUsedElsewhere(cases, files).map((q) => `${q}: its cite is ${whose} held-out fact`),
    ...figuresInsideOlderCites(cases, files),
  ];
  if (newest.length) {
    console.error(`facts that do not hold:\n${newest.join('\n')}`);
    process.exit(1);
  }
}

/**
 * The stricter check of fresh-m onward: citesUsedElsewhere keys a figure on the 8 characters before it in the new cite, so
 * a figure at the start of a cite ("4386万异地务工人员…") or an older cite shorter than the new one can slip through; here
 * a figure also counts as used when an older cite, found in the same report sentence, spans the figure's place in that
 * sentence. One failure line per such figure.
 */
export function figuresInsideOlderCites(cases, files) {
  const failures = [];
  const olderCites = [
    ...new Set(
      files.flatMap((file) =>
        readFileSync(path.join(root, file), 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .flatMap((l) => (JSON.parse(l).cite ?? []).map(norm)),
      ),
    ),
  ].filter((o) => o.length >= 4);
  for (const c of cases) {
    for (const cite of (c.cite ?? []).map(norm)) {
      for (const sentence of c._reports.flatMap((k) => sentencesOf(k)).filter((t) => t.includes(cite))) {
        for (const fig of c.fig ?? []) {
          const at = cite.indexOf(String(+Number(fig.value).toFixed(6)));
          if (at < 0) continue;
          const place = sentence.indexOf(cite) + at;
          const spans = (o) => {
            for (let i = sentence.indexOf(o); i >= 0; i = sentence.indexOf(o, i + 1)) if (i <= place && place < i + o.length) return true;
            return false;
          };
          if (olderCites.some(spans)) failures.push(`${c.q}: figure ${fig.value} sits inside another set's cite`);
        }
      }
    }
  }
  return failures;
}

/**
 * The fresh-l corpus and the extracted texts of its three added reports (云南 / 湖南 Word, 吉林 PDF), registered as
 * REPORTS YN25 / HN25 / JL25: a cite of fresh-l, fresh-m or fresh-n must be text the extraction yields.
 */
export function useFreshLReports() {
  const fresh = path.join(root, 'eval/fresh-l');
  execFileSync('node', [path.join(fresh, 'make-corpus.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('npx', ['tsx', path.join(fresh, 'extract.ts'), '--write'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  REPORTS.YN25 = '.cache/fresh-l/YN25.txt';
  REPORTS.HN25 = '.cache/fresh-l/HN25.txt';
  REPORTS.JL25 = '.cache/fresh-l/JL25.txt';
}

/**
 * The end of fresh-m's and fresh-n's make.mjs: one shape tag a case, every check (checkCases, citesUsedElsewhere over
 * EARLIER_SETS and the later sets up to fresh-<last>, figuresInsideOlderCites) or exit 1, then the deal per report and
 * shape with conversations whole (dealByReportAndShape), the two files written (or checked with --check) and the
 * summary printed with the counts per shape. `earlierFilter(file)` (fresh-ae onward) keeps only some of those earlier
 * files for the two cite checks (fresh-ae: only the tune files, so a held-out fact may be asked again in new words);
 * by default it keeps every file, so every earlier set's make.mjs checks as before.
 */
export function checkDealAndWrite(cases, { shapes, conversations, dir, setPrefix, last, earlierFilter = () => true }) {
  for (const c of cases) {
    c.tags = c.tags.filter((t) => t !== 'known-fact-dup');
    const own = c.tags.filter((t) => shapes.includes(t));
    if (own.length !== 1) throw new Error(`${c.q}: shape tags ${own.join(',') || 'none'}`);
  }
  const failures = checkCases(cases);
  const earlier = [...EARLIER_SETS, ...laterSets(last)].filter((file) => earlierFilter(file));
  for (const question of citesUsedElsewhere(cases, earlier)) failures.push(`${question}: its cite is another set's`);
  failures.push(...figuresInsideOlderCites(cases, earlier));
  if (failures.length) {
    console.error(`facts that do not hold:\n${failures.join('\n')}`);
    process.exit(1);
  }
  dealByReportAndShape(cases, shapes, conversations);
  const summary = splitAndWrite(
    cases.map(({ _conv, ...c }) => c),
    { dir, setPrefix, checkOnly: process.argv.includes('--check') },
  );
  const onSide = (shape, side) => cases.filter((c) => c.tags.includes(shape) && c._side === side).length;
  summary.byShape = Object.fromEntries(shapes.map((v) => [v, [onSide(v, 'tune'), onSide(v, 'heldout')]]));
  summary.conversationsCount = conversations.length;
  console.log(JSON.stringify(summary));
}

/**
 * Conversations of 2–4 turns for a set's case book (fresh-j … fresh-p): `conv(turns)` adds every turn after the first
 * as a scored case whose history is the turns before it (a not-answerable turn through `notFound`, the others through
 * `figureCase`), marked with the conversation's first question so a deal keeps each conversation whole; `T` builds a turn.
 */
export function conversationBook(cases, { notFound, figureCase, NF }) {
  const conversations = [];
  function conv(turns) {
    const first = turns[0];
    const history = [first.q];
    for (const t of turns.slice(1)) {
      const before = cases.length;
      if (t.intent === 'notfound') notFound('notfound', ['follow-up', ...t.tags], [], t.q, NF, [...history]);
      else figureCase(t.intent, ['follow-up', ...t.tags], [].concat(t.reports), [...history], t.q, t.expect);
      cases[before]._conv = first.q;
      history.push(t.q);
    }
    conversations.push(first.q);
  }
  const T = (q, intent, reports, expect, ...tags) => ({ q, intent, reports, expect, tags });
  return { conversations, conv, T };
}

/**
 * The shorthands every set since fresh-m writes its cases with: s(…) a Chinese ask of a figure that is not the first of its
 * sentence, e(…) an English question, f(…) a case of a shape given, pct(v) a percentage expected.
 */
export function askShorthands(x) {
  const s = (intent, reports, question, expect, ...more) => x(intent, ['second-figure-ask', 'colloquial', ...more], [].concat(reports), question, expect);
  const e = (intent, reports, question, expect, ...more) => x(intent, ['english-ask', 'en', ...more], [].concat(reports), question, expect);
  const f = (intent, shape, reports, question, expect, ...more) => x(intent, [shape, ...more], [].concat(reports), question, expect);
  const pct = (v) => [v, '%'];
  // p(…) a plain Chinese figure ask.
  const p = (intent, reports, question, expect, ...more) => x(intent, ['plain-ask', ...more], [].concat(reports), question, expect);
  return { s, e, f, p, pct };
}

/** The shapes every set written under fresh-ae's rule deals its cases by (`checkHeldoutFactSetAndWrite`'s `shapes`). */
export const HELDOUT_FACT_SET_SHAPES = [
  'plain-ask',
  'second-figure-ask',
  'english-ask',
  'follow-up',
  'trend-ask',
  'comparison-ask',
  'ranking-ask',
  'multi-ask',
  'overview-ask',
  'outline-ask',
  'not-answerable',
];

/**
 * The asked figure of each case tagged `tag` is not the first number of its report sentence (years and dates aside): a
 * case whose asked figure comes first measures nothing the single-figure sets do not. Exits with the failures listed.
 */
export function checkAskedFigureNotFirst(cases, tag = 'second-figure-ask') {
  const failures = [];
  for (const c of cases.filter((k) => k.tags.includes(tag))) {
    const cite = norm(c.cite[0]);
    const v = String(+Number(c.fig[0].value).toFixed(6));
    const sentence = c._reports.flatMap((k) => sentencesOf(k)).find((t) => t.includes(cite));
    const at = sentence.indexOf(cite) + cite.indexOf(v);
    const first = [...sentence.matchAll(/\d+(?:\.\d+)?/g)].find((m) => !(/^(19|20)\d\d$/.test(m[0]) && /[年—-]/.test(sentence[m.index + m[0].length] ?? '')));
    if (!first || first.index >= at) failures.push(`${c.q}: ${v} is the first number of its sentence`);
  }
  if (failures.length) {
    console.error(`facts that do not hold:\n${failures.join('\n')}`);
    process.exit(1);
  }
}

/** The tag of a case that repeats a fact only earlier held-out files cite (the rule of fresh-ae on). */
export const HELDOUT_FACT = 'heldout-fact';

/**
 * What every set written under fresh-ae's rule starts with: the fresh-l reports read first (a cite must be text the
 * extraction yields), its case book, the ask shorthands (askShorthands), its shapes and the heldout-fact tag.
 */
export function heldoutFactSetBook() {
  useFreshLReports();
  const book = caseBook();
  return { ...book, ...askShorthands(book.x), SHAPES: HELDOUT_FACT_SET_SHAPES, HF: HELDOUT_FACT };
}

/**
 * The checks every set written under fresh-ae's rule runs after its cases, then the deal and the write
 * (`checkDealAndWrite`): the asked figure of a second-figure-ask not first in its sentence; every cite found in no report
 * the case does not name; the `heldout-fact` tag both ways against the earlier held-out files (laterSets(last)); no
 * question word for word another eval file's; the set's not-answerable words absent from the corpus and from every
 * other eval file's questions, each asked by a case. Exits with the facts that do not hold.
 */
export function checkHeldoutFactSetAndWrite(cases, { shapes, conversations, dir, setPrefix, last, notAnswerableWords }) {
  // The asked figure of a second-figure-ask is not the first number of its report sentence (years and dates aside).
  checkAskedFigureNotFirst(cases);

  const failures = [];
  const answerable = cases.filter((c) => !c.notFound);

  // A cite must be found in no report the case does not name: a citation of another year's (or place's) report cannot pass.
  for (const c of answerable) {
    for (const cite of c.cite ?? []) {
      const elsewhere = Object.keys(REPORTS).filter((k) => !c._reports.includes(k) && sentencesOf(k).some((t) => t.includes(norm(cite))));
      if (elsewhere.length) failures.push(`${c.q}: cite also in ${elsewhere.join(',')}: ${cite}`);
    }
  }

  // The changed rule: the two cite checks run over the earlier tune files only (in checkDealAndWrite); a case whose cite
  // meets an earlier held-out cite under the same checks must carry `heldout-fact`, and no other case may.
  const HELD = [...EARLIER_SETS, ...laterSets(last)].filter((file) => file.includes('heldout'));
  for (const c of answerable) {
    const meets = citesUsedElsewhere([c], HELD).length > 0 || figuresInsideOlderCites([c], HELD).length > 0;
    if (meets && !c.tags.includes(HELDOUT_FACT)) failures.push(`${c.q}: repeats an earlier held-out fact but is not tagged ${HELDOUT_FACT}`);
    if (!meets && c.tags.includes(HELDOUT_FACT)) failures.push(`${c.q}: tagged ${HELDOUT_FACT} but repeats no earlier held-out fact`);
  }

  // No question or history question word for word a question of another eval file.
  const evalFiles = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? evalFiles(path.join(dir, d.name)) : d.name.endsWith('.jsonl') ? [path.join(dir, d.name)] : []));
  const otherFiles = evalFiles(path.join(root, 'eval')).filter((file) => !file.startsWith(dir));
  const otherQuestions = new Set();
  for (const file of otherFiles) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line);
      for (const q of [c.q, ...(c.history ?? [])]) otherQuestions.add(norm(q).toLowerCase());
    }
  }
  for (const q of new Set(cases.flatMap((c) => [c.q, ...(c.history ?? [])]))) if (otherQuestions.has(norm(q).toLowerCase())) failures.push(`${q}: word for word a question of another eval file`);

  // The not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
  // every other eval file (so no earlier set's not-answerable ask is asked again).
  const corpusFiles = [
    ...readdirSync(path.join(root, '.cache/eval-corpus-l'))
      .filter((n) => /\.(txt|json)$/.test(n))
      .map((n) => path.join(root, '.cache/eval-corpus-l', n)),
    ...['YN25', 'HN25', 'JL25'].map((k) => path.join(root, REPORTS[k])),
  ];
  const corpusText = corpusFiles.map((file) => readFileSync(file, 'utf8')).join('\n').toLowerCase();
  const questionText = [...otherQuestions].join('\n');
  for (const [key, words] of Object.entries(notAnswerableWords)) {
    if (!cases.some((c) => c.notFound && [c.q, ...(c.history ?? [])].join(' ').toLowerCase().includes(String(key).toLowerCase()))) failures.push(`not-answerable word ${key}: no case asks it`);
    for (const w of words) {
      if (corpusText.includes(w.toLowerCase())) failures.push(`not-answerable word ${w} occurs in the corpus`);
      if (questionText.includes(w.toLowerCase())) failures.push(`not-answerable word ${w} occurs in another eval file's question`);
    }
  }
  for (const c of cases.filter((k) => k.notFound)) {
    const q = c.q.toLowerCase();
    if (!Object.keys(notAnswerableWords).some((key) => q.includes(String(key).toLowerCase()))) failures.push(`${c.q}: not-answerable case with no checked word`);
  }

  if (failures.length) {
    console.error(`facts that do not hold:\n${failures.join('\n')}`);
    process.exit(1);
  }

  // The deal as fresh-ad, per (report, shape), conversations whole; the cite checks over the earlier TUNE files only.
  checkDealAndWrite(cases, { shapes, conversations, dir, setPrefix, last, earlierFilter: (file) => !file.includes('heldout') });
}
