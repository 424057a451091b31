/**
 * The engine refused a question because its queue is full: the asker should be told to try again
 * shortly, which is different from a question that failed.
 */
export class EngineBusyError extends Error {
  constructor(queued: number) {
    super(`the answer queue is full (${queued} questions waiting)`);
    this.name = 'EngineBusyError';
  }
}
