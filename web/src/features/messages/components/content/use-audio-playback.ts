/**
 * State of one `<audio>` element for the custom player: playing, position, length (from the
 * message's `duration`, else the element's metadata), speed, and whether loading failed.
 */
import { type ChangeEvent, useEffect, useRef, useState } from 'react';

/** Speeds the speed button cycles through, as WhatsApp's voice notes do. */
export const PLAYBACK_RATES = [1, 1.5, 2] as const;
export type PlaybackRate = (typeof PLAYBACK_RATES)[number];

/**
 * @param duration - `duration` of the message in seconds, or null (then the metadata's)
 * @returns the element ref and props, state and actions for the controls
 */
export function useAudioPlayback(duration: number | null) {
  const ref = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [metadataDuration, setMetadataDuration] = useState<number | null>(null);
  const [rate, setRate] = useState<PlaybackRate>(1);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const audio = ref.current;
    if (!audio) return;
    // A new source resets playbackRate to defaultPlaybackRate, so set both.
    audio.defaultPlaybackRate = rate;
    audio.playbackRate = rate;
  }, [rate, attempt]);

  const total = duration && duration > 0 ? duration : (metadataDuration ?? 0);
  return {
    ref,
    playing,
    time,
    total,
    rate,
    failed,
    attempt,
    toggle: () => {
      const audio = ref.current;
      if (!audio) return;
      if (playing) return audio.pause();
      audio.play().catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'NotSupportedError') setFailed(true);
      });
    },
    seek: (event: ChangeEvent<HTMLInputElement>) => {
      const to = Number(event.target.value);
      if (ref.current && Number.isFinite(to)) ref.current.currentTime = to;
      setTime(to);
    },
    cycleRate: () =>
      setRate((r) => PLAYBACK_RATES[(PLAYBACK_RATES.indexOf(r) + 1) % PLAYBACK_RATES.length] ?? 1),
    retry: () => {
      setFailed(false);
      setPlaying(false);
      setTime(0);
      setAttempt((n) => n + 1);
    },
    /** Spread on the `<audio>` element. */
    events: {
      onPlay: () => setPlaying(true),
      onPause: () => setPlaying(false),
      onEnded: () => setPlaying(false),
      onTimeUpdate: (event: { currentTarget: HTMLAudioElement }) =>
        setTime(event.currentTarget.currentTime),
      onLoadedMetadata: (event: { currentTarget: HTMLAudioElement }) => {
        const d = event.currentTarget.duration;
        if (Number.isFinite(d) && d > 0) setMetadataDuration(d);
      },
      onError: () => setFailed(true),
    },
  };
}
