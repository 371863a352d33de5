import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { allQuestionIds, createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import { encodeResultLink } from './result-link';
import { SCREEN_MAX_VERSION, qrShape, screenEcc } from './qr';

const bank = createBank(bankData());

describe('qrShape(text)', () => {
  it('draws exactly the dark modules of the reference encoder', () => {
    const text = 'https://qaryatayn.example/en/quiz#AQICAASE';
    const shape = qrShape(text);
    const ref = QRCode.create(text, { errorCorrectionLevel: 'M' });
    expect(shape.size).toBe(ref.modules.size);
    expect(shape.version).toBe(ref.version);
    const dark = new Set<string>();
    for (const m of shape.path.matchAll(/M(\d+) (\d+)h(\d+)/g))
      for (let i = 0; i < Number(m[3]); i++) dark.add(`${Number(m[1]) + i},${m[2]}`);
    for (let y = 0; y < ref.modules.size; y++)
      for (let x = 0; x < ref.modules.size; x++)
        expect(dark.has(`${x},${y}`), `${x},${y}`).toBe(!!ref.modules.get(y, x));
  });
});

describe('screenEcc(text)', () => {
  const levels = (url: string) =>
    Object.fromEntries(
      (['L', 'M', 'Q', 'H'] as const).map((l) => [
        l,
        QRCode.create(url, { errorCorrectionLevel: l }).version,
      ]),
    ) as Record<'L' | 'M' | 'Q' | 'H', number>;
  const url = (n: number) => `https://qaryatayn.example/en/results#${'AbCd0_-9'.repeat(64).slice(0, n)}`;

  it.each([40, 60, 84, 100, 120, 150, 200, 300, 500])(
    'a link of %i characters after the host: level M within 45 modules, else the fewest modules',
    (n) => {
      const text = url(n);
      const v = levels(text);
      const level = screenEcc(text);
      const chosen = v[level];
      if (v.M <= SCREEN_MAX_VERSION) expect(chosen).toBe(v.M);
      else expect(chosen).toBe(v.L);
      // Never a lower level than another that fits in the same version.
      const order = ['L', 'M', 'Q', 'H'] as const;
      for (const higher of order.slice(order.indexOf(level) + 1)) expect(v[higher]).toBeGreaterThan(chosen);
      expect(qrShape(text, level).size).toBe(17 + 4 * chosen);
    },
  );

  it('a typical result link (10 questions, a title, a name: 120 characters) gets level M, 45 modules', () => {
    const quiz = {
      questionIds: allQuestionIds(bank).slice(5, 15),
      order: 'fixed' as const,
      lang: 'en' as const,
      mode: 'exam' as const,
      title: 'Syria, August 2015 A',
    };
    const code = encodeResultLink(
      {
        quiz,
        name: 'Layla',
        answers: quiz.questionIds.map(() => 0),
        finishedAt: Date.UTC(2026, 10, 30, 10, 0),
        durationSec: 612,
      },
      bank,
    );
    const text = `https://qaryatayn.example/en/results#${code}`;
    expect(text.length).toBe(120);
    expect(screenEcc(text)).toBe('M');
    expect(qrShape(text, 'M').size).toBe(45);
  });
});
