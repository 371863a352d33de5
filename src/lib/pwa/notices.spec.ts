import { describe, expect, it } from 'vitest';
import {
  isNewVersion,
  needsIosInstallHint,
  updatePromptVisible,
  visibleNotices,
  type NoticeState,
} from './notices';

const calm: NoticeState = {
  online: true,
  update: 'none',
  updateDismissed: false,
  quizInProgress: false,
  offlineReady: false,
  canInstall: false,
  iosHint: false,
};

describe('updatePromptVisible(state)', () => {
  it.each([
    // update, dismissed, quiz → visible
    ['none', false, false, false],
    ['waiting', false, false, true],
    ['active', false, false, true],
    ['waiting', true, false, false],
    ['waiting', false, true, false],
    ['active', false, true, false],
  ] as const)('update %s, dismissed %s, quiz in progress %s → %s', (update, dismissed, quiz, visible) => {
    expect(updatePromptVisible({ update, updateDismissed: dismissed, quizInProgress: quiz })).toBe(visible);
  });

  it('hides while a quiz runs and comes back at its score screen, by itself', () => {
    const waiting = { ...calm, update: 'waiting' as const };
    const steps = [false, true, true, false].map((quizInProgress) =>
      visibleNotices({ ...waiting, quizInProgress }).includes('update'),
    );
    expect(steps).toEqual([true, false, false, true]);
  });
});

describe('isNewVersion(active, waiting)', () => {
  const v1 = {};
  const v2 = {};
  it('is a new version only when another version is active', () => {
    expect(isNewVersion(v1, v2)).toBe(true);
    // A first install (Firefox reports it as waiting to a page opened while it ran).
    expect(isNewVersion(null, v1)).toBe(false);
    expect(isNewVersion(undefined, v1)).toBe(false);
    // The waiting worker became the active one before anyone looked.
    expect(isNewVersion(v1, v1)).toBe(false);
  });
});

describe('visibleNotices(state)', () => {
  it('shows nothing when all is calm', () => {
    expect(visibleNotices(calm)).toEqual([]);
  });

  it('shows the offline indicator, even during a quiz', () => {
    expect(visibleNotices({ ...calm, online: false })).toEqual(['offline']);
    expect(visibleNotices({ ...calm, online: false, quizInProgress: true, update: 'waiting' })).toEqual([
      'offline',
    ]);
  });

  it('shows one notice that asks for attention, the most important first', () => {
    const all = { ...calm, update: 'waiting' as const, offlineReady: true, canInstall: true, iosHint: true };
    expect(visibleNotices(all)).toEqual(['update']);
    expect(visibleNotices({ ...all, updateDismissed: true })).toEqual(['offlineReady']);
    expect(visibleNotices({ ...all, update: 'none', offlineReady: false })).toEqual(['install']);
    expect(visibleNotices({ ...calm, iosHint: true, online: false })).toEqual(['offline', 'iosHint']);
  });

  it('keeps the install offer and the notes out of the way during a quiz', () => {
    expect(visibleNotices({ ...calm, quizInProgress: true, offlineReady: true, canInstall: true })).toEqual(
      [],
    );
  });
});

describe('needsIosInstallHint(device)', () => {
  const iphone =
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
  const ipadOs =
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
  const android =
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';

  it.each([
    ['an iPhone in Safari', iphone, 5, false, true],
    ['an iPhone already running the installed app', iphone, 5, true, false],
    ['an iPad that says Macintosh', ipadOs, 5, false, true],
    ['a Mac (no touch screen)', ipadOs, 0, false, false],
    ['an Android phone (it has an install prompt)', android, 5, false, false],
  ])('%s → %s', (_name, userAgent, maxTouchPoints, standalone, expected) => {
    expect(needsIosInstallHint({ userAgent, maxTouchPoints, standalone })).toBe(expected);
  });
});
