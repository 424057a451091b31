import { message } from '../answer/messages.js';

/**
 * Background notices in the terminal chat ("corpus changed: rebuilding…", "index swapped"). Written
 * straight to the terminal they land after the prompt, and the user types after a log line. Here a
 * notice that arrives while the chat waits for a question is written on a line of its own and the
 * prompt shown again; one that arrives while a question is being answered waits until the answer
 * is written, so it never splits an answer.
 */
export class ChatNotices {
  private waitingAtPrompt = false;
  private readonly held: string[] = [];

  constructor(
    private readonly output: NodeJS.WritableStream,
    private readonly prompt: string = message('chatPrompt', 'zh'),
  ) {}

  /** A notice from the background: shown now, above a fresh prompt, or after the answer being written. */
  readonly post = (line: string): void => {
    if (!this.waitingAtPrompt) {
      this.held.push(line);
      return;
    }
    // The prompt's line is cleared and the prompt written again below the notice.
    this.output.write(`\r\x1b[K${line}\n${this.prompt}`);
  };

  /** Writes the notices held back while answering, then the prompt; the chat now waits for a question. */
  showPrompt(): void {
    const held = this.held.splice(0, this.held.length);
    this.output.write(`\n${held.map((l) => `${l}\n`).join('')}${this.prompt}`);
    this.waitingAtPrompt = true;
  }

  /** A question was read: notices wait until its answer is written. */
  answering(): void {
    this.waitingAtPrompt = false;
  }
}
