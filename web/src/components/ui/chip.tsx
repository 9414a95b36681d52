/**
 * Chip primitive: a small rounded toggle button (filters). `pressed` is exposed as
 * `aria-pressed` (toggle) or, inside a radio group, pass `role="radio"` and `aria-checked`.
 */
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn.ts';

export type ChipProps = ComponentProps<'button'> & { active: boolean };

export function Chip({ active, className, type = 'button', ...props }: ChipProps) {
  return (
    <button
      data-slot="chip"
      data-active={active || undefined}
      type={type}
      className={cn(
        'h-7 shrink-0 rounded-full px-3 text-xs font-medium ring-1 transition-colors',
        'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-wa-teal',
        active
          ? 'bg-teal-100 text-teal-900 ring-teal-300'
          : 'bg-surface text-slate-600 ring-slate-200 hover:bg-slate-100',
        className,
      )}
      {...props}
    />
  );
}
