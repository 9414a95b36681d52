/**
 * periskope/cache: upstream answers kept and shared (docs/decisions/002, 006). Large upstream
 * blocks served in small slices ({@link BlockCache}), whole objects with a freshness stamp and
 * coalesced loads ({@link StampedCache}), filtered scans over blocks, and the phone scope every
 * key starts with.
 */
export { BlockCache, type BlockCacheOptions, type BlockLoader, type Slice } from './block-cache.ts';
export { MAX_SCAN, filteredSlice, type FilteredSlice } from './filtered-slice.ts';
export type { Fresh, Scope } from './scope.ts';
export {
  StampedCache,
  type CacheResult,
  type Loader,
  type Stamped,
  type StampedCacheOptions,
} from './stamped-cache.ts';
