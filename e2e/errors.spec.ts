/**
 * When the server cannot get data, the agent sees a clear message with a Retry that works:
 * never a blank screen or an endless spinner.
 */
import { expect, test } from './fixtures.ts';

const problem = {
  type: '/problems/upstream_circuit_open',
  title: 'Periskope is failing',
  status: 503,
  detail: 'Periskope has been failing; requests are paused. Try again in 10 s.',
  code: 'upstream_circuit_open',
  request_id: 'e2e-request',
};

test('a failing chat list shows the problem and Retry recovers it', async ({ inbox, page }) => {
  let failing = true;
  await page.route('**/api/chats?*', async (route) => {
    if (failing)
      await route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        headers: { 'Retry-After': '10' },
        body: JSON.stringify(problem),
      });
    else await route.fallback();
  });
  await inbox.goto();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Periskope has been failing');
  await expect(inbox.chatRows).toHaveCount(0);

  failing = false;
  await alert.getByRole('button', { name: /retry/i }).click();
  await expect(inbox.chatRows.first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a failing thread shows the problem in the thread pane while the list keeps working', async ({
  inbox,
  page,
}) => {
  let failing = true;
  await page.route('**/api/chats/*/messages?*', async (route) => {
    if (failing)
      await route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify(problem),
      });
    else await route.fallback();
  });
  await inbox.goto('/chats/919537851844%40c.us');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Periskope has been failing');
  await expect(inbox.chatRows.first()).toBeVisible();
  failing = false;
  await alert.getByRole('button', { name: /retry/i }).click();
  await expect(page.getByRole('log')).toContainText('hello 4');
});
