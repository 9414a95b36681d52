import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ChatDetail } from '@/lib/api-types.ts';
import { makeChatDetail, makeMember, makeMembers } from '@/test/api-fixtures.ts';
import { renderWithQuery } from '@/test/render.tsx';
import { ChatDetailsPanel, type ActivityTabProps } from './chat-details-panel.tsx';

const chat = (chat_id: string, chat_name: string, memberIds: string[] = []): ChatDetail =>
  makeChatDetail(chat_id, {
    chat_name,
    members: makeMembers(
      ...memberIds.map((id) => makeMember(id, { contact_name: `Person ${id.slice(0, 2)}` })),
    ),
  });

/** The route's side of the contract: what the Activity tab was asked to show. */
const activity = ({ chat: c, member, onMember }: ActivityTabProps) => (
  <>
    <p>
      Activity of {c.chat_name}: {member ?? 'everyone'}
    </p>
    <button type="button" onClick={() => onMember(null)}>
      Everyone
    </button>
  </>
);

function Panel({
  detail: data,
  withActivity = true,
}: {
  detail: ChatDetail;
  withActivity?: boolean;
}) {
  const detail = useQuery({
    queryKey: ['chat', data.chat_id],
    queryFn: () => data,
    initialData: data,
  });
  return (
    <ChatDetailsPanel
      detail={detail}
      labelNames={{}}
      activity={withActivity ? activity : undefined}
    />
  );
}

describe('ChatDetailsPanel', () => {
  it('a member of a group opens their history in the Activity tab, rendered by the caller', async () => {
    renderWithQuery(<Panel detail={chat('1@g.us', 'Ops', ['11@c.us', '22@c.us'])} />);
    expect(screen.getByRole('tablist', { name: 'Chat details sections' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('button', { name: /Person 22/ }));
    expect(screen.getByRole('tab', { name: 'Activity' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Activity of Ops: 22@c.us');
    await userEvent.click(screen.getByRole('button', { name: 'Everyone' }));
    expect(screen.getByText('Activity of Ops: everyone')).toBeInTheDocument();
  });

  it('keeps the chosen tab as chats change, and forgets the member', async () => {
    const { rerender } = renderWithQuery(<Panel detail={chat('1@g.us', 'Ops', ['11@c.us'])} />);
    await userEvent.click(screen.getByRole('button', { name: /Person 11/ }));
    rerender(<Panel detail={chat('2@g.us', 'Sales', ['33@c.us'])} />);
    expect(screen.getByRole('tab', { name: 'Activity' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Activity of Sales: everyone');
  });

  it('has no tabs for a 1:1 chat, nor for a group without Activity content', () => {
    const { rerender } = renderWithQuery(<Panel detail={chat('91@c.us', 'Asha')} />);
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    rerender(<Panel detail={chat('1@g.us', 'Ops', ['11@c.us'])} withActivity={false} />);
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Person 11/ })).not.toBeInTheDocument();
  });
});
