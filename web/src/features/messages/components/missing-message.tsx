/**
 * Said when a deep-linked or quoted message (or a linked group event) is not in the chat's
 * history (deleted for everyone long ago, or a link from another phone's scope).
 */

/** @param kind - what the link pointed at */
export function MissingMessage({ kind }: { kind: 'message' | 'notification' }) {
  const what = kind === 'message' ? 'This message is' : 'This group event is';
  return (
    <p
      role="alert"
      className="absolute inset-x-0 top-14 z-10 mx-auto w-max max-w-md rounded-lg bg-surface px-3 py-2 text-center text-xs text-slate-700 shadow"
    >
      {what} not in the chat's history any more: it may have been deleted, or the link is for
      another phone.
    </p>
  );
}
