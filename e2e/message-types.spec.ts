/**
 * Every message type renders its own component in the simulator's all-kinds chat, and
 * hostile content in the XSS chats stays text (no element injected, no script, no
 * `javascript:`/`data:` link). The thread is virtualized, so rows are reached by scrolling it.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { showcase } from './showcase.ts';

/**
 * Scrolls the thread up a screen at a time until `target` is rendered, then into view. Only
 * upwards: check rows from the newest to the oldest.
 */
async function reveal(thread: Locator, target: Locator): Promise<Locator> {
  await expect(async () => {
    if ((await target.count()) === 0)
      await thread.evaluate((el) => el.scrollBy(0, -el.clientHeight * 0.7));
    await expect(target.first()).toBeAttached({ timeout: 250 });
  }).toPass({ timeout: 20_000 });
  await target.first().scrollIntoViewIfNeeded();
  await expect(target.first()).toBeVisible();
  return target.first();
}

/** The simulator writes no WhatsApp formatting, so one body of the newest page gets some. */
const FORMATTED =
  '*Bold move* _quite italic_ ~struck~ `code`\n> a quoted line\n- first point\n- second point\nDocs: https://example.com/docs';

async function formatNewestMessage(page: Page, chatId: string) {
  await page.route(
    (url) => url.pathname === `/api/chats/${chatId}/messages`,
    async (route) => {
      const response = await route.fetch();
      if (
        response.status() !== 200 ||
        new URL(route.request().url()).searchParams.get('offset') !== '0'
      )
        return route.fulfill({ response });
      const page0 = (await response.json()) as {
        messages: { message_type: string; body: string | null }[];
      };
      const newestText = page0.messages.find((m) => m.message_type === 'chat');
      if (newestText) newestText.body = FORMATTED;
      await route.fulfill({ response, json: page0 });
    },
  );
}

