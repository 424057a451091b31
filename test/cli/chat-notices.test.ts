import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ChatNotices } from '../../src/cli/chat-notices.js';

function terminal() {
  const output = new PassThrough();
  let shown = '';
  output.on('data', (d: Buffer) => (shown += d.toString()));
  return { output, shown: () => shown };
}

describe('background notices in the terminal chat', () => {
  it('a notice while the chat waits goes above a fresh prompt, not after the prompt', () => {
    const t = terminal();
    const notices = new ChatNotices(t.output, '问> ');
    notices.showPrompt();
    notices.post('index: rebuilt, 3 reports added');
    // The last thing on screen is the prompt again, the notice on a line of its own before it.
    expect(t.shown()).toBe('\n问> \r\x1b[Kindex: rebuilt, 3 reports added\n问> ');
  });

  it('a notice while a question is answered waits until the answer is written', () => {
    const t = terminal();
    const notices = new ChatNotices(t.output, '问> ');
    notices.showPrompt();
    notices.answering();
    notices.post('corpus changed: rebuilding');
    t.output.write('ANSWER\n');
    expect(t.shown()).toBe('\n问> ANSWER\n');
    notices.showPrompt();
    expect(t.shown()).toBe('\n问> ANSWER\n\ncorpus changed: rebuilding\n问> ');
    // Shown once only.
    notices.showPrompt();
    expect(t.shown().match(/corpus changed/g)).toHaveLength(1);
  });
});
