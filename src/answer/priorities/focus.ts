import { PRIORITY_HEADING_FILLER, PRIORITY_QUESTION_WORDS } from '../../lang/zh/priority-words.js';
import { PRIORITY_THEMES } from '../../lang/zh/priority-themes.js';
import type { PriorityItem } from './outline.js';

/** The shortest subject a question narrows an outline to ("科技", "民生"). */
const MIN_SUBJECT = 2;
/** A subject shared by more headings than this is how the plan phrases headings, not a subject. */
const MAX_ITEMS_NAMED = 2;
/** Questions are short; longer text is not searched for a subject (bounds the substring scan). */
const MAX_QUESTION = 80;

export interface OutlineFocus {
  /** The words of the question the items' headings share ("科技创新"). */
  subject: string;
  items: PriorityItem[];
}

/**
 * The items of an outline a question asks about by subject: "安徽今年打算在科技创新上干点啥" asks the
 * outline, and of it the item headed "全面增强科技创新策源功能" first. The subject is the longest run
 * of the question's words (places, years and the words that ask for an outline left out) that at
 * most two item headings share, plan-heading filler aside. Null when the question names none.
 */
export function outlineFocus(question: string, items: readonly PriorityItem[], placeNames: readonly string[]): OutlineFocus | null {
  let asked = question.slice(0, MAX_QUESTION);
  for (const name of placeNames) if (name) asked = asked.split(name).join(' ');
  asked = asked.replace(PRIORITY_QUESTION_WORDS, ' ').replace(PRIORITY_HEADING_FILLER, ' ');
  const runs = asked.match(/[\u4e00-\u9fff]{2,}/g) ?? [];
  const headings = items.map((item) => item.heading.text.replace(PRIORITY_HEADING_FILLER, ' '));
  let best: OutlineFocus | null = null;
  for (const run of runs) {
    for (let length = run.length; length >= MIN_SUBJECT && length > (best?.subject.length ?? 0); length -= 1) {
      for (let start = 0; start + length <= run.length; start += 1) {
        const subject = run.slice(start, start + length);
        const named = items.filter((_, i) => headings[i].includes(subject));
        if (!named.length || named.length > MAX_ITEMS_NAMED) continue;
        if (!best || subject.length > best.subject.length) best = { subject, items: named };
      }
    }
  }
  return best ?? themeFocus(runs, items);
}

/**
 * The items a question's subject names through its theme when no heading writes the subject itself: "民生" asks
 * the item headed "着力增强群众获得感幸福感安全感", which the livelihoods theme names by 获得感 and 幸福感. The
 * theme's words must pick out at most two items, as the subject itself would.
 */
function themeFocus(runs: readonly string[], items: readonly PriorityItem[]): OutlineFocus | null {
  for (const theme of PRIORITY_THEMES) {
    const subject = theme.words.find((w) => runs.some((run) => run.includes(w)));
    if (!subject) continue;
    const named = items.filter((item) => theme.words.some((w) => item.heading.text.includes(w)));
    if (named.length && named.length <= MAX_ITEMS_NAMED) return { subject, items: named };
  }
  return null;
}
