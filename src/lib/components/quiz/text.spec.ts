import { describe, expect, it } from 'vitest';
import { excerptEvidence, markEvidence, splitRuns } from './text';

describe('quiz text helpers', () => {
  it('splitRuns(text) marks Arabic words inside English, keeping guillemets outside', () => {
    expect(splitRuns('«أمس» (yesterday): Kerry spoke')).toEqual([
      { text: '«', ar: false, at: 0 },
      { text: 'أمس', ar: true, at: 1 },
      { text: '» (yesterday): Kerry spoke', ar: false, at: 4 },
    ]);
    expect(splitRuns('no Arabic here')).toEqual([{ text: 'no Arabic here', ar: false, at: 0 }]);
    const runs = splitRuns('the words «في 21 مايو» (on 21 May)');
    expect(runs.filter((r) => r.ar).map((r) => r.text)).toEqual(['في 21 مايو']);
    expect(runs.map((r) => r.text).join('')).toBe('the words «في 21 مايو» (on 21 May)');
  });

  it('markEvidence(sentence, words) marks each phrase, joining phrases a space apart', () => {
    expect(markEvidence('a b c d e', ['b', 'c'])).toEqual([
      { text: 'a ', mark: false, at: 0 },
      { text: 'b c', mark: true, at: 2 },
      { text: ' d e', mark: false, at: 5 },
    ]);
    expect(markEvidence('abc', ['x'])).toEqual([{ text: 'abc', mark: false, at: 0 }]);
  });

  it('markEvidence marks whole Arabic words, clitics included (WebKit breaks a word an element cuts)', () => {
    const marked = (sentence: string, words: string[]) =>
      markEvidence(sentence, words).flatMap((p) => (p.mark ? [p.text] : []));
    expect(marked('قصف بحمص أمس', ['حمص'])).toEqual(['بحمص']);
    expect(marked('بمقتل 51 داعشياً بقصف لطائرات التحالف', ['طائرات التحالف'])).toEqual(['لطائرات التحالف']);
    expect(marked('و«التنظيم» يسيطر', ['التنظيم'])).toEqual(['التنظيم']);
    expect(
      markEvidence('قصف بحمص أمس', ['حمص'])
        .map((p) => p.text)
        .join(''),
    ).toBe('قصف بحمص أمس');
  });

  it('excerptEvidence(sentence, words) shortens only long sentences, around the marked words', () => {
    const long = `${'كلمة '.repeat(40)}الدليل هنا ${'نص '.repeat(40)}`.trim();
    const parts = excerptEvidence(long, ['الدليل هنا']);
    const text = parts.map((p) => p.text).join('');
    expect(text.length).toBeLessThan(long.length);
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(parts.find((p) => p.mark)?.text).toBe('الدليل هنا');
    expect(
      excerptEvidence('جملة قصيرة', ['قصيرة'])
        .map((p) => p.text)
        .join(''),
    ).toBe('جملة قصيرة');
  });
});
