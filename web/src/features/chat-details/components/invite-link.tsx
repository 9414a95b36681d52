/**
 * A group's invite link (`invite_link`) as text with a Copy button. Only a link of WhatsApp's own
 * invite form (`https://chat.whatsapp.com/<code>`) is a link; anything else from upstream stays
 * text, so no other scheme or host ever becomes an `href`.
 */
import { CopyButton } from '@/components/ui/copy-button.tsx';
import { Fact } from './fact.tsx';

/**
 * WhatsApp invite links: https, that host, an alphanumeric code. Narrower than any generic URL
 * check.
 */
const INVITE_LINK = /^https:\/\/chat\.whatsapp\.com\/(invite\/)?[A-Za-z0-9]+$/;

/** A `dt`/`dd` pair "Invite link". */
export function InviteLink({ link }: { link: string }) {
  return (
    <Fact term="Invite link">
      <span className="flex items-start gap-2">
        {INVITE_LINK.test(link) ? (
          <a
            href={link}
            target="_blank"
            rel="noopener noreferrer"
            className="min-w-0 break-all text-teal-800 underline"
          >
            {link}
          </a>
        ) : (
          <span className="min-w-0 break-all">{link}</span>
        )}
        <CopyButton text={link} label="Copy invite link" />
      </span>
    </Fact>
  );
}
