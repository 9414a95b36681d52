/**
 * Fixed widths of the chat table's columns (Tailwind classes), so header and virtualized rows line
 * up.
 */
export const COLUMN_WIDTHS: Record<string, string> = {
  name: 'w-64 shrink-0',
  type: 'w-24 shrink-0',
  labels: 'w-40 shrink-0',
  assignee: 'w-52 shrink-0',
  members: 'w-24 shrink-0',
  unread: 'w-20 shrink-0',
  snoozed: 'w-44 shrink-0',
  flagged: 'w-20 shrink-0',
  last_message: 'w-96 shrink-0',
  created: 'w-32 shrink-0',
};
