import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeMedia } from './message-fixture.ts';
import { AudioPlayer } from './audio-player.tsx';
import { VideoContent } from './video-content.tsx';

let canPlayType: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // jsdom plays nothing: pretend the browser can, and let play/pause fire their events.
  canPlayType = vi.spyOn(HTMLMediaElement.prototype, 'canPlayType').mockReturnValue('maybe');
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (
    this: HTMLMediaElement,
  ) {
    this.dispatchEvent(new Event('play'));
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(function (
    this: HTMLMediaElement,
  ) {
    this.dispatchEvent(new Event('pause'));
  });
});

const video = makeMedia({
  path: 'https://media.example/v.mp4',
  thumbnail: 'https://media.example/t.png',
  mimetype: 'video/mp4',
  filename: 'clip.mp4',
  dimensions: { width: 1280, height: 720, ar: 16 / 9 },
});
const audio = makeMedia({
  path: 'https://media.example/a.ogg',
  mimetype: 'audio/ogg; codecs=opus',
  filename: 'note.ogg',
});

describe('VideoContent', () => {
  it('uses the native player with metadata preload, poster and a reserved box', () => {
    const { container } = render(<VideoContent media={video} />);
    const element = container.querySelector('video');
    expect(element).toHaveAttribute('src', 'https://media.example/v.mp4');
    expect(element).toHaveAttribute('poster', 'https://media.example/t.png');
    expect(element).toHaveAttribute('preload', 'metadata');
    expect(element).toHaveAttribute('controls');
    expect(element).toHaveAttribute('width', '280');
    expect(element).toHaveAttribute('height', '158');
  });

  it('shows a placeholder with Retry and a download link when loading fails', () => {
    const { container } = render(<VideoContent media={video} />);
    fireEvent.error(container.querySelector('video') as HTMLVideoElement);
    expect(screen.getByText('Video could not be loaded')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download clip.mp4' })).toHaveAttribute(
      'href',
      'https://media.example/v.mp4',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(container.querySelector('video')).not.toBeNull();
  });

  it('never loads a non-http source', () => {
    const { container } = render(
      <VideoContent
        media={{ ...video, path: 'javascript:alert(1)', thumbnail: 'data:image/png;base64,x' }}
      />,
    );
    expect(container.querySelector('video')).toBeNull();
    expect(screen.getByText('Video unavailable')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('AudioPlayer', () => {
  it('plays, pauses, cycles speed and shows the duration', () => {
    const { container } = render(<AudioPlayer media={audio} duration={41} voice={false} />);
    expect(screen.getByRole('group', { name: 'Audio' })).toBeInTheDocument();
    expect(screen.getByText('0:41')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    const speed = screen.getByRole('button', { name: 'Playback speed 1×' });
    fireEvent.click(speed);
    expect(speed).toHaveAccessibleName('Playback speed 1.5×');
    expect((container.querySelector('audio') as HTMLAudioElement).playbackRate).toBe(1.5);
    fireEvent.click(speed);
    fireEvent.click(speed);
    expect(speed).toHaveAccessibleName('Playback speed 1×');
  });

  it('seeks with the slider', () => {
    const { container } = render(<AudioPlayer media={audio} duration={41} voice={false} />);
    const slider = screen.getByRole('slider', { name: 'Position' });
    fireEvent.change(slider, { target: { value: '20' } });
    expect((container.querySelector('audio') as HTMLAudioElement).currentTime).toBe(20);
    expect(slider).toHaveAttribute('aria-valuetext', '0:20 of 0:41');
  });

  it('takes the length from the metadata without a duration', () => {
    const { container } = render(<AudioPlayer media={audio} duration={null} voice={false} />);
    const element = container.querySelector('audio') as HTMLAudioElement;
    Object.defineProperty(element, 'duration', { value: 75, configurable: true });
    fireEvent.loadedMetadata(element);
    expect(screen.getByText('1:15')).toBeInTheDocument();
  });

  it('marks voice messages with a microphone', () => {
    render(<AudioPlayer media={audio} duration={3} voice />);
    expect(screen.getByRole('group', { name: 'Voice message' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Voice message' })).toBeInTheDocument();
  });

  it('offers a download when the browser cannot play the type', () => {
    canPlayType.mockReturnValue('');
    const { container } = render(<AudioPlayer media={audio} duration={3} voice />);
    expect(container.querySelector('audio')).toBeNull();
    expect(screen.getByText("Voice message can't be played here · 0:03")).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download note.ogg' })).toHaveAttribute(
      'download',
      'note.ogg',
    );
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('offers Retry and a download after a load error', () => {
    const { container } = render(<AudioPlayer media={audio} duration={3} voice={false} />);
    fireEvent.error(container.querySelector('audio') as HTMLAudioElement);
    expect(screen.getByRole('link', { name: 'Download note.ogg' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });
});
