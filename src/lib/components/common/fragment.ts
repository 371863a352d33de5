/**
 * The id a page's URL fragment names (`/en/map#palmyra` → `palmyra`), decoded. A fragment that is not valid
 * percent-encoding (`#%E0`, from a cut or hand-edited link) names nothing: the page opens as without one,
 * where `decodeURIComponent` would throw and stop the page's script.
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}
