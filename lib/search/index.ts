/** Library search: index terms for Dexie's `*terms` multiEntry index, matching, and snippets. */
export { fold, indexTerms, isSingleTerm, matches, MAX_INDEX_TERMS, MAX_WORD_LENGTH, queryPieces, queryTerms } from './terms';
export { foldAligned, snippet, SNIPPET_RADIUS, type Snippet } from './snippet';
