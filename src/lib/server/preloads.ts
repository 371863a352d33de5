// Completes a prerendered page's <link rel="modulepreload"> list. SvelteKit 2.70 lists a page's modules
// by walking Vite's client manifest, and marks a chunk as seen when it first meets it behind a dynamic
// import, without listing it; when the page also imports that chunk statically, it is then left out.
// The shell lazily imports the settings panel, which imports the number and date formatters (`format`),
// so the timeline's page, which imports them too, did not preload them. The page still worked (its
// modules import the file), but at start-up Vite's preload helper announced the missing file with a link
// of its own, `crossorigin=""`, and Firefox fired `error` at that link: the module was already loaded
// with the other credentials mode (the page's links have no crossorigin). Once every file the page's
// modules import statically has its link, the helper skips them all (it announces only what the document
// does not), and the page fetches them with the rest instead of a round trip later.

/** The part of a Vite manifest entry read here. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
}
export type ClientManifest = Record<string, ManifestChunk>;

const LINK = /<link\b[^>]*\brel="modulepreload"[^>]*>/g;

/**
 * `html` with a modulepreload link added, after the page's last one, for each file that a preloaded
 * module imports statically (directly or not) and that the page does not preload yet. Files the
 * manifest does not know are left alone.
 */
export function completePreloads(html: string, manifest: ClientManifest): string {
  const links = [...html.matchAll(LINK)];
  if (!links.length) return html;
  const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const preloaded = new Set<string>();
  for (const m of links) {
    const href = /\bhref="\/([^"]+)"/.exec(m[0])?.[1];
    if (href) preloaded.add(href);
  }
  const missing: string[] = [];
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    if (!preloaded.has(chunk.file) && !missing.includes(chunk.file)) missing.push(chunk.file);
    for (const i of chunk.imports ?? []) walk(i);
  };
  for (const file of preloaded) {
    const key = keyOf.get(file);
    if (key) walk(key);
  }
  if (!missing.length) return html;
  const last = links[links.length - 1];
  const at = (last.index ?? 0) + last[0].length;
  const added = missing.map((f) => `\n\t\t<link href="/${f}" rel="modulepreload">`).join('');
  return html.slice(0, at) + added + html.slice(at);
}
