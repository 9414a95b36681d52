import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoadMore } from './load-more.tsx';

/** An IntersectionObserver that reports every observed node in view at once. */
class InView {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    this.callback(
      [{ isIntersecting: true, target } as IntersectionObserverEntry],
      this as unknown as IntersectionObserver,
    );
  }
  disconnect() {}
}

beforeEach(() => vi.stubGlobal('IntersectionObserver', InView));
afterEach(() => vi.unstubAllGlobals());

describe('LoadMore', () => {
  it('loads the next page while in view', () => {
    const onLoadMore = vi.fn();
    render(
      <LoadMore hasMore loading={false} error={null} onLoadMore={onLoadMore} endText="The end" />,
    );
    expect(onLoadMore).toHaveBeenCalledTimes(1);
  });

  it('with auto off, loads only when its button is clicked', async () => {
    const onLoadMore = vi.fn();
    render(
      <LoadMore
        hasMore
        auto={false}
        moreText="Searched back to 1 Oct 2026, 10:00:00 — Search older"
        loading={false}
        error={null}
        onLoadMore={onLoadMore}
        endText="The end"
      />,
    );
    expect(onLoadMore).not.toHaveBeenCalled();
    await userEvent.click(
      screen.getByRole('button', { name: 'Searched back to 1 Oct 2026, 10:00:00 — Search older' }),
    );
    expect(onLoadMore).toHaveBeenCalledTimes(1);
  });
});
