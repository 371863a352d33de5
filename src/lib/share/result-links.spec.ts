import { describe, expect, it } from 'vitest';
import { allQuestionIds, createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import type { QuizConfig } from '$lib/quiz/types';
import { encodeQuizLink } from './quiz-link';
import { decodeResultLink, encodeResultLink } from './result-link';
import { findResultLinks, hostOf, readScanned, type FoundLink } from './result-links';

const bank = createBank(bankData());

const ORIGIN = 'https://qaryatayn.example';
const quiz: QuizConfig = {
  questionIds: allQuestionIds(bank).slice(0, 10),
  order: 'fixed',
  lang: 'en',
  mode: 'exam',
  title: 'Week 3',
};
const code = (name: string, minute = 0) =>
  encodeResultLink(
    {
      quiz,
      name,
      answers: quiz.questionIds.map(() => 0),
      finishedAt: 1_754_550_000_000 + minute * 60_000,
      durationSec: 300,
    },
    bank,
  );
const A = code('Layla');
const B = code('Omar', 1);
const C = code('سامي', 2);
const link = (c: string, lang = 'en', origin = ORIGIN) => `${origin}/${lang}/results#${c}`;
/** A code cut into lines of `width` characters, as a mail client wraps a long word. */
const wrap = (text: string, width: number, prefix = '') =>
  text.match(new RegExp(`.{1,${width}}`, 'g'))!.join(`\n${prefix}`);

const ours = (c: string, line: number): FoundLink => ({ kind: 'ours', code: c, line });
/** A code that decodes, as the class list reads it. */
const readable = (c: string) => decodeResultLink(c, bank).ok;

describe('findResultLinks(text, origin, readable)', () => {
  const cases: [string, string, FoundLink[]][] = [
    ['one link', link(A), [ours(A, 1)]],
    [
      'a WhatsApp export, one link per message',
      [
        '12/03/2026, 10:14 - Layla: ' + link(A),
        '12/03/2026, 10:15 - Omar: here is mine ' + link(B, 'ar'),
        '12/03/2026, 10:16 - Sami: ' + link(C) + ' thanks!',
      ].join('\n'),
      [ours(A, 1), ours(B, 2), ours(C, 3)],
    ],
    ['run together without spaces', link(A) + link(B) + link(C), [ours(A, 1), ours(B, 1), ours(C, 1)]],
    [
      'run together without the scheme',
      `qaryatayn.example/en/results#${A}qaryatayn.example/en/results#${B}`,
      [ours(A, 1), ours(B, 1)],
    ],
    ['run into another site’s link', `${link(A)}https://video.example/watch?v=1`, [ours(A, 1)]],
    [
      'wrapped by a mail client at 40 columns',
      `Dear teacher,\nmy result: ${wrap(link(A), 40)}\nregards`,
      [ours(A, 2)],
    ],
    ['wrapped and quoted in a reply', `> ${wrap(link(B), 30, '> ')}\n> bye`, [ours(B, 1)]],
    [
      'quoted-printable soft line breaks',
      `${link(A).slice(0, 70)}=\r\n${link(A).slice(70)}\r\nnext`,
      [ours(A, 1)],
    ],
    ['the same link twice', `${link(A)}\n${link(A)}`, [ours(A, 1), ours(A, 2)]],
    ['a truncated link is kept as found', `${link(A).slice(0, -6)}\nthat was all`, [ours(A.slice(0, -6), 1)]],
    [
      'a quiz link and other links mixed in are not read',
      `quiz: ${ORIGIN}/en/quiz#${encodeQuizLink(quiz)}\nsite: ${ORIGIN}/en/\n${link(A)}`,
      [ours(A, 3)],
    ],
    [
      'another site’s result link is noted, not read',
      `${link(A, 'en', 'https://evil.example')}\n${link(B)}`,
      [{ kind: 'foreign', host: 'evil.example', line: 1 }, ours(B, 2)],
    ],
    [
      'a sub-domain is another site',
      `https://www.qaryatayn.example/en/results#${A}`,
      [{ kind: 'foreign', host: 'www.qaryatayn.example', line: 1 }],
    ],
    ['a JSON export (escaped slashes)', `{"text": "${link(A).replace(/\//g, '\\/')}"}`, [ours(A, 1)]],
    ['a percent-encoded #', `${ORIGIN}/en/results%23${A}`, [ours(A, 1)]],
    ['a trailing slash before #', `${ORIGIN}/ar/results/#${A}`, [ours(A, 1)]],
    ['upper-case scheme and host', `HTTPS://QARYATAYN.EXAMPLE/en/results#${A}`, [ours(A, 1)]],
    [
      'markup around links: Markdown, Slack, HTML, brackets, a full stop',
      [
        `[my result](${link(A)})`,
        `<${link(B)}|Omar's result>`,
        `<a href="${link(C)}">Sami</a>`,
        `(${link(A)}).`,
      ].join('\n'),
      [ours(A, 1), ours(B, 2), ours(C, 3), ours(A, 4)],
    ],
    ['Markdown emphasis', `_${link(A)}_`, [ours(A, 1)]],
    ['CRLF line ends count lines like LF', `hi\r\n\r\n${link(A)}\r\n${link(B)}`, [ours(A, 3), ours(B, 4)]],
    ['no links at all', 'Good morning, class!\nSee you tomorrow.', []],
  ];

  it.each(cases)('%s', (_name, text, want) => {
    expect(findResultLinks(text, ORIGIN, readable)).toEqual(want);
  });

  it('the same host on another port is another site', () => {
    const local = 'http://127.0.0.1:4361';
    expect(
      findResultLinks(`${link(A, 'en', 'http://127.0.0.1:4362')} ${link(B, 'en', local)}`, local, readable),
    ).toEqual([{ kind: 'foreign', host: '127.0.0.1:4362', line: 1 }, ours(B, 1)]);
  });

  it('every code it mends is a readable result', () => {
    for (const [, text, want] of cases)
      for (const [i, f] of findResultLinks(text, ORIGIN, readable).entries())
        if (f.kind === 'ours' && want[i].kind === 'ours' && (want[i] as { code: string }).code.length > 40)
          expect(decodeResultLink(f.code, bank).ok || f.code === A.slice(0, -6)).toBe(true);
  });

  it('reads a 30-student chat export in well under a tenth of a second', () => {
    const text = Array.from({ length: 30 }, (_, i) => `10:${i} - S${i}: ${link(code(`S${i}`, i))}`).join(
      '\n',
    );
    const t0 = performance.now();
    const found = findResultLinks(text, ORIGIN, readable);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(found).toHaveLength(30);
  });
});

describe('hostOf(origin)', () => {
  it.each([
    ['https://Qaryatayn.Example', 'qaryatayn.example'],
    ['http://127.0.0.1:4361', '127.0.0.1:4361'],
    ['http://localhost:80', 'localhost'],
  ])('%s → %s', (origin, host) => expect(hostOf(origin)).toBe(host));
});

describe('readScanned(text, origin)', () => {
  it.each([
    ['a result link of this app', link(A), { kind: 'result', code: A }],
    [
      'a damaged result link (read later, by the codec)',
      link(A.slice(0, -3)),
      { kind: 'result', code: A.slice(0, -3) },
    ],
    [
      'a result link of another site',
      link(A, 'en', 'https://evil.example'),
      { kind: 'foreign', host: 'evil.example' },
    ],
    ['this app’s quiz link', `${ORIGIN}/ar/quiz#${encodeQuizLink(quiz)}`, { kind: 'quiz' }],
    ['another site', 'https://video.example/watch?v=1', { kind: 'other' }],
    ['plain text', 'WIFI:S:school;T:WPA;P:secret;;', { kind: 'other' }],
  ])('%s', (_name, text, want) => expect(readScanned(text, ORIGIN)).toEqual(want));
});
