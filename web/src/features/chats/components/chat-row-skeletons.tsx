/**
 * Placeholder rows while the first page of chats loads.
 */
import { Skeleton } from '@/components/ui/skeleton.tsx';

/** @param count - rows to draw (a screenful) */
export function ChatRowSkeletons({ count = 10 }: { count?: number }) {
  return (
    <div role="status" aria-label="Loading chats" className="flex flex-col">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="flex h-[72px] items-center gap-3 px-3">
          <Skeleton className="size-12 rounded-full" />
          <div className="flex flex-1 flex-col gap-2">
            <Skeleton className="h-3.5 w-2/5" />
            <Skeleton className="h-3 w-4/5" />
          </div>
        </div>
      ))}
    </div>
  );
}
