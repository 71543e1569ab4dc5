import React from 'react';
import { CalendarDays, ClipboardCheck, LayoutGrid, ListOrdered, Mail, Landmark } from 'lucide-react';
import { hrefConference, hrefConferences, type Route } from '../router';
import { SECTIONS } from '../features/registry';

/** Shown greyed out until a feature with the same label is in SECTIONS. */
const SOON = [
  { label: 'Giấy mời', icon: Mail },
  { label: 'Sơ đồ chỗ ngồi', icon: LayoutGrid },
  { label: 'Điểm danh', icon: ClipboardCheck },
  { label: 'Chương trình', icon: ListOrdered },
];

function NavLink(props: { href: string; active: boolean; icon: React.ElementType; label: string; testId: string }) {
  const Icon = props.icon;
  return (
    <a
      className="nav-link"
      href={props.href}
      aria-current={props.active ? 'page' : undefined}
      data-testid={props.testId}
    >
      <Icon size={17} aria-hidden />
      <span>{props.label}</span>
    </a>
  );
}

export function Sidebar({ route, conferenceTitle }: { route: Route; conferenceTitle: string | null }) {
  const id = 'conferenceId' in route ? route.conferenceId : null;
  const section = route.name === 'conference' ? route.section : null;
  return (
    <nav className="sidebar" aria-label="Điều hướng chính">
      <a className="brand" href={hrefConferences()}>
        <span className="brand-mark">
          <Landmark size={17} aria-hidden />
        </span>
        <span>
          <span className="brand-name">ThuKy</span>
          <span className="brand-sub">Thư ký hội nghị</span>
        </span>
      </a>
      <NavLink
        href={hrefConferences()}
        active={route.name === 'conferences'}
        icon={CalendarDays}
        label="Hội nghị"
        testId="nav-conferences"
      />

      {id ? (
        <div className="nav-group">
          <div className="nav-heading">Hội nghị đang mở</div>
          {conferenceTitle ? (
            <div className="nav-conf-title" title={conferenceTitle}>
              {conferenceTitle}
            </div>
          ) : null}
          {SECTIONS.filter((s) => !s.hidden).map((s) => (
            <NavLink
              key={s.key}
              href={hrefConference(id, s.key)}
              active={section === s.key}
              icon={s.icon}
              label={s.label}
              testId={`nav-${s.key}`}
            />
          ))}
          {SOON.filter((x) => !SECTIONS.some((s) => s.label === x.label)).map(({ label, icon: Icon }) => (
            <button
              key={label}
              type="button"
              className="nav-link disabled"
              aria-disabled="true"
              title="Sắp có"
              onClick={(e) => e.preventDefault()}
            >
              <Icon size={17} aria-hidden />
              <span>{label}</span>
              <span className="nav-soon">Sắp có</span>
            </button>
          ))}
        </div>
      ) : (
        <div className="nav-group">
          <div className="nav-heading">Chưa mở hội nghị</div>
          <div className="nav-conf-title" style={{ color: '#94a3b8', fontWeight: 400 }}>
            Chọn một hội nghị trong danh sách để làm việc với đại biểu.
          </div>
        </div>
      )}
      <div className="sidebar-foot">Chạy ngoại tuyến · dữ liệu lưu trên máy</div>
    </nav>
  );
}
