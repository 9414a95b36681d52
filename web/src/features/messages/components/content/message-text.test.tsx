import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMember, makeMembers } from '@/test/api-fixtures.ts';
import { renderWithMembers } from '@/test/render.tsx';
import { MessageText } from './message-text.tsx';

const members = makeMembers(makeMember('919537851844@c.us', { contact_name: 'Bharat' }));

const renderText = (text: string, mentionIds: string[] = []) =>
  renderWithMembers(<MessageText text={text} mentionIds={mentionIds} />, members);

describe('MessageText', () => {
  it('renders WhatsApp formatting as elements', () => {
    const { container } = renderText(
      '*bold _both_* ~gone~ `code`\n> quoted\n- one\n- two\n1. first\n```\nmono *x*\n```',
    );
    expect(container.querySelector('strong')).toHaveTextContent('bold both');
    expect(container.querySelector('strong em')).toHaveTextContent('both');
    expect(container.querySelector('s')).toHaveTextContent('gone');
    expect(container.querySelector('code')).toHaveTextContent('code');
    expect(container.querySelector('blockquote')).toHaveTextContent('quoted');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'one',
      'two',
      'first',
    ]);
    expect(container.querySelector('ol')).toHaveAttribute('start', '1');
    expect(container.querySelector('pre')).toHaveTextContent('mono *x*');
  });

  it('links http(s), mailto and tel in a new tab without referrer, and nothing else', () => {
    renderText(
      'site https://example.com/a_b, mail a@b.co, call tel:+911234567890, bad javascript:alert(1) and data:text/html,x and ftp://x.io',
    );
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/a_b',
      'mailto:a@b.co',
      'tel:+911234567890',
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    }
    expect(screen.getByText(/javascript:alert\(1\)/)).toBeInTheDocument();
  });

  it('renders HTML payloads as text', () => {
    const { container } = renderText(
      '<img src=x onerror=alert(1)> <a href="javascript:alert(1)">click me</a> <script>alert(1)</script>',
    );
    expect(container.querySelector('img, script, a')).toBeNull();
    expect(container).toHaveTextContent(
      '<img src=x onerror=alert(1)> <a href="javascript:alert(1)">click me</a> <script>alert(1)</script>',
    );
  });

  it('names mentions from the members, else by phone, and leaves other @numbers alone', () => {
    const { container } = renderText('@919537851844 and @14155550123 see @447911123456', [
      '919537851844@c.us',
      '14155550123@c.us',
    ]);
    const mentions = [...container.querySelectorAll('[data-mention]')].map((m) => m.textContent);
    expect(mentions).toEqual(['@Bharat', '@+1 415 555 0123']);
    expect(container).toHaveTextContent('see @447911123456');
  });

  it('collapses long text behind an accessible Read more toggle', () => {
    const long = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const { container } = renderText(long);
    const button = screen.getByRole('button', { name: 'Read more' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(container).not.toHaveTextContent('line 13');
    expect(document.getElementById(button.getAttribute('aria-controls') ?? '')).toContainElement(
      button,
    );
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(container).toHaveTextContent('line 20');
  });

  it('does not offer Read more for short text', () => {
    renderText('short');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
