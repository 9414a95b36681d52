/**
 * A group notification in the thread: a centred grey system line.
 */

/** @param text - the sentence (plain text) */
export function SystemLine({ text }: { text: string }) {
  return (
    <div className="flex justify-center">
      <p className="max-w-[80%] rounded-md bg-wa-system/80 px-3 py-1 text-center text-xs text-slate-600 shadow-sm">{text}</p>
    </div>
  );
}
