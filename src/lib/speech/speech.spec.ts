import { describe, expect, it } from 'vitest';
import { Player, pickVoice, speaks, spokenSentence, wordAtChar, type Item } from './speech';
import { FakeSynth, makeUtterance, voice } from './fake';
import { article } from '$lib/content/article';
import { tokenize } from '$lib/content/words/tokenize';
import { wordBounds } from '$lib/content/view';

describe('voices', () => {
  it.each([
    ['ar', 'ar', true],
    ['ar-SA', 'ar', true],
    ['ar_EG', 'ar', true],
    ['AR-eg', 'ar', true],
    ['arn-CL', 'ar', false],
    ['en-GB', 'ar', false],
    ['en-US', 'en', true],
    ['es-ES', 'en', false],
  ] as const)('%s speaks %s: %s', (lang, want, yes) => {
    expect(speaks(voice('v', lang), want)).toBe(yes);
  });

  it('prefers a voice on the device (it works offline), then the default, then the first', () => {
    const net = voice('Google العربية', 'ar-SA', false, true);
    const local = voice('Maged', 'ar-SA', true);
    const local2 = voice('Tarik', 'ar-EG', true);
    expect(pickVoice([net, local, local2], 'ar')).toBe(local);
    expect(pickVoice([net, local, { ...local2, default: true }], 'ar')?.name).toBe('Tarik');
    expect(pickVoice([net], 'ar')).toBe(net);
  });

  it('finds none where the device has no voice of the language', () => {
    expect(pickVoice([voice('Samantha', 'en-US')], 'ar')).toBeUndefined();
    expect(pickVoice([], 'en')).toBeUndefined();
  });
});

describe('spoken text', () => {
  const text = 'أفاد وزير الخارجية، اليوم.';
  const bounds = wordBounds(tokenize(text));

  it('is the sentence itself without the word layer, each word found where it starts', () => {
    const s = spokenSentence(text, bounds);
    expect(s.text).toBe(text);
    expect(s.starts.map((at) => s.text.slice(at).split(/[ ،.]/)[0])).toEqual([
      'أفاد',
      'وزير',
      'الخارجية',
      'اليوم',
    ]);
  });

  it('puts the vowelled forms in, punctuation and spaces kept, and the starts move with them', () => {
    const s = spokenSentence(text, bounds, ['أَفَادَ', 'وَزِيرُ', undefined, 'الْيَوْمَ']);
    expect(s.text).toBe('أَفَادَ وَزِيرُ الخارجية، الْيَوْمَ.');
    expect(s.starts).toEqual([0, 8, 16, 26]);
  });

  it('says which word a character belongs to', () => {
    const starts = [0, 8, 16, 26];
    expect([0, 3, 8, 15, 16, 25, 26, 40].map((c) => wordAtChar(starts, c))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(wordAtChar([4, 9], 2)).toBe(-1);
    expect(wordAtChar([], 2)).toBe(-1);
  });

  it("keeps every sentence of the article's text, letter for letter, when nothing is vowelled", () => {
    for (const p of article.blocks)
      for (const s of p.sentences) {
        const spoken = spokenSentence(s.ar, wordBounds(tokenize(s.ar)));
        expect(spoken.text).toBe(s.ar);
        expect(spoken.starts).toEqual(tokenize(s.ar).map((t) => t.start));
      }
  });
});

describe('player', () => {
  const ar = voice('Maged', 'ar-SA');
  const en = voice('Samantha', 'en-US');
  const items: Item[] = [
    { id: 'p1.s1', text: 'أفاد وزير', lang: 'ar', starts: [0, 5] },
    { id: 'p1.s2', text: 'قال الوزير', lang: 'ar', starts: [0, 4] },
  ];

  function setup() {
    const synth = new FakeSynth([ar, en]);
    const at: ({ id: string; word: number } | null)[] = [];
    const states: string[] = [];
    const player = new Player(synth, makeUtterance, {
      onat: (x) => at.push(x),
      onstate: (s) => states.push(s),
    });
    return { synth, at, states, player };
  }

  it('reads the items in order, one utterance each, in their language, voice and rate', () => {
    const { synth, player, states } = setup();
    player.play(items, { ar }, 'slow');
    expect(synth.said).toEqual([{ text: 'أفاد وزير', lang: 'ar-SA', voice: 'Maged', rate: 0.7 }]);
    synth.start();
    synth.end();
    expect(synth.said.map((x) => x.text)).toEqual(['أفاد وزير', 'قال الوزير']);
    synth.start();
    synth.end();
    expect(player.state).toBe('idle');
    expect(states).toEqual(['playing', 'idle']);
  });

  it('moves the highlight with the engine: sentence on start, word on each boundary, off at the end', () => {
    const { synth, player, at } = setup();
    player.play(items, { ar });
    synth.start();
    synth.word(0);
    synth.word(5);
    synth.end();
    synth.start();
    synth.word(4);
    synth.end();
    expect(at).toEqual([
      { id: 'p1.s1', word: -1 },
      { id: 'p1.s1', word: 0 },
      { id: 'p1.s1', word: 1 },
      { id: 'p1.s2', word: -1 },
      { id: 'p1.s2', word: 1 },
      null,
    ]);
  });

  it('ignores sentence boundaries, and events of a cancelled reading', () => {
    const { synth, player, at } = setup();
    player.play(items, { ar });
    const first = synth.current!;
    synth.start();
    first.onboundary?.({ charIndex: 5, name: 'sentence' });
    player.stop();
    first.onboundary?.({ charIndex: 5, name: 'word' });
    first.onend?.({});
    expect(at).toEqual([{ id: 'p1.s1', word: -1 }, null]);
    expect(synth.said).toHaveLength(1);
    expect(player.state).toBe('idle');
  });

  it('stops: cancels the engine, clears the highlight, and a new reading starts clean', () => {
    const { synth, player, at, states } = setup();
    player.play(items, { ar });
    synth.start();
    player.stop();
    expect(synth.calls).toContain('cancel');
    expect(at.at(-1)).toBeNull();
    player.play([items[1]], { ar });
    synth.start();
    synth.end();
    expect(synth.said.map((x) => x.text)).toEqual(['أفاد وزير', 'قال الوزير']);
    expect(states).toEqual(['playing', 'idle', 'playing', 'idle']);
  });

  it('pauses and resumes only when it should', () => {
    const { synth, player } = setup();
    player.pause();
    player.play(items, { ar });
    player.pause();
    player.pause();
    expect(player.state).toBe('paused');
    player.resume();
    expect(player.state).toBe('playing');
    player.resume();
    expect(synth.calls.filter((c) => c !== 'cancel')).toEqual(['pause', 'resume']);
  });

  it('reads English with the English voice, and skips what no voice can read', () => {
    const { synth, player } = setup();
    player.play(
      [
        { id: 'a', text: 'One.', lang: 'en' },
        { id: 'b', text: 'اثنان', lang: 'ar' },
        { id: 'c', text: 'Three.', lang: 'en' },
      ],
      { en },
    );
    synth.end();
    expect(synth.said).toEqual([
      { text: 'One.', lang: 'en-US', voice: 'Samantha', rate: 1 },
      { text: 'Three.', lang: 'en-US', voice: 'Samantha', rate: 1 },
    ]);
  });

  it('ends the reading when the engine fails on a sentence', () => {
    const { synth, player, at } = setup();
    player.play(items, { ar });
    synth.start();
    synth.current?.onerror?.({ error: 'synthesis-failed' });
    expect(player.state).toBe('idle');
    expect(at.at(-1)).toBeNull();
    expect(synth.said).toHaveLength(1);
  });
});
