import { describe, expect, it } from 'vitest';
import { estimateWidth, textEm, textWidth, wrapText } from './width';

/**
 * Widths Chromium 156 measured (canvas measureText at 100 px, in em) for the chart's real titles and
 * dates: Latin in the UI font stack (DejaVu Sans here), Arabic in the bundled Noto Naskh Arabic (2.016).
 * Columns: text, normal weight, bold.
 */
const MEASURED: [string, number, number][] = [
  ['بداية الأزمة السورية', 7.081, 7.436],
  ['التنظيم يسيطر على تدمر', 8.727, 9.018],
  ['أكثر من 230 ألف قتيل', 7.84, 8.035],
  ['كيري يلتقي لافروف في ماليزيا', 10.749, 10.962],
  ['التنظيم يسيطر على القريتين', 10.007, 10.36],
  ['غارات التحالف تقتل 51 من «داعش»', 12.845, 13.243],
  ['كيري يعلن الاتفاق مع روسيا', 9.644, 9.982],
  ['مجلس الأمن قد يصوّت «اليوم»', 11.087, 11.446],
  ['فبراير ٢٠١٥', 3.747, 3.913],
  ['أبريل ٢٠١٥', 3.497, 3.691],
  ['يونيو ٢٠١٥', 3.56, 3.731],
  ['أغسطس ٢٠١٥', 4.698, 5.02],
  ['أكتوبر ٢٠١٥', 3.806, 4.022],
  ['ديسمبر ٢٠١٥', 4.175, 4.352],
  ['٥–٧ أغسطس ٢٠١٥', 6.237, 6.628],
  ['The Syrian crisis begins', 11.852, 13.433],
  ['The group seizes Palmyra', 12.832, 14.498],
  ['More than 230,000 dead', 12.338, 13.814],
  ['Kerry meets Lavrov in Malaysia', 15.643, 17.71],
  ['The group takes al-Qaryatayn', 14.937, 16.768],
  ['Coalition strikes kill 51 Daesh members', 19.849, 22.382],
  ['Kerry announces the agreement with Russia', 22.114, 25.055],
  ['The Security Council may vote “today”', 19.508, 21.929],
  ['February 2015', 7.294, 8.193],
  ['April 2015', 5.148, 5.8],
  ['June 2015', 5.041, 5.605],
  ['August 2015', 6.362, 7.118],
  ['October 2015', 6.865, 7.626],
  ['December 2015', 8.048, 8.84],
  ['5 – 7 August 2015', 9.088, 10.054],
];

/**
 * The dates the Arabic chart writes, with the article's Western digits. The subset font covers only
 * U+0600–06FF, so the digits come from the next font in the stack: Noto Naskh Arabic UI here (0.5 em a
 * digit, measured like the table above), Times, Noto Serif or DejaVu Serif elsewhere. The model gives
 * them DejaVu Sans's width, the widest of those, so it errs wider here than for the rest.
 */
const MEASURED_FALLBACK_DIGITS: [string, number, number][] = [
  ['فبراير 2015', 4.322, 4.357],
  ['أبريل 2015', 4.072, 4.135],
  ['يونيو 2015', 4.135, 4.175],
  ['أغسطس 2015', 5.273, 5.464],
  ['أكتوبر 2015', 4.381, 4.466],
  ['ديسمبر 2015', 4.75, 4.796],
  ['5–7 أغسطس 2015', 6.994, 7.185],
  ['7 أغسطس 2015', 5.994, 6.185],
  ['21 مايو 2015', 4.962, 5.034],
  ['15 مارس 2011', 5.513, 5.586],
  ['9 يونيو 2015', 4.856, 4.896],
];

describe('textEm(text, weight) for Arabic dates, whose digits come from a fallback font', () => {
  it.each(MEASURED_FALLBACK_DIGITS)('is never narrower than Chromium draws %s', (text, normal, bold) => {
    expect(textEm(text, 'normal')).toBeGreaterThanOrEqual(normal);
    expect(textEm(text, 'bold')).toBeGreaterThanOrEqual(bold);
  });

  it.each(MEASURED_FALLBACK_DIGITS)('errs wide by less than a third for %s', (text, normal, bold) => {
    expect(textEm(text, 'normal')).toBeLessThan(normal * 1.34);
    expect(textEm(text, 'bold')).toBeLessThan(bold * 1.34);
  });
});

