/**
 * Said when a deep-linked or quoted message is not in the chat's history (deleted for everyone
 * long ago, or a link from another phone's scope).
 */
export function MissingMessage() {
  return (
    <p role="alert" className="absolute inset-x-0 top-14 z-10 mx-auto w-max max-w-md rounded-lg bg-white px-3 py-2 text-center text-xs text-slate-700 shadow">
      This message is not in the chat's history any more: it may have been deleted, or the link is for another phone.
    </p>
  );
}
