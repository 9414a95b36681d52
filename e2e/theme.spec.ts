/**
 * Light and dark: the theme follows the system by default, the header's picker
 * overrides it and persists across reloads, and `?theme=` lets an embedding tool force one.
 */
import { expect, type Page, test } from './fixtures.ts';
import { showcase } from './showcase.ts';

const wallpaper = (page: Page) =>
  page.getByRole('log').evaluate((log) => getComputedStyle(log.closest('main')!).backgroundColor);

test('the system dark scheme gives the dark theme; the picker switches to light and the choice survives a reload', async ({
  inbox,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await inbox.goto(`/chats/${encodeURIComponent(showcase().fixtureUserChatId)}`);
  await expect(page.getByRole('log').locator('article').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await wallpaper(page)).toBe('rgb(11, 20, 26)');

  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await wallpaper(page)).toBe('rgb(239, 234, 226)');

  await page.reload();
  await expect(page.getByRole('log').locator('article').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
});

test('?theme=dark forces the dark theme for an embedding tool without storing it', async ({
  inbox,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await inbox.goto('/?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(inbox.chatRows.first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('periskope-inbox:theme'))).toBeNull();
  await inbox.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
