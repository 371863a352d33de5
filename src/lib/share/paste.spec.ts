import { describe, expect, it } from 'vitest';
import { allQuestionIds, createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import type { QuizConfig } from '$lib/quiz/types';
import { stripBidiMarks } from '$lib/i18n/format';
import { addResult } from './class-list';
import { encodeQuizLink } from './quiz-link';
import { decodeResultLink, encodeResultLink } from './result-link';
import { addPasted, pasteReportKind, pasteReportText, type PasteReport } from './paste';

const bank = createBank(bankData());

const ORIGIN = 'https://qaryatayn.example';
const quiz: QuizConfig = {
  questionIds: allQuestionIds(bank).slice(0, 10),
  order: 'fixed',
  lang: 'ar',
  mode: 'practice',
  title: 'الأسبوع ٣',
};
const result = (name: string, i: number) => ({
  quiz,
  name,
  answers: quiz.questionIds.map((_, k) => ((k + i) % 3 === 0 ? null : 0)),
  finishedAt: 1_754_550_000_000 + i * 60_000,
  durationSec: 240 + i,
});
const link = (name: string, i: number) => `${ORIGIN}/ar/results#${encodeResultLink(result(name, i), bank)}`;
/** Western digits, so one expectation holds whatever digits the Arabic UI writes. */
const western = (s: string) => stripBidiMarks(s).replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));

describe('addPasted(list, text, origin, now, bank)', () => {
  it('a chat export of 30 messages: 28 added, 1 already in the list, 1 damaged (line 14)', () => {
    const already = decodeResultLink(encodeResultLink(result('S0', 0), bank), bank);
    const list = already.ok ? addResult([], already.value, 1).list : [];
    const lines = Array.from(
      { length: 30 },
      (_, i) => `07/08/2025, 10:${String(i).padStart(2, '0')} - S${i}: ${link(`S${i}`, i)}`,
    );
    // The teacher's own message with the quiz link, not a result.
    lines.splice(5, 0, `07/08/2025, 10:05 - Teacher: the quiz is ${ORIGIN}/ar/quiz#${encodeQuizLink(quiz)}`);
    lines[13] = lines[13].slice(0, -5); // S12's link, cut short by a copy that stopped early
    lines.push(lines[20]); // S19 sent it twice
    const { list: next, report, changed } = addPasted(list, lines.join('\n'), ORIGIN, 5, bank);
    expect(report).toMatchObject({ found: 30, named: 0, already: 1, damaged: [14], newer: [], foreign: [] });
    expect(report.added).toHaveLength(28);
    expect(report.added).not.toContain('S12');
    expect(next).toHaveLength(29);
    expect(changed).toBe(true);
    expect(pasteReportText(report, 'en')).toBe(
      '28 results added, 1 already in the list, 1 damaged (line 14).',
    );
    expect(western(pasteReportText(report, 'ar'))).toBe(
      'أُضيفت 28 نتيجة، ونتيجة واحدة في القائمة من قبل، ورابط واحد تالف (السطر 14).',
    );
    expect(pasteReportKind(report)).toBe('warn');
  });

  it('an unnamed result sent earlier gets its name from the pasted link (the twin rule)', () => {
    const unnamed = decodeResultLink(encodeResultLink(result('', 1), bank), bank);
    const list = unnamed.ok ? addResult([], unnamed.value, 1).list : [];
    const { list: next, report } = addPasted(list, link('Maryam', 1), ORIGIN, 2, bank);
    expect(next.map((r) => r.name)).toEqual(['Maryam']);
    expect(report).toMatchObject({ added: [], named: 1, already: 0 });
    expect(pasteReportText(report, 'en')).toBe('0 results added, 1 unnamed result got its name.');
  });

  it('reads nothing but this app’s result links, and says when there are none', () => {
    const text = `see https://video.example/x and ${ORIGIN}/en/quiz#${encodeQuizLink(quiz)} — ${ORIGIN}/en/about`;
    const { report, changed, list } = addPasted([], text, ORIGIN, 1, bank);
    expect(report.found).toBe(0);
    expect(changed).toBe(false);
    expect(list).toEqual([]);
    expect(pasteReportText(report, 'en')).toBe('No result link of this app was found in the text.');
    expect(pasteReportKind(report)).toBe('bad');
  });

  it('notes another site’s result links and newer links by line', () => {
    const future = 'AgAAAA'; // version 2: a newer app's link
    const text = [
      link('A', 1),
      `https://other.example/en/results#${encodeResultLink(result('B', 2), bank)}`,
      `${ORIGIN}/en/results#${future}`,
    ].join('\n');
    const { report } = addPasted([], text, ORIGIN, 1, bank);
    expect(report.foreign).toEqual([2]);
    expect(report.added).toEqual(['A']);
    expect(report.damaged.length + report.newer.length).toBe(1);
  });
});

