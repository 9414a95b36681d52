/**
 * Server configuration, parsed once at boot from `process.env` with zod (the Epic Stack pattern).
 *
 * A bad value stops the process with one line naming the variable, never its value, so the
 * Periskope key cannot leak through a typo in another variable. The README configuration table
 * mirrors this schema field for field.
 */
import { z } from 'zod';

/**
 * `x-phone` as Periskope accepts it: country code + number digits, or a `phone-…` id
 * (docs/periskope-api.md#auth).
 */
export const phoneSchema = z
  .string()
  .regex(/^(\d{6,15}|phone-[a-z0-9]{6,64})$/, 'digits like 919876543210, or phone-…');

/** An empty variable (`FOO=`) reads as unset, so its default applies. */
export const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

/** Rate limit of the built-in simulator, written `<requests>/<window ms>` like `10/2000`. */
export const rateLimitSchema = z
  .string()
  .regex(/^\d+\/\d+$/, 'expected <requests>/<window ms>, e.g. 10/2000')
  .transform((v) => {
    const [limit, windowMs] = v.split('/').map(Number) as [number, number];
    return { limit, windowMs };
  });

export const envSchema = z.object({
  PERISKOPE_API_KEY: z.preprocess(emptyAsUndefined, z.string().min(8).optional()),
  PERISKOPE_PHONE: z.preprocess(emptyAsUndefined, phoneSchema.optional()),
  PERISKOPE_API_URL: z.preprocess(
    emptyAsUndefined,
    z.url().default('https://api.periskope.app/v1'),
  ),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().min(1).default('127.0.0.1')),
  /** Upstream request timeout in ms (one attempt). */
  UPSTREAM_TIMEOUT_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(100).max(120_000).default(10_000),
  ),
  /**
   * Total budget of one upstream call (queueing + retries), ms; past it the browser gets 503/504.
   */
  UPSTREAM_DEADLINE_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(500).max(120_000).default(15_000),
  ),
  /**
   * Our own upstream budget, `<requests>/<window ms>`, kept under Periskope's ~10 per 2 s
   * (docs/periskope-api.md#lists).
   */
  UPSTREAM_RATE_LIMIT: z.preprocess(
    emptyAsUndefined,
    rateLimitSchema.default({ limit: 8, windowMs: 2000 }),
  ),
  /** Upstream calls in flight at once. */
  UPSTREAM_CONCURRENCY: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(1).max(32).default(4),
  ),
  /** Reuse of a serialized `/api` answer for identical GETs, ms (micro-cache); 0 = off. */
  RESPONSE_MEMO_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(0).max(60_000).default(1000),
  ),
  /** Time the circuit breaker stays open before a trial call, ms. */
  BREAKER_RESET_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(100).max(600_000).default(10_000),
  ),
  /**
   * Items per upstream list call; the BFF serves the UI small slices of these blocks
   * (docs/periskope-api.md#lists: max 2000).
   */
  UPSTREAM_PAGE_SIZE: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(1).max(2000).default(1000),
  ),
  /** How long a fetched upstream block is served fresh, in ms. */
  CACHE_TTL_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  ),
  /**
   * Memory budget of the upstream caches, MiB of upstream JSON (the heap holds roughly 3× that).
   */
  CACHE_MAX_MB: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(8).max(16_384).default(256),
  ),
  /** How often the open thread and the chat list refetch while the tab is visible, ms. */
  REFRESH_INTERVAL_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(2000).max(600_000).default(15_000),
  ),
  /**
   * Age after which the chat index (search, unread/assignee filters) is refreshed in the
   * background, ms.
   */
  CHAT_INDEX_TTL_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(1000).max(86_400_000).default(60_000),
  ),
  /**
   * `true` when behind a reverse proxy we trust: its `X-Request-Id` is kept and `X-Forwarded-Proto:
   * https` turns on HSTS.
   */
  TRUST_PROXY: z.preprocess(
    emptyAsUndefined,
    z
      .enum(['true', 'false', '1', '0'])
      .default('false')
      .transform((v) => v === 'true' || v === '1'),
  ),
  /**
   * Origins allowed to embed the inbox in an iframe (CSP `frame-ancestors`), comma-separated;
   * `'self'` always included.
   */
  EMBED_ALLOWED_ORIGINS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((u) => new URL(u).origin))),
  ),
  /**
   * Label names, `label-<id>=Name` pairs, comma-separated. Periskope chat objects carry label ids
   * only (docs/periskope-api.md#chat); these names are shown instead of the ids. Demo mode knows
   * the simulator's labels without it.
   */
  CHAT_LABEL_NAMES: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default('')
      .transform((v, ctx) => {
        const names: Record<string, string> = {};
        for (const pair of v
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean)) {
          const match = /^(label-[A-Za-z0-9_-]+)=(.{1,100})$/.exec(pair);
          if (!match) {
            ctx.addIssue({
              code: 'custom',
              message: 'expected label-<id>=Name pairs, comma-separated',
            });
            return z.NEVER;
          }
          names[match[1]!] = match[2]!.trim();
        }
        return names;
      }),
  ),
  /** `true` serves the SPA's source maps (`/assets/*.map`); off by default, so sources stay private. */
  SOURCEMAPS: z.preprocess(
    emptyAsUndefined,
    z
      .enum(['true', 'false', '1', '0'])
      .default('false')
      .transform((v) => v === 'true' || v === '1'),
  ),
  /**
   * The inbox's external URL (scheme, host, optional port), e.g. `https://inbox.example.com`;
   * its host name is allowed by the Host check.
   */
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  /**
   * Host names the server answers for, comma-separated, without port; `*` = any. Default:
   * `localhost`, `127.0.0.1`, `[::1]` and the host of PUBLIC_URL. Any other `Host` gets 421
   * (DNS rebinding).
   */
  ALLOWED_HOSTS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      )
      .pipe(
        z.union([
          z.tuple([z.literal('*')]).transform(() => '*' as const),
          z.array(z.string().regex(/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/, 'host names without port')),
        ]),
      )
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  /** Demo mode only: generated chats in the simulator (fixture chats come on top). */
  SIMULATOR_CHATS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(0).max(200_000).default(2000),
  ),
  SIMULATOR_SEED: z.preprocess(emptyAsUndefined, z.coerce.number().int().default(42)),
  /** Demo mode only: loopback port of the simulator (0 = any free port). */
  SIMULATOR_PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(0).max(65535).default(0),
  ),
  /**
   * Demo mode only: the key the simulator accepts (default: random per start). Tests fix it to
   * prove it never leaks.
   */
  SIMULATOR_API_KEY: z.preprocess(emptyAsUndefined, z.string().min(8).optional()),
  /**
   * Demo mode only: enforce a rate limit in the simulator, e.g. `10/2000`; unset = headers only.
   */
  SIMULATOR_RATE_LIMIT: z.preprocess(emptyAsUndefined, rateLimitSchema.optional()),
});

