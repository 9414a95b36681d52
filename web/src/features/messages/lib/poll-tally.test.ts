import { describe, expect, it } from 'vitest';
import { tallyPoll } from './poll-tally.ts';

const info = {
  pollName: 'When?',
  pollOptions: ['Friday', 'In person', 'Later'],
  allowMultipleAnswers: true,
};
const vote = (voter: string, at: number | null = null) => ({ voter, at });

describe('tallyPoll', () => {
  it("counts voters per option in the poll's order", () => {
    const tally = tallyPoll(info, {
      Later: [vote('a@c.us')],
      Friday: [vote('a@c.us'), vote('b@c.us'), vote('c@c.us')],
      Unknown: [vote('z@c.us')],
    });
    expect(tally.totalVotes).toBe(4);
    expect(tally.options.map(({ option, votes, share }) => ({ option, votes, share }))).toEqual([
      { option: 'Friday', votes: 3, share: 0.75 },
      { option: 'In person', votes: 0, share: 0 },
      { option: 'Later', votes: 1, share: 0.25 },
    ]);
  });

  it('has zero shares without votes', () => {
    expect(
      tallyPoll(info, null).options.every(
        (o) => o.votes === 0 && o.share === 0 && o.voters.length === 0,
      ),
    ).toBe(true);
    expect(tallyPoll(info, {}).totalVotes).toBe(0);
  });

  it('counts a voter listed twice once, at their latest dated vote', () => {
    const tally = tallyPoll(info, { Friday: [vote('a', 5), vote('a', 9), vote('a', null)] });
    expect(tally.totalVotes).toBe(1);
    expect(tally.options[0]?.voters).toEqual([{ id: 'a', at: 9 }]);
  });

  it('lists the voters with their vote times, oldest first and undated last', () => {
    const tally = tallyPoll(info, {
      Friday: [vote('c@c.us', null), vote('b@c.us', 2_000), vote('a@c.us', 1_000)],
    });
    expect(tally.options[0]?.voters).toEqual([
      { id: 'a@c.us', at: 1_000 },
      { id: 'b@c.us', at: 2_000 },
      { id: 'c@c.us', at: null },
    ]);
  });
});
