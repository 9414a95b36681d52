/**
 * "Demo data" badge, shown when the server runs against the built-in simulator.
 */
import { useQuery } from '@tanstack/react-query';
import { Badge } from '@/components/ui/badge.tsx';
import { configQueries } from '../api/config-queries.ts';

/** Renders nothing unless `/api/config` says `demo: true` (and nothing while it loads or fails). */
export function DemoBadge() {
  const { data } = useQuery(configQueries.current());
  if (!data?.demo) return null;
  return (
    <Badge
      variant="demo"
      title="The server is running the built-in Periskope simulator: every chat here is generated."
    >
      Demo data
    </Badge>
  );
}
