import { describe, expect, it } from 'vitest';
import { HOLD_MS, scanDedup } from './scan-dedup';

/** Frames as [time in ms, codes read in that frame]; returns what each frame brought that was new. */
function run(frames: [number, string[]][], holdMs = HOLD_MS): string[][] {
  const d = scanDedup(holdMs);
  return frames.map(([t, codes]) => d.fresh(codes, t));
}

describe('scanDedup(holdMs).fresh(codes, now)', () => {
  it.each<[string, [number, string[]][], string[][]]>([
    [
      'a code held in view for many frames is taken once',
      [
        [0, ['A']],
        [150, ['A']],
        [300, ['A']],
        [2000, ['A']],
      ],
      [['A'], [], [], []],
    ],
    [
      'frames that miss the code while the phone moves do not make it new',
      [
        [0, ['A']],
        [150, []],
        [300, []],
        [900, ['A']],
      ],
      [['A'], [], [], []],
    ],
    [
      'one student after another',
      [
        [0, ['A']],
        [500, ['B']],
        [1000, ['C']],
      ],
      [['A'], ['B'], ['C']],
    ],
    [
      'shown again after being away longer than the hold: taken again',
      [
        [0, ['A']],
        [100, []],
        [HOLD_MS + 200, ['A']],
      ],
      [['A'], [], ['A']],
    ],
    [
      'held up for a whole minute: still once, since each sighting renews the hold',
      Array.from({ length: 400 }, (_, i): [number, string[]] => [i * 150, ['A']]),
      [['A'], ...Array.from({ length: 399 }, () => [])],
    ],
    [
      'two codes in one frame, and the same code twice in a frame',
      [
        [0, ['A', 'B', 'A']],
        [150, ['B', 'A']],
      ],
      [['A', 'B'], []],
    ],
    [
      'surrounding spaces do not make another code',
      [
        [0, ['A\n']],
        [150, [' A']],
      ],
      [['A'], []],
    ],
    ['empty reads are ignored', [[0, ['', '  ']]], [[]]],
  ])('%s', (_name, frames, want) => {
    expect(run(frames)).toEqual(want);
  });

  it('a damaged code is held like any other', () => {
    expect(
      run([
        [0, ['bad']],
        [150, ['bad']],
        [300, ['bad', 'A']],
      ]),
    ).toEqual([['bad'], [], ['A']]);
  });
});
