/**
 * Closing a sheet that is not modal (`Sheet`'s `live`) as a modal one closes: Escape, from
 * anywhere (the sheet is what is on top), and a click outside it, except a click `keep` says is the
 * page's (on the reader, a tap on another word shows that word in the same card). Returns the teardown.
 */
export function lightDismiss(
  sheet: HTMLElement,
  close: () => void,
  keep: (target: Element) => boolean,
): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  const onClick = (e: MouseEvent) => {
    const t = e.target;
    if (t instanceof Element && !sheet.contains(t) && !keep(t)) close();
  };
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('click', onClick, true);
  return () => {
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('click', onClick, true);
  };
}
