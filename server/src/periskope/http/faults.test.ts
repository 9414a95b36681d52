/**
 * Every simulator fault mode: the BFF answers each request with data or
 * problem+json within its deadline, never hangs or crashes, and recovers when the fault clears.
 */
import { describe, expect, it } from 'vitest';
import type { Faults } from '../../simulator/app.ts';
import { NO_FAULTS } from '../../simulator/faults/faults.ts';
import { harness } from '../../test/harness.ts';

const DEADLINE_MS = 3000;
const PATHS = [
  '/api/chats?limit=20',
  '/api/chats/919537851844@c.us',
  '/api/chats/919537851844@c.us/messages?limit=20',
  '/api/phones',
];

const modes: [string, Partial<Faults>, number[]][] = [
  ['added latency below the timeout', { latencyMs: 150, latencyJitterMs: 50 }, [200]],
  ['added latency beyond the timeout', { latencyMs: 4000 }, [504]],
  ['5xx on every call', { errorRate: 1, errorStatus: 503 }, [502, 503]],
  ['5xx on half the calls', { errorRate: 0.5 }, [200, 502, 503]],
  ['429 with Retry-After', { rateLimited: { retryAfterSeconds: 1 } }, [503]],
  ['rate-limit enforcement', { enforceRateLimit: true }, [200]],
  ['malformed JSON', { malformedJson: true }, [502, 503]],
  ['connection reset', { connectionReset: true }, [502, 503, 504]],
  ['slow body beyond the deadline', { slowBodyMs: 8000 }, [504, 503]],
  ['key revoked (401)', { unauthorized: true }, [502]],
];

describe.concurrent.each(modes)('fault: %s', (_name, faults, allowed) => {
  it('answers every request with data or problem+json in time, then recovers', async () => {
    const { app, sim } = harness({
      simulator: { faults },
      timeoutMs: 1500,
      deadlineMs: DEADLINE_MS,
      breaker: { volumeThreshold: 1000 },
    });
    for (const path of PATHS) {
      const started = Date.now();
      const res = await app.request(path);
      expect(Date.now() - started, path).toBeLessThan(DEADLINE_MS + 1000);
      expect(allowed, `${path} → ${res.status}`).toContain(res.status);
      if (res.status === 200) expect(await res.json()).toBeTypeOf('object');
      else expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    Object.assign(sim.faults, NO_FAULTS);
    await new Promise((r) => setTimeout(r, 1100)); // a Retry-After of 1 s may still pause the limiter
    const fresh = harness({ simulator: { faults: {} } });
    expect((await fresh.app.request('/api/chats?limit=5&offset=7')).status).toBe(200);
    expect((await app.request('/api/chats?limit=5&offset=1000')).status).toBe(200);
  }, 40_000);
});