test('the all-kinds chat renders each message type with its own component', async ({
  inbox,
  page,
}) => {
  const chatId = showcase().allKindsUserChatId;
  await formatNewestMessage(page, chatId);
  await inbox.goto(`/chats/${encodeURIComponent(chatId)}`);
  const thread = page.getByRole('log');
  await expect(thread).toBeVisible();

  // Newest first (the simulator's ALL_KINDS_SCRIPT order), since reveal() only scrolls up.
  // Text with formatting and links (the newest message, at the bottom).
  const bold = await reveal(thread, thread.getByText('Bold move', { exact: true }));
  expect(await bold.evaluate((el) => el.tagName)).toBe('STRONG');
  expect(await thread.getByText('quite italic', { exact: true }).evaluate((el) => el.tagName)).toBe(
    'EM',
  );
  expect(await thread.getByText('struck', { exact: true }).evaluate((el) => el.tagName)).toBe('S');
  const docs = thread.getByRole('link', { name: 'https://example.com/docs' });
  await expect(docs).toHaveAttribute('target', '_blank');
  await expect(docs).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  await expect(thread.getByRole('listitem').filter({ hasText: 'second point' })).toBeVisible();

  const video = await reveal(thread, thread.getByLabel(/^(Video|GIF)$/));
  await expect(video).toHaveAttribute('preload', 'metadata');
  await expect(video).toHaveAttribute('poster', /thumbnail/);

  const voice = await reveal(thread, thread.getByRole('group', { name: 'Voice message' }));
  await expect(voice.getByRole('img', { name: 'Voice message' })).toBeVisible();
  await voice.getByRole('button', { name: 'Play', exact: true }).click();
  // Rows above may render meanwhile and change which group is first: any Pause means it plays.
  await expect(thread.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();

  const audio = await reveal(thread, thread.getByRole('group', { name: 'Audio' }));
  await audio.getByRole('button', { name: 'Playback speed 1×' }).click();
  await expect(audio.getByRole('button', { name: 'Playback speed 1.5×' })).toBeVisible();
  await expect(audio.getByRole('slider', { name: 'Position' })).toBeVisible();

  const download = await reveal(thread, thread.getByRole('link', { name: /^Download .+\.pdf$/ }));
  await expect(download).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\/media\/document\//);

  const map = await reveal(thread, thread.getByRole('link', { name: 'Open in map' }));
  await expect(map).toHaveAttribute('href', /^https:\/\//);

  const contact = await reveal(thread, thread.getByRole('list', { name: 'Contact' }));
  await expect(contact.getByRole('link', { name: /^\+\d+$/ }).first()).toHaveAttribute(
    'href',
    /^tel:\+\d+$/,
  );

  const contacts = await reveal(thread, thread.getByRole('list', { name: /^\d+ contacts$/ }));
  expect(
    await contacts
      .getByRole('listitem')
      .filter({ has: page.getByRole('link') })
      .count(),
  ).toBeGreaterThan(1);

  const poll = await reveal(thread, thread.getByRole('list', { name: 'Poll options' }));
  await expect(poll.getByRole('meter').first()).toBeVisible();
  await expect(poll.locator('xpath=..').getByText(/^\d+ votes?$/)).toBeVisible();

  await expect(
    await reveal(thread, thread.getByText('This message was deleted', { exact: true })),
  ).toBeVisible();
  await expect(
    await reveal(
      thread,
      thread.getByText('Waiting for this message. This may take a while.', { exact: true }),
    ),
  ).toBeVisible();
  // WhatsApp's encryption notice: a centred system line, not a bubble.
  const e2e = await reveal(thread, thread.getByText(/Messages and calls are end-to-end encrypted/));
  await expect(e2e.locator('xpath=ancestor::article')).toHaveCount(0);
  await expect(
    await reveal(thread, thread.getByText('Unsupported message (unknown)', { exact: true })),
  ).toBeVisible();

  const simulatorLink = await reveal(
    thread,
    thread.getByRole('link', { name: /^https:\/\/example\.com\/track\// }),
  );
  await expect(simulatorLink).toHaveAttribute('target', '_blank');

  const image = await reveal(thread, thread.getByRole('img', { name: 'Photo' }));
  await expect
    .poll(() =>
      image.evaluate(
        (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0,
      ),
    )
    .toBe(true);

  // A call log is a call entry (voice or video, how it ended), never "Unsupported message".
  const call = await reveal(
    thread,
    thread.getByRole('group', {
      name: /^((Missed|Declined) (voice|video) call|(Voice|Video) call)$/,
    }),
  );
  await expect(call).toHaveAttribute('data-call-outcome', /^(missed|connected|rejected)$/);
  await expect(call.getByText(/^(Incoming|Outgoing)( · .+)?$/)).toBeVisible();
  const invite = await reveal(thread, thread.getByRole('group', { name: 'Group invite' }));
  await expect(invite.getByText(/^Expire[sd] /)).toBeVisible();
  const timer = await reveal(
    thread,
    thread.getByText(/Disappearing messages turned (on: \d+ \w+|off)/),
  );
  await expect(timer.locator('xpath=ancestor::article')).toHaveCount(0);
  await expect(thread.getByText('Unsupported message (call_log)')).toHaveCount(0);
});

for (const [name, chatId] of [
  ['1:1', showcase().xssChatId],
  ['group', showcase().xssGroupId],
] as const) {
  test(`the XSS ${name} chat renders every payload as text: no element injected, no script, no javascript:/data: link`, async ({
    inbox,
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await inbox.goto(`/chats/${encodeURIComponent(chatId)}`);
    const thread = page.getByRole('log');
    await expect(thread.locator('article').first()).toBeVisible();
    await expect(
      thread.getByText('<script>alert(1)</script>', { exact: false }).first(),
    ).toBeAttached();

    const injected = page.locator(
      [
        '[role="log"] script',
        '[role="log"] iframe',
        '[role="log"] object',
        '[role="log"] embed',
        '[role="log"] form',
        '[role="log"] input:not([type="range"][aria-label="Position"])',
        '[role="log"] details',
        '[role="log"] marquee',
        '[role="log"] math',
        '[role="log"] base',
        '[onerror]',
        '[onload]',
        '[onfocus]',
        '[ontoggle]',
        '[onstart]',
        '[onmouseover]',
      ].join(', '),
    );
    const badLinks = page.locator(
      'a[href^="javascript:"], a[href^="data:"], [src^="javascript:"], [src^="data:text"]',
    );
    const payloadShown = thread.getByText('<svg onload=alert(1)>', { exact: false });
    let payloadSeen = false;
    // Walk the whole thread from the newest row to the oldest, checking every rendered screen.
    for (let step = 0; step < 60; step++) {
      await expect(thread.locator('article').first()).toBeVisible();
      expect(
        await injected.evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 200))),
      ).toEqual([]);
      expect(
        await badLinks.evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 200))),
      ).toEqual([]);
      payloadSeen ||= (await payloadShown.count()) > 0;
      if (await thread.evaluate((el) => el.scrollTop <= 0)) break;
      await thread.evaluate((el) => el.scrollBy(0, -el.clientHeight * 0.7));
    }
    expect(payloadSeen, 'a payload planted in a file or contact name is shown as text').toBe(true);
    expect(dialogs).toEqual([]);
  });
}
