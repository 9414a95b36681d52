/**
 * Media routes return real files with the right content types.
 */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { simulator } from '../test-client.ts';
import { MAX_IMAGE_SIDE } from './urls.ts';

const sim = simulator({ seed: 11, chats: 50 });

async function fetchMedia(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ res: Response; bytes: Buffer }> {
  const res = await sim.app.request(url.replace(sim.data.publicUrl, ''), { headers });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

function mediaOf(type: string) {
  const entry = sim.data.findChats(sim.data.showcase.mediaGroupId)[0];
  const message = entry ? sim.data.messages(entry).find((m) => m.message_type === type) : undefined;
  if (!message?.media) throw new Error(`no ${type} media`);
  return { message, media: message.media };
}

describe('media', () => {
  it('images: real PNGs capped at 640 px, aspect kept, cacheable, no auth', async () => {
    const { media } = mediaOf('image');
    const { res, bytes } = await fetchMedia(media.path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(bytes.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    const png = PNG.sync.read(bytes);
    expect(Math.max(png.width, png.height)).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    const ar = media.dimensions?.ar ?? 1;
    expect(Math.abs(png.width / png.height - ar)).toBeLessThan(0.02);
    const thumb = await fetchMedia(media.thumbnail ?? '');
    expect(
      Math.max(PNG.sync.read(thumb.bytes).width, PNG.sync.read(thumb.bytes).height),
    ).toBeLessThanOrEqual(96);
  });

  it('audio: a RIFF/WAVE file whose length matches the message duration; Range works', async () => {
    const { message, media } = mediaOf('ptt');
    const { res, bytes } = await fetchMedia(media.path);
    expect(res.headers.get('content-type')).toBe('audio/wav');
    expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
    expect(bytes.toString('ascii', 8, 12)).toBe('WAVE');
    const rate = bytes.readUInt32LE(28);
    expect((bytes.length - 44) / rate).toBe(Number(message.duration));
    expect(bytes.length).toBe(media.size);
    const part = await fetchMedia(media.path, { Range: 'bytes=0-99' });
    expect(part.res.status).toBe(206);
    expect(part.bytes.length).toBe(100);
  });

  it('video (MP4), sticker (WebP) and document (PDF showing the file name)', async () => {
    const video = await fetchMedia(mediaOf('video').media.path);
    expect(video.res.headers.get('content-type')).toBe('video/mp4');
    expect(video.bytes.toString('ascii', 4, 8)).toBe('ftyp');
    const sticker = await fetchMedia(mediaOf('sticker').media.path);
    expect(sticker.res.headers.get('content-type')).toBe('image/webp');
    expect(sticker.bytes.toString('ascii', 8, 12)).toBe('WEBP');
    const { media } = mediaOf('document');
    const doc = await fetchMedia(media.path);
    expect(doc.res.headers.get('content-type')).toBe('application/pdf');
    expect(doc.bytes.toString('latin1', 0, 5)).toBe('%PDF-');
    expect(doc.bytes.toString('latin1')).toContain(
      media.filename.replace(/[()\\]/g, (c) => `\\${c}`),
    );
    expect(doc.bytes.length).toBe(media.size);
    expect(doc.bytes.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('avatars and bad media paths', async () => {
    const avatar = sim.data.contacts.find((c) => c.image !== null)?.image ?? '';
    expect((await fetchMedia(avatar)).res.headers.get('content-type')).toBe('image/png');
    expect((await sim.app.request('/media/image/0/10/1.png')).status).toBe(404);
    expect((await sim.app.request('/media/document/evil.exe')).status).toBe(404);
  });
});
