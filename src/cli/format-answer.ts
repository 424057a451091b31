import type { Answer } from '../answer/schema.js';
import { valueText } from '../answer/figure-format.js';

/** The readable form of an answer for a terminal. */
export function formatAnswer(answer: Answer): string {
  const lines = [answer.text];
  if (answer.figures.length) {
    lines.push('', '数据 / Figures:');
    for (const f of answer.figures) {
      const change = f.change
        ? ` (${f.change.direction === 'down' ? '↓' : f.change.direction === 'up' ? '↑' : '→'}${f.change.value}${f.change.unit})`
        : '';
      const cited = answer.citations.findIndex((c) => c.id === f.citationId) + 1;
      lines.push(
        `  - ${f.indicator}: ${valueText(f)}${change} · ${f.kind === 'target' ? '目标' : '实绩'} · ${f.period} · ${f.district}${cited ? ` [${cited}]` : ''}`,
      );
    }
  }
  if (answer.priorities.length) {
    lines.push('', '工作重点 / Priorities:');
    answer.priorities.forEach((p, i) => lines.push(`  ${i + 1}. ${p.title}`));
  }
  if (answer.citations.length) {
    lines.push('', '来源 / Sources:');
    answer.citations.forEach((c, i) =>
      lines.push(`  [${i + 1}] ${c.district} · ${c.title} · ${c.section || '（正文）'} · 第${c.paragraph + 1}段`),
    );
  }
  return lines.join('\n');
}
