import { describe, expect, it } from 'vitest';
import { cameraProblem } from './camera';

describe('cameraProblem(error)', () => {
  const err = (name: string) => Object.assign(new Error('x'), { name });
  it.each([
    ['NotAllowedError', 'denied'],
    ['PermissionDeniedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'none'],
    ['DevicesNotFoundError', 'none'],
    ['OverconstrainedError', 'none'],
    ['NotReadableError', 'busy'],
    ['TrackStartError', 'busy'],
    ['AbortError', 'busy'],
    ['TypeError', 'unsupported'],
    ['SomethingNew', 'failed'],
  ])('%s → %s', (name, problem) => {
    expect(cameraProblem(err(name))).toBe(problem);
    // DOMExceptions and plain objects carry the name the same way.
    expect(cameraProblem({ name })).toBe(problem);
  });

  it('anything else is a failure', () => {
    expect(cameraProblem(undefined)).toBe('failed');
    expect(cameraProblem('denied')).toBe('failed');
  });
});
