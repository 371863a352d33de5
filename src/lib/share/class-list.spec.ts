import { describe, expect, it } from 'vitest';
import { allQuestionIds, createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import type { Answer, QuizConfig } from '$lib/quiz/types';
import { addResult, groupByQuiz, resultKey, toCsv, type StoredResult } from './class-list';
import type { ResultData } from './result-link';

const bank = createBank(bankData());

const ids = allQuestionIds(bank).slice(0, 4);
const quiz: QuizConfig = { questionIds: ids, order: 'fixed', lang: 'en', mode: 'exam', title: 'Week 3' };

/** The right answer to each question, so a test can make a student get exactly k right. */
function right(id: string): Answer {
  const q = bank.byId(id)!;
  return q.format === 'choice' ? q.answer : q.format === 'truefalse' ? q.answer : q.items.map((_, i) => i);
}
function wrong(id: string): Answer {
  const q = bank.byId(id)!;
  return q.format === 'choice'
    ? (q.answer + 1) % q.options.length
    : q.format === 'truefalse'
      ? !q.answer
      : q.items.map((_, i) => i).reverse();
}

function result(name: string, answers: (Answer | null)[], finishedAt = 1_700_000_000_000): ResultData {
  return { quiz, name, answers, finishedAt, durationSec: 300 };
}

describe('addResult(list, result, now)', () => {
  it('adds a new result and skips the same attempt opened twice (name case and spaces aside)', () => {
    const a = addResult([], result('Layla', ids.map(right)), 1);
    expect(a.added).toBe(true);
    const b = addResult(a.list, result(' layla ', ids.map(right)), 2);
    expect(b.added).toBe(false);
    expect(b.list).toHaveLength(1);
    const c = addResult(b.list, result('Layla', ids.map(right), 1_700_000_060_000), 3);
    expect(c.added).toBe(true);
    expect(resultKey(c.list[0])).not.toBe(resultKey(c.list[1]));
  });

  it('keeps two students of the same name who finish in the same minute', () => {
    const a = addResult([], result('Ahmad', ids.map(right)), 1);
    const b = addResult(a.list, result('Ahmad', ids.map(wrong)), 2);
    expect(b.added).toBe(true);
    const c = addResult(b.list, { ...result('Ahmad', ids.map(right)), durationSec: 301 }, 3);
    expect(c.added).toBe(true);
    expect(c.list).toHaveLength(3);
  });
});

describe('addResult(list, result, now) for the same attempt sent without and with a name', () => {
  it('names the unnamed entry instead of adding a second one, in either order', () => {
    const answers = ids.map(right);
    const a = addResult([], result('', answers), 1);
    const b = addResult(a.list, result('Sami', answers), 2);
    expect(b).toMatchObject({ added: false, named: true });
    expect(b.list.map((r) => r.name)).toEqual(['Sami']);
    expect(b.list[0].receivedAt).toBe(1);
    const c = addResult(b.list, result('', answers), 3);
    expect(c).toMatchObject({ added: false, named: false });
    expect(c.list.map((r) => r.name)).toEqual(['Sami']);
  });

  it('keeps two named students apart even with the same answers at the same minute', () => {
    const answers = ids.map(right);
    const a = addResult([], result('Sami', answers), 1);
    const b = addResult(a.list, result('Rana', answers), 2);
    expect(b.added).toBe(true);
    expect(b.list).toHaveLength(2);
    // And an unnamed one whose answers differ is a third student.
    const c = addResult(b.list, result('', [null, null, null, null]), 3);
    expect(c.added).toBe(true);
  });
});

describe('groupByQuiz(list, bank)', () => {
  it('scores from the answers and ranks the questions the class missed', () => {
    let list: StoredResult[] = [];
    list = addResult(list, result('Omar', [right(ids[0]), wrong(ids[1]), null, right(ids[3])]), 1).list;
    list = addResult(
      list,
      result('Layla', [right(ids[0]), wrong(ids[1]), wrong(ids[2]), right(ids[3])]),
      2,
    ).list;
    const [g] = groupByQuiz(list, bank);
    expect(g.config.title).toBe('Week 3');
    expect(g.students.map((s) => [s.entry.name, s.score.correct])).toEqual([
      ['Layla', 2],
      ['Omar', 2],
    ]);
    expect(g.missed[0]).toEqual({ id: ids[1], wrong: 2, unanswered: 0, students: 2 });
    expect(g.missed[1]).toEqual({ id: ids[2], wrong: 1, unanswered: 1, students: 2 });
    expect(g.average).toBeCloseTo(0.5);
  });

  it('keeps different quizzes apart, newest first, and drops entries whose quiz cannot be read', () => {
    let list: StoredResult[] = addResult([], result('A', ids.map(right)), 1).list;
    list = addResult(
      list,
      { ...result('B', [right(ids[0])]), quiz: { ...quiz, questionIds: [ids[0]] } },
      5,
    ).list;
    list.push({ ...list[0], quiz: 'broken!', name: 'C' });
    const groups = groupByQuiz(list, bank);
    expect(groups.map((g) => g.students.map((s) => s.entry.name))).toEqual([['B'], ['A']]);
  });
});

describe('toCsv(group, label)', () => {
  it('writes one row a student, marks answers 1/0/blank, and defuses formulas in names', () => {
    const list = addResult(
      [],
      result('=HYPERLINK("x")', [right(ids[0]), wrong(ids[1]), null, right(ids[3])]),
      1,
    ).list;
    const csv = toCsv(groupByQuiz(list, bank)[0], (id, n) => `Q${n}`);
    const lines = csv
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('"name","finished (UTC)","minutes","correct","questions","Q1","Q2","Q3","Q4"');
    expect(lines[1]).toBe('"\'=HYPERLINK(""x"")","2023-11-14 22:13","5","2","4","1","0","","1"');
  });

  it('names the columns in the teacher’s language when asked', () => {
    const list = addResult([], result('ليلى', ids.map(right)), 1).list;
    const names = { name: 'الاسم', finished: 'أنهى', minutes: 'دقائق', correct: 'صحيح', questions: 'أسئلة' };
    const csv = toCsv(groupByQuiz(list, bank)[0], (id, n) => `س${n}`, names);
    expect(csv.replace(/^\ufeff/, '').split('\r\n')[0]).toBe(
      '"الاسم","أنهى","دقائق","صحيح","أسئلة","س1","س2","س3","س4"',
    );
  });
});
