/**
 * The thread's scroll — deep links far back, older pages that do not move the reader,
 * jump to latest, and reaction chips that say who reacted.
 */
import { expect, test } from './fixtures.ts';
import { showcase } from './showcase.ts';

interface MessagePage {
  messages: { message_id: string; body: string | null }[];
}
interface ChatJson {
  chat_name: string | null;
}

test('a deep link to a message 1,000 messages back opens it highlighted', async ({
  inbox,
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const id = showcase().bigGroupId;
  const far = (
    (await (
      await request.get(`/api/chats/${encodeURIComponent(id)}/messages?offset=1000&limit=1`)
    ).json()) as MessagePage
  ).messages[0];
  expect(far).toBeTruthy();
  await inbox.goto(
    `/chats/${encodeURIComponent(id)}/messages/${encodeURIComponent(far!.message_id)}`,
  );
  const highlighted = page.getByRole('log').locator('[data-highlighted]');
  await expect(highlighted).toBeVisible({ timeout: 30_000 });
  await expect(highlighted).toBeInViewport();
  // The highlighted row is that message: its index is 1,000 rows above the newest.
  const rows = await page.evaluate(
    () => document.querySelector('[role=log]')?.querySelectorAll('article').length ?? 0,
  );
  expect(rows).toBeGreaterThan(0);
});

test('a deep link to a message that does not exist says so', async ({ inbox, page }) => {
  const id = showcase().mediaGroupId;
  await inbox.goto(
    `/chats/${encodeURIComponent(id)}/messages/${encodeURIComponent('false_120363000000000000@g.us_3EB0DEADBEEF')}`,
  );
  await expect(
    page.getByRole('alert').filter({ hasText: /not in the chat's history/ }),
  ).toBeVisible({ timeout: 30_000 });
});

test('loading an older page keeps the message under the reader in place (≤ 1 px)', async ({
  inbox,
  page,
  request,
}) => {
  const id = showcase().bigGroupId;
  const chat = (await (
    await request.get(`/api/chats/${encodeURIComponent(id)}`)
  ).json()) as ChatJson;
  await inbox.goto(`/chats/${encodeURIComponent(id)}`);
  const log = inbox.thread(chat.chat_name ?? '');
  await expect(log.locator('article').first()).toBeVisible();
  // Scroll up a little (not into the auto-load zone), then load the older page with the button.
  await log.evaluate((el) => el.scrollBy({ top: -600 }));
  await expect(page.getByRole('button', { name: 'Load older' })).toBeEnabled();
  const anchor = await log.evaluateHandle((el) => {
    const box = el.getBoundingClientRect();
    return (
      [...el.querySelectorAll('article')].find(
        (a) => a.getBoundingClientRect().top > box.top + 80,
      ) ?? null
    );
  });
  const topOf = () => anchor.evaluate((a) => (a ? a.getBoundingClientRect().top : Number.NaN));
  const before = await topOf();
  const height = await log.evaluate((el) => el.scrollHeight);
  await page.getByRole('button', { name: 'Load older' }).click();
  await expect.poll(() => log.evaluate((el) => el.scrollHeight)).toBeGreaterThan(height);
  await expect(page.getByRole('button', { name: 'Load older' })).toBeEnabled();
  expect(await anchor.evaluate((a) => a?.isConnected)).toBe(true);
  expect(Math.abs((await topOf()) - before)).toBeLessThanOrEqual(1);
});

test('jump to latest appears when scrolled up and brings the reader back', async ({
  inbox,
  page,
  request,
}) => {
  const id = showcase().bigGroupId;
  const chat = (await (
    await request.get(`/api/chats/${encodeURIComponent(id)}`)
  ).json()) as ChatJson;
  await inbox.goto(`/chats/${encodeURIComponent(id)}`);
  const log = inbox.thread(chat.chat_name ?? '');
  await expect(log.locator('article').first()).toBeVisible();
  const jump = page.getByRole('button', { name: /^Jump to latest/ });
  await expect(jump).toHaveCount(0);
  await log.evaluate((el) => el.scrollBy({ top: -1500 }));
  await expect(jump).toBeVisible();
  await jump.click();
  await expect(jump).toHaveCount(0);
  expect(await log.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight)).toBeLessThan(
    100,
  );
});

test('reaction chips show counts, and on keyboard focus who reacted and when', async ({
  inbox,
  page,
  request,
}) => {
  const id = showcase().mediaGroupId;
  const chat = (await (
    await request.get(`/api/chats/${encodeURIComponent(id)}`)
  ).json()) as ChatJson;
  await inbox.goto(`/chats/${encodeURIComponent(id)}`);
  const chip = inbox
    .thread(chat.chat_name ?? '')
    .getByRole('listitem', { name: /\d+ reactions?$/ })
    .first();
  await expect(chip).toBeVisible();
  await chip.focus();
  const tooltip = page.getByRole('tooltip').filter({ visible: true });
  await expect(tooltip).toHaveCount(1);
  await expect(tooltip).toHaveText(/· \d\d:\d\d/);
  // One GET /reactions-backed request per chat, not one per message.
  const perMessage = await page.evaluate(
    () =>
      performance.getEntriesByType('resource').filter((e) => /\/api\/messages\//.test(e.name))
        .length,
  );
  expect(perMessage).toBe(0);
});

test('a quoted reply jumps to its original, highlighted', async ({ inbox, page, request }) => {
  test.setTimeout(60_000);
  const id = showcase().bigGroupId;
  type Quoting = { message_id: string; quoted_message_id: string | null };
  const page1 = (await (
    await request.get(`/api/chats/${encodeURIComponent(id)}/messages?offset=0&limit=500`)
  ).json()) as { messages: Quoting[] };
  const ids = new Set(page1.messages.map((m) => m.message_id));
  // A reply (opened by deep link, so it is centred) whose original is a few messages older.
  const reply = page1.messages.find(
    (m, i) =>
      i > 20 &&
      m.quoted_message_id &&
      ids.has(m.quoted_message_id) &&
      page1.messages.findIndex((x) => x.message_id === m.quoted_message_id) >= i + 3,
  );
  expect(reply, 'a reply quoting a message at least 3 messages older').toBeTruthy();
  await inbox.goto(
    `/chats/${encodeURIComponent(id)}/messages/${encodeURIComponent(reply!.message_id)}`,
  );
  const log = page.getByRole('log');
  const quote = log
    .locator('[data-highlighted]')
    .getByRole('button', { name: /go to the original/i })
    .or(log.locator('[data-highlighted]').getByTitle('Go to the original message'));
  await expect(quote.first()).toBeVisible({ timeout: 30_000 });
  await quote.first().click();
  await expect(page).toHaveURL(
    new RegExp(
      `/messages/${encodeURIComponent(reply!.quoted_message_id!).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
    ),
  );
  await expect(log.locator(`[data-key="m-${reply!.quoted_message_id!}"]`)).toBeInViewport({
    timeout: 30_000,
  });
});

test('Copy link copies the message deep link', async ({ inbox, page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const id = showcase().mediaGroupId;
  const chat = (await (
    await request.get(`/api/chats/${encodeURIComponent(id)}`)
  ).json()) as ChatJson;
  await inbox.goto(`/chats/${encodeURIComponent(id)}`);
  const log = inbox.thread(chat.chat_name ?? '');
  const article = log.locator('article').last();
  await article.hover();
  await article.getByRole('button', { name: 'Copy link to this message' }).click();
  await expect(article.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`/chats/${encodeURIComponent(id)}/messages/[^/]+$`));
  await page.goto(link);
  await expect(page.getByRole('log').locator('[data-highlighted]')).toBeVisible({
    timeout: 20_000,
  });
});

test("the lightbox opens a photo over the chat's photos, moves with arrows and closes with Esc", async ({
  inbox,
  page,
  request,
}) => {
  const id = showcase().mediaGroupId;
  const chat = (await (
    await request.get(`/api/chats/${encodeURIComponent(id)}`)
  ).json()) as ChatJson;
  await inbox.goto(`/chats/${encodeURIComponent(id)}`);
  const log = inbox.thread(chat.chat_name ?? '');
  const photo = log.locator('article button:has(img)').last();
  await expect(photo).toBeVisible();
  await photo.click();
  const viewer = page.getByRole('dialog', { name: 'Photo viewer' });
  await expect(viewer).toBeVisible();
  const counter = viewer.getByText(/^\d+ \/ \d+$/);
  const [n, total] = ((await counter.textContent()) ?? '').split(' / ').map(Number) as [
    number,
    number,
  ];
  expect(total).toBeGreaterThan(1);
  await page.keyboard.press(n > 1 ? 'ArrowLeft' : 'ArrowRight');
  await expect(counter).toHaveText(`${n > 1 ? n - 1 : n + 1} / ${total}`);
  await expect(viewer.getByRole('img')).toBeVisible();
  await expect(viewer.getByRole('link', { name: 'Download' })).toHaveAttribute('download', /.+/);
  await viewer.getByRole('button', { name: 'Zoom' }).click();
  await expect(viewer.getByRole('button', { name: 'Fit' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
});

interface InfoMessage {
  message_id: string;
  from_me: boolean;
  is_private_note: boolean | null;
  delivery_info: {
    read: Record<string, number>;
    delivered: Record<string, number>;
    pending: string[];
  } | null;
}
interface MemberJson {
  members: Record<string, { contact_id: string; contact_name: string | null }> | null;
}

test('Message info shows per-recipient read times with member names, the ids and the JSON', async ({
  inbox,
  page,
  request,
}) => {
  const id = showcase().bigGroupId;
  const chat = (await (
    await request.get(`/api/chats/${encodeURIComponent(id)}`)
  ).json()) as ChatJson & MemberJson;
  const { messages } = (await (
    await request.get(`/api/chats/${encodeURIComponent(id)}/messages?limit=200`)
  ).json()) as { messages: InfoMessage[] };
  const own = messages.find(
    (m) =>
      m.from_me &&
      !m.is_private_note &&
      m.delivery_info &&
      Object.keys(m.delivery_info.read).some((r) => chat.members?.[r]?.contact_name),
  );
  expect(own, 'an own message read by a named member').toBeTruthy();
  const reader = Object.keys(own!.delivery_info!.read)
    .map((r) => chat.members?.[r]?.contact_name)
    .find(Boolean)!;
  await inbox.goto(
    `/chats/${encodeURIComponent(id)}/messages/${encodeURIComponent(own!.message_id)}`,
  );
  const row = page.getByRole('log').locator('[data-highlighted]');
  await expect(row).toBeInViewport({ timeout: 30_000 });
  // Keyboard: the button is revealed on focus (it is invisible until hovered).
  await row.getByRole('button', { name: 'Message info' }).focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: 'Message info' });
  await expect(drawer).toBeVisible();
  const receipt = drawer
    .getByRole('row', { name: new RegExp(reader.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .first();
  await expect(receipt).toBeVisible();
  // The read column carries a time, not a dash.
  await expect(receipt.getByRole('cell').last()).toHaveText(/\d\d:\d\d/);
  await expect(drawer.getByText(own!.message_id, { exact: true })).toBeVisible();
  await drawer.getByText('Message JSON').click();
  await expect(drawer.getByLabel('Message JSON')).toContainText(
    `"message_id": "${own!.message_id}"`,
  );
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
});

test('a link to a group event opens the thread at that event, highlighted', async ({
  inbox,
  page,
  request,
}) => {
  const id = showcase().bigGroupId;
  const { notifications } = (await (
    await request.get(`/api/chats/${encodeURIComponent(id)}/notifications?offset=10&limit=1`)
  ).json()) as {
    notifications: { notification_id: string }[];
  };
  const event = notifications[0];
  expect(event, 'the big group has at least 11 events').toBeTruthy();
  await inbox.goto(
    `/chats/${encodeURIComponent(id)}/notifications/${encodeURIComponent(event!.notification_id)}`,
  );
  const row = page.getByRole('log').locator(`[data-key="n-${event!.notification_id}"]`);
  await expect(row).toBeInViewport({ timeout: 30_000 });
  await expect(row).toHaveAttribute('data-highlighted', 'true');
  await expect(row.getByRole('note')).toBeVisible();
});
