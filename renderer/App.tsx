import React, { useEffect } from 'react';
import { ToastProvider } from './components/Toast';
import { ChangeFeedProvider } from './hooks/ChangeFeed';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Sidebar } from './components/Sidebar';
import { TopBar } from './components/TopBar';
import { ErrorPanel } from './components/ErrorPanel';
import { useApiQuery } from './hooks/useApiQuery';
import { conferenceIdOf, hrefConferences, useRoute, type Route } from './router';
import { ConferenceListPage } from './features/conferences/ConferenceListPage';
import { ConferenceInfoPage } from './features/conferences/ConferenceInfoPage';
import { ImportPage } from './features/import/ImportPage';
import { DelegatesPage } from './features/delegates/DelegatesPage';

const SECTION_TITLES: Record<string, string> = {
  delegates: 'Đại biểu',
  info: 'Thông tin hội nghị',
  import: 'Nhập danh sách',
};

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'conferences':
      return <ConferenceListPage />;
    case 'delegates':
      return <DelegatesPage conferenceId={route.conferenceId} />;
    case 'info':
      return <ConferenceInfoPage conferenceId={route.conferenceId} />;
    case 'import':
      return <ImportPage conferenceId={route.conferenceId} />;
    default:
      return (
        <div className="page stack">
          <ErrorPanel error="Không có trang này trong ThuKy." />
          <div><a className="btn" href={hrefConferences()}>Về danh sách hội nghị</a></div>
        </div>
      );
  }
}

function Shell() {
  const route = useRoute();
  const id = conferenceIdOf(route);
  const conf = useApiQuery('conference.get', id ? { id } : null);
  const confTitle = id ? (conf.data?.id === id ? conf.data.title : null) : null;

  const title = !id
    ? 'Hội nghị'
    : confTitle ?? (conf.error ? 'Không mở được hội nghị' : 'Đang tải…');
  const subtitle = id ? SECTION_TITLES[route.name] : undefined;

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
                <div><a className="btn" href={hrefConferences()}>Về danh sách hội nghị</a></div>
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
