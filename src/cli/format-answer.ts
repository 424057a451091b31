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
    answer.priorities.forEach((p, i) => lines.push(`  ${i + 1}. ${p.title}`));
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
