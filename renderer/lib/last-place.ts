/**
 * Reopening the app (or loading its address without a page) returns to the conference page that was
 * open: the last hash is kept in the browser's storage and restored before the first render when the
 * address names no page. A reload keeps its own hash; print windows are left alone.
 */
const KEY = 'thuky.lastPlace';

const worthKeeping = (hash: string) => /^#\/(c\/[^/?]+(\/[^?]*)?)?$/.test(hash.split('?')[0]);

/** Call once at start, before rendering. */
export function restoreLastPlace(): void {
  try {
    if (window.location.pathname.startsWith('/print/')) return;
    const here = window.location.hash;
    if (here && here !== '#' && here !== '#/') remember(here);
    else {
      const last = localStorage.getItem(KEY);
      if (last && last.startsWith('#/c/') && !here) {
        window.history.replaceState(null, '', window.location.pathname + window.location.search + last);
      }
    }
    window.addEventListener('hashchange', () => remember(window.location.hash));
  } catch {
    // Storage refused (private mode): start on the list as before.
  }
}

function remember(hash: string) {
  if (worthKeeping(hash)) localStorage.setItem(KEY, hash.split('?')[0]);
}
