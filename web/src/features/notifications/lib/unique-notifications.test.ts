import { describe, expect, it } from 'vitest';
import { uniqueNotifications } from './unique-notifications.ts';

const n = (notification_id: string, type = 'add') => ({ notification_id, type });

describe('uniqueNotifications', () => {
  it('keeps the first copy of an event repeated across pages, in page order', () => {
    const pages = [
      { notifications: [n('a'), n('b')] },
      { notifications: [n('b', 'later copy'), n('c')] },
    ];
    expect(uniqueNotifications(pages)).toEqual([n('a'), n('b'), n('c')]);
  });

  it('is empty before any page', () => {
    expect(uniqueNotifications(undefined)).toEqual([]);
  });
});
