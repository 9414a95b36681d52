/**
 * Placeholder bubbles while a thread's first page loads.
 */
import { Skeleton } from '@/components/ui/skeleton.tsx';
import { cn } from '@/lib/cn.ts';

const SHAPES = [
  { own: false, width: 'w-52' },
  { own: true, width: 'w-64' },
  { own: false, width: 'w-40' },
  { own: false, width: 'w-72' },
  { own: true, width: 'w-44' },
  { own: true, width: 'w-60' },
];

/** Announced as "Loading messages". */
export function ThreadSkeleton() {
  return (
    <div
      role="status"
      aria-label="Loading messages"
      className="flex flex-1 flex-col justify-end gap-2 px-[5%] py-4"
    >
      {SHAPES.map((shape, i) => (
        <div key={i} className={cn('flex', shape.own ? 'justify-end' : 'justify-start')}>
          <Skeleton className={cn('h-10 rounded-lg bg-surface/70', shape.width)} />
        </div>
      ))}
    </div>
  );
}
