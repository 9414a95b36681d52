/**
 * Round button at the bottom right of a thread the reader has scrolled up in: jumps to the
 * newest message; shows how many new messages arrived below.
 */
export function JumpToLatest({ unseen, onJump }: { unseen: number; onJump: () => void }) {
  const label =
    unseen > 0
      ? `Jump to latest, ${unseen} new message${unseen === 1 ? '' : 's'}`
      : 'Jump to latest';
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onJump}
      className="absolute right-5 bottom-4 z-10 flex size-10 items-center justify-center rounded-full bg-surface text-slate-600 shadow-md ring-1 ring-slate-200 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-wa-teal"
    >
      <svg viewBox="0 0 20 20" aria-hidden className="size-5 fill-current">
        <path d="M10 14.5 4.5 9l1.4-1.4 4.1 4.1 4.1-4.1L15.5 9 10 14.5Z" />
      </svg>
      {unseen > 0 && (
        <span
          aria-hidden
          className="absolute -top-1.5 -right-1 min-w-5 rounded-full bg-wa-green px-1 text-center text-[11px] leading-5 font-semibold text-white"
        >
          {unseen > 99 ? '99+' : unseen}
        </span>
      )}
    </button>
  );
}
