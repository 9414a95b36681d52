import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '@/lib/api-types.ts';
import { MessageContent } from './message-content.tsx';
import { makeMedia, makeMessage } from './message-fixture.ts';

beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'canPlayType').mockReturnValue('maybe');
});

const show = (patch: Partial<Message>) =>
  render(<MessageContent message={makeMessage(patch)} trailing={<span data-testid="spacer" />} />);

describe('MessageContent', () => {
  it('text: formatted, with the spacer on its last line', () => {
    const { container } = show({ body: 'hi *there*' });
    expect(container.querySelector('strong')).toHaveTextContent('there');
    expect(container.querySelector('p')).toContainElement(screen.getByTestId('spacer'));
  });

  it('image with caption', () => {
    show({
      message_type: 'image',
      body: 'Sunset _view_',
      media: makeMedia({
        path: 'https://m.example/i.png',
        dimensions: { width: 100, height: 50, ar: 2 },
      }),
    });
    expect(screen.getByRole('img', { name: 'Sunset _view_' })).toHaveAttribute(
      'src',
      'https://m.example/i.png',
    );
    expect(screen.getByText('view').tagName).toBe('EM');
  });

  it('image that is a button when it can be opened', () => {
    const onOpen = vi.fn();
    render(
      <MessageContent
        message={makeMessage({
          message_type: 'sticker',
          body: null,
          media: makeMedia({ path: 'https://m.example/s.webp' }),
        })}
        trailing={null}
        onOpenImage={onOpen}
      />,
    );
    screen.getByRole('button', { name: 'Sticker' }).click();
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it.each<[string, Partial<Message>, () => HTMLElement]>([
    [
      'video',
      {
        message_type: 'video',
        body: null,
        media: makeMedia({ path: 'https://m.example/v.mp4', mimetype: 'video/mp4' }),
      },
      () => screen.getByLabelText('Video'),
    ],
    [
      'audio',
      {
        message_type: 'audio',
        body: null,
        duration: 41,
        media: makeMedia({ path: 'https://m.example/a.wav', mimetype: 'audio/wav' }),
      },
      () => screen.getByRole('group', { name: 'Audio' }),
    ],
    [
      'ptt',
      {
        message_type: 'ptt',
        body: null,
        duration: 4,
        media: makeMedia({ path: 'https://m.example/a.wav', mimetype: 'audio/wav' }),
      },
      () => screen.getByRole('group', { name: 'Voice message' }),
    ],
    [
      'document',
      {
        message_type: 'document',
        body: null,
        media: makeMedia({
          path: 'https://m.example/d.pdf',
          filename: 'd.pdf',
          mimetype: 'application/pdf',
        }),
      },
      () => screen.getByRole('link', { name: 'Download d.pdf' }),
    ],
    [
      'location',
      {
        message_type: 'location',
        body: null,
        location: { latitude: 1, longitude: 2, name: null, address: null, url: null },
      },
      () => screen.getByRole('link', { name: 'Open in map' }),
    ],
    [
      'vcard',
      {
        message_type: 'vcard',
        body: 'BEGIN:VCARD\nFN:A\nEND:VCARD',
        vcards: ['BEGIN:VCARD\nFN:A\nEND:VCARD'],
      },
      () => screen.getByRole('list', { name: 'Contact' }),
    ],
    [
      'multi_vcard',
      {
        message_type: 'multi_vcard',
        body: null,
        vcards: ['BEGIN:VCARD\nFN:A\nEND:VCARD', 'BEGIN:VCARD\nFN:B\nEND:VCARD'],
      },
      () => screen.getByRole('list', { name: '2 contacts' }),
    ],
    [
      'poll_creation',
      {
        message_type: 'poll_creation',
        body: 'Q?',
        poll_info: { pollName: 'Q?', pollOptions: ['a'], allowMultipleAnswers: null },
        poll_results: {},
      },
      () => screen.getByRole('list', { name: 'Poll options' }),
    ],
    [
      'ciphertext',
      { message_type: 'ciphertext', body: null },
      () => screen.getByText('Waiting for this message. This may take a while.'),
    ],
    [
      'revoked',
      { message_type: 'revoked', body: null },
      () => screen.getByText('This message was deleted'),
    ],
    [
      'is_deleted',
      { message_type: 'chat', is_deleted: true, body: 'secret' },
      () => screen.getByText('This message was deleted'),
    ],
    [
      'unknown type',
      { message_type: 'brand_new_type', body: 'x' },
      () => screen.getByText('Unsupported message (brand_new_type)'),
    ],
    [
      'call_log',
      {
        message_type: 'call_log',
        body: null,
        from_me: true,
        call: { is_video: true, outcome: 'connected', duration: 125 },
      },
      () => screen.getByRole('group', { name: 'Video call' }),
    ],
    [
      'groups_v4_invite',
      {
        message_type: 'groups_v4_invite',
        body: null,
        invite: {
          group_id: null,
          group_name: 'Ops',
          invite_code: 'AbC',
          expires_at: null,
          caption: null,
        },
      },
      () => screen.getByRole('group', { name: 'Group invite' }),
    ],
    [
      'list_response',
      { message_type: 'list_response', body: 'Option B' },
      () => screen.getByText('Option B'),
    ],
    [
      'unreadable',
      { message_type: 'unknown', body: null, unreadable: true },
      () => screen.getByText('This message could not be shown'),
    ],
  ])('%s renders its component', (_name, patch, find) => {
    show(patch);
    expect(find()).toBeInTheDocument();
  });

  it('hides the body of deleted messages and the vCard text of contacts', () => {
    const { container } = show({
      message_type: 'vcard',
      body: 'BEGIN:VCARD\nFN:A\nEND:VCARD',
      vcards: ['BEGIN:VCARD\nFN:A\nEND:VCARD'],
    });
    expect(container).not.toHaveTextContent('BEGIN:VCARD');
    show({ is_deleted: true, body: 'secret words' });
    expect(screen.queryByText(/secret words/)).toBeNull();
  });

  it('photo without media: a placeholder, never a broken image', () => {
    const { container } = show({ message_type: 'image', body: null, media: null });
    expect(screen.getByText('Photo unavailable')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
