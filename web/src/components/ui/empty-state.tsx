/**
 * Empty-state primitive: a centred title and optional hint.
 */
import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/cn.ts';

export type EmptyStateProps = Omit<ComponentProps<'div'>, 'title'> & {
  title: ReactNode;
  hint?: ReactNode;
};

/** For "nothing here yet" places: no chat selected, no messages. */
export function EmptyState({ title, hint, className, children, ...props }: EmptyStateProps) {
  return (
    <div
      data-slot="empty-state"
      className={cn('flex flex-col items-center justify-center gap-1 p-6 text-center', className)}
      {...props}
    >
      <p className="text-base font-medium text-slate-700">{title}</p>
      {hint && <p className="max-w-xs text-sm text-slate-500">{hint}</p>}
      {children}
    </div>
  );
}
