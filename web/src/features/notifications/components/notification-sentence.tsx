/**
 * A notification's sentence (describeNotification) with each named person as a button that
 * opens their history; plain text when no `onMember` is given.
 */
import { useMemo } from 'react';
import type { Notification } from '../../../lib/api-types.ts';
import { describeNotification } from '../lib/describe-notification.ts';
import { sentenceParts } from '../lib/sentence-parts.ts';

export interface NotificationSentenceProps {
  notification: Pick<Notification, 'type' | 'author' | 'recipientids'>;
  nameOf: (contactId: string) => string;
  /** Called with a contact id when a name is clicked. */
  onMember?: ((contactId: string) => void) | undefined;
}

export function NotificationSentence({ notification, nameOf, onMember }: NotificationSentenceProps) {
  const parts = useMemo(() => sentenceParts((n) => describeNotification(notification, n), nameOf), [notification, nameOf]);
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' || !onMember ? (
          <span key={i}>{typeof part === 'string' ? part : part.name}</span>
        ) : (
          <button
            key={i}
            type="button"
            title={`Show ${part.name}'s joins, leaves and role changes`}
            onClick={() => onMember(part.contactId)}
            className="rounded font-medium text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-wa-teal"
          >
            {part.name}
          </button>
        ),
      )}
    </>
  );
}
