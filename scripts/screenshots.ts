/**
 * `npm run screenshots`: re-takes the README's pictures in `docs/screenshots/` from the built app
 * in demo mode (seed 42), in Debian's Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium). Run
 * `npm run build` first. Each picture waits for what it shows (rows, the thread log, the
 * Activity tab's days), never for a fixed time.
 *
 * Env: `SCREENSHOTS_PORT` (default 3290).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chromium, type Page } from '@playwright/test';
import { createSimulator } from '../server/src/simulator/app.ts';

const port = Number(process.env.SCREENSHOTS_PORT ?? 3290);
const base = `http://127.0.0.1:${port}`;
const out = new URL('../docs/screenshots/', import.meta.url);
const showcase = createSimulator({
  apiKey: 'unused-key',
  publicUrl: 'http://127.0.0.1:1',
  seed: 42,
}).data.showcase;

/** Starts the demo server and resolves once `/api/config` answers. */
async function startServer() {
  // One process (node with tsx's loader), so SIGTERM reaches the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PERISKOPE_API_KEY: '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/api/config`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Opens a chat and waits until its thread shows messages and no spinner is left. */
async function openThread(page: Page, chatId: string, theme: 'light' | 'dark') {
  await page.goto(`${base}/chats/${encodeURIComponent(chatId)}?theme=${theme}`);
  await page.getByRole('listbox', { name: 'Chats' }).getByRole('option').first().waitFor();
  await page.getByRole('log').first().locator('article').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
}

const shots: { file: string; take: (page: Page) => Promise<void> }[] = [
  { file: 'inbox.png', take: (page) => openThread(page, showcase.mediaGroupId, 'light') },
  {
    file: 'thread-user-light.png',
    take: (page) => openThread(page, showcase.fixtureUserChatId, 'light'),
  },
  {
    file: 'thread-user-dark.png',
    take: (page) => openThread(page, showcase.fixtureUserChatId, 'dark'),
  },
  {
    file: 'thread-group-light.png',
    take: (page) => openThread(page, showcase.mediaGroupId, 'light'),
  },
  {
    file: 'thread-group-dark.png',
    take: (page) => openThread(page, showcase.mediaGroupId, 'dark'),
  },
  {
    file: 'message-types.png',
    take: (page) => openThread(page, showcase.allKindsUserChatId, 'light'),
  },
  {
    file: 'activity-tab.png',
    take: async (page) => {
      await openThread(page, showcase.mediaGroupId, 'light');
      const details = page.getByRole('complementary', { name: 'Chat details' });
      await details.getByRole('tab', { name: 'Activity' }).click();
      await details
        .getByRole('tabpanel', { name: 'Activity' })
        .getByRole('list', { name: 'Group activity' })
        .locator('li[data-key^="n-"]')
        .first()
        .waitFor();
      await page.waitForLoadState('networkidle');
    },
  },
];

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await shot.take(page);
    await page.screenshot({ path: new URL(shot.file, out).pathname });
    console.log(`docs/screenshots/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await once(server, 'exit');
}
