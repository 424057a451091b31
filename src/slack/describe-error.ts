/** A one-line description of a thrown value for logs (no stack, no request bodies). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
