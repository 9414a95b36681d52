/**
 * Audio and voice notes (`audio`, `ptt`): play/pause, a seek slider, time, and a 1× / 1.5× / 2×
 * speed toggle. When the browser cannot play the file (`canPlayType` is `''`, or a load error)
 * it offers the file as a download instead, with Retry after an error.
 */
import type { Message } from '@/lib/api-types.ts';
import { cn } from '@/lib/cn.ts';
import { formatDuration } from '@/lib/format.ts';
import { canPlay } from '@/features/messages/lib/can-play.ts';
import { safeWebHref } from '@/features/messages/lib/safe-url.ts';
import { DownloadLink } from './download-link.tsx';
import { MediaFallback } from './media-fallback.tsx';
import { MicGlyph, PauseGlyph, PlayGlyph } from './media-glyphs.tsx';
import { useAudioPlayback } from './use-audio-playback.ts';

export interface AudioPlayerProps {
  media: Message['media'];
  /** `duration` of the message, seconds. */
  duration: number | null;
  /** A voice message (`ptt`): marked with a microphone. */
  voice: boolean;
}

/** Player of an `audio` or `ptt` message, or its fallback (download, Retry). */
export function AudioPlayer({ media, duration, voice }: AudioPlayerProps) {
  const { ref, attempt, events, ...player } = useAudioPlayback(duration);
  const src = safeWebHref(media?.path);
  const what = voice ? 'Voice message' : 'Audio';
  const playable = canPlay('audio', media?.mimetype);
  if (!src || !playable || player.failed) {
    const reason = !src
      ? `${what} unavailable`
      : playable
        ? `${what} could not be loaded`
        : `${what} can't be played here`;
    // The length still tells the reader something when the file cannot be played.
    const label = duration ? `${reason} · ${formatDuration(duration)}` : reason;
    return (
      <MediaFallback
        label={label}
        onRetry={src && playable ? player.retry : undefined}
        className="w-64"
      >
        {src && (
          <DownloadLink
            href={src}
            filename={media?.filename ?? null}
            fallbackName={voice ? 'voice message' : 'audio'}
          />
        )}
      </MediaFallback>
    );
  }
  const shown = player.playing || player.time > 0 ? player.time : player.total;
  return (
    <div role="group" aria-label={what} className="flex w-64 max-w-full items-center gap-2 py-1">
      {voice && (
        <span
          role="img"
          aria-label="Voice message"
          title="Voice message"
          className="flex size-9 shrink-0 items-center justify-center rounded-full bg-teal-600 text-white"
        >
          <MicGlyph />
        </span>
      )}
      <button
        type="button"
        aria-label={player.playing ? 'Pause' : 'Play'}
        onClick={player.toggle}
        className="flex size-8 shrink-0 items-center justify-center rounded-full text-slate-600 hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-wa-teal"
      >
        {player.playing ? <PauseGlyph /> : <PlayGlyph />}
      </button>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <input
          type="range"
          min={0}
          max={player.total || 0}
          step="any"
          value={Math.min(player.time, player.total || 0)}
          onChange={player.seek}
          aria-label="Position"
          aria-valuetext={`${formatDuration(player.time)} of ${formatDuration(player.total)}`}
          className="h-4 w-full cursor-pointer accent-teal-600"
        />
        <span className="text-[11px] text-slate-500 tabular-nums">{formatDuration(shown)}</span>
      </div>
      <button
        type="button"
        aria-label={`Playback speed ${player.rate}×`}
        onClick={player.cycleRate}
        className={cn(
          'h-6 min-w-9 shrink-0 rounded-full px-1.5 text-xs font-semibold tabular-nums',
          player.rate === 1 ? 'bg-black/5 text-slate-600' : 'bg-teal-600 text-white',
        )}
      >
        {player.rate}×
      </button>
      {/* eslint-disable-next-line jsx-a11y/media-has-caption -- WhatsApp audio and voice notes come without captions; there is no track to give */}
      <audio key={attempt} ref={ref} src={src} preload="metadata" {...events} />
    </div>
  );
}
