/**
 * `npm run figures`: the corpus's figure table, filtered, as a readable table, CSV or JSON. The
 * table is built with the index (and the index first if there is none or it is stale).
 */
import { parseArgs } from 'node:util';
import { valueText } from '../answer/figure-format.js';
import type { FigureRow } from '../figure-table/figure-row.js';
import { rowsToCsv } from '../figure-table/row-csv.js';
import { placeAliases } from '../lang/zh/glossary.js';
import { type CliIo, runWhenEntry } from './cli-io.js';
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

/** `npm run figures`: returns the exit code. */
export async function main(io: CliIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: io.argv,
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
    io.stderr.write(`figures: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const kind = values.kind as string | undefined;
  const year = values.year === undefined ? undefined : Number(values.year);
  if ((kind !== undefined && kind !== 'actual' && kind !== 'target') || (year !== undefined && !Number.isInteger(year))) {
    io.stderr.write(`figures: --kind is actual or target, --year a year\n${USAGE}\n`);
    return 2;
  }
  const engine = await openEngineFromFlags(
    {
      corpus: values.corpus as string | undefined,
      index: values.index as string | undefined,
      model: values.model as string | undefined,
      rebuild: values.rebuild as boolean | undefined,
    },
    undefined,
    io.stderr,
  );
  const table = engine.figureTable;
  const placeArg = values.place as string | undefined;
  const place = placeArg === undefined ? undefined : resolvePlace(placeArg, [...new Set(table.rows.map((r) => r.place))]);
  if (placeArg !== undefined && place === null) {
    io.stderr.write(`figures: no place "${placeArg}" in the table; places: ${[...new Set(table.rows.map((r) => r.place))].join(' ')}\n`);
    return 1;
  }
  const rows = table.select({
    indicator: values.indicator as string | undefined,
    place: place ?? undefined,
    kind: kind as FigureRow['kind'] | undefined,
    year,
  });
  if (values.csv) io.stdout.write(rowsToCsv(rows));
  else if (values.json) io.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
  else {
    for (const r of rows) io.stdout.write(`${rowLine(r)}\n`);
    io.stderr.write(`${rows.length} figures\n`);
  }
  return 0;
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
    // Each qualifier where the report writes it: "5%以上", "年均5.7%", not "以上5%".
    `${valueText(r)}${change}`,
    r.title,
  ].join('\t');
}

runWhenEntry(import.meta.url, 'figures', main);
