/**
 * The quiz engine in one import: the bank, grading, sessions, permanent codes and the stored shapes.
 * Pure TypeScript, no DOM: the share-link codecs and the teacher's pages build on these.
 */
export { createBank, allQuestionIds, countByKind, type Bank, type BankData } from './bank';
export { loadBank } from './load-bank';
export { grade, isValidAnswer, itemsInPlace, scoreAnswers, type Score, type QuestionResult } from './grade';
export {
  QuizSession,
  defaultConfig,
  retryConfig,
  playOrder,
  displayOrder,
  type SessionData,
} from './session';
export { QUESTION_CODES, codeOf, idOfCode } from './codes';
export { QuizConfigSchema, AnswerSchema, sessionDataSchema, type Attempt } from './schema';
export { labelText, richText } from './wording';
export { mulberry32, shuffle, seededPermutation, randomSeed } from './rng';
export { KINDS, type Answer, type Kind, type Question, type QuizConfig } from './types';
