/**
 * A real WAV file: 8 kHz, mono, 8-bit PCM sine tone with short fades, for `audio`/`ptt` messages.
 * Its length matches the message `duration` (seconds).
 */

/** Samples per second of generated audio. */
export const WAV_SAMPLE_RATE = 8000;

/** Longest tone rendered, in seconds (longer durations are clamped). */
export const MAX_WAV_SECONDS = 600;

/** Byte size of the WAV for `seconds` (44-byte header + 1 byte per sample). */
export function wavSize(seconds: number): number {
  return 44 + Math.min(Math.max(seconds, 0), MAX_WAV_SECONDS) * WAV_SAMPLE_RATE;
}

/**
 * Renders the tone.
 * @param seconds - duration in whole seconds (clamped to 0..{@link MAX_WAV_SECONDS})
 * @param seed - picks the pitch (220–660 Hz)
 */
export function renderWav(seconds: number, seed: number): Buffer {
  const samples = wavSize(seconds) - 44;
  const buf = Buffer.alloc(44 + samples);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + samples, 4);
  buf.write('WAVE', 8, 'ascii');
  buf.write('fmt ', 12, 'ascii');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(1, 22); // mono
  buf.writeUInt32LE(WAV_SAMPLE_RATE, 24);
  buf.writeUInt32LE(WAV_SAMPLE_RATE, 28); // byte rate
  buf.writeUInt16LE(1, 32); // block align
  buf.writeUInt16LE(8, 34); // bits per sample
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(samples, 40);
  const freq = 220 + (Math.abs(seed) % 441);
  const fade = WAV_SAMPLE_RATE / 20;
  for (let i = 0; i < samples; i++) {
    const envelope = Math.min(1, i / fade, (samples - i) / fade);
    buf[44 + i] = Math.round(
      128 + 60 * envelope * Math.sin((2 * Math.PI * freq * i) / WAV_SAMPLE_RATE),
    );
  }
  return buf;
}
