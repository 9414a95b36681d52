/**
 * Playwright e2e against the built app in demo mode (built-in simulator), on Debian's Chromium
 * (`CHROMIUM_PATH`, else /usr/bin/chromium); no browser download ever.
 */
import { defineConfig } from '@playwright/test';
import { E2E_PORT, E2E_SIMULATOR_KEY } from './e2e/env.ts';

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'npx tsx server/src/index.ts',
    url: `http://127.0.0.1:${E2E_PORT}/api/config`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SIMULATOR_API_KEY: E2E_SIMULATOR_KEY,
      PERISKOPE_API_KEY: '',
    },
  },
});
