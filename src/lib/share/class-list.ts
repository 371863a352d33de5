import type { Bank } from '$lib/quiz/bank';
import { scoreAnswers, type Score } from '$lib/quiz/grade';
import type { Answer, QuizConfig } from '$lib/quiz/types';
import { decodeQuizLink, encodeQuizLink } from './quiz-link';
import type { ResultData } from './result-link';

/*
 * The teacher's class list: result links opened on this device, grouped by quiz, scored here from the
 * answers (never from anything the link claims), with the questions the class missed most.
 */

/** One received result, as kept on the teacher's device. */
export type StoredResult = {
  /** The quiz's canonical link code: results of the same quiz share it. */
  quiz: string;
  name: string;
  answers: (Answer | null)[];
  finishedAt: number;
  durationSec: number;
  receivedAt: number;
};

/**
 * The same student's same attempt, however often its link is opened. Answers and time taken are part
 * of it: two students with the same first name often finish in the same minute of a lesson.
 */
export function resultKey(
  r: Pick<StoredResult, 'quiz' | 'name' | 'finishedAt' | 'durationSec' | 'answers'>,
): string {
  const name = r.name.trim().toLocaleLowerCase();
  return `${r.quiz}|${name}|${r.finishedAt}|${r.durationSec}|${JSON.stringify(r.answers)}`;
}

/** The same attempt: same quiz, finish, time taken and answers (the name aside). */
function sameAttempt(a: StoredResult, b: StoredResult): boolean {
  return (
    a.quiz === b.quiz &&
    a.finishedAt === b.finishedAt &&
    a.durationSec === b.durationSec &&
    JSON.stringify(a.answers) === JSON.stringify(b.answers)
  );
}

/**
 * Adds a decoded result unless the list has it already. A student who sent the link before typing a
 * name and again after sends the same attempt twice: the named one names the unnamed entry.
 */
export function addResult(
  list: readonly StoredResult[],
  result: ResultData,
  now: number,
): { list: StoredResult[]; added: boolean; named: boolean; entry: StoredResult } {
  const entry: StoredResult = {
    quiz: encodeQuizLink(result.quiz),
    name: result.name,
    answers: result.answers,
    finishedAt: result.finishedAt,
    durationSec: result.durationSec,
    receivedAt: now,
  };
  const key = resultKey(entry);
  const existing = list.find((r) => resultKey(r) === key);
  if (existing) return { list: [...list], added: false, named: false, entry: existing };
  const twin = list.find((r) => sameAttempt(r, entry) && (!r.name || !entry.name));
  if (twin && !twin.name) {
    const named = { ...twin, name: entry.name };
    return { list: list.map((r) => (r === twin ? named : r)), added: false, named: true, entry: named };
  }
  if (twin) return { list: [...list], added: false, named: false, entry: twin };
  return { list: [...list, entry], added: true, named: false, entry };
}

export type StudentRow = { entry: StoredResult; score: Score };
export type MissedRow = { id: string; wrong: number; unanswered: number; students: number };
export type ClassQuiz = {
  quiz: string;
  config: QuizConfig;
  students: StudentRow[];
  /** Every question of the quiz, most missed first (wrong + unanswered), then in quiz order. */
  missed: MissedRow[];
  average: number;
};

/**
 * Groups results by quiz (newest quiz first), scores each against `bank`, and counts what the class
 * missed. A quiz this bank cannot read is left out of the groups (its results stay in the list).
 */
export function groupByQuiz(list: readonly StoredResult[], bank: Bank): ClassQuiz[] {
  const byQuiz = new Map<string, StoredResult[]>();
  for (const r of list) byQuiz.set(r.quiz, [...(byQuiz.get(r.quiz) ?? []), r]);
  const groups: ClassQuiz[] = [];
  for (const [quiz, entries] of byQuiz) {
    const decoded = decodeQuizLink(quiz, bank);
    if (!decoded.ok) continue;
    const config = decoded.value;
    const students = entries
      .map((entry) => ({ entry, score: scoreAnswers(config, entry.answers, bank) }))
      .sort((a, b) => a.entry.name.localeCompare(b.entry.name) || a.entry.finishedAt - b.entry.finishedAt);
    const missed = config.questionIds
      .map((id, i) => {
        let wrong = 0;
        let unanswered = 0;
        for (const s of students) {
          const r = s.score.results[i];
          if (!r.answered) unanswered++;
          else if (!r.correct) wrong++;
        }
        return { id, wrong, unanswered, students: students.length, i };
      })
      .sort((a, b) => b.wrong + b.unanswered - (a.wrong + a.unanswered) || a.i - b.i)
      .map(({ i: _i, ...row }) => row);
    const average = students.length
      ? students.reduce((n, s) => n + s.score.correct / Math.max(1, s.score.total), 0) / students.length
      : 0;
    groups.push({ quiz, config, students, missed, average });
  }
  const latest = (g: ClassQuiz) => Math.max(...g.students.map((s) => s.entry.receivedAt));
  return groups.sort((a, b) => latest(b) - latest(a));
}

/** A CSV cell: quoted, and defused when a spreadsheet would read it as a formula. */
function cell(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** The CSV's first five column names, in the teacher's language. */
export type CsvHead = { name: string; finished: string; minutes: string; correct: string; questions: string };

const CSV_HEAD: CsvHead = {
  name: 'name',
  finished: 'finished (UTC)',
  minutes: 'minutes',
  correct: 'correct',
  questions: 'questions',
};

/** The class's results as CSV (one row a student, one column a question), for a spreadsheet. */
export function toCsv(
  group: ClassQuiz,
  questionLabel: (id: string, n: number) => string,
  names: CsvHead = CSV_HEAD,
): string {
  const head = [
    names.name,
    names.finished,
    names.minutes,
    names.correct,
    names.questions,
    ...group.config.questionIds.map((id, i) => questionLabel(id, i + 1)),
  ];
  const rows = group.students.map(({ entry, score }) => [
    entry.name,
    new Date(entry.finishedAt).toISOString().slice(0, 16).replace('T', ' '),
    Math.round(entry.durationSec / 6) / 10,
    score.correct,
    score.total,
    ...score.results.map((r) => (!r.answered ? '' : r.correct ? 1 : 0)),
  ]);
  return `\ufeff${[head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
