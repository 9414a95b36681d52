/**
 * One fact of the Details tab: a term and its description, inside the facts' `dl`.
 */
import type { ReactNode } from 'react';

/** A `dt`/`dd` pair wrapped in a `div` (allowed in a `dl`). */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-500">{term}</dt>
      <dd className="text-slate-800">{children}</dd>
    </div>
  );
}
