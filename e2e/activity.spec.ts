/**
 * The details pane's Activity tab (kind filters, a member's history, who was in the
 * group on a date) and the org-wide /activity page (filters in the URL, rows that open the
 * chat at the event). Expected values come from the BFF, so the specs follow the seed.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { showcase } from './showcase.ts';

// Day boundaries in the UI are local; UTC makes them the same as the API's dates here.
test.use({ timezoneId: 'UTC' });

/**
 * A notification of a showcase group, whose simulated events all carry a chat, a type and a time.
 */
interface Note {
  notification_id: string;
  chat_id: string;
  type: string;
  author: string | null;
  recipientids: string[];
  timestamp: string;
}
/**
 * As the org-wide feed serves it: `chat_id`, `type` and `timestamp` may be null (official
 * NotificationType).
 */
type FeedNote = Omit<Note, 'chat_id' | 'type' | 'timestamp'> & {
  chat_id: string | null;
  type: string | null;
  timestamp: string | null;
};
/** The feed's notifications that carry their time. */
const dated = (notes: FeedNote[]) =>
  notes.filter((n): n is FeedNote & { timestamp: string } => n.timestamp !== null);
interface ChatJson {
  chat_name: string | null;
  members: Record<string, { contact_id: string; contact_name: string | null }> | null;
}

const enc = encodeURIComponent;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches a URL whose path (and search) ends the string. */
const urlEndingWith = (path: string) => new RegExp(`${escape(path)}$`);
const json = async <T>(request: APIRequestContext, url: string): Promise<T> =>
  (await (await request.get(url)).json()) as T;
const notes = async (request: APIRequestContext, chatId: string) =>
  (
    await json<{ notifications: Note[] }>(
      request,
      `/api/chats/${enc(chatId)}/notifications?limit=500`,
    )
  ).notifications;
const subjects = (n: Note) =>
  n.recipientids.length > 0
    ? n.recipientids
    : (n.type === 'leave' || n.type === 'invite') && n.author
      ? [n.author]
      : [];

/** Opens a group and its Activity tab; returns the tab panel and its timeline rows. */
async function openActivity(
  page: Page,
  chatId: string,
  search = '',
): Promise<{ panel: Locator; rows: Locator }> {
  await page.goto(`/chats/${enc(chatId)}${search}`);
  const details = page.getByRole('complementary', { name: 'Chat details' });
  await details.getByRole('tab', { name: 'Activity' }).click();
  const panel = details.getByRole('tabpanel', { name: 'Activity' });
  const rows = panel.getByRole('list', { name: 'Group activity' }).locator('li[data-key^="n-"]');
  await expect(rows.first()).toBeVisible();
  return { panel, rows };
}

