import { describe, expect, it } from 'vitest';
import { benchScheduler } from './bench';

// The bench's own harness: it runs, on the size asked, and gives numbers (the timing budget is the bench's).
describe('benchScheduler', () => {
  it('times an answer and a week for a deck of n cards', () => {
    const r = benchScheduler(40, 3);
    expect(r.cards).toBe(40);
    expect(r.answerMs).toBeGreaterThan(0);
    expect(r.weekMs).toBeGreaterThan(0);
  });
});
