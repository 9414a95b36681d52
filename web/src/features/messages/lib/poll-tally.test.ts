import { describe, expect, it } from 'vitest';
import { tallyPoll } from './poll-tally.ts';

const info = { pollName: 'When?', pollOptions: ['Friday', 'In person', 'Later'], allowMultipleAnswers: true };

describe('tallyPoll', () => {
  it('counts voters per option in the poll\'s order', () => {
    const tally = tallyPoll(info, { Later: ['a@c.us'], Friday: ['a@c.us', 'b@c.us', 'c@c.us'], Unknown: ['z@c.us'] });
    expect(tally.totalVotes).toBe(4);
    expect(tally.options).toEqual([
      { option: 'Friday', votes: 3, share: 0.75 },
      { option: 'In person', votes: 0, share: 0 },
      { option: 'Later', votes: 1, share: 0.25 },
    ]);
  });
  it('has zero shares without votes', () => {
    expect(tallyPoll(info, null).options.every((o) => o.votes === 0 && o.share === 0)).toBe(true);
    expect(tallyPoll(info, {}).totalVotes).toBe(0);
  });
  it('counts a voter listed twice once', () => expect(tallyPoll(info, { Friday: ['a', 'a'] }).totalVotes).toBe(1));
});