test('kind filters narrow the Activity timeline', async ({ page, request, inbox }) => {
  void inbox;
  const id = showcase().mediaGroupId;
  const all = await notes(request, id);
  const count = (types: string[]) => all.filter((n) => types.includes(n.type)).length;
  const { panel, rows } = await openActivity(page, id);
  await expect(rows).toHaveCount(all.length);

  await panel.getByRole('button', { name: 'Admins', exact: true }).click();
  await expect(panel.getByRole('button', { name: 'Admins', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(rows).toHaveCount(count(['promote', 'demote']));
  for (const text of await rows.allInnerTexts())
    expect(text).toMatch(/ made .* admin| dismissed .* as admin/);

  await panel.getByRole('button', { name: 'Membership', exact: true }).click();
  await expect(rows).toHaveCount(count(['promote', 'demote', 'add', 'remove', 'leave', 'invite']));

  await panel.getByRole('button', { name: 'All', exact: true }).click();
  await expect(rows).toHaveCount(all.length);
});

test("a member's history shows their joins, leaves and role changes", async ({
  page,
  request,
  inbox,
}) => {
  void inbox;
  const id = showcase().mediaGroupId;
  const [all, chat] = await Promise.all([
    notes(request, id),
    json<ChatJson>(request, `/api/chats/${enc(id)}`),
  ]);
  const named = Object.values(chat.members ?? {}).filter((m) => m.contact_name);
  const ofMember = (cid: string) =>
    all.filter(
      (n) =>
        ['add', 'remove', 'leave', 'invite', 'promote', 'demote'].includes(n.type) &&
        subjects(n).includes(cid),
    );
  // The named member with the most events about them.
  const member = named
    .map((m) => ({ ...m, events: ofMember(m.contact_id) }))
    .sort((a, b) => b.events.length - a.events.length)[0]!;
  expect(member.events.length).toBeGreaterThan(1);
  const name = member.contact_name!;

  // From the member list in Details…
  await page.goto(`/chats/${enc(id)}`);
  const details = page.getByRole('complementary', { name: 'Chat details' });
  await details
    .getByRole('button', { name: new RegExp(`^${escape(name)}`) })
    .first()
    .click();
  const panel = details.getByRole('tabpanel', { name: 'Activity' });
  await expect(panel.getByRole('heading', { name: `History of ${name}` })).toBeVisible();
  const rows = panel.getByRole('list', { name: 'Group activity' }).locator('li[data-key^="n-"]');
  await expect(rows).toHaveCount(member.events.length);
  await expect(rows.first()).toHaveAttribute('data-key', `n-${member.events[0]!.notification_id}`);
  for (const text of await rows.allInnerTexts()) expect(text).toContain(name);

  // …and back to everyone, then from a name inside a timeline sentence.
  await panel.getByRole('button', { name: 'Everyone' }).click();
  await expect(rows).toHaveCount(all.length);
  await panel
    .getByRole('list', { name: 'Group activity' })
    .getByRole('button', { name, exact: true })
    .first()
    .click();
  await expect(panel.getByRole('heading', { name: `History of ${name}` })).toBeVisible();
  await expect(rows).toHaveCount(member.events.length);
});

test('who was in the group on a date: members then, joined since, before creation', async ({
  page,
  request,
  inbox,
}) => {
  void inbox;
  const id = showcase().mediaGroupId;
  const [all, chat] = await Promise.all([
    notes(request, id),
    json<ChatJson>(request, `/api/chats/${enc(id)}`),
  ]);
  const current = new Set(Object.keys(chat.members ?? {}));
  // The newest add of someone still in the group: the day before it, they were not in it yet.
  const add = all.find(
    (n) =>
      n.type === 'add' &&
      n.recipientids.some((r) => current.has(r) && chat.members?.[r]?.contact_name),
  )!;
  const joiner = add.recipientids.find((r) => current.has(r) && chat.members?.[r]?.contact_name)!;
  const joinerName = chat.members![joiner]!.contact_name!;
  const dayBefore = new Date(Date.parse(add.timestamp) - 86_400_000).toISOString().slice(0, 10);
  const stillThere = all.every(
    (n) => Date.parse(n.timestamp) <= Date.parse(add.timestamp) || !subjects(n).includes(joiner),
  );
  expect(stillThere).toBe(true);

  const { panel } = await openActivity(page, id);
  await panel.getByRole('textbox', { name: 'Who was in the group on' }).fill(dayBefore);
  const answer = panel.getByRole('group', { name: 'Members on that date' });
  await expect(answer.getByRole('status')).toContainText(/\d+ members? at the end of/);
  await expect(answer.getByRole('list', { name: 'Joined since' })).toContainText(joinerName);
  await expect(answer.getByRole('list', { name: 'Members then' })).not.toContainText(joinerName);
  // One page holds the whole history, `create` included: the answer is complete.
  await expect(answer).not.toContainText('Incomplete');

  const create = all.find((n) => n.type === 'create')!;
  const beforeCreation = new Date(Date.parse(create.timestamp) - 2 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  await panel.getByRole('textbox', { name: 'Who was in the group on' }).fill(beforeCreation);
  await expect(answer.getByRole('status')).toContainText('The group did not exist yet');
});

test('who was in a big group long ago says it is incomplete until the history is loaded back', async ({
  page,
  request,
  inbox,
}) => {
  void inbox;
  const id = showcase().bigGroupId;
  const all = await notes(request, id);
  expect(all.length).toBeGreaterThan(100); // more than the tab's first page of 50
  const oldest = all[all.length - 1]!;
  const day = oldest.timestamp.slice(0, 10);
  const { panel } = await openActivity(page, id);
  await panel.getByRole('textbox', { name: 'Who was in the group on' }).fill(day);
  const answer = panel.getByRole('group', { name: 'Members on that date' });
  await expect(answer).toContainText('Incomplete: the history is loaded back to');
  await answer.getByRole('button', { name: /^Load history back to/ }).click();
  await expect(answer).not.toContainText('Incomplete', { timeout: 20_000 });
  await expect(answer.getByRole('status')).toContainText(/\d+ members? at the end of/);
});

test('the activity page filters by type, kind and date, in the URL', async ({
  page,
  request,
  inbox,
}) => {
  void inbox;
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Activity' })
    .click();
  await expect(page).toHaveURL(/\/activity$/);
  const main = page.getByRole('main', { name: 'Activity' });
  const rows = main.getByRole('list', { name: 'Group events' }).locator('li[data-key^="n-"]');
  await expect(rows.first()).toBeVisible();

  await main.getByRole('combobox', { name: 'Type' }).selectOption('demote');
  await expect(page).toHaveURL(/[?&]type=demote/);
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text).toMatch(/ dismissed .* as admin/);

  await main.getByRole('button', { name: 'Membership', exact: true }).click();
  await expect(page).toHaveURL(/[?&]kind=membership/);
  await expect(page).not.toHaveURL(/[?&]type=/);
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts())
    expect(text).toMatch(/ added | removed | left| joined via invite link/);

  // One day: the rows are exactly that day's membership events.
  const feed = (
    await json<{ notifications: FeedNote[] }>(
      request,
      '/api/notifications?limit=500&type=add,remove,leave,invite',
    )
  ).notifications;
  const withTime = dated(feed);
  const day = withTime[Math.min(10, withTime.length - 1)]!.timestamp.slice(0, 10);
  const expected = withTime.filter((n) => n.timestamp.startsWith(day));
  await main.getByRole('textbox', { name: 'From' }).fill(day);
  await main.getByRole('textbox', { name: 'To' }).fill(day);
  await expect(page).toHaveURL(new RegExp(`from=${day}.*to=${day}`));
  await expect(rows).toHaveCount(expected.length);
  await expect(rows.first()).toHaveAttribute('data-key', `n-${expected[0]!.notification_id}`);

  // The URL restores the filters.
  await page.reload();
  await expect(main.getByRole('textbox', { name: 'From' })).toHaveValue(day);
  await expect(main.getByRole('button', { name: 'Membership', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(rows).toHaveCount(expected.length);
});

test('an activity row opens its chat at the event, highlighted', async ({
  page,
  request,
  inbox,
}) => {
  void inbox;
  const feed = (
    await json<{ notifications: Note[] }>(request, '/api/notifications?limit=20&type=promote')
  ).notifications;
  const target = feed[3]!;
  const chat = await json<ChatJson>(request, `/api/chats/${enc(target.chat_id)}`);
  await page.goto('/activity?type=promote');
  const row = page
    .getByRole('main', { name: 'Activity' })
    .locator(`li[data-key="n-${target.notification_id}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByRole('link', { name: chat.chat_name ?? '', exact: true })).toBeVisible();
  await row.getByRole('link', { name: `Show in ${chat.chat_name ?? ''}` }).click();
  await expect(page).toHaveURL(
    urlEndingWith(`/chats/${enc(target.chat_id)}/notifications/${enc(target.notification_id)}`),
  );
  const log = inbox.thread(chat.chat_name ?? '');
  const event = log.locator(`[data-key="n-${target.notification_id}"]`);
  await expect(event).toBeVisible({ timeout: 30_000 });
  await expect(event).toHaveAttribute('data-highlighted', 'true');
  await expect(event).toBeInViewport();

  // The group name opens the chat itself.
  await page.goBack();
  await row.getByRole('link', { name: chat.chat_name ?? '', exact: true }).click();
  await expect(page).toHaveURL(urlEndingWith(`/chats/${enc(target.chat_id)}`));
  await expect(inbox.thread(chat.chat_name ?? '')).toBeVisible();
});

test("an event's time in the Activity tab opens the thread at that event, highlighted, keeping the chat list's filters", async ({
  page,
  request,
  inbox,
}) => {
  void inbox;
  const id = showcase().mediaGroupId;
  const [all, chat] = await Promise.all([
    notes(request, id),
    json<ChatJson>(request, `/api/chats/${enc(id)}`),
  ]);
  // The chat list's search, in the URL as the inbox writes it.
  const search = `?${new URLSearchParams({ q: (chat.chat_name ?? 'group').split(' ')[0]! }).toString()}`;
  const { rows } = await openActivity(page, id, search);
  const last = rows.last();
  const key = await last.getAttribute('data-key');
  expect(all.some((n) => `n-${n.notification_id}` === key)).toBe(true);
  await last.getByRole('link', { name: /^Show in the chat, \d\d:\d\d$/ }).click();
  await expect(page).toHaveURL(
    urlEndingWith(`/chats/${enc(id)}/notifications/${enc(key!.slice(2))}${search}`),
  );
  const row = page.getByRole('log').locator(`[data-key="${key}"]`);
  await expect(row).toBeInViewport({ timeout: 30_000 });
  await expect(row).toHaveAttribute('data-highlighted', 'true');
});
