/**
 * Label id → name from `/api/config` (Periskope chat objects carry label ids only,
 * docs/periskope-api.md#chat).
 */
import { useQuery } from '@tanstack/react-query';
import { configQueries } from '../api/config-queries.ts';

const NONE: Record<string, string> = {};

/** @returns the known names; empty while the config loads or when the server knows none */
export function useLabelNames(): Record<string, string> {
  return useQuery(configQueries.current()).data?.labels ?? NONE;
}
