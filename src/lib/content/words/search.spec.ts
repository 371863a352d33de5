import { describe, expect, it } from 'vitest';
import { articleWords } from './all';
import { matches, normalize, searchKeys } from './search';

describe('normalize(text)', () => {
  it.each([
    // Arabic marks
    ['fatḥa, ḍamma, kasra', 'يُصَوِّتُ', 'يصوت'],
    ['shadda and sukūn', 'الْمُتَّحِدَةِ', 'المتحده'],
    ['tanwīn (fatḥatān, ḍammatān, kasratān)', 'كَبِيرٌ تَفْصِيلًا بِقَصْفٍ', 'كبيرتفصيلابقصف'],
    ['the dagger alif', 'هٰذَا', 'هذا'],
    ['tatweel', 'لـ', 'ل'],
    ['tatweel inside a word', 'الـ15', 'ال15'],
    // alif and hamza seats
    ['alif with hamza above', 'أفاد', 'افاد'],
    ['alif with hamza below', 'إن', 'ان'],
    ['alif with madda', 'آب', 'اب'],
    ['alif waṣla', 'ٱلقرار', 'القرار'],
    ['hamza on wāw', 'مسؤول', 'مسوول'],
    ['hamza on yāʾ', 'مسئول', 'مسيول'],
    ['hamza on the line', 'أعضاء', 'اعضاا'],
    ['a root with a hamza radical', 'ءمن', 'امن'],
    // letters that are written one for the other
    ['tāʾ marbūṭa as hāʾ', 'مدينة', 'مدينه'],
    ['alif maqṣūra as yāʾ', 'على', 'علي'],
    ['Arabic-Indic digits', '٥١', '51'],
    ['Persian digits', '۵۱', '51'],
    // a root typed with or without spaces
    ['a root with spaces', 'ف ي د', 'فيد'],
    ['a root with commas', 'ف، ي، د', 'فيد'],
    // Latin
    ['upper case', 'Kerry', 'kerry'],
    ['long vowels (ā ī ū)', 'qāla yuṣawwitu sūriyā', 'qalayusawwitusuriya'],
    ['dotted consonants (ḥ ṣ ḍ ṭ ẓ)', 'ḥ ṣ ḍ ṭ ẓ', 'hsdtz'],
    ['ʿayn and hamza (ʿ ʾ)', 'dāʿishiyyan ʾafāda', 'daishiyyanafada'],
    ['apostrophes for ʿ and ʾ', "da'ish", 'daish'],
    ['hyphens of clitics', 'wa-r-raqqati', 'warraqqati'],
    ['the article with a space', 'al qaryatayn', 'alqaryatayn'],
  ])('%s: %s → %s', (_, text, out) => expect(normalize(text)).toBe(out));

  it('gives each form of a word the same text, however its alif, hamza, tāʾ and marks are written', () => {
    const forms = ['الْمَسْؤُولِيَّةِ', 'المسؤولية', 'المسوولية', 'المسؤوليه', 'الـمسؤولية', 'ٱلمسؤولية'];
    expect(new Set(forms.map(normalize)).size).toBe(1);
  });
});

describe('matches(searchKeys(word), normalize(query))', () => {
  const ix = articleWords();
  const find = (q: string) => ix.all.filter((p) => matches(searchKeys(p.word), normalize(q)));

  it.each([
    ['the word as printed', 'يسيطر', 'يسيطر'],
    ['the word vowelled', 'يُسَيْطِرُ', 'يسيطر'],
    ['the lemma', 'سَيْطَرَ', 'يسيطر'],
    ['a root without spaces', 'سطر', 'يسيطر'],
    ['a root with spaces', 'س ط ر', 'يسيطر'],
    ['an English gloss, any case', 'Takes Control', 'يسيطر'],
    ['a transliteration with its marks', 'yusayṭiru', 'يسيطر'],
    ['a transliteration without them', 'yusaytiru', 'يسيطر'],
    ['an Arabic gloss', 'يستولي', 'يسيطر'],
    ['a word with tāʾ marbūṭa typed as hāʾ', 'مدينه', 'مدينة'],
    ['a hamza seat typed bare', 'افاد', 'أفاد'],
    ['a number in Arabic-Indic digits', '٥١', '51'],
  ])('finds a word by %s (%s)', (_, q, w) => expect(find(q).map((p) => p.word.w)).toContain(w));

  it('finds every word with an empty query and none with a query nothing has', () => {
    expect(find('')).toHaveLength(ix.all.length);
    expect(find('   ')).toHaveLength(ix.all.length);
    expect(find('zzzz')).toEqual([]);
    expect(find('ظظظ')).toEqual([]);
  });

  it('finds all the words of a root by that root', () => {
    const root = ix.all.find((p) => p.word.root === 'فيد')!.word.root!;
    const byRoot = ix.all.filter((p) => p.word.root === root);
    expect(find('ف ي د').filter((p) => p.word.root === root)).toEqual(byRoot);
  });
});
