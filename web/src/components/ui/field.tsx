/**
 * Form field primitives: a labelled native `<select>` and `<input>`, styled alike. Native
 * controls keep keyboard and screen-reader behaviour for free.
 */
import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/cn.ts';

const CONTROL =
  'h-8 w-full min-w-0 rounded-md bg-surface px-2 text-sm text-slate-900 ring-1 ring-slate-300 outline-none focus:ring-2 focus:ring-wa-teal';

type FieldProps = { label: ReactNode; className?: string };

/** `<label>` wrapping a `<select>`: the label text names the control. */
export function SelectField({
  label,
  className,
  children,
  ...props
}: FieldProps & ComponentProps<'select'>) {
  return (
    <label
      data-slot="select-field"
      className={cn('flex min-w-0 flex-col gap-1 text-xs font-medium text-slate-600', className)}
    >
      {label}
      <select className={CONTROL} {...props}>
        {children}
      </select>
    </label>
  );
}

/** `<label>` wrapping an `<input>`. */
export function InputField({ label, className, ...props }: FieldProps & ComponentProps<'input'>) {
  return (
    <label
      data-slot="input-field"
      className={cn('flex min-w-0 flex-col gap-1 text-xs font-medium text-slate-600', className)}
    >
      {label}
      <input className={CONTROL} {...props} />
    </label>
  );
}
