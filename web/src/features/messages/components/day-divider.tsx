/**
 * Centred date chip between days ("Today", "Yesterday", "2 December 2024").
 */

/** @param label - already formatted day label */
export function DayDivider({ label }: { label: string }) {
  return (
    <div className="flex justify-center py-2">
      <span className="rounded-md bg-surface/90 px-3 py-1 text-xs text-slate-600 shadow-bubble">
        {label}
      </span>
    </div>
  );
}
