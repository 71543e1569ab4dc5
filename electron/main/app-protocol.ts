/** app://thuky/<file> serves the built renderer from disk, refusing anything outside its folder. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { APP_HOST, APP_SCHEME, RENDERER_CSP } from './window-options';

export function registerAppProtocol(rendererDir: string) {
  const root = path.resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (req) => {
    const url = new URL(req.url);
    // Print views (/print/<view>) are routes of the single-page app.
    const pathname = url.pathname.startsWith('/print/') ? '/index.html' : decodeURIComponent(url.pathname);
    const file = path.resolve(root, '.' + pathname);
    if (url.host !== APP_HOST || (file !== root && !file.startsWith(root + path.sep))) {
      return new Response('Not found', { status: 404 });
    }
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', RENDERER_CSP);
    return new Response(res.body, { status: res.status, headers });
  });
}
