/**
 * Print view /print/mc-script?conferenceId=…: the MC's script from the same blocks as the DOCX
 * (script.current: the saved edit, else generated now), on A4 in the bundled Tinos font.
 */
import React from 'react';
import '@fontsource/tinos/vietnamese-400.css';
import '@fontsource/tinos/vietnamese-700.css';
import '@fontsource/tinos/latin-400.css';
import '@fontsource/tinos/latin-700.css';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { upperVi } from '../../../../shared/documents/nd30';
import { spanText } from '../../../../shared/programme/schedule';
import './programme-print.css';

/** Saved-at (ISO, UTC) as the hall's local clock. */
const hhmm = (iso: string) => new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' });

export function McScriptPrintView({ conferenceId }: { conferenceId: string; query: URLSearchParams }) {
  const conf = useApiQuery('conference.get', conferenceId ? { id: conferenceId } : null);
  const script = useApiQuery('script.current', conferenceId ? { conferenceId } : null);
  const err = conf.error ?? script.error;
  if (err)
    return (
      <div className="pgp-bar">
        <ErrorPanel error={err} />
      </div>
    );
  const c = conf.data;
  const s = script.data;
  if (!c || !s) return <p className="pgp-bar">Đang dựng kịch bản…</p>;
  return (
    <div className="pgp">
      <div className="pgp-bar" role="toolbar">
        <strong>Kịch bản điều hành</strong>
        <span>
          {s.edited ? `Bản đã sửa, lưu lúc ${s.savedAt ? hhmm(s.savedAt) : ''}` : 'Bản soạn tự động (chưa sửa)'}
        </span>
        <button type="button" onClick={() => window.print()} data-testid="print-now">
          In ngay
        </button>
      </div>
      <article className="pgp-sheet" data-testid="mc-script-sheet">
        <h1>KỊCH BẢN ĐIỀU HÀNH</h1>
        <h2>{c.title}</h2>
        {c.startsAt ? (
          <p>
            <b>Thời gian:</b> {spanText(c.startsAt, c.endsAt)}
          </p>
        ) : null}
        {c.venue ? (
          <p>
            <b>Địa điểm:</b> {c.venue}
          </p>
        ) : null}
        {s.blocks.map((b, i) => (
          <section key={i} className="pgp-block">
            <h3>
              {b.time ? `${b.time} — ` : ''}
              {upperVi(b.heading)}
            </h3>
            {b.text
              .split('\n')
              .filter((t) => t.trim())
              .map((t, k) => (
                <p key={k} className={t.startsWith('- ') ? 'pgp-item' : ''}>
                  {t}
                </p>
              ))}
          </section>
        ))}
      </article>
    </div>
  );
}
