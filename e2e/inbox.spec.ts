/**
 * The foundation path end to end: browser → BFF → simulator → back.
 */
import { expect, test } from './fixtures.ts';
import { showcase } from './showcase.ts';

interface ChatJson {
  chat_name: string | null;
}

test('opens on the chat list with the demo badge', async ({ inbox }) => {
  await inbox.goto();
  await expect(inbox.demoBadge).toBeVisible();
  await expect(inbox.chatRows.first()).toBeVisible();
  expect(await inbox.chatRows.count()).toBeGreaterThan(5);
});

test('scrolling the chat list loads the second page', async ({ inbox, page }) => {
  await inbox.goto();
  await expect(inbox.chatRows.first()).toBeVisible();
  const secondPage = page.waitForResponse(
    (r) =>
      r.url().includes('/api/chats?') &&
      new URL(r.url()).searchParams.get('offset') === '50' &&
      r.ok(),
  );
  await inbox.scrollChatListToEnd();
  await secondPage;
  await expect(page.getByText(/^(1\d\d|[2-9]\d\d|[\d,]{4,}) chats loaded/)).toBeAttached();
});

test('a group chat shows an image, a reaction and a group event line; reload keeps it open', async ({
  inbox,
  page,
  request,
}) => {
  const id = showcase().mediaGroupId;
  const chat = (await (
    await request.get(`/api/chats/${encodeURIComponent(id)}`)
  ).json()) as ChatJson;
  const name = chat.chat_name ?? '';
  expect(name.length).toBeGreaterThan(0);

  await inbox.goto('/');
  await expect(inbox.chatRows.first()).toBeVisible();
  await inbox.goto(`/chats/${encodeURIComponent(id)}`);
  const thread = inbox.thread(name);
  await expect(thread).toBeVisible();
  // A real <img> (ack ticks are role=img too, as SVGs).
  const image = thread.getByRole('img').and(page.locator('img')).first();
  await expect(image).toBeVisible();
  await expect
    .poll(() =>
      image.evaluate(
        (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0,
      ),
    )
    .toBe(true);
  await expect(thread.getByLabel(/\d+ reactions?/).first()).toBeVisible();
  await expect(
    thread
      .getByText(
        / added | removed | left| joined via invite link| changed the group| made .* an admin|only admins|all participants/,
      )
      .first(),
  ).toBeVisible();

  await page.reload();
  await expect(inbox.thread(name)).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/chats/${encodeURIComponent(id)}`);
});

test('clicking a chat row opens it and puts it in the URL', async ({ inbox, page }) => {
  await inbox.goto();
  const row = inbox.chatRows.nth(2);
  await expect(row).toBeVisible();
  await row.click();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/\/chats\/[^/]+$/);
  await expect(page.getByRole('log')).toBeVisible();
});
