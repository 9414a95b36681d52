/**
 * Hono `Env` of the BFF: the per-request variables every route can read through `c.var`.
 */
import type { RequestIdVariables } from 'hono/request-id';
import type { PeriskopeService, Scope } from './periskope/index.ts';

/** What the SPA may know about this server. Never the key. */
export interface PublicConfig {
  /** True when running against the built-in simulator (no PERISKOPE_API_KEY). */
  demo: boolean;
  /** Default `x-phone` (PERISKOPE_PHONE), if any. */
  defaultPhone?: string | undefined;
  /**
   * Label id → name. Periskope's chat objects carry `label_ids` only (docs/periskope-api.md#chat),
   * so names come from CHAT_LABEL_NAMES (or, in demo mode, the simulator's label set).
   */
  labelNames?: Record<string, string> | undefined;
  /** REFRESH_INTERVAL_MS: how often the SPA refetches what is on screen, ms. */
  refreshIntervalMs?: number | undefined;
}

export type AppEnv = {
  Variables: RequestIdVariables & {
    periskope: PeriskopeService;
    config: PublicConfig;
    /** Scope for an upstream call: the requested phone, else PERISKOPE_PHONE. */
    scope: (phone: string | undefined) => Scope;
  };
};
