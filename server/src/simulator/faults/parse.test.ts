/**
 * SIMULATOR_FAULTS parsing.
 */
import { describe, expect, it } from 'vitest';
import { parseFaults } from './parse.ts';

describe('parseFaults', () => {
  it('blank → no faults; a JSON subset passes through', () => {
    expect(parseFaults(undefined)).toEqual({});
    expect(parseFaults('  ')).toEqual({});
    expect(
      parseFaults('{"latencyMs":50,"errorRate":0.1,"rateLimited":{"retryAfterSeconds":2}}'),
    ).toEqual({ latencyMs: 50, errorRate: 0.1, rateLimited: { retryAfterSeconds: 2 } });
  });

  it('rejects bad JSON, unknown names and out-of-range values, naming the field', () => {
    expect(() => parseFaults('{latency')).toThrow(/must be JSON/);
    expect(() => parseFaults('{"latency":5}')).toThrow(/SIMULATOR_FAULTS is invalid/);
    expect(() => parseFaults('{"errorRate":2}')).toThrow(/errorRate/);
    expect(() => parseFaults('{"errorStatus":404}')).toThrow(/errorStatus/);
  });
});
