import { useEffect, useState } from 'react';

/** Routes, written by hand on the URL hash (works with file://-like app protocols and the host alike). */
export type Route =
  | { name: 'conferences' }
  | { name: 'delegates'; conferenceId: string }
  | { name: 'info'; conferenceId: string }
  | { name: 'import'; conferenceId: string }
  | { name: 'notFound'; hash: string };

export type ConferenceSection = 'delegates' | 'info' | 'import';

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/' || path === '') return { name: 'conferences' };
  const m = /^\/c\/([^/]+)\/(delegates|info|import)$/.exec(path);
  if (m) return { name: m[2] as ConferenceSection, conferenceId: decodeURIComponent(m[1]) };
  const bare = /^\/c\/([^/]+)$/.exec(path);
  if (bare) return { name: 'delegates', conferenceId: decodeURIComponent(bare[1]) };
  return { name: 'notFound', hash };
}

export const hrefConferences = () => '#/';
export const hrefConference = (id: string, section: ConferenceSection = 'delegates') =>
  `#/c/${encodeURIComponent(id)}/${section}`;

export function navigate(href: string) {
  if (window.location.hash !== href) window.location.hash = href;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

export const conferenceIdOf = (r: Route): string | null => ('conferenceId' in r ? r.conferenceId : null);
