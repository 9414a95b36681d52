/**
 * Contacts known by nothing but their number are shown by that number, grouped as its country
 * writes it (the real country code, not a guess from the length). The simulator's number-only
 * chats (server/src/simulator/data/number-only-chats.ts) have no name anywhere, so the chat list
 * row, the thread header and the thread must all show the formatted number.
 *
 * Expected numbers are literals written here, never computed by the app's formatter. The
 * international style is libphonenumber's: groups separated by spaces only.
 */
import { expect, test } from './fixtures.ts';

const NUMBER_ONLY = [
  { country: 'UAE', search: '971501234567', shown: '+971 50 123 4567' },
  { country: 'Germany', search: '4915123456789', shown: '+49 1512 3456789' },
  { country: 'Brazil', search: '5511912345678', shown: '+55 11 91234 5678' },
  { country: 'India', search: '919876543210', shown: '+91 98765 43210' },
] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const { country, search, shown } of NUMBER_ONLY) {
  test(`a ${country} number-only chat is found by its digits and shown as ${shown}`, async ({
    inbox,
    page,
  }) => {
    await inbox.goto();
    await expect(inbox.chatRows.first()).toBeVisible();
    const box = page.getByRole('searchbox', { name: /search chats/i });
    await box.fill(search);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${search}`));

    // The row is named by the number (its accessible name starts with it) and shows it as its name.
    const row = inbox.chatList.getByRole('option', { name: new RegExp(`^${escape(shown)}(,|$)`) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(shown);
    // The searched digits are marked inside the number as shown.
    await expect(row.locator('mark').first()).toBeVisible();

    await row.click();
    await expect(
      page.getByRole('main').getByRole('heading', { level: 2, name: shown, exact: true }),
    ).toBeVisible();
    await expect(inbox.thread(shown).locator('article').first()).toBeVisible();
  });
}

test('a number typed as people write it finds the chat too', async ({ inbox, page }) => {
  await inbox.goto();
  await expect(inbox.chatRows.first()).toBeVisible();
  await page.getByRole('searchbox', { name: /search chats/i }).fill('+971 50 123 4567');
  await expect(inbox.chatList.getByRole('option', { name: /^\+971 50 123 4567(,|$)/ })).toHaveCount(
    1,
  );
});
