/**
 * Every simulator fault mode: the BFF answers each request with data or
 * problem+json within its deadline, never hangs or crashes, and recovers when the fault clears.
 * On fake time (in process, no sockets), so each answer's delay is measured exactly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Faults } from '../../simulator/app.ts';
import { NO_FAULTS } from '../../simulator/faults/faults.ts';
import { runUntilSettled, useFakeTime, useRealTime } from '../../test/fake-time.ts';
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

afterEach(useRealTime);

describe.each(modes)('fault: %s', (_name, faults, allowed) => {
  it('answers every request with data or problem+json in time, then recovers', async () => {
    useFakeTime();
    const { app, sim } = harness({
      simulator: { faults },
      timeoutMs: 1500,
      deadlineMs: DEADLINE_MS,
      breaker: { volumeThreshold: 1000 },
    });
    for (const path of PATHS) {
      const { value: res, elapsedMs } = await runUntilSettled(app.request(path), DEADLINE_MS);
      expect(elapsedMs, path).toBeLessThanOrEqual(DEADLINE_MS);
      expect(allowed, `${path} → ${res.status}`).toContain(res.status);
      if (res.status === 200) expect(await res.json()).toBeTypeOf('object');
      else expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    Object.assign(sim.faults, NO_FAULTS);
    const fresh = harness({ simulator: { faults: {} } });
    expect(
      (await runUntilSettled(fresh.app.request('/api/chats?limit=5&offset=7'), 0)).value.status,
    ).toBe(200);
    // The next call may wait for the limiter (a Retry-After of 1 s, a spent window), not longer.
    const again = await runUntilSettled(app.request('/api/chats?limit=5&offset=1000'), DEADLINE_MS);
    expect(again.value.status).toBe(200);
  });
});
