/**
 * The dot of a timeline row: a glyph and colour by notification type, so joins, leaves, role
 * changes and settings read apart at a glance. Decorative: the sentence says the same.
 */
import { cn } from '@/lib/cn.ts';

const GLYPHS: Record<string, [glyph: string, tone: string]> = {
  add: ['+', 'bg-teal-600 text-white'],
  invite: ['+', 'bg-teal-600 text-white'],
  remove: ['−', 'bg-amber-500 text-white'],
  leave: ['−', 'bg-amber-500 text-white'],
  promote: ['▲', 'bg-teal-100 text-teal-800 ring-1 ring-teal-300'],
  demote: ['▼', 'bg-amber-100 text-amber-800 ring-1 ring-amber-300'],
  create: ['★', 'bg-teal-800 text-white'],
  call: ['☎', 'bg-slate-200 text-slate-700'],
};
const SETTING: [string, string] = ['✎', 'bg-slate-100 text-slate-600 ring-1 ring-slate-300'];
const OTHER: [string, string] = ['•', 'bg-slate-100 text-slate-500 ring-1 ring-slate-300'];

/** @param type - the notification `type`; null (an unknown event) draws the neutral dot */
export function EventGlyph({
  type,
  setting,
  className,
}: {
  type: string | null;
  setting: boolean;
  className?: string;
}) {
  const [glyph, tone] =
    (type !== null && Object.hasOwn(GLYPHS, type) ? GLYPHS[type] : undefined) ??
    (setting ? SETTING : OTHER);
  return (
    <span
      aria-hidden
      className={cn(
        'inline-flex size-6 shrink-0 items-center justify-center rounded-full text-xs leading-none font-bold',
        tone,
        className,
      )}
    >
      {glyph}
    </span>
  );
}
