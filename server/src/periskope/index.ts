/**
 * periskope/: everything the BFF knows about the Periskope API, and the only way in for routes,
 * middleware, observability and the composition root (docs/architecture.md). Inside, each layer
 * sits on the ones below it: http → api → cache → chat-index → service.
 */
export {
  CircuitOpenError,
  LimiterBusyError,
  UpstreamError,
  circuitOpenProblem,
  createPeriskopeHttp,
  limiterBusyProblem,
  upstreamProblem,
  type BreakerOptions,
  type LimiterOptions,
  type PeriskopeHttp,
  type PeriskopeHttpOptions,
  type UpstreamFailure,
} from './http/index.ts';
export {
  createPeriskopeApi,
  normaliseChatId,
  type Chat,
  type InvalidItemHandler,
  type Message,
  type PeriskopeApi,
} from './api/index.ts';
export type { CacheResult, Fresh, Scope } from './cache/index.ts';
export {
  MAX_QUERY,
  chatSummary,
  type ChatIndexQuery,
  type ChatListItem,
  type ChatSummary,
  type IndexStatus,
} from './chat-index/index.ts';
export {
  CACHE_SHARES,
  createPeriskopeService,
  type PeriskopeService,
  type ServiceOptions,
} from './service.ts';
