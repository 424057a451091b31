import { type FSWatcher, watch } from 'node:fs';

/** Quiet time after the last change before a batch is reported: a copy or a save in several writes is one change. */
export const DEFAULT_DEBOUNCE_MS = 1_500;
/** A folder written to without a pause is still reported this long after its first change. */
export const DEFAULT_MAX_DELAY_MS = 15_000;
/** File names kept per batch; more are only counted (a thousand files copied at once is one rebuild). */
export const DEFAULT_MAX_NAMES = 50;
/** Distinct names counted beyond those kept; past this the count stops growing (memory stays bounded). */
const MAX_COUNTED_NAMES = 10_000;

/**
 * Names no report has: hidden files (the index's own staging, editors' `.#lock`, `.DS_Store`),
 * editors' and browsers' temporary files. A change to one of them alone never rebuilds.
 */
const IGNORED_NAMES: readonly RegExp[] = [
  /^\./, // hidden: .DS_Store, .foo.swp, emacs .#lock
  /^[~#]/, // ~$report.docx (Word's lock), #autosave#
  /~$/, // backup~
  /\.(swp|swo|swx|tmp|temp|bak|part|crdownload|download)$/i,
  /^4913$/, // vim's probe file
];

export function isIgnoredCorpusName(name: string): boolean {
  return IGNORED_NAMES.some((pattern) => pattern.test(name));
}

/** One batch of changes: the names seen (at most `maxNames`) and how many more there were (counted up to 10 000). */
export interface CorpusChange {
  files: string[];
  more: number;
}

export interface CorpusWatcherOptions {
  debounceMs?: number;
  maxDelayMs?: number;
  maxNames?: number;
  /** Where a watch failure is reported (the folder removed, say). */
  log?: (message: string) => void;
}

export interface CorpusWatcher {
  /** Stops watching; a batch still waiting is dropped. Safe to call twice. */
  stop(): void;
}

/**
 * Watches a corpus folder (its files, not subfolders: the corpus is flat) and reports each batch of
 * changes once the folder has been quiet for `debounceMs`, or at the latest `maxDelayMs` after the
 * batch's first change. The watch is held by a single handle; stop() releases it.
 */
export function watchCorpus(
  corpusDir: string,
  onChange: (change: CorpusChange) => void,
  options: CorpusWatcherOptions = {},
): CorpusWatcher {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const maxDelayMs = Math.max(debounceMs, options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS);
  const maxNames = options.maxNames ?? DEFAULT_MAX_NAMES;
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  let names = new Set<string>();
  let overflow = new Set<string>();
  let firstAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const flush = () => {
    timer = undefined;
    const change: CorpusChange = { files: [...names].sort(), more: overflow.size };
    names = new Set();
    overflow = new Set();
    if (!stopped) onChange(change);
  };

  const noticed = (name: string) => {
    if (stopped || isIgnoredCorpusName(name)) return;
    if (names.size < maxNames) names.add(name);
    else if (!names.has(name) && overflow.size < MAX_COUNTED_NAMES) overflow.add(name);
    const now = Date.now();
    if (timer === undefined) firstAt = now;
    else clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(debounceMs, firstAt + maxDelayMs - now)));
  };

  let watcher: FSWatcher | undefined;
  try {
    // Some platforms report no file name; the change still counts.
    watcher = watch(corpusDir, { persistent: true }, (_event, filename) => noticed(filename ? String(filename) : '(unnamed)'));
    watcher.on('error', (error) => {
      log(`corpus watch: ${corpusDir} is no longer watched (${error.message})`);
      stop();
    });
  } catch (error) {
    log(`corpus watch: cannot watch ${corpusDir} (${(error as Error).message}); changes are seen at the next start`);
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    watcher?.close();
  }
  return { stop };
}
