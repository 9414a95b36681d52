/**
 * The one transport of the SPA: Hono's typed client over the BFF's `/api` routes.
 * Route paths, parameters and response types all come from the server's `AppType`.
 */
import { hc } from 'hono/client';
import type { AppType } from '../../../server/src/app.ts';

/** Typed BFF client; e.g. `api.chats.$get({ query: { limit: '50' } })`. */
export const api = hc<AppType>('/api');