export type Env = z.infer<typeof envSchema>;

/**
 * Parses an environment with a zod object schema; shared by the server and the standalone
 * simulator (simulator/env.ts) so both fail the same way.
 * @param schema - one field per variable
 * @param source - usually `process.env`
 * @returns the typed configuration
 * @throws {Error} one line naming every bad variable (names only, never values)
 */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  source: Record<string, string | undefined>,
): z.output<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const names = [...new Set(result.error.issues.map((i) => String(i.path[0])))];
  const reasons = result.error.issues.map((i) => `${String(i.path[0])} (${i.message})`);
  throw new Error(`Invalid configuration: ${names.length === 1 ? reasons[0] : reasons.join(', ')}`);
}

/**
 * Parses the server's environment.
 * @param source - usually `process.env`
 * @returns the typed configuration
 * @throws {Error} one line naming every bad variable (names only, never values)
 */
export function loadEnv(source: Record<string, string | undefined>): Env {
  return parseEnv(envSchema, source);
}

/** Host names always answered when ALLOWED_HOSTS is unset (the Host check, middleware/host-allowlist.ts). */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/**
 * Host names the server answers for: ALLOWED_HOSTS, else the loopback names plus the host of
 * PUBLIC_URL.
 * @returns host names without port (IPv6 in brackets), or `'*'` for any
 */
export function allowedHosts(env: Pick<Env, 'ALLOWED_HOSTS' | 'PUBLIC_URL'>): string[] | '*' {
  if (env.ALLOWED_HOSTS) return env.ALLOWED_HOSTS;
  const hosts: string[] = [...LOOPBACK_HOSTS];
  if (env.PUBLIC_URL) hosts.push(new URL(env.PUBLIC_URL).hostname.toLowerCase());
  return hosts;
}