describe('pasteReportText(report, lang)', () => {
  const base: PasteReport = {
    found: 0,
    added: [],
    named: 0,
    already: 0,
    damaged: [],
    newer: [],
    foreign: [],
  };
  const n = (k: number) => Array.from({ length: k }, (_, i) => `S${i}`);
  it.each<[Partial<PasteReport>, string, string]>([
    [{ found: 1, added: n(1) }, '1 result added.', 'أُضيفت نتيجة واحدة.'],
    [{ found: 2, added: n(2) }, '2 results added.', 'أُضيفت نتيجتان.'],
    [{ found: 3, added: n(3) }, '3 results added.', 'أُضيفت 3 نتائج.'],
    [{ found: 11, added: n(11) }, '11 results added.', 'أُضيفت 11 نتيجة.'],
    [{ found: 100, added: n(100) }, '100 results added.', 'أُضيفت 100 نتيجة.'],
    [{ found: 103, added: n(103) }, '103 results added.', 'أُضيفت 103 نتائج.'],
    [
      { found: 4, added: n(2), already: 2 },
      '2 results added, 2 already in the list.',
      'أُضيفت نتيجتان، ونتيجتان في القائمة من قبل.',
    ],
    [
      { found: 5, added: [], damaged: [3, 9, 12, 20, 21] },
      '0 results added, 5 damaged (lines 3, 9, 12, 20, 21).',
      'لم تُضف أي نتيجة، و5 روابط تالفة (الأسطر 3، 9، 12، 20، 21).',
    ],
    [
      { found: 12, added: n(11), damaged: [2] },
      '11 results added, 1 damaged (line 2).',
      'أُضيفت 11 نتيجة، ورابط واحد تالف (السطر 2).',
    ],
    [
      { found: 14, added: n(12), damaged: [4, 5] },
      '12 results added, 2 damaged (lines 4, 5).',
      'أُضيفت 12 نتيجة، ورابطان تالفان (الأسطر 4، 5).',
    ],
    [
      { found: 1, added: n(1), foreign: [7, 8, 9] },
      '1 result added, 3 links of another site not read (lines 7, 8, 9).',
      'أُضيفت نتيجة واحدة، ولم تُقرأ 3 روابط من موقع آخر (الأسطر 7، 8، 9).',
    ],
    [
      { found: 2, added: n(1), newer: [2] },
      '1 result added, 1 from a newer version of the app (line 2).',
      'أُضيفت نتيجة واحدة، ورابط واحد من إصدار أحدث من التطبيق (السطر 2).',
    ],
    [
      { found: 20, added: [], damaged: Array.from({ length: 20 }, (_, i) => i + 1) },
      '0 results added, 20 damaged (lines 1, 2, 3, 4, 5, 6, 7, 8, …).',
      'لم تُضف أي نتيجة، و20 رابطاً تالفاً (الأسطر 1، 2، 3، 4، 5، 6، 7، 8، …).',
    ],
  ])('%j', (part, en, ar) => {
    const report = { ...base, ...part };
    expect(pasteReportText(report, 'en')).toBe(en);
    expect(western(pasteReportText(report, 'ar'))).toBe(ar);
  });
});
