/**
 * The key never reaches the browser, and hostile message content renders as text.
 */
import { E2E_SIMULATOR_KEY } from './env.ts';
import { expect, test } from './fixtures.ts';
import { showcase } from './showcase.ts';

test('the API key appears in no network response and not in the DOM', async ({
  inbox,
  page,
  responses,
}) => {
  await inbox.goto();
  await expect(inbox.chatRows.first()).toBeVisible();
  await inbox.chatRows.first().click();
  await expect(page.getByRole('log')).toBeVisible();
  await inbox.goto(`/chats/${encodeURIComponent(showcase().mediaGroupId)}`);
  await expect(page.getByRole('log')).toBeVisible();
  await inbox.goto('/api/chats/not-an-id');

  await expect.poll(() => responses.length).toBeGreaterThan(5);
  for (const response of responses) {
    expect(response.body, response.url).not.toContain(E2E_SIMULATOR_KEY);
    expect(JSON.stringify(response.headers), response.url).not.toContain(E2E_SIMULATOR_KEY);
  }
  await inbox.goto('/');
  await expect(inbox.chatRows.first()).toBeVisible();
  expect(await page.content()).not.toContain(E2E_SIMULATOR_KEY);
});

test('XSS payloads in a chat render as text: no script runs, no element is injected', async ({
  inbox,
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await inbox.goto(`/chats/${encodeURIComponent(showcase().xssChatId)}`);
  const thread = page.getByRole('log');
  await expect(thread).toBeVisible();
  await expect(thread.getByText('<script>', { exact: false }).first()).toBeVisible();
  expect(dialogs).toEqual([]);
  expect(
    await page
      .locator(
        'main script, [role="log"] script, [role="log"] iframe, [role="log"] svg[onload], [onerror], [onload]',
      )
      .count(),
  ).toBe(0);
  expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);
});
