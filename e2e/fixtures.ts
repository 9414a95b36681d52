/**
 * Custom Playwright `test`: every spec gets an `inbox` page object, a collector of page errors
 * (a spec fails on any uncaught error or console.error), and a record of every network response
 * body for the key-leak checks.
 */
import { test as base, expect, type Page, type Response } from '@playwright/test';
import { InboxPage } from './pages/inbox-page.ts';

export interface CapturedResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface Fixtures {
  inbox: InboxPage;
  responses: CapturedResponse[];
  pageErrors: string[];
}

async function capture(response: Response): Promise<CapturedResponse> {
  const body = await response.text().catch(() => '');
  return {
    url: response.url(),
    status: response.status(),
    headers: await response.allHeaders(),
    body,
  };
}

export const test = base.extend<Fixtures>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      // Offline demo data links to Periskope's real media host; those loads fail by design.
      if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
        errors.push(`console.error: ${message.text()}`);
    });
    await use(errors);
    expect(errors, 'uncaught errors or console.error in the page').toEqual([]);
  },
  responses: async ({ page }, use) => {
    const pending: Promise<CapturedResponse>[] = [];
    const list: CapturedResponse[] = [];
    page.on('response', (response) =>
      pending.push(capture(response).then((r) => (list.push(r), r))),
    );
    await use(list);
    await Promise.all(pending);
  },
  inbox: async ({ page, pageErrors }, use) => {
    void pageErrors;
    await use(new InboxPage(page));
  },
});

export { expect };
export type { Page };
