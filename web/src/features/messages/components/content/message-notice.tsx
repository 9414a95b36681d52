/**
 * Muted one-liners for messages without content to show: deleted, still encrypted
 * (`ciphertext`), or of a type this inbox does not render.
 */
import type { ComponentProps, ReactNode } from 'react';
import type { Message } from '../../../../lib/api-types.ts';
import { BanGlyph, ClockGlyph, InfoGlyph } from './media-glyphs.tsx';

export type NoticeKind = 'deleted' | 'waiting' | 'unsupported';

/** @returns the notice text for a kind (`message_type` names the unsupported type) */
export function noticeText(kind: NoticeKind, messageType: Message['message_type']): string {
  switch (kind) {
    case 'deleted': return 'This message was deleted';
    case 'waiting': return 'Waiting for this message. This may take a while.';
    case 'unsupported': return `Unsupported message (${messageType})`;
  }
}

const ICONS: Record<NoticeKind, (p: ComponentProps<'svg'>) => ReactNode> = { deleted: BanGlyph, waiting: ClockGlyph, unsupported: InfoGlyph };

/** The notice with its icon; `trailing` ends its line (the meta spacer). */
export function MessageNotice({ kind, messageType, trailing }: { kind: NoticeKind; messageType: string; trailing?: ReactNode }) {
  const Icon = ICONS[kind];
  return (
    <p className="break-words text-slate-500 italic">
      <Icon className="mr-1 inline size-4 align-[-3px]" />
      {noticeText(kind, messageType)}
      {trailing}
    </p>
  );
}
