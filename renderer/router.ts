import { useEffect, useState } from 'react';

/**
 * Routes, written by hand on the URL hash (works with the app:// protocol and the host alike).
 *   #/                                  conference list
 *   #/c/<id>/<section>[/<sub>…][?q]     a conference's section (features/registry.tsx lists them)
 *   /print/<view>?conferenceId=<id>&…   a print view, full page without the shell (a real path,
 *                                       so the host and app:// serve it; also #/print/<view>/<id>)
 */
export type Route =
  | { name: 'conferences' }
  | { name: 'conference'; conferenceId: string; section: string; rest: string[]; query: URLSearchParams }
  | { name: 'print'; conferenceId: string; view: string; query: URLSearchParams }
  | { name: 'notFound'; hash: string };

/** The route of the whole location: a /print/ path first, else the hash. */
/** A conference page's route (#/c/<id>/<section>/…) and a print view's (#/print/<view>/<id>?…). */
export type ConferenceRoute = Extract<Route, { name: 'conference' }>;
export type PrintRoute = Extract<Route, { name: 'print' }>;

export function parseLocation(loc: { pathname: string; search: string; hash: string }): Route {
  const m = /^\/print\/([^/]+)\/?$/.exec(loc.pathname);
  if (m) {
    const query = new URLSearchParams(loc.search);
    return { name: 'print', view: decodeURIComponent(m[1]), conferenceId: query.get('conferenceId') ?? '', query };
  }
  return parseHash(loc.hash);
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart, queryPart = ''] = raw.split('?');
  const path = pathPart.replace(/\/+$/, '') || '/';
  const query = new URLSearchParams(queryPart);
  if (path === '/') return { name: 'conferences' };
  const parts = path.split('/').slice(1).map(decodeURIComponent);
  if (parts[0] === 'c' && parts[1]) {
    return { name: 'conference', conferenceId: parts[1], section: parts[2] || 'overview', rest: parts.slice(3), query };
  }
  if (parts[0] === 'print' && parts[1] && parts[2])
    return { name: 'print', view: parts[1], conferenceId: parts[2], query };
  return { name: 'notFound', hash };
}

export const hrefConferences = () => '#/';
/** @example hrefConference(id, 'delegates') → "#/c/<id>/delegates" */
export const hrefConference = (id: string, section = 'delegates', ...rest: string[]) =>
  `#/c/${[id, section, ...rest].map(encodeURIComponent).join('/')}`;
/** @example hrefPrint('name-cards', id, { ids: 'a,b' }) → "/print/name-cards?conferenceId=<id>&ids=a%2Cb" */
export const hrefPrint = (view: string, id: string, query: Record<string, string> = {}) =>
  `/print/${encodeURIComponent(view)}?${new URLSearchParams({ conferenceId: id, ...query }).toString()}`;

export function navigate(href: string) {
  if (window.location.hash !== href) window.location.hash = href;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseLocation(window.location));
  useEffect(() => {
    const onHash = () => setRoute(parseLocation(window.location));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

export const conferenceIdOf = (r: Route): string | null => ('conferenceId' in r ? r.conferenceId : null);
