import { capitalised } from '../../lang/en/capitalised.js';
import { glossary } from '../../lang/zh/glossary.js';
import { PRIORITY_THEMES } from '../../lang/zh/priority-themes.js';

/** A theme an outline item is about: an indicator of the glossary or a theme of priority-themes.ts. */
export interface ItemTheme {
  id: string;
  en: string;
}

/**
 * The themes of an item, most specific first: glossary indicators its heading names, then themes
 * its heading's words belong to, then themes of its commitments' words (a heading such as
 * "(三)聚焦项目为王" names its theme; "(六)谱写新篇章" leaves it to the sentences under it).
 */
export function itemThemes(heading: string, commitments: readonly string[]): ItemTheme[] {
  const out: ItemTheme[] = [];
  const add = (t: ItemTheme) => {
    if (!out.some((o) => o.id === t.id)) out.push(t);
  };
  for (const indicator of glossary().indicators) {
    if ([indicator.name, ...indicator.synonyms].some((w) => w.length >= 2 && heading.includes(w)) && indicator.en[0]) {
      add({ id: `indicator:${indicator.name}`, en: capitalised(indicator.en[0]) });
    }
  }
  // Themes in the order the heading names them ("聚焦共富新期待…保稳定" is about common prosperity
  // first); at one place the longer word wins ("城市安全" is safety, not "城市").
  const named = PRIORITY_THEMES.flatMap((theme) => {
    const hits = theme.words.map((w) => ({ at: heading.indexOf(w), length: w.length })).filter((h) => h.at >= 0);
    hits.sort((a, b) => a.at - b.at || b.length - a.length);
    return hits.length ? [{ theme, ...hits[0] }] : [];
  });
  named.sort((a, b) => a.at - b.at || b.length - a.length);
  for (const { theme } of named) add({ id: theme.id, en: theme.en });
  if (out.length) return out;
  const body = commitments.join('');
  for (const theme of PRIORITY_THEMES) if (theme.words.some((w) => body.includes(w))) add({ id: theme.id, en: theme.en });
  return out;
}
