/**
 * Reads the server child's log lines (pino JSON at LOG_LEVEL=warn): request lines with a status
 * ≥ 400 are counted by status, method and route (ids replaced by `:param`) instead of printed;
 * every other line goes to `log`.
 */

/** `/api/chats/120…@g.us/messages` → `/api/chats/:chatId/messages`. */
export function routeOf(path: string): string {
  return path
    .replace(/^\/api\/chats\/[^/]+/, '/api/chats/:chatId')
    .replace(/^\/api\/messages\/[^/]+/, '/api/messages/:messageId');
}

export interface ServerLog {
  /** Feed one line of the child's output. */
  line(text: string): void;
  /** `503 GET /api/messages/:messageId × 12`, most frequent first; empty when none. */
  errors(): { key: string; count: number }[];
}

/** @param log - where lines that are not failed-request lines go */
export function serverLog(log: (line: string) => void): ServerLog {
  const counts = new Map<string, number>();
  return {
    line(text) {
      try {
        const entry = JSON.parse(text) as {
          msg?: string;
          status?: number;
          method?: string;
          path?: string;
        };
        if (entry.msg === 'request' && typeof entry.status === 'number' && entry.status >= 400) {
          const key = `${entry.status} ${entry.method ?? '?'} ${routeOf(entry.path ?? '?')}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
          return;
        }
      } catch {
        // not JSON: print as is
      }
      log(`server: ${text}`);
    },
    errors: () =>
      [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key, count]) => ({ key, count })),
  };
}
