import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { allQuestionIds, createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import { QUESTION_CODES } from '$lib/quiz/codes';
import { mulberry32 } from '$lib/quiz/rng';
import type { Answer, QuizConfig } from '$lib/quiz/types';
import { crc8, fromBase64Url, packText, toBase64Url, unpackText, Reader, Writer } from './bytes';
import { cleanText } from './text';
import { decodeQuizLink, encodeQuizLink, quizLinkPath, LIMITS } from './quiz-link';
import { decodeResultLink, encodeResultLink, type ResultData } from './result-link';

const bank = createBank(bankData());

const ids = allQuestionIds(bank);
const ten = ids.slice(0, 10);
/** A realistic host for the QR measurements (the path is what the link format controls). */
const HOST = 'https://qaryatayn.example';

function config(over: Partial<QuizConfig> = {}): QuizConfig {
  return { questionIds: ten, order: 'fixed', lang: 'en', mode: 'practice', ...over };
}

/** A valid answer for every question, or null for some, from a seeded random source. */
function someAnswers(qids: string[], seed: number): (Answer | null)[] {
  const rnd = mulberry32(seed);
  return qids.map((id) => {
    const q = bank.byId(id)!;
    if (rnd() < 0.2) return null;
    if (q.format === 'choice') return Math.floor(rnd() * q.options.length);
    if (q.format === 'truefalse') return rnd() < 0.5;
    const perm = q.items.map((_, i) => i);
    for (let i = perm.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [perm[i], perm[j]] = [perm[j], perm[i]];
    }
    return perm;
  });
}

describe('toBase64Url(bytes) / fromBase64Url(text)', () => {
  it('round-trip every length from 0 to 40', () => {
    const rnd = mulberry32(1);
    for (let n = 0; n <= 40; n++) {
      const bytes = Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256));
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(text)).toEqual(bytes);
    }
  });

  it('reject characters and lengths base64url cannot have', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
    expect(fromBase64Url('ab=')).toBeNull();
    expect(fromBase64Url('AB')).toBeNull(); // leftover bits set
  });
});

describe('Writer / Reader', () => {
  it('round-trip varints at their boundaries, and text', () => {
    const values = [0, 1, 127, 128, 16383, 16384, 2 ** 31, 0xffffffff];
    const w = new Writer();
    for (const x of values) w.varint(x);
    w.text('القريتين <b>');
    const bytes = w.sealed();
    expect(crc8(bytes, bytes.length - 1)).toBe(bytes[bytes.length - 1]);
    const r = new Reader(bytes.subarray(0, bytes.length - 1));
    expect(values.map(() => r.varint())).toEqual(values);
    expect(r.text(100)).toBe('القريتين <b>');
    expect(r.done).toBe(true);
  });

  it('Reader throws Malformed on truncation and on invalid UTF-8, never reading past the end', () => {
    expect(() => new Reader(Uint8Array.of(0x80)).varint()).toThrow('truncated');
    expect(() => new Reader(Uint8Array.of(5, 1)).chunk(10)).toThrow('truncated');
    expect(() => new Reader(Uint8Array.of(3, 0, 0xc3, 0x28)).text(10)).toThrow('not UTF-8');
    expect(() => new Reader(Uint8Array.of(2, 7, 0x41)).text(10)).toThrow('unknown text form');
  });
});

describe('packText(s) / unpackText(bytes)', () => {
  it.each(['', 'Week 3', 'اختبار القريتين ٢٠١٥', 'Test «القريتين»', 'émile', '😀 القريتين', 'گ چ'])(
    'round-trips %j',
    (s) => {
      expect(unpackText(packText(s))).toBe(s);
    },
  );

  it('writes Arabic text at one byte a letter', () => {
    expect(packText('القريتين').length).toBe(9);
    expect(packText('Week').length).toBe(5);
  });
});

