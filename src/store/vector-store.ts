import type { SectionKind } from '../ingest/types.js';

/** Plain metadata shared by a group of chunks: one issuer, one period, one kind of section. */
export interface ChunkGroup {
  issuer: string;
  period: string;
  kind: SectionKind;
}

/**
 * Which chunks a search may return: those of the allowed groups (numbers into the store's
 * `groups`, whose metadata a database would turn into a WHERE clause) plus some chunks by position.
 */
export interface VectorScope {
  /** allowedGroups[g] === 1 lets in every chunk of group g. */
  allowedGroups: Uint8Array;
  /** Chunks let in whatever their group (a sentence of theirs names an asked year). */
  extraChunks: readonly number[];
}

/** Nearest chunks to a query vector, by cosine similarity. */
export interface VectorStore {
  readonly dimensions: number;
  /** How many chunk vectors it holds; chunk positions are 0 … size − 1. */
  readonly size: number;
  /** The groups a scope refers to by number. */
  readonly groups: readonly ChunkGroup[];
  /** Positions of the k nearest chunks in scope (all chunks without one), best first. */
  search(query: Float32Array, k: number, scope?: VectorScope): number[];
}

/** A scope given by plain metadata: every listed field must match (an unlisted field matches all). */
export interface ScopeFilter {
  issuers?: readonly string[];
  periods?: readonly string[];
  kinds?: readonly SectionKind[];
}

/** The scope of the groups whose metadata passes `filter`, plus `extraChunks`. */
export function scopeOf(groups: readonly ChunkGroup[], filter: ScopeFilter, extraChunks: readonly number[] = []): VectorScope {
  const allowedGroups = Uint8Array.from(groups, (g) =>
    (!filter.issuers || filter.issuers.includes(g.issuer)) &&
    (!filter.periods || filter.periods.includes(g.period)) &&
    (!filter.kinds || filter.kinds.includes(g.kind))
      ? 1
      : 0,
  );
  return { allowedGroups, extraChunks };
}
