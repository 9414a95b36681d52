/**
 * Button primitive (shadcn-style): variants and sizes as class maps, state as data attributes.
 */
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn.ts';

const VARIANTS = {
  primary: 'bg-wa-teal text-white hover:bg-[#006d5b] disabled:bg-slate-300',
  secondary:
    'bg-surface text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50 disabled:text-slate-400',
  ghost: 'bg-transparent text-wa-teal hover:bg-teal-50 disabled:text-slate-400',
} as const;

const SIZES = {
  sm: 'h-7 px-2.5 text-xs',
  md: 'h-9 px-4 text-sm',
} as const;

export type ButtonProps = ComponentProps<'button'> & {
  variant?: keyof typeof VARIANTS;
  size?: keyof typeof SIZES;
};

/** A `type="button"` button unless told otherwise. */
export function Button({
  className,
  variant = 'primary',
  size = 'md',
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <button
      data-slot="button"
      data-variant={variant}
      type={type}
      className={cn(
        'inline-flex shrink-0 items-center justify-center gap-1.5 rounded-full font-medium transition-colors',
        'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-wa-teal disabled:cursor-not-allowed',
        VARIANTS[variant],
        SIZES[size],
        className,
      )}
      {...props}
    />
  );
}