describe('cleanText(s, max)', () => {
  it.each([
    ['\u202eevil\u202c title', 'evil title'],
    ['a\u2066b\u2069c', 'a b c'],
    ['  many   spaces\n\tand lines ', 'many spaces and lines'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['\ud800lonely', 'lonely'],
  ])('%j → %j', (input, out) => expect(cleanText(input, 100)).toBe(out));

  it('caps the length in characters, not UTF-16 units', () => {
    expect([...cleanText('😀'.repeat(50), 10)].length).toBe(10);
  });
});

describe('encodeQuizLink(config) / decodeQuizLink(code, bank)', () => {
  it('round-trips every field', () => {
    for (const c of [
      config(),
      config({
        order: { seed: 4_000_000_000 },
        lang: 'ar',
        mode: 'exam',
        title: 'اختبار الخبر',
        classLabel: '10-B',
      }),
      config({ questionIds: [ids[ids.length - 1], ids[0]], title: 'Week 3' }),
      config({ questionIds: ids.slice(0, LIMITS.questions), order: { seed: 7 } }),
    ]) {
      const back = decodeQuizLink(encodeQuizLink(c), bank);
      expect(back.ok).toBe(true);
      if (!back.ok) continue;
      if (c.order === 'fixed') expect(back.value).toEqual(c);
      // Shuffled quizzes travel as a set: same questions and seed, so the same play order.
      else
        expect({ ...back.value, questionIds: [...back.value.questionIds].sort() }).toEqual({
          ...c,
          questionIds: [...c.questionIds].sort(),
        });
    }
  });

  it('keeps the fixed order of questions exactly', () => {
    const c = config({ questionIds: [ten[3], ten[0], ten[9], ten[1]] });
    const back = decodeQuizLink(encodeQuizLink(c), bank);
    expect(back.ok && back.value.questionIds).toEqual(c.questionIds);
  });

  it('a 10-question quiz with a 20-character title fits in 100 characters after the host and a version-6 QR code', () => {
    for (const title of ['Syria, August 2015 A', 'اختبار خبر القريتين٥']) {
      expect([...title].length).toBe(20);
      for (const c of [
        config({ title }),
        config({ title, order: { seed: 123456789 }, lang: 'ar', mode: 'exam' }),
        // The largest seed the composer can draw takes the most bytes.
        config({ title, order: { seed: 0xffffffff }, lang: 'ar', mode: 'exam' }),
        config({ title, questionIds: ids.slice(-10), order: { seed: 0xffffffff } }),
      ]) {
        const path = quizLinkPath(c);
        expect(path.length, path).toBeLessThanOrEqual(100);
        const qr = QRCode.create(HOST + path, { errorCorrectionLevel: 'M' });
        expect(qr.version, `${HOST}${path}`).toBeLessThanOrEqual(6);
      }
    }
  });

  it('strips bidi controls from the title and class label, and keeps markup as plain text', () => {
    const back = decodeQuizLink(
      encodeQuizLink(config({ title: '\u202e<img src=x onerror=alert(1)>', classLabel: '\u2067B' })),
      bank,
    );
    expect(back.ok && back.value.title).toBe('<img src=x onerror=alert(1)>');
    expect(back.ok && back.value.classLabel).toBe('B');
  });

  it.each([
    ['', 'empty'],
    ['#', 'empty'],
    ['A'.repeat(100_000).slice(0, 1) + '…(100 KB)', 'not-base64'],
    ['abc!', 'not-base64'],
    ['AAAA', 'damaged'],
  ])('%j → %s', (code, error) => expect(decodeQuizLink(code, bank)).toEqual({ ok: false, error }));

  it('refuses a 100 KB code before decoding it', () => {
    expect(decodeQuizLink('A'.repeat(100_000), bank)).toEqual({ ok: false, error: 'too-long' });
  });

  it('reports truncated, mutated and future-version codes', () => {
    const code = encodeQuizLink(config({ title: 'Test' }));
    expect(decodeQuizLink(code.slice(0, -3), bank)).toMatchObject({ ok: false });
    const bytes = fromBase64Url(code)!;
    bytes[3] ^= 0x10;
    expect(decodeQuizLink(toBase64Url(bytes), bank)).toEqual({ ok: false, error: 'damaged' });
    const future = new Writer().byte(2).byte(0).varint(1).varint(0).sealed();
    expect(decodeQuizLink(toBase64Url(future), bank)).toEqual({ ok: false, error: 'future-version' });
  });

  it('rejects codes this app does not know, repeated questions and impossible counts', () => {
    const unknown = new Writer()
      .byte(1)
      .byte(0)
      .varint(1)
      .varint(QUESTION_CODES.length + 5)
      .sealed();
    expect(decodeQuizLink(toBase64Url(unknown), bank)).toEqual({ ok: false, error: 'unknown-question' });
    const repeated = new Writer().byte(1).byte(0).varint(2).varint(3).varint(3).sealed();
    expect(decodeQuizLink(toBase64Url(repeated), bank)).toEqual({ ok: false, error: 'invalid' });
    const none = new Writer().byte(1).byte(0).varint(0).sealed();
    expect(decodeQuizLink(toBase64Url(none), bank)).toEqual({ ok: false, error: 'invalid' });
    const flags = new Writer().byte(1).byte(64).varint(1).varint(0).sealed();
    expect(decodeQuizLink(toBase64Url(flags), bank)).toEqual({ ok: false, error: 'damaged' });
  });

  it('decodes the version-1 codes printed so far, forever', () => {
    // Pinned examples: if these change, old QR codes stop working.
    expect(encodeQuizLink(config({ questionIds: [QUESTION_CODES[0], QUESTION_CODES[4]] }))).toBe('AQICAASE');
    expect(decodeQuizLink('AQICAASE', bank)).toEqual({
      ok: true,
      value: {
        questionIds: [QUESTION_CODES[0], QUESTION_CODES[4]],
        order: 'fixed',
        lang: 'en',
        mode: 'practice',
      },
    });
  });
});

describe('encodeResultLink(result, bank) / decodeResultLink(code, bank)', () => {
  const base: ResultData = {
    quiz: config({ title: 'Week 3', order: { seed: 99 } }),
    name: 'ليلى',
    answers: someAnswers(ten, 5),
    finishedAt: Date.UTC(2026, 10, 29, 9, 30),
    durationSec: 412,
  };

  it('round-trips the quiz, the name, the answers and the time (to the minute)', () => {
    const back = decodeResultLink(encodeResultLink(base, bank), bank);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.name).toBe('ليلى');
    expect(back.value.finishedAt).toBe(base.finishedAt);
    expect(back.value.durationSec).toBe(412);
    const order = back.value.quiz.questionIds;
    expect([...order].sort()).toEqual([...ten].sort());
    // Answers follow the decoded quiz's list order.
    for (const [i, id] of order.entries())
      expect(back.value.answers[i]).toEqual(base.answers[ten.indexOf(id)]);
  });

  it('round-trips answers for many random quizzes, fixed order', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = mulberry32(seed);
      const qids = ids.filter(() => rnd() < 0.3).slice(0, 30);
      if (!qids.length) continue;
      const r: ResultData = {
        ...base,
        quiz: config({ questionIds: qids }),
        answers: someAnswers(qids, seed),
      };
      const back = decodeResultLink(encodeResultLink(r, bank), bank);
      expect(back.ok && back.value.answers).toEqual(r.answers);
    }
  });

  it('carries no score: it is not in the code, so editing cannot add one', () => {
    const code = encodeResultLink(base, bank);
    expect(
      Object.keys(
        decodeResultLink(code, bank).ok ? (decodeResultLink(code, bank) as { value: object }).value : {},
      ),
    ).not.toContain('score');
  });

  it('a 10-question result stays a QR code a phone can show (version ≤ 10)', () => {
    const path = `/en/results#${encodeResultLink(base, bank)}`;
    expect(QRCode.create(HOST + path, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(10);
  });

  it('cleans the name', () => {
    const back = decodeResultLink(encodeResultLink({ ...base, name: '\u202eSam\u202c <b>' }, bank), bank);
    expect(back.ok && back.value.name).toBe('Sam <b>');
  });

  it('reports a damaged quiz inside it, out-of-range answers and a future version', () => {
    const code = encodeResultLink(base, bank);
    const bytes = fromBase64Url(code)!;
    bytes[bytes.length - 3] ^= 0xff;
    expect(decodeResultLink(toBase64Url(bytes), bank).ok).toBe(false);
    const future = new Writer().byte(9).byte(0).sealed();
    expect(decodeResultLink(toBase64Url(future), bank)).toEqual({ ok: false, error: 'future-version' });
  });
});

