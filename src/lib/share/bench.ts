import { allQuestionIds, createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import { decodeQuizLink, encodeQuizLink, quizLinkPath } from './quiz-link';

/** For `npm run bench`: encode and decode a 10-question quiz link many times; medians in µs. */
export function benchCodec(runs = 2000): { encodeUs: number; decodeUs: number; runs: number; chars: number } {
  const bank = createBank(bankData());
  const config = {
    questionIds: allQuestionIds(bank).slice(0, 10),
    order: { seed: 123456 },
    lang: 'ar' as const,
    mode: 'practice' as const,
    title: 'اختبار خبر القريتين٥',
  };
  const enc: number[] = [];
  const dec: number[] = [];
  let code = '';
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    code = encodeQuizLink(config);
    const t1 = performance.now();
    decodeQuizLink(code, bank);
    enc.push(t1 - t0);
    dec.push(performance.now() - t1);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    encodeUs: Math.round(median(enc) * 1000 * 10) / 10,
    decodeUs: Math.round(median(dec) * 1000 * 10) / 10,
    runs,
    chars: quizLinkPath(config).length,
  };
}
