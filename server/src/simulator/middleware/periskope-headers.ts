/**
 * Response headers of every /v1 response (docs/periskope-api.md#auth): `x-periskope-trace-id`;
 * `x-periskope-org-id` (422s carry `org_id` instead); `x-periskope-phone-id` when a phone is
 * selected. 401s get no org id (the key names no org) [I].
 */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { SimEnv } from '../http/env.ts';

/** @param orgId - value of `x-periskope-org-id` / `org_id` */
export function periskopeHeaders(orgId: string): MiddlewareHandler<SimEnv> {
  return async function simulatorPeriskopeHeaders(c, next) {
    await next();
    const headers = c.res.headers;
    headers.set('x-periskope-trace-id', randomUUID());
    if (c.res.status === 422) headers.set('org_id', orgId);
    else if (c.res.status !== 401) headers.set('x-periskope-org-id', orgId);
    const phone = c.get('phone');
    if (phone) headers.set('x-periskope-phone-id', phone.phone_id);
  };
}
