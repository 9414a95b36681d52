/**
 * Group events inline in the thread. Each notification type of the simulator's media
 * group (it has them all, see server/src/simulator/data/showcase.ts) reads as its sentence with
 * names resolved from the chat's members and the org's phones; a long target list collapses to
 * "N others" and expands; the per-chat "Hide group events" toggle hides them and is remembered.
 *
 * Expected sentences are written here from the API's data (GET /api/chats/:id, /notifications,
 * /api/phones) and the wording of docs/periskope-api.md#notification, not computed by the app's own
 * code.
 */
import type { APIRequestContext, Locator } from '@playwright/test';
import { HIDDEN_KEY_PREFIX } from '../web/src/features/notifications/hooks/use-system-lines-hidden.ts';
import { expect, test } from './fixtures.ts';
import { showcase } from './showcase.ts';

interface Notification {
  notification_id: string;
  type: string | null;
  author: string | null;
  recipientids: string[];
}
type NameField =
  'contact_name' | 'periskope_name' | 'name' | 'short_name' | 'verified_name' | 'pushname';
type MemberJson = { contact_id: string } & Partial<Record<NameField, string | null>>;
interface Chat {
  chat_name: string | null;
  members: Record<string, MemberJson> | null;
}
interface Phones {
  phones: { org_phone: string | null; phone_name: string | null }[];
}

const SETTINGS: Record<string, string> = {
  announce_true: 'only admins can send messages',
  announce_false: 'all participants can send messages',
  restrict_true: 'only admins can edit group info',
  restrict_false: 'all participants can edit group info',
  memberaddmode_true: 'all participants can add members',
  memberaddmode_false: 'only admins can add members',
};

/**
 * Numbers of the media group's actors and targets who are not members (simulator seed 42), as
 * people write them: literals, never computed by the app's formatter.
 */
const NUMBERS: Record<string, string> = {
  '917938599369@c.us': '+91 79 3859 9369',
  '447282048482@c.us': '+44 7282 048482',
  '918106542002@c.us': '+91 81065 42002',
};

/**
 * A member's name in the documented order (official ChatMemberType fields); a push name marked "~ "
 * as WhatsApp does.
 */
function memberLabel(m: MemberJson | undefined): string | null {
  if (!m) return null;
  const name = (['contact_name', 'periskope_name', 'name', 'short_name', 'verified_name'] as const)
    .map((f) => m[f]?.trim())
    .find(Boolean);
  return name ?? (m.pushname?.trim() ? `~ ${m.pushname.trim()}` : null);
}

/**
 * An id without a name: its literal number, or a failure naming the id to add to {@link NUMBERS}.
 */
function numberOf(cid: string): string {
  const number = NUMBERS[cid];
  if (!number)
    throw new Error(`${cid} has no name: add its number, as the UI writes it, to NUMBERS`);
  return number;
}

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * The sentence a line shows at first (a list of more than three collapsed to two and "N others").
 */
