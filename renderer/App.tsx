import React, { useEffect } from 'react';
import { ToastProvider } from './components/Toast';
import { ChangeFeedProvider } from './hooks/ChangeFeed';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Sidebar } from './components/Sidebar';
import { TopBar } from './components/TopBar';
import { ErrorPanel } from './components/ErrorPanel';
import { useApiQuery } from './hooks/useApiQuery';
import { conferenceIdOf, hrefConferences, useRoute, type Route } from './router';
import { ConferenceListPage } from './features/conference/ConferenceListPage';
import { PRINT_VIEWS, SECTIONS } from './features/registry';

const NotFound = () => (
  <div className="page stack">
    <ErrorPanel error="Không có trang này trong ThuKy." />
    <div>
      <a className="btn" href={hrefConferences()}>
        Về danh sách hội nghị
      </a>
    </div>
  </div>
);

function Page({ route }: { route: Route }) {
  if (route.name === 'conferences') return <ConferenceListPage />;
  if (route.name !== 'conference') return <NotFound />;
  const def = SECTIONS.find((s) => s.key === route.section);
  return def ? <def.Page conferenceId={route.conferenceId} route={route} /> : <NotFound />;
}

/** Print views: the page alone, no shell, laid out for paper (each view owns its @page rules). */
function PrintPage({ route }: { route: Extract<Route, { name: 'print' }> }) {
  const def = PRINT_VIEWS.find((v) => v.key === route.view);
  useEffect(() => {
    document.title = def ? `${def.title} — ThuKy` : 'ThuKy';
  }, [def]);
  return def ? <def.View conferenceId={route.conferenceId} query={route.query} /> : <NotFound />;
}

function Shell() {
  const route = useRoute();
  if (route.name === 'print')
    return (
      <ErrorBoundary resetKey={window.location.hash}>
        <PrintPage route={route} />
      </ErrorBoundary>
    );
  // A section's full-screen view (the check-in desk, the live board): no shell, no admin-only calls.
  const full = route.name === 'conference' ? SECTIONS.find((s) => s.key === route.section)?.fullScreen?.(route) : null;
  if (full) return <ErrorBoundary resetKey={window.location.hash}>{full}</ErrorBoundary>;
  return <AppShell route={route} />;
}

function AppShell({ route }: { route: Route }) {
  const id = conferenceIdOf(route);
  const conf = useApiQuery('conference.get', id ? { id } : null);
  const confTitle = id ? (conf.data?.id === id ? conf.data.title : null) : null;

  const title = !id ? 'Hội nghị' : (confTitle ?? (conf.error ? 'Không mở được hội nghị' : 'Đang tải…'));
  const subtitle = route.name === 'conference' ? SECTIONS.find((s) => s.key === route.section)?.label : undefined;

  useEffect(() => {
    document.title = confTitle ? `${subtitle ?? ''} · ${confTitle} — ThuKy` : 'ThuKy — Thư ký hội nghị';
  }, [confTitle, subtitle]);

  return (
    <div className="shell">
      <Sidebar route={route} conferenceTitle={confTitle} />
      <div className="main">
        <TopBar title={title} subtitle={subtitle ? `· ${subtitle}` : undefined} />
        <main className="content" id="main">
          <ErrorBoundary resetKey={window.location.hash}>
            {id && conf.error && !conf.data ? (
              <div className="page stack">
                <ErrorPanel error={conf.error} />
                <div>
                  <a className="btn" href={hrefConferences()}>
                    Về danh sách hội nghị
                  </a>
                </div>
              </div>
            ) : (
              <Page route={route} />
            )}
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}

export function App() {
  return (
    <ToastProvider>
      <ChangeFeedProvider>
        <Shell />
      </ChangeFeedProvider>
    </ToastProvider>
  );
}
