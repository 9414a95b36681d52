/**
 * Avatar primitive: the image when there is one and it loads, else initials on a colour derived
 * from a stable id (media URLs may 404 offline; never a broken-image icon).
 */
import { useState } from 'react';
import { avatarColour, initials } from '@/lib/avatar-colour.ts';
import { cn } from '@/lib/cn.ts';

export interface AvatarProps {
  /** Stable id for the fallback colour (`chat_id`, `contact_id`). */
  id: string;
  name: string;
  src?: string | null | undefined;
  className?: string;
}

/** Decorative: the name is always shown next to it, so the avatar is `aria-hidden`. */
export function Avatar({ id, name, src, className }: AvatarProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const showImage = Boolean(src) && failedSrc !== src;
  return (
    <span
      data-slot="avatar"
      aria-hidden
      className={cn(
        'inline-flex size-12 shrink-0 items-center justify-center overflow-hidden rounded-full text-sm font-semibold text-white',
        avatarColour(id),
        className,
      )}
    >
      {showImage && src ? (
        <img
          src={src}
          alt=""
          className="size-full object-cover"
          loading="lazy"
          onError={() => setFailedSrc(src)}
        />
      ) : (
        initials(name) || <PersonGlyph />
      )}
    </span>
  );
}

function PersonGlyph() {
  return (
    <svg viewBox="0 0 24 24" className="size-3/5 fill-current opacity-90">
      <path d="M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Zm0 2c-4.4 0-8 2.5-8 5.5V21h16v-1.5c0-3-3.6-5.5-8-5.5Z" />
    </svg>
  );
}
