import { z } from 'zod';

/** A line of `ask --jsonl` input: a plain question, or a JSON object with its conversation. */
export interface JsonlQuestion {
  question: string;
  /** Earlier questions of the same conversation, oldest first. */
  history: string[];
}

const ConversationLine = z.object({ q: z.string(), history: z.array(z.string()).max(50).optional() });

/**
 * Reads one input line. `{"q": "...", "history": [...]}` asks in a conversation; anything else,
 * JSON-looking or not, is the question as typed (a line that only looks like JSON is still asked).
 */
export function parseJsonlQuestion(line: string): JsonlQuestion {
  const trimmed = line.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed = ConversationLine.safeParse(JSON.parse(trimmed));
      if (parsed.success) return { question: parsed.data.q.trim(), history: parsed.data.history ?? [] };
    } catch {
      // Not JSON after all: asked as written.
    }
  }
  return { question: trimmed, history: [] };
}
