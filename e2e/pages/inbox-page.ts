/**
 * Page object of the three-pane inbox: role- and label-based locators only.
 */
import type { Locator, Page } from '@playwright/test';

export class InboxPage {
  readonly chatList: Locator;
  readonly chatRows: Locator;
  readonly demoBadge: Locator;

  constructor(readonly page: Page) {
    this.chatList = page.getByRole('listbox', { name: 'Chats' });
    this.chatRows = this.chatList.getByRole('option');
    this.demoBadge = page.getByText('Demo data', { exact: true });
  }

  /** Opens the inbox at `/` or a deep link. */
  async goto(path = '/') {
    await this.page.goto(path);
  }

  /** The thread region (role `log`) named after the chat. */
  thread(name: string | RegExp): Locator {
    return this.page.getByRole('log', { name });
  }

  /** Scrolls the chat list (its nearest scrollable ancestor) to its current end. */
  async scrollChatListToEnd() {
    await this.chatList.evaluate((el) => {
      let node: Element | null = el;
      while (node && node.scrollHeight <= node.clientHeight) node = node.parentElement;
      node?.scrollTo({ top: node.scrollHeight });
    });
  }
}
