// Build-time only (reads the environment): documents per Pagefind shard, the longest filter list,
// and the corpus size from which common words are left out of the index.
// SEARCH_DOCUMENTS_PER_SHARD, SEARCH_SELECT_OPTIONS_MAX and SEARCH_COMMON_MIN_DOCUMENTS let tests
// exercise all three on a small corpus; SEARCH_WORKERS sets the threads of the index's first pass.
import { positiveIntegerFromEnv as positiveInteger, workerThreadsFromEnv } from '../lib/envSettings.ts';
import { DOCUMENTS_PER_SHARD } from './shards.ts';
import { MAX_SELECT_OPTIONS } from './facetOptions.ts';
import { COMMON_MIN_DOCUMENTS } from './commonWords.ts';

export const documentsPerShard = (): number => positiveInteger('SEARCH_DOCUMENTS_PER_SHARD', DOCUMENTS_PER_SHARD);

/** Filters with more values than this are typed, not picked from a list (see MAX_SELECT_OPTIONS). */
export const maxSelectOptions = (): number => positiveInteger('SEARCH_SELECT_OPTIONS_MAX', MAX_SELECT_OPTIONS);

/** Corpora smaller than this keep every word in the index (see COMMON_MIN_DOCUMENTS). */
export const commonWordsMinDocuments = (): number => positiveInteger('SEARCH_COMMON_MIN_DOCUMENTS', COMMON_MIN_DOCUMENTS);

/** Worker threads for the search build's first pass (src/integrations/searchPrepare.ts): one per core, up to four. */
export const searchWorkers = (): number => workerThreadsFromEnv('SEARCH_WORKERS');