describe('textEm(text, weight)', () => {
  it.each(MEASURED)('is never narrower than Chromium draws %s', (text, normal, bold) => {
    expect(textEm(text, 'normal')).toBeGreaterThanOrEqual(normal);
    expect(textEm(text, 'bold')).toBeGreaterThanOrEqual(bold);
  });

  it.each(MEASURED)('errs wide by less than a quarter for %s', (text, normal, bold) => {
    expect(textEm(text, 'normal')).toBeLessThan(normal * 1.25);
    expect(textEm(text, 'bold')).toBeLessThan(bold * 1.25);
  });

  it('gives Arabic letters their joined forms: a joined word is narrower than its letters apart', () => {
    expect(textEm('بيت')).toBeLessThan(textEm('ب') + textEm('ي') + textEm('ت'));
  });

  it('ignores vowel marks and bidi controls', () => {
    expect(textEm('يصوّت')).toBe(textEm('يصوت'));
    expect(textEm('\u200f٥ أغسطس\u200e')).toBe(textEm('٥ أغسطس'));
  });

  it('is deterministic and grows with the text', () => {
    expect(textEm('Kerry')).toBe(textEm('Kerry'));
    expect(textEm('Kerry meets')).toBeGreaterThan(textEm('Kerry'));
    expect(textEm('Kerry', 'bold')).toBeGreaterThan(textEm('Kerry', 'normal'));
  });
});

describe('textWidth(text, px)', () => {
  it('scales with the font size', () => {
    expect(textWidth('Palmyra', 32)).toBeCloseTo(2 * textWidth('Palmyra', 16), 6);
  });
});

describe('wrapText(text, maxWidth, px)', () => {
  const px = 16;
  it.each([
    ['The group seizes Palmyra', 1000, 1],
    ['The group seizes Palmyra', 160, 2],
    ['Kerry announces the agreement with Russia', 150, 3],
    ['كيري يعلن الاتفاق مع روسيا', 1000, 1],
  ])('breaks %s at %i px into %i lines', (text, max, lines) => {
    const w = wrapText(text, max, px);
    expect(w.lines).toHaveLength(lines);
    expect(w.lines.join(' ')).toBe(text);
    expect(w.width).toBeLessThanOrEqual(max);
  });

  it('reports the widest line, which is at most the box', () => {
    const w = wrapText('Coalition strikes kill 51 Daesh members', 200, px);
    expect(w.width).toBe(Math.max(...w.lines.map((l) => textWidth(l, px))));
  });

  it('counts the extra lines a word wider than the box takes', () => {
    const word = 'al-Qaryatayn';
    const w = wrapText(word, textWidth(word, px) / 2.5, px);
    expect(w.lines.length).toBe(3);
  });

  it('gives one empty line for no text', () => {
    expect(wrapText('', 100, px).lines).toEqual(['']);
  });
});

describe('estimateWidth(text, px, bold)', () => {
  it.each([
    // P .76 + a .67 + l .38 + m .95 + y .67 + r .38 + a .67 = 4.48 em
    ['Palmyra', 10, false, 44.8],
    ['Palmyra', 10, true, 44.8 * 1.06],
    // A space is 0.3 em, an en dash 0.55.
    [' – ', 10, false, 11.5],
    // Arabic: ت medium 0.5, د narrow 0.34, م wide 0.75, ر narrow 0.34
    ['تدمر', 10, false, 19.3],
  ])('%j at %i px (bold %s) is %d px', (text, px, bold, want) => {
    expect(estimateWidth(text, px, bold)).toBeCloseTo(want, 9);
  });

  it('is bold unless told otherwise', () => {
    expect(estimateWidth('Homs', 13)).toBe(estimateWidth('Homs', 13, true));
  });
});
