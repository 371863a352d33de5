import { describe, expect, it } from 'vitest';
import { CLASSROOM_SHARE, classroomShareUrl } from './classroom';

const QUIZ = 'https://qaryatayn.example/ar/quiz#AQIDBAUGBwgJCgs-_x';

describe('classroomShareUrl({ url, title, body })', () => {
  it('opens Classroom’s share page with the three parameters, in that order', () => {
    const u = new URL(classroomShareUrl({ url: QUIZ, title: 'Quiz: A', body: 'Open it.' }));
    expect(`${u.origin}${u.pathname}`).toBe(CLASSROOM_SHARE);
    expect([...u.searchParams.keys()]).toEqual(['url', 'title', 'body']);
    expect(u.hash).toBe('');
  });

  it('keeps the quiz link whole: its fragment is encoded, not cut off as the share URL’s own', () => {
    const s = classroomShareUrl({ url: QUIZ, title: 't', body: 'b' });
    expect(s).toContain('url=https%3A%2F%2Fqaryatayn.example%2Far%2Fquiz%23AQIDBAUGBwgJCgs-_x&');
    expect(s).not.toContain('#');
    expect(new URL(s).searchParams.get('url')).toBe(QUIZ);
  });

  it.each([
    ['Arabic', 'اختبار: خبر القريتين', 'افتح الرابط وأجب عن الأسئلة.'],
    ['separators', 'Q&A = 10 + 1?', 'a&title=forged&body=x'],
    ['spaces and quotes', '  “Syria”, August 2015 ', 'Line one\nline two'],
    ['percent signs', '100% %20', '%E2%80%9C'],
  ])('round-trips %s exactly, with spaces as %%20 and no raw separator', (_, title, body) => {
    const s = classroomShareUrl({ url: QUIZ, title, body });
    const p = new URL(s).searchParams;
    expect([p.get('url'), p.get('title'), p.get('body')]).toEqual([QUIZ, title, body]);
    expect(p.getAll('title')).toHaveLength(1);
    const query = s.slice(s.indexOf('?') + 1);
    expect(query.split('&')).toHaveLength(3);
    expect(query).not.toMatch(/[ +#\n]/);
  });
});
