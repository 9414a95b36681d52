/**
 * Contact cards of `vcard` / `multi_vcard` messages: name, phone numbers as `tel:` links with
 * their labels, e-mails as `mailto:` links. Everything from the vCard is text.
 */
import { useMemo } from 'react';
import { Avatar } from '@/components/ui/avatar.tsx';
import { displayName } from '@/features/messages/lib/display-text.ts';
import { safeHref, telHref } from '@/features/messages/lib/safe-url.ts';
import { parseVCards, type VCard, type VCardPhone } from '@/features/messages/lib/vcard.ts';

/** @param vcards - `vcards` of the message (raw vCard texts); unreadable cards are skipped */
export function ContactCards({ vcards }: { vcards: string[] }) {
  const cards = useMemo(() => vcards.flatMap(parseVCards), [vcards]);
  if (cards.length === 0)
    return <p className="text-slate-500 italic">Contact card without details</p>;
  return (
    <ul
      aria-label={cards.length === 1 ? 'Contact' : `${cards.length} contacts`}
      className="flex w-64 max-w-full flex-col gap-1"
    >
      {cards.map((card, i) => (
        <ContactCard key={i} card={card} />
      ))}
    </ul>
  );
}

function ContactCard({ card }: { card: VCard }) {
  const name = card.name ? displayName(card.name) : null;
  const first = card.phones[0];
  return (
    <li className="rounded-md bg-black/5 p-2">
      <div className="flex items-center gap-2">
        <Avatar
          id={first?.waid ?? name ?? 'contact'}
          name={name ?? ''}
          className="size-9 text-xs"
        />
        <div className="min-w-0">
          <p className="truncate font-medium" title={name ?? undefined}>
            {name ?? first?.number ?? 'Unnamed contact'}
          </p>
          {card.org && <p className="truncate text-xs text-slate-500">{card.org}</p>}
        </div>
      </div>
      {(card.phones.length > 0 || card.emails.length > 0) && (
        <ul className="mt-1 flex flex-col gap-0.5 pl-11 text-xs">
          {card.phones.map((phone, i) => (
            <li key={`t${i}`}>
              <PhoneLine phone={phone} />
            </li>
          ))}
          {card.emails.map((email, i) => {
            const href = safeHref(`mailto:${email}`);
            return (
              <li key={`e${i}`} className="truncate">
                {href ? (
                  <a href={href} className="text-sky-700 underline">
                    {email}
                  </a>
                ) : (
                  email
                )}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

function PhoneLine({ phone }: { phone: VCardPhone }) {
  const href = telHref(phone.number);
  const label =
    phone.label ??
    phone.types
      .filter((t) => t !== 'VOICE' && t !== 'PREF')
      .map((t) => t.toLowerCase())
      .join(', ');
  return (
    <>
      {href ? (
        <a href={href} className="text-sky-700 underline tabular-nums">
          {phone.number}
        </a>
      ) : (
        phone.number
      )}
      {label && <span className="text-slate-500"> · {label}</span>}
    </>
  );
}
