/**
 * The chat list at scale — filters and sort in the URL, search deep in the list by name
 * and by number, keyboard navigation, error + Retry, the end of a 2,000-chat list, the table.
 */
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';

interface Item {
  chat_id: string;
  chat_name: string | null;
  chat_type: string;
  created_at: string | null;
}
interface Page {
  chats: Item[];
  next_offset: number | null;
}

/** Every chat of the default listing, through the BFF (500 per request). */
async function allChats(request: APIRequestContext): Promise<Item[]> {
  const out: Item[] = [];
  for (let offset: number | null = 0; offset !== null;) {
    const page = (await (
      await request.get(
        `/api/chats?limit=500&offset=${offset}&sort_by=latest_message_timestamp&sort_order=desc`,
      )
    ).json()) as Page;
    out.push(...page.chats);
    offset = page.next_offset;
  }
  return out;
}

test('chat type and sort change the rows and the URL, and survive a reload', async ({
  inbox,
  page,
}) => {
  await inbox.goto();
  await expect(inbox.chatRows.first()).toBeVisible();
  const firstBefore = await inbox.chatRows.first().getAttribute('aria-label');

  await page.getByRole('radio', { name: 'Groups' }).click();
  await expect(page).toHaveURL(/[?&]chat_type=group/);
  await expect(inbox.chatRows.first()).toBeVisible();
  await expect
    .poll(async () => {
      const rows = await inbox.chatRows.all();
      const groups = await Promise.all(
        rows.map((row) => row.getByRole('img', { name: 'Group' }).count()),
      );
      return rows.length > 0 && groups.every((n) => n === 1);
    })
    .toBe(true);

  await page.getByRole('combobox', { name: 'Sort chats' }).selectOption({ label: 'Oldest chats' });
  await expect(page).toHaveURL(/sort_by=created_at/);
  await expect(page).toHaveURL(/sort_order=asc/);
  await expect(inbox.chatRows.first()).not.toHaveAttribute('aria-label', firstBefore ?? '');
  const firstSorted = await inbox.chatRows.first().getAttribute('aria-label');

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Groups' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('combobox', { name: 'Sort chats' })).toHaveValue('created_at:asc');
  await expect(inbox.chatRows.first()).toHaveAttribute('aria-label', firstSorted ?? '');
});

test('search finds a chat deep in the list by name and by number, with the match marked', async ({
  inbox,
  page,
  request,
}) => {
  const chats = await allChats(request);
  expect(chats.length).toBeGreaterThan(1500);
  const deep = chats
    .slice(1500)
    .find(
      (c) => c.chat_type === 'user' && c.chat_name && /^[A-Za-z]+ [A-Za-z]+$/.test(c.chat_name),
    );
  expect(deep, 'a named 1:1 chat beyond the first 1,500').toBeTruthy();
  const name = deep!.chat_name!;

  await inbox.goto();
  await expect(inbox.chatRows.first()).toBeVisible();
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: /search chats/i });
  await expect(search).toBeFocused();
  await search.fill(name);
  await expect(page).toHaveURL(
    new RegExp(`[?&]q=${encodeURIComponent(name).replace(/%20/g, '(\\+|%20)')}`),
  );
  const hit = inbox.chatList.getByRole('option', { name: new RegExp(`^${name}`) }).first();
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText(new RegExp(name.split(' ')[0]!, 'i'));

  // By number, written as people write it: +CC then groups of digits.
  const digits = deep!.chat_id.replace(/@c\.us$/, '');
  await search.fill(`+${digits.slice(0, 2)} ${digits.slice(2, 7)} ${digits.slice(7)}`);
  await expect(
    inbox.chatList.getByRole('option', { name: new RegExp(`^${name}`) }).first(),
  ).toBeVisible();
  await expect(inbox.chatRows.first().locator('mark').first()).toBeVisible();

  // Esc clears the search and the URL.
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(page).not.toHaveURL(/[?&]q=/);
});

test('a search without matches offers a way out', async ({ inbox, page }) => {
  await inbox.goto('/?q=zzqqxxnomatch');
  await expect(page.getByText('No chats match these filters')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(inbox.chatRows.first()).toBeVisible();
  await expect(page).not.toHaveURL(/q=/);
});

test('keyboard: arrows and j/k move through the list, Enter opens the chat', async ({
  inbox,
  page,
}) => {
  await inbox.goto();
  await expect(inbox.chatRows.first()).toBeVisible();
  await inbox.chatRows.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  const third = inbox.chatRows.and(page.locator('[data-index="2"]'));
  await expect(third).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chats\/[^/?]+/);
  await expect(third).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('log')).toBeVisible();
});

test('the Unread filter shows only chats with unread messages', async ({ inbox, page }) => {
  await inbox.goto();
  await page.getByRole('button', { name: 'Unread' }).click();
  await expect(page).toHaveURL(/unread=true/);
  await expect(inbox.chatRows.first()).toBeVisible();
  for (const row of await inbox.chatRows.all())
    await expect(row).toHaveAttribute('aria-label', /\d+ unread/);
});

test('scrolling to the end of the list reaches the end marker with the full count', async ({
  inbox,
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const total = (await allChats(request)).length;
  expect(total).toBeGreaterThanOrEqual(2000);
  await inbox.goto();
  await expect(inbox.chatRows.first()).toBeVisible();
  const end = page.getByText(`End of list · ${total.toLocaleString('en-US')} chats`);
  await expect(async () => {
    await inbox.scrollChatListToEnd();
    await expect(end).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 80_000, intervals: [100] });
  await expect(
    page.getByText(`${total.toLocaleString('en-US')} chats`, { exact: true }),
  ).toBeAttached();
  // Virtualized: the DOM holds a screenful of rows, not thousands.
  expect(await inbox.chatRows.count()).toBeLessThan(40);
});

test('the table view shows the same chats, sorts a column within loaded rows, and opens a chat', async ({
  inbox,
  page,
}) => {
  await inbox.goto('/?view=table');
  const table = page.getByRole('table', { name: 'Chats' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await table.getByRole('button', { name: 'Members' }).click();
  await expect(page.getByText(/Sorted within the [\d,]+ loaded rows/)).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Members/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const counts = await table
    .getByRole('row')
    .evaluateAll((rows) => rows.slice(1, 8).map((r) => Number(r.children[4]?.textContent) || 0));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));

  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Assignee' }).uncheck();
  await expect(table.getByRole('columnheader', { name: 'Assignee' })).toHaveCount(0);

  await table.getByRole('row').nth(1).click();
  await expect(page).toHaveURL(/\/chats\/[^/?]+/);
  await expect(page).not.toHaveURL(/view=table/);
  await expect(page.getByRole('log')).toBeVisible();
});