function expectedSentence(n: Notification, nameOf: (id: string) => string): string {
  const actor = n.author ? nameOf(n.author) : 'Someone';
  const names = n.recipientids.map(nameOf);
  const targets =
    names.length > 3
      ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} others`
      : list(names);
  const plural = names.length > 1;
  if (n.type === null) return 'Unknown event';
  if (SETTINGS[n.type]) return `${actor} changed the settings: ${SETTINGS[n.type]}`;
  const sentences: Record<string, string> = {
    add: `${actor} added ${targets}`,
    remove: `${actor} removed ${targets}`,
    leave: `${targets || actor} left`,
    invite: `${targets || actor} joined via invite link`,
    promote: `${actor} made ${targets} ${plural ? 'admins' : 'an admin'}`,
    demote: `${actor} dismissed ${targets} ${plural ? 'as admins' : 'as admin'}`,
    subject: `${actor} changed the group name`,
    desc: `${actor} changed the group description`,
    description: `${actor} changed the group description`,
    picture: `${actor} changed the group icon`,
    create: `${actor} created the group`,
    call: `${actor} started a call`,
  };
  return sentences[n.type] ?? `Group settings changed (${n.type})`;
}

/**
 * The media group's notifications (newest first), its name, and a resolver like the one users
 * expect.
 */
async function mediaGroup(request: APIRequestContext) {
  const id = showcase().mediaGroupId;
  const path = `/api/chats/${encodeURIComponent(id)}`;
  const chat = (await (await request.get(path)).json()) as Chat;
  const notes = (
    (await (await request.get(`${path}/notifications?limit=100`)).json()) as {
      notifications: Notification[];
    }
  ).notifications;
  const phones = ((await (await request.get('/api/phones')).json()) as Phones).phones;
  const phoneNames = new Map(
    phones.flatMap((p) =>
      p.org_phone && p.phone_name ? [[p.org_phone, p.phone_name] as const] : [],
    ),
  );
  const members = Object.values(chat.members ?? {});
  const nameOf = (cid: string) =>
    phoneNames.get(cid) ?? memberLabel(members.find((m) => m.contact_id === cid)) ?? numberOf(cid);
  return { id, name: chat.chat_name ?? '', notes, nameOf };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A system line reading exactly `sentence`, then its time. */
const lineRe = (sentence: string) => new RegExp(`^${escape(sentence)}\\s*\\d\\d:\\d\\d$`);

/** Scrolls the thread up until `target` is rendered (rows are virtualized), then into view. */
async function reveal(thread: Locator, target: Locator): Promise<Locator> {
  await expect(async () => {
    if ((await target.count()) === 0)
      await thread.evaluate((el) => el.scrollBy(0, -el.clientHeight * 0.7));
    await expect(target.first()).toBeAttached({ timeout: 250 });
  }).toPass({ timeout: 30_000 });
  await target.first().scrollIntoViewIfNeeded();
  await expect(target.first()).toBeVisible();
  return target.first();
}

test('each notification type of the media group reads as its sentence with resolved names', async ({
  inbox,
  request,
}) => {
  test.setTimeout(90_000);
  const group = await mediaGroup(request);
  // The simulator's media group holds every type (and the unknown `ephemeral`).
  expect(new Set(group.notes.map((n) => n.type)).size).toBeGreaterThanOrEqual(19);
  await inbox.goto(`/chats/${encodeURIComponent(group.id)}`);
  const thread = inbox.thread(group.name);
  await expect(thread.locator('article').first()).toBeVisible();
  // Newest first, since reveal() only scrolls up.
  for (const n of group.notes) {
    const sentence = expectedSentence(n, group.nameOf);
    // Names are the members' (or the org phone's), never a raw id.
    expect(sentence, n.type ?? 'null type').not.toMatch(/@c\.us/);
    await test.step(`${n.type}: ${sentence}`, async () => {
      await reveal(thread, thread.getByText(lineRe(sentence)));
    });
  }
});

test('a long target list collapses to "3 others" and expands inline by keyboard', async ({
  inbox,
  page,
  request,
}) => {
  const group = await mediaGroup(request);
  const bigAdd = group.notes.find((n) => n.type === 'add' && n.recipientids.length === 5);
  expect(bigAdd, 'the media group has an add of five members').toBeTruthy();
  const [a, b, ...rest] = bigAdd!.recipientids.map(group.nameOf);
  const actor = group.nameOf(bigAdd!.author ?? '');
  await inbox.goto(`/chats/${encodeURIComponent(group.id)}`);
  const thread = inbox.thread(group.name);
  const line = await reveal(
    thread,
    thread.getByText(lineRe(`${actor} added ${a}, ${b} and 3 others`)),
  );
  const more = line.getByRole('button', { name: '3 others' });
  await expect(more).toHaveAttribute('title', list(rest));
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(
    thread
      .getByRole('note')
      .filter({ hasText: lineRe(`${actor} added ${list([a!, b!, ...rest])}`) }),
  ).toBeVisible();
  await expect(thread.getByRole('button', { name: '3 others' })).toHaveCount(0);
  // Focus stays on the names it revealed, not lost to the page.
  await expect(page.locator(':focus')).toHaveText(list([a!, b!, ...rest]));
});

/**
 * How many group-event lines are rendered while scrolling `screens` times up from where the thread
 * is (rows are virtualized, so the whole history is never in the DOM at once).
 */
async function linesWhileScrolling(thread: Locator, screens: number): Promise<number> {
  let seen = 0;
  for (let i = 0; i < screens; i++) {
    await thread.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    seen += await thread.getByRole('note').count();
    await thread.evaluate((el) => el.scrollBy(0, -el.clientHeight * 0.7));
  }
  return seen;
}

test('"Hide group events" hides the lines of that chat, and the choice survives a reload', async ({
  inbox,
  page,
  request,
}) => {
  const group = await mediaGroup(request);
  const thread = inbox.thread(group.name);
  const newest = () => thread.getByText(lineRe(expectedSentence(group.notes[0]!, group.nameOf)));
  const notificationCalls: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('/notifications')) notificationCalls.push(r.url());
  });
  await inbox.goto(`/chats/${encodeURIComponent(group.id)}`);
  const toggle = page.getByRole('button', { name: 'Hide group events' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(thread.locator('article').first()).toBeVisible();
  await reveal(thread, newest());
  // The same walk that must find none once hidden finds lines while shown.
  expect(await linesWhileScrolling(thread, 6)).toBeGreaterThan(0);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(thread.locator('article').first()).toBeVisible();
  await expect(newest()).toHaveCount(0);
  expect(await linesWhileScrolling(thread, 6)).toBe(0);

  notificationCalls.length = 0;
  await page.reload();
  await expect(thread.locator('article').first()).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await linesWhileScrolling(thread, 6)).toBe(0);
  // Hidden means not fetched either.
  expect(notificationCalls).toEqual([]);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await reveal(thread, newest());
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await reveal(thread, newest());
});

test('the toggle is per chat and only for groups', async ({ inbox, page }) => {
  await inbox.goto(`/chats/${encodeURIComponent(showcase().mediaGroupId)}`);
  await page.getByRole('button', { name: 'Hide group events' }).click();
  await expect(page.getByRole('button', { name: 'Hide group events' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await inbox.goto(`/chats/${encodeURIComponent(showcase().sharedGroupId)}`);
  await expect(page.getByRole('button', { name: 'Hide group events' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await inbox.goto(`/chats/${encodeURIComponent(showcase().allKindsUserChatId)}`);
  await expect(page.getByRole('log').locator('article').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide group events' })).toHaveCount(0);
});

test('a link to a group event shows the events for that visit only: the stored "Hide group events" choice survives', async ({
  inbox,
  page,
  request,
}) => {
  const group = await mediaGroup(request);
  const event = group.notes[3]!;
  const chatUrl = `/chats/${encodeURIComponent(group.id)}`;
  const stored = () =>
    page.evaluate((key) => localStorage.getItem(key), HIDDEN_KEY_PREFIX + group.id);
  await inbox.goto(chatUrl);
  const toggle = page.getByRole('button', { name: 'Hide group events' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await stored()).toBe('1');

  await inbox.goto(`${chatUrl}/notifications/${encodeURIComponent(event.notification_id)}`);
  const row = page.getByRole('log').locator(`[data-key="n-${event.notification_id}"]`);
  await expect(row).toBeInViewport({ timeout: 30_000 });
  await expect(row).toHaveAttribute('data-highlighted', 'true');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await stored()).toBe('1');

  await inbox.goto(chatUrl);
  await expect(page.getByRole('log').locator('article').first()).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('log').getByRole('note')).toHaveCount(0);
});
