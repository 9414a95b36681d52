import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChatListItem } from '@/lib/api-types.ts';
import { makeChatDetail, makeChatListItem, makeMember, makeMembers } from '@/test/api-fixtures.ts';
import { createTestQueryClient, renderWithQuery } from '@/test/render.tsx';
import { chatQueries } from '../api/chat-queries.ts';
import { ChatRow } from './chat-row.tsx';

const GROUP = '120363371308389685@g.us';
const latest = (
  patch: Partial<NonNullable<ChatListItem['latest_message']>>,
): NonNullable<ChatListItem['latest_message']> => ({
  message_id: 'false_x_3EB0',
  message_type: 'chat',
  timestamp: '2026-11-23T10:00:00Z',
  from_me: false,
  sender_phone: '971501234567@c.us',
  ack: null,
  is_deleted: null,
  body: 'Hello',
  body_truncated: false,
  media: null,
  duration: null,
  poll_name: null,
  contact_name: null,
  location_name: null,
  call: null,
  invite: null,
  ephemeral_duration: null,
  unreadable: false,
  ...patch,
});

function renderRow(chat: ChatListItem, queryClient = createTestQueryClient()) {
  renderWithQuery(
    <ChatRow
      chat={chat}
      index={0}
      setSize={1}
      selected={false}
      focusable
      labelNames={{}}
      start={0}
      onSelect={() => {}}
    />,
    { queryClient },
  );
  return screen.getByRole('option');
}

describe('ChatRow', () => {
  it('names a group’s sender by number while the group’s members are unknown', () => {
    const row = renderRow(
      makeChatListItem(GROUP, { chat_name: 'Ops', latest_message: latest({}) }),
    );
    expect(row).toHaveAccessibleDescription('+971 50 123 4567: Hello');
  });

  it('names the sender from the members of a group already in the cache', () => {
    const queryClient = createTestQueryClient();
    const members = makeMembers(makeMember('971501234567@c.us', { pushname: 'Omar' }));
    queryClient.setQueryData(
      chatQueries.detail(GROUP).queryKey,
      makeChatDetail(GROUP, { members }),
    );
    const row = renderRow(
      makeChatListItem(GROUP, { chat_name: 'Ops', latest_message: latest({}) }),
      queryClient,
    );
    expect(row).toHaveAccessibleDescription('~ Omar: Hello');
  });

  it('describes a call and shows no time when Periskope sent none', () => {
    const row = renderRow(
      makeChatListItem('971501234567@c.us', {
        latest_message: latest({
          message_type: 'call_log',
          timestamp: null,
          call: { is_video: false, outcome: 'missed', duration: null },
        }),
      }),
    );
    expect(row).toHaveAccessibleName(/^\+971 50 123 4567/);
    expect(row).toHaveAccessibleDescription('📞 Missed voice call');
    expect(row.querySelector('time')).toBeNull();
  });
});
