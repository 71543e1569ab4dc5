/**
 * The renderer's typed client over the contract. Inside Electron it calls the preload bridge (IPC);
 * in a browser it POSTs to the host (/api/<procedure>) with the token from the login URL.
 * The same bundle serves both: the choice is made at run time.
 */
import type { ChangeEvent, InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import type { ApiErrorBody, Result } from '../../shared/api/errors';
import type { ThukyBridge } from '../../shared/api/bridge';

declare global {
  interface Window {
    thuky?: ThukyBridge;
  }
}

/** An error from the core, with its Vietnamese message ready to show. */
export class ApiError extends Error {
  constructor(
    public readonly body: ApiErrorBody,
    public readonly status = 0,
  ) {
    super(body.message);
  }
  get code() {
    return this.body.code;
  }
}

const TOKEN_KEY = 'thuky.token';

/**
 * Takes the token from the login link (`/#token=…`; `?token=…` from older links), hides it from the
 * address bar at once, and keeps it for this origin. The host's admin token is traded for a browser
 * session that expires (12 h); a desk's station token is kept as it is (revoked on the host).
 */
export async function adoptTokenFromUrl(): Promise<void> {
  const url = new URL(window.location.href);
  // "#token=…" may be followed by the app's own route ("#token=…#/c/<id>/data").
  const m = /^#token=([^#&]*)(.*)$/.exec(url.hash);
  const t = m ? decodeURIComponent(m[1]) : url.searchParams.get('token');
  if (!t) return;
  url.searchParams.delete('token');
  const route = m ? m[2].replace(/^&[^#]*/, '') : url.hash;
  window.history.replaceState(null, '', url.pathname + url.search + route);
  localStorage.setItem(TOKEN_KEY, t);
  try {
    const res = await fetch('/auth/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${t}` },
      body: '{}',
    });
    if (res.ok) localStorage.setItem(TOKEN_KEY, ((await res.json()) as { token: string }).token);
  } catch {
    // Offline: keep the token as given; the next login link makes a session.
  }
}

// A login link opened in a tab already on ThuKy only changes the fragment: adopt it there too, then
// let the router see the route that follows it.
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    if (window.location.hash.startsWith('#token='))
      void adoptTokenFromUrl().then(() => window.dispatchEvent(new HashChangeEvent('hashchange')));
  });
}

export const getToken = () => localStorage.getItem(TOKEN_KEY) ?? '';
export const transportKind = (): 'ipc' | 'http' => (window.thuky ? 'ipc' : 'http');

async function httpInvoke(procedure: string, input: unknown): Promise<Result<unknown>> {
  let res: Response;
  try {
    res = await fetch(`/api/${procedure}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${getToken()}` },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Không kết nối được máy chủ ThuKy' } };
  }
  const body = await res.json().catch(() => null);
  if (res.ok) return { ok: true, value: body };
  return { ok: false, error: body?.error ?? { code: 'INTERNAL', message: `Máy chủ trả lỗi ${res.status}` } };
}

/**
 * The one way to call the API from the renderer: `call('<area>.<verb>', input)`, typed by the
 * contract for every name, three-part ones too (`call('award.decision.create', …)`); reads that
 * stay fresh go through useApiQuery('<area>.<verb>', …) (hooks/useApiQuery.ts).
 * @example const { items } = await call('delegate.list', { conferenceId });
 */
export async function call<P extends ProcedureName>(procedure: P, input: InputOf<P>): Promise<OutputOf<P>> {
  const result = window.thuky ? await window.thuky.invoke(procedure, input) : await httpInvoke(procedure, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as OutputOf<P>;
}

/** Subscribe to change events (IPC push or server-sent events). Returns an unsubscribe function. */
export function onChange(listener: (e: ChangeEvent) => void): () => void {
  if (window.thuky) return window.thuky.onEvent(listener);
  const es = new EventSource(`/api/events?token=${encodeURIComponent(getToken())}`);
  const handler = (m: MessageEvent) => listener(JSON.parse(m.data) as ChangeEvent);
  es.addEventListener('change', handler as EventListener);
  return () => es.close();
}

/** Browser download of a base64 file (export). */
export function downloadBase64(fileName: string, contentBase64: string, mime: string) {
  const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** File → base64 for import. */
export async function fileToBase64(file: File): Promise<string> {
  const buf = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return btoa(s);
}
