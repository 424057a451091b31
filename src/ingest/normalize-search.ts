// The search form is a language rule (src/lang/zh/normalize.ts); retrieval and indexing still import it from here.
export { normalizeForSearch } from '../lang/zh/normalize.js';
