// jsQR 1.4.0 for the scanner, as the build takes it:
// - without its Shift-JIS table (7,000 entries, 35 KB of its 45 KB gzip), used only to read QR codes in
//   kanji mode. Result links are plain URLs (byte mode); a kanji-mode code decodes to other characters,
//   which no result link holds, and the scanner calls it "not a result link". The reader is then about
//   10 KB gzip, and the precache keeps within its budget.
// - as an ES module instead of its UMD wrapper: a CommonJS import would add the bundler's interop helper
//   to the small runtime file that every page loads.

const TABLE = /exports\.shiftJISTable = \{[^}]*\};/;
const UMD_HEAD =
  /^\(function webpackUniversalModuleDefinition\(root, factory\) \{[\s\S]*?\}\)\(typeof self !== 'undefined' \? self : this, function\(\) \{\n/;
const UMD_TAIL = /\}\);\s*$/;

/** Vite plugin: jsQR slimmed as above. Fails the build if jsQR changes shape. */
export function jsqrSlim() {
  return {
    name: 'jsqr-slim',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/[\\/]jsqr[\\/]dist[\\/]jsQR\.js$/.test(id.split('?')[0])) return null;
      /** @type {[string, RegExp][]} */
      const parts = [
        ['Shift-JIS table', TABLE],
        ['UMD header', UMD_HEAD],
        ['UMD footer', UMD_TAIL],
      ];
      for (const [name, re] of parts)
        if (!re.test(code)) throw new Error(`jsqr-slim: jsQR's ${name} was not found (a new jsQR?)`);
      const out = code
        .replace(TABLE, 'exports.shiftJISTable = {};')
        .replace(UMD_HEAD, 'export default (function () {\n')
        .replace(UMD_TAIL, '})();\n');
      return { code: out, map: null };
    },
  };
}
