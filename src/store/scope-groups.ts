import type { Chunk } from '../chunk/chunk-types.js';
import type { Sentence } from '../ingest/types.js';
import { flatten } from './search-data.js';
import type { ChunkGroup } from './vector-store.js';

/**
 * Where sentences may answer from: the corpus split into groups of one issuer, period and kind.
 * A question's place and period filter is decided once per group instead of once per sentence,
 * which keeps a question over 400 000 sentences at a few thousand checks. A chunk lies in one group
 * (the chunker never mixes documents, periods or kinds).
 */
export interface ScopeGroups {
  /** Issuer, period and kind of each group, as parallel columns. */
  issuers: string[];
  periods: string[];
  kinds: Sentence['kind'][];
  sentenceGroup: Int32Array;
  /** The group of each chunk; -1 for a chunk without sentences. */
  chunkGroup: Int32Array;
  /** Chunks of each group: list[offsets[g]] … list[offsets[g + 1] - 1]. */
  groupChunks: { offsets: Int32Array; list: Int32Array };
  /** The first chunk of each sentence; an over-budget sentence's further parts follow it (`lastChunkOfSentence`). */
  chunkOfSentence: Int32Array;
  /** The last chunk of each sentence: the same as the first unless the sentence was cut into parts. */
  lastChunkOfSentence: Int32Array;
}

/** The groups of a corpus, numbered in the order their first sentence comes. */
export function scopeGroupsOf(
  sentences: readonly Sentence[],
  chunks: readonly Chunk[],
  chunkSentences: { offsets: Int32Array; list: Int32Array },
  issuerOf: (docId: string) => string,
): ScopeGroups {
  const ids = new Map<string, number>();
  const issuers: string[] = [];
  const periods: string[] = [];
  const kinds: Sentence['kind'][] = [];
  const sentenceGroup = new Int32Array(sentences.length);
  sentences.forEach((s, i) => {
    const issuer = issuerOf(s.docId);
    const key = `${issuer}\u0000${s.period}\u0000${s.kind}`;
    let g = ids.get(key);
    if (g === undefined) {
      g = issuers.length;
      ids.set(key, g);
      issuers.push(issuer);
      periods.push(s.period);
      kinds.push(s.kind);
    }
    sentenceGroup[i] = g;
  });
  const { offsets, list } = chunkSentences;
  const chunkOfSentence = new Int32Array(sentences.length).fill(-1);
  const lastChunkOfSentence = new Int32Array(sentences.length).fill(-1);
  const chunkGroup = new Int32Array(chunks.length);
  const byGroup: number[][] = issuers.map(() => []);
  for (let c = 0; c < chunks.length; c++) {
    for (let j = offsets[c]; j < offsets[c + 1]; j++) {
      if (chunkOfSentence[list[j]] < 0) chunkOfSentence[list[j]] = c;
      lastChunkOfSentence[list[j]] = c;
    }
    chunkGroup[c] = offsets[c + 1] > offsets[c] ? sentenceGroup[list[offsets[c]]] : -1;
    if (chunkGroup[c] >= 0) byGroup[chunkGroup[c]].push(c);
  }
  return { issuers, periods, kinds, sentenceGroup, chunkGroup, groupChunks: flatten(byGroup), chunkOfSentence, lastChunkOfSentence };
}

/** Which chunk is in which group, as a vector store needs it. */
export interface ChunkGrouping {
  groups: readonly ChunkGroup[];
  chunkGroup: Int32Array;
  groupChunks: { offsets: Int32Array; list: Int32Array };
}

export function chunkGroupingOf(scopes: ScopeGroups): ChunkGrouping {
  const groups = scopes.issuers.map((issuer, g) => ({ issuer, period: scopes.periods[g], kind: scopes.kinds[g] }));
  return { groups, chunkGroup: scopes.chunkGroup, groupChunks: scopes.groupChunks };
}

/** The grouping of chunks given their metadata one by one (a store built by hand, a test). */
export function groupChunksByMetadata(chunks: readonly ChunkGroup[]): ChunkGrouping {
  const ids = new Map<string, number>();
  const groups: ChunkGroup[] = [];
  const byGroup: number[][] = [];
  const chunkGroup = Int32Array.from(chunks, (m, c) => {
    const key = `${m.issuer}\u0000${m.period}\u0000${m.kind}`;
    let g = ids.get(key);
    if (g === undefined) {
      g = groups.length;
      ids.set(key, g);
      groups.push({ issuer: m.issuer, period: m.period, kind: m.kind });
      byGroup.push([]);
    }
    byGroup[g].push(c);
    return g;
  });
  return { groups, chunkGroup, groupChunks: flatten(byGroup) };
}
