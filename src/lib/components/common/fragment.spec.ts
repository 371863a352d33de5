import { describe, expect, it } from 'vitest';
import { fragmentId } from './fragment';

describe('fragmentId(location.hash)', () => {
  it.each([
    ['#palmyra', 'palmyra'],
    ['#p1.s1', 'p1.s1'],
    ['#%D8%AA%D8%AF%D9%85%D8%B1', 'تدمر'],
    ['', ''],
    ['#', ''],
    ['#%E0', ''],
    ['#%', ''],
    ['#abc%zz', ''],
  ])('%s → %j', (hash, id) => expect(fragmentId(hash)).toBe(id));
});
