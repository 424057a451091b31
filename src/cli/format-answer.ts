import type { Answer } from '../answer/schema.js';
import { figureListText } from '../answer/figure-format.js';
import { bilingual, message } from '../answer/messages.js';

/** The readable form of an answer for a terminal. */
export function formatAnswer(answer: Answer): string {
  const lines = [answer.text];
  if (answer.figures.length) {
    lines.push('', `${bilingual('figures')}:`);
    for (const f of answer.figures) {
      const cited = answer.citations.findIndex((c) => c.id === f.citationId) + 1;
      lines.push(
        `  - ${figureListText(f)} · ${message(f.kind === 'target' ? 'leadTarget' : 'leadActual', 'zh')} · ${f.period} · ${f.district}${cited ? ` [${cited}]` : ''}`,
      );
    }
  }
  if (answer.priorities.length) {
    lines.push('', `${bilingual('priorities')}:`);
    // Each item with the numbers of its heading and quoted commitments among the sources below.
    const refs = (p: Answer['priorities'][number]) =>
      [p.citationId, ...p.details]
        .map((id) => answer.citations.findIndex((c) => c.id === id) + 1)
        .filter((n, k, all) => n > 0 && all.indexOf(n) === k)
        .map((n) => `[${n}]`)
        .join('');
    answer.priorities.forEach((p, i) => {
      const marks = refs(p);
      lines.push(`  ${i + 1}. ${p.side ? `${p.side} ` : ''}${p.title}${marks ? ` ${marks}` : ''}`);
    });
  }
  if (answer.citations.length) {
    lines.push('', `${bilingual('cliSources')}:`);
    answer.citations.forEach((c, i) =>
      lines.push(
        `  [${i + 1}] ${c.district} · ${c.title} · ${c.section || message('cliMainText', 'zh')} · ${message('cliParagraph', 'zh', { n: c.paragraph + 1 })}`,
      ),
    );
  }
  return lines.join('\n');
}