describe('fuzz: decoders never throw, and answer a valid quiz or a clear error', () => {
  const ERRORS = [
    'empty',
    'too-long',
    'not-base64',
    'damaged',
    'future-version',
    'unknown-question',
    'invalid',
  ];
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=%#<>"\u202e é😀';

  function inputs(seed: number, valid: string[]): string[] {
    const rnd = mulberry32(seed);
    const out: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const len = Math.floor(rnd() * 120);
      out.push(Array.from({ length: len }, () => ALPHABET[Math.floor(rnd() * ALPHABET.length)]).join(''));
    }
    for (let i = 0; i < 5000; i++) {
      const src = fromBase64Url(valid[i % valid.length])!;
      const bytes = Uint8Array.from(src);
      const op = Math.floor(rnd() * 4);
      if (op === 0) bytes[Math.floor(rnd() * bytes.length)] = Math.floor(rnd() * 256);
      if (op === 1) bytes[Math.floor(rnd() * bytes.length)] ^= 1 << Math.floor(rnd() * 8);
      let mutated = op === 2 ? bytes.subarray(0, Math.floor(rnd() * bytes.length)) : bytes;
      // Re-seal half of the mutations so they pass the checksum and reach the deeper checks.
      if (rnd() < 0.5 && mutated.length > 1) {
        mutated = Uint8Array.from(mutated);
        mutated[mutated.length - 1] = crc8(mutated, mutated.length - 1);
      }
      out.push(op === 3 ? valid[i % valid.length].slice(0, Math.floor(rnd() * 60)) : toBase64Url(mutated));
    }
    return out;
  }

  const validQuizzes = Array.from({ length: 50 }, (_, s) => {
    const rnd = mulberry32(s + 1000);
    const qids = ids.filter(() => rnd() < 0.25);
    return encodeQuizLink(
      config({
        questionIds: qids.length ? qids : [ids[0]],
        title: s % 2 ? 'عنوان' : undefined,
        order: s % 3 ? 'fixed' : { seed: s },
      }),
    );
  });

  it('decodeQuizLink: 10,000 random and mutated codes', { timeout: 120_000 }, () => {
    let ok = 0;
    for (const code of inputs(42, validQuizzes)) {
      const r = decodeQuizLink(code, bank);
      if (r.ok) {
        ok++;
        expect(r.value.questionIds.length).toBeGreaterThan(0);
        for (const id of r.value.questionIds) expect(bank.byId(id)).toBeDefined();
      } else expect(ERRORS).toContain(r.error);
    }
    expect(ok).toBeGreaterThan(0);
  });

  it('decodeResultLink: 10,000 random and mutated codes', { timeout: 120_000 }, () => {
    const validResults = validQuizzes.map((q, s) => {
      const quiz = decodeQuizLink(q, bank);
      if (!quiz.ok) throw new Error('fixture');
      return encodeResultLink(
        {
          quiz: quiz.value,
          name: 'N',
          answers: someAnswers(quiz.value.questionIds, s),
          finishedAt: 0,
          durationSec: 60,
        },
        bank,
      );
    });
    let ok = 0;
    for (const code of inputs(43, validResults)) {
      const r = decodeResultLink(code, bank);
      if (r.ok) {
        ok++;
        expect(r.value.answers.length).toBe(r.value.quiz.questionIds.length);
      } else expect(ERRORS).toContain(r.error);
    }
    expect(ok).toBeGreaterThan(0);
  });
});
