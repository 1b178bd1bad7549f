import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/journeys/duration.js';

// The seed's convention: 1 month = 4 weeks, 28 days = 4 weeks (MODEL.md).
describe('parseDuration', () => {
  it.each([
    ['9 months', 36],
    ['1 month', 4],
    ['4 weeks', 4],
    ['1 week', 1],
    ['2 week transition', 2],
    ['1 week (will be ongoing for at least 6 weeks)', 1],
    ['1 week (whilst in hospital)', 1],
    ['1 week to get to know and prepare for transition', 1],
    ['1 week – work with team around the child and prepare', 1],
  ])('reads "%s" as %d weeks', (text, weeks) => {
    expect(parseDuration(text)).toMatchObject({ kind: 'weeks', weeks });
  });

  it('reads days as sevenths of a week', () => {
    expect(parseDuration('2 days')).toEqual({ kind: 'weeks', weeks: 2 / 7, gloss: null });
  });

  it('keeps the bracketed restatement of "28 days" so it can be checked', () => {
    expect(parseDuration('28 days (4 weeks)')).toEqual({ kind: 'weeks', weeks: 4, gloss: 4 });
    expect(parseDuration('28 days (1 month)')).toEqual({ kind: 'weeks', weeks: 4, gloss: 4 });
  });

  it('does not take "(will be ongoing for at least 6 weeks)" as a restatement', () => {
    expect(parseDuration('1 week (will be ongoing for at least 6 weeks)')).toMatchObject({ gloss: null });
  });

  it('reads One-off in any case, and rejects what it cannot read', () => {
    expect(parseDuration('One-off')).toEqual({ kind: 'one-off' });
    expect(parseDuration('one-off')).toEqual({ kind: 'one-off' });
    expect(parseDuration('a while')).toBeNull();
    expect(parseDuration('')).toBeNull();
  });
});
