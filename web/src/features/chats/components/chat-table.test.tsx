import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeChatListItem } from '@/test/api-fixtures.ts';
import { renderWithQuery } from '@/test/render.tsx';
import { ChatTable } from './chat-table.tsx';

const HOUR = 3_600_000;
const chats = [
  makeChatListItem('911@c.us', { chat_name: 'Snoozed', snooze_until: Date.now() + HOUR }),
  makeChatListItem('912@c.us', { chat_name: 'Flagged', flag_count: 3 }),
  makeChatListItem('913@newsletter', { chat_name: 'Channel', chat_type: 'unknown' }),
];
const page = {
  chats,
  offset: 0,
  limit: 50,
  next_offset: null,
  stale: false,
  fetched_at: '2026-11-23T10:00:00Z',
  total: null,
  index: null,
};

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(720);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify(page), { headers: { 'content-type': 'application/json' } }),
    ),
  );
});
afterEach(() => vi.unstubAllGlobals());

function table() {
  const sort = { sort_by: 'latest_message_timestamp', sort_order: 'desc' } as const;
  return renderWithQuery(
    <ChatTable
      params={sort}
      sort={sort}
      onSort={() => {}}
      onOpenChat={() => {}}
      filtered={false}
      onClearFilters={() => {}}
      labelNames={{}}
      refreshMs={15_000}
    />,
  );
}

/** A row's cell under a column, by the column header's name. */
const cell = (row: HTMLElement, column: string) => {
  const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
  return within(row).getAllByRole('cell')[headers.indexOf(column)];
};

describe('ChatTable', () => {
  it('has Snoozed until and Flagged columns, and the type of an unknown chat as is', async () => {
    table();
    const byName = (name: string) =>
      screen.getByRole('cell', { name }).closest('[role="row"]') as HTMLElement;
    await screen.findByRole('cell', { name: 'Channel' });
    expect(cell(byName('Snoozed'), 'Snoozed until')).toHaveTextContent(/\d{4}/);
    expect(cell(byName('Flagged'), 'Snoozed until')).toHaveTextContent('');
    expect(cell(byName('Flagged'), 'Flagged')).toHaveTextContent('3');
    expect(cell(byName('Channel'), 'Type')).toHaveTextContent('Unknown');
  });

  it('the column chooser hides and shows the new columns', async () => {
    table();
    await screen.findByRole('cell', { name: 'Flagged' });
    await userEvent.click(screen.getByText('Columns'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Flagged' }));
    expect(screen.queryByRole('columnheader', { name: 'Flagged' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Flagged' }));
    expect(screen.getByRole('columnheader', { name: 'Flagged' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Snoozed until' })).toBeChecked();
  });
});
