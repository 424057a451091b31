import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { conversationState, readInConversation } from '../../src/understand/conversation.js';

/**
 * Questions read over a hand-built list of places on a pinned day, alone (`read`) or as the last turn of a conversation
 * (`inConversation(question, ...earlierQuestions)`), as the engine reads them before retrieval.
 */
export function conversationReader(issuers: readonly string[], today: Date) {
  const places = knownPlaces(issuers);
  const read = (q: string): UnderstoodQuery => understandQuery(q, places, { today });
  const inConversation = (q: string, ...history: string[]): UnderstoodQuery => {
    const state = conversationState(history.map(read));
    if (!state) throw new Error('no conversation');
    return readInConversation(read(q), state);
  };
  return { read, inConversation };
}
