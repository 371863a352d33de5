import { inflateSync } from 'node:zlib';

/*
 * The text of each page of a PDF that Chromium writes (Skia's PDF backend), read without a PDF
 * library: the pages in order, their content streams, and each font's ToUnicode map. Enough for tests
 * that ask "is this text on that page?"; not a general PDF reader (no object streams, no encryption).
 */

type Obj = { dict: string; stream?: Buffer };

function objects(pdf: Buffer): Map<number, Obj> {
  const out = new Map<number, Obj>();
  const text = pdf.toString('latin1');
  const head = /(\d+) 0 obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = head.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const s = body.search(/\bstream\r?\n/);
    if (s < 0) out.set(Number(m[1]), { dict: body });
    else {
      const dict = body.slice(0, s);
      const from = start + s + body.slice(s).indexOf('\n') + 1;
      const length = /\/Length (\d+)(?! 0 R)/.exec(dict);
      const to = length ? from + Number(length[1]) : text.lastIndexOf('endstream', end);
      const raw = pdf.subarray(from, to);
      out.set(Number(m[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
    }
    head.lastIndex = end;
  }
  return out;
}

const ref = (dict: string, key: string): number | undefined => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : undefined;
};

/** A ToUnicode CMap: glyph code (hex) → text. */
function cmap(stream: Buffer): Map<number, string> {
  const map = new Map<number, string>();
  const text = stream.toString('latin1');
  const utf16 = (hex: string) => {
    let s = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return s;
  };
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, uni] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g))
      map.set(parseInt(code, 16), utf16(uni));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, a, b, rest] of block[1].matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/g,
    )) {
      const lo = parseInt(a, 16);
      const hi = parseInt(b, 16);
      if (rest.startsWith('[')) {
        const list = [...rest.matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => utf16(x[1]));
        for (let c = lo; c <= hi; c++) map.set(c, list[c - lo] ?? '');
      } else {
        const base = rest.slice(1, -1);
        const last = parseInt(base.slice(-4), 16);
        for (let c = lo; c <= hi; c++)
          map.set(c, utf16(base.slice(0, -4)) + String.fromCharCode(last + (c - lo)));
      }
    }
  return map;
}

/**
 * One piece of text a page draws (a `BT … ET` block), in the order drawn, with where it starts. Right-
 * to-left text is drawn in reversed character order inside `/ReversedChars` marked content (Skia marks
 * it so); `text` is put back in reading order.
 */
export type Segment = { text: string; x: number; y: number };

/** Every page of the PDF, in order, as the pieces of text it draws. */
export function pdfPages(pdf: Buffer): Segment[][] {
  const objs = objects(pdf);
  const get = (n: number | undefined) => (n === undefined ? undefined : objs.get(n));
  const catalog = [...objs.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict))!;
  const pages: Obj[] = [];
  const walk = (o: Obj | undefined) => {
    if (!o) return;
    if (/\/Type\s*\/Pages/.test(o.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(o.dict)?.[1] ?? '';
      for (const [, n] of kids.matchAll(/(\d+) 0 R/g)) walk(get(Number(n)));
    } else pages.push(o);
  };
  walk(get(ref(catalog.dict, 'Pages')));

  const fontMaps = new Map<number, Map<number, string>>();
  const fontMap = (n: number) => {
    if (!fontMaps.has(n)) {
      const toUnicode = get(ref(get(n)!.dict, 'ToUnicode'));
      fontMaps.set(n, toUnicode?.stream ? cmap(toUnicode.stream) : new Map());
    }
    return fontMaps.get(n)!;
  };

  return pages.map((page) => {
    let resources = page.dict;
    const resRef = ref(page.dict, 'Resources');
    if (resRef !== undefined) resources = get(resRef)!.dict;
    const fontsDict = /\/Font\s*(<<[\s\S]*?>>|\d+ 0 R)/.exec(resources)?.[1] ?? '';
    const fontsText = fontsDict.startsWith('<<')
      ? fontsDict
      : (get(Number(fontsDict.split(' ')[0]))?.dict ?? '');
    const fonts = new Map<string, number>();
    for (const [, name, n] of fontsText.matchAll(/\/([^\s/<>[\]]+)\s+(\d+) 0 R/g)) fonts.set(name, Number(n));

    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    const streams = [...contents.matchAll(/(\d+) 0 R/g)].map(
      ([, n]) => get(Number(n))?.stream ?? Buffer.alloc(0),
    );
    const content = Buffer.concat(streams).toString('latin1');

    const segments: Segment[] = [];
    let map = new Map<number, string>();
    let wide = true;
    const decode = (hex: string) => {
      let s = '';
      const step = wide ? 4 : 2;
      for (let i = 0; i + step <= hex.length; i += step)
        s += map.get(parseInt(hex.slice(i, i + step), 16)) ?? '';
      return s;
    };
    for (const [, block] of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      const at = /([-\d.]+)\s+([-\d.]+)\s+Tm/.exec(block);
      let text = '';
      const ops = /\/([^\s/<>[\]]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj|\[((?:[^\]])*)\]\s*TJ/g;
      for (const m of block.matchAll(ops)) {
        if (m[1] !== undefined) {
          const n = fonts.get(m[1]);
          map = n === undefined ? new Map() : fontMap(n);
          wide = n === undefined ? true : /Identity-H|Type0/.test(get(n)!.dict);
        } else if (m[2] !== undefined) text += decode(m[2]);
        else text += [...m[3].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => decode(x[1])).join('');
      }
      if (/\/ReversedChars\s+BMC/.test(block)) text = [...text].reverse().join('');
      segments.push({ text, x: at ? Number(at[1]) : 0, y: at ? Number(at[2]) : 0 });
    }
    return segments;
  });
}

/**
 * The words of a page, for "is this text on that page?": letters and digits only (compatibility
 * forms folded, vowel marks dropped). Each piece of text stands apart: a word is drawn in one piece, and
 * pieces side by side (a number and its question, a box's letter and its option) are separate words.
 */
export function pageWords(segments: Segment[]): string[] {
  return words(segments.map((s) => s.text).join(' '));
}

/** Letters and digits of a text, word by word, as `pageWords` gives them. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .replace(/\p{M}+/gu, '')
      // Arabic and the digits or Latin beside it are drawn apart («الـ48»): separate words.
      .replace(
        /(?<=[\u0600-\u06ff])(?=[\p{N}\p{Script=Latin}])|(?<=[\p{N}\p{Script=Latin}])(?=[\u0600-\u06ff])/gu,
        ' ',
      )
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  );
}
