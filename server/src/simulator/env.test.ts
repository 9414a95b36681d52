import { describe, expect, it } from 'vitest';
import { loadSimulatorEnv } from './env.ts';

describe('standalone simulator configuration', () => {
  it('starts on the documented defaults', () => {
    expect(loadSimulatorEnv({})).toEqual({
      SIMULATOR_HOST: '127.0.0.1',
      SIMULATOR_PORT: 4010,
      SIMULATOR_API_KEY: 'sim-key',
      SIMULATOR_CHATS: 2000,
      SIMULATOR_SEED: 42,
      SIMULATOR_RATE_LIMIT: undefined,
      SIMULATOR_FAULTS: {},
    });
  });

  it('reads a rate limit as enforced and faults as JSON', () => {
    const env = loadSimulatorEnv({
      SIMULATOR_RATE_LIMIT: '10/2000',
      SIMULATOR_FAULTS: '{"latencyMs":50,"errorRate":0.1}',
      SIMULATOR_CHATS: '',
    });
    expect(env.SIMULATOR_RATE_LIMIT).toEqual({ limit: 10, windowMs: 2000, enforce: true });
    expect(env.SIMULATOR_FAULTS).toEqual({ latencyMs: 50, errorRate: 0.1 });
    expect(env.SIMULATOR_CHATS).toBe(2000);
  });

  it.each([
    ['SIMULATOR_PORT', '0'],
    ['SIMULATOR_PORT', 'http'],
    ['SIMULATOR_CHATS', '-1'],
    ['SIMULATOR_RATE_LIMIT', 'ten'],
    ['SIMULATOR_FAULTS', '{"latencyMs":'],
    ['SIMULATOR_FAULTS', '{"latencyMS":50}'],
  ])('refuses %s=%s with one line naming the variable', (name, value) => {
    expect(() => loadSimulatorEnv({ [name]: value })).toThrow(
      new RegExp(`^Invalid configuration: ${name} \\(`),
    );
  });
});
