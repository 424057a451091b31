import type { Answer } from '../answer/schema.js';

/** The readable form of an answer for a terminal. */
export function formatAnswer(answer: Answer): string {
  const lines = [answer.text];
  if (answer.figures.length) {
    lines.push('', '数据 / Figures:');
    for (const f of answer.figures) {
      const change = f.change ? ` (${f.change.direction === 'down' ? '↓' : f.change.direction === 'up' ? '↑' : '→'}${f.change.value}${f.change.unit})` : '';
      lines.push(`  - ${f.indicator}: ${f.qualifier === '力争' ? '力争' : ''}${f.value}${f.unit}${f.qualifier && f.qualifier !== '力争' ? f.qualifier : ''}${change} · ${f.kind === 'target' ? '目标' : '实绩'} · ${f.period} · ${f.district} [${f.citationId}]`);
    }
  }
  if (answer.priorities.length) {
    lines.push('', '工作重点 / Priorities:');
    answer.priorities.forEach((p, i) => lines.push(`  ${i + 1}. ${p.title}`));
  }
  if (answer.citations.length) {
    lines.push('', '来源 / Sources:');
    answer.citations.forEach((c, i) => lines.push(`  [${i + 1}] ${c.district} · ${c.title} · ${c.section || '（正文）'} · 第${c.paragraph + 1}段`));
  }
  return lines.join('\n');
}
