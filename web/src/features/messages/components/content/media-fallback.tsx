/**
 * What a bubble shows instead of media that failed to load or cannot be played: a grey box (of
 * the media's reserved size, when given) with the reason, Retry, and optionally a download link.
 * Never a broken-image icon.
 */
import type { CSSProperties, ReactNode } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { cn } from '@/lib/cn.ts';

export interface MediaFallbackProps {
  /** Why there is no media, e.g. "Video unavailable". */
  label: string;
  /** Reserved size of the media (data-driven, hence inline). */
  box?: CSSProperties;
  onRetry?: (() => void) | undefined;
  /** A download link or other action. */
  children?: ReactNode;
  className?: string;
}

/** Grey placeholder; Retry only with `onRetry`. */
export function MediaFallback({ label, box, onRetry, children, className }: MediaFallbackProps) {
  return (
    <div
      data-slot="media-fallback"
      style={box}
      className={cn(
        'flex max-w-full flex-col items-center justify-center gap-2 rounded-md bg-slate-200 p-3 text-center text-xs text-slate-600',
        className,
      )}
    >
      <span>{label}</span>
      {onRetry && (
        <Button size="sm" variant="secondary" onClick={onRetry}>
          Retry
        </Button>
      )}
      {children}
    </div>
  );
}
