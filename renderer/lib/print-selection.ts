/**
 * A print selection handed to a print window without putting it in the address: 450 ids in the URL
 * answered HTTP 431. The ids are saved in the browser's storage (shared by the app's windows, the
 * Electron window and the host's pages alike) under a short key; the print view reads them back.
 * Old selections are dropped after a day.
 */
const PREFIX = 'thuky.printSelection.';
const DAY = 24 * 60 * 60 * 1000;

function prune(now: number) {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const k = localStorage.key(i);
    if (!k?.startsWith(PREFIX)) continue;
    try {
      const at = (JSON.parse(localStorage.getItem(k) ?? '{}') as { at?: number }).at ?? 0;
      if (now - at > DAY) localStorage.removeItem(k);
    } catch {
      localStorage.removeItem(k);
    }
  }
}

/** Saves the ids; returns the key for the print address ("?sel=<key>"). */
export function savePrintSelection(ids: string[]): string {
  const now = Date.now();
  prune(now);
  const key = `${now.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  localStorage.setItem(PREFIX + key, JSON.stringify({ at: now, ids }));
  return key;
}

/** The ids saved under the key, or undefined (no key, or the selection is gone). */
export function readPrintSelection(key: string | null): string[] | undefined {
  if (!key) return undefined;
  try {
    const v = JSON.parse(localStorage.getItem(PREFIX + key) ?? 'null') as { ids?: unknown } | null;
    return Array.isArray(v?.ids) ? v.ids.filter((x): x is string => typeof x === 'string') : undefined;
  } catch {
    return undefined;
  }
}
