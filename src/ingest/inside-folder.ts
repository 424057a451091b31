import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether a corpus entry is a symbolic link that resolves outside the corpus folder. A corpus is what
 * its folder holds: a link out of it would index (and quote to every user) any file the process can
 * read. Links within the folder are kept.
 */
export function linksOutside(corpusDir: string, entry: string): boolean {
  if (!lstatSync(entry).isSymbolicLink()) return false;
  const relative = path.relative(realpathSync(corpusDir), realpathSync(entry));
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative);
}
