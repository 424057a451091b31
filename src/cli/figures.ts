/**
 * `npm run figures`: the corpus's figure table, filtered, as a readable table, CSV or JSON. The
 * table is built with the index (and the index first if there is none or it is stale).
 */
import { parseArgs } from 'node:util';
import type { FigureRow } from '../figure-table/figure-row.js';
import { rowsToCsv } from '../figure-table/row-csv.js';
import { placeAliases } from '../lang/zh/glossary.js';
import { ENGINE_FLAG_OPTIONS, openEngineFromFlags } from './open-engine.js';

const USAGE = `usage: npm run --silent figures -- [--place NAME] [--indicator NAME] [--year YYYY] [--kind actual|target]
                                   [--csv | --json] [--corpus DIR] [--index DIR] [--model DIR]
  --place      a place as the reports name it, or its short or English name (钱塘, Zhejiang)
  --indicator  an indicator or any of its glossary names (GDP, 社零, 城镇化率)
  --year       figures of one year (spans such as 2021-2025 are left out)
  --kind       actual results or targets
  --csv        CSV (RFC 4180) with the sentence each figure was read from
  --json       a JSON array of rows
  (default)    one line a figure: place, period, kind, indicator, value, change, document`;

async function main(): Promise<void> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        ...ENGINE_FLAG_OPTIONS,
        place: { type: 'string' },
        indicator: { type: 'string' },
        year: { type: 'string' },
        kind: { type: 'string' },
        csv: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`figures: ${(error as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const kind = values.kind as string | undefined;
  const year = values.year === undefined ? undefined : Number(values.year);
  if ((kind !== undefined && kind !== 'actual' && kind !== 'target') || (year !== undefined && !Number.isInteger(year))) {
    process.stderr.write(`figures: --kind is actual or target, --year a year\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const engine = await openEngineFromFlags({
    corpus: values.corpus as string | undefined,
    index: values.index as string | undefined,
    model: values.model as string | undefined,
    rebuild: values.rebuild as boolean | undefined,
  });
  const table = engine.figureTable;
  const placeArg = values.place as string | undefined;
  const place = placeArg === undefined ? undefined : resolvePlace(placeArg, [...new Set(table.rows.map((r) => r.place))]);
  if (placeArg !== undefined && place === null) {
    process.stderr.write(
      `figures: no place "${placeArg}" in the table; places: ${[...new Set(table.rows.map((r) => r.place))].join(' ')}\n`,
    );
    process.exitCode = 1;
    return;
  }
  const rows = table.select({
    indicator: values.indicator as string | undefined,
    place: place ?? undefined,
    kind: kind as FigureRow['kind'] | undefined,
    year,
  });
  if (values.csv) process.stdout.write(rowsToCsv(rows));
  else if (values.json) process.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
  else {
    for (const r of rows) process.stdout.write(`${rowLine(r)}\n`);
    process.stderr.write(`${rows.length} figures\n`);
  }
}

/** The table's place a user's name stands for: the name itself, its short form or a glossary alias. */
function resolvePlace(name: string, places: readonly string[]): string | null {
  const wanted = name.trim().toLowerCase();
  return places.find((p) => placeAliases(p).some((a) => a.toLowerCase() === wanted)) ?? null;
}

function rowLine(r: FigureRow): string {
  const change = r.change
    ? ` (${r.change.direction === 'down' ? '↓' : r.change.direction === 'up' ? '↑' : '→'}${r.change.value}${r.change.unit})`
    : '';
  const kind = r.kind === 'target' ? '目标' : '实绩';
  return [
    r.place,
    r.period,
    kind,
    r.indicatorId === r.indicator ? r.indicator : `${r.indicatorId} [${r.indicator}]`,
    `${r.qualifier ?? ''}${r.value}${r.unit}${change}`,
    r.title,
  ].join('\t');
}

await main();
