/**
 * Google Classroom's share page, opened by a plain link: the teacher signs in there (or already is),
 * picks a class and posts the quiz link as an assignment or announcement. No script from Google, and
 * nothing leaves the phone until the link is tapped. The parameters are those of Classroom's share
 * button (`url`, `title`, `body`).
 */
export const CLASSROOM_SHARE = 'https://classroom.google.com/share';

/** The Classroom share URL for a quiz link, its title and a line for the students, each URL-encoded. */
export function classroomShareUrl(o: { url: string; title: string; body: string }): string {
  // encodeURIComponent, not URLSearchParams: a space is %20 (never '+', which a server may keep), and
  // the quiz link's '#' is %23, so the quiz, which travels in the fragment, reaches Classroom whole.
  const q = (k: string, v: string) => `${k}=${encodeURIComponent(v)}`;
  return `${CLASSROOM_SHARE}?${q('url', o.url)}&${q('title', o.title)}&${q('body', o.body)}`;
}
