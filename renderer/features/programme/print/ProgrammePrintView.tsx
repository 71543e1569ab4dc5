/**
 * Print view /print/programme?conferenceId=…: the Chương trình hội nghị on A4 with the decree's
 * header and margins, in the bundled Tinos (Times-metric) font — "In" or "Lưu thành PDF" from the browser.
 */
import React from 'react';
import '@fontsource/tinos/vietnamese-400.css';
import '@fontsource/tinos/vietnamese-700.css';
import '@fontsource/tinos/vietnamese-400-italic.css';
import '@fontsource/tinos/latin-400.css';
import '@fontsource/tinos/latin-700.css';
import '@fontsource/tinos/latin-400-italic.css';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { MOTTO, NATIONAL_TITLE, numberLine, placeDateLine, upperVi } from '../../../../shared/documents/nd30';
import { hOf, spanText } from '../../../../shared/programme/schedule';
import './programme-print.css';

export function ProgrammePrintView({ conferenceId }: { conferenceId: string; query: URLSearchParams }) {
  const conf = useApiQuery('conference.get', conferenceId ? { id: conferenceId } : null);
  const agenda = useApiQuery('agenda.list', conferenceId ? { conferenceId } : null);
  const err = conf.error ?? agenda.error;
  if (err)
    return (
      <div className="pgp-bar">
        <ErrorPanel error={err} />
      </div>
    );
  const c = conf.data;
  const a = agenda.data;
  if (!c || !a) return <p className="pgp-bar">Đang dựng chương trình…</p>;
  const symbol = c.documentSymbol.includes('-') ? `CTr-${c.documentSymbol.split('-').slice(1).join('-')}` : 'CTr';
  return (
    <div className="pgp">
      <div className="pgp-bar" role="toolbar">
        <strong>Chương trình hội nghị</strong>
        <span>Khổ A4, lề theo Nghị định 30/2020.</span>
        <button type="button" onClick={() => window.print()} data-testid="print-now">
          In ngay
        </button>
      </div>
      <article className="pgp-sheet" data-testid="programme-sheet">
        <table className="pgp-header">
          <tbody>
            <tr>
              <td>
                {c.parentBody ? <div>{upperVi(c.parentBody)}</div> : null}
                <div className="b">{upperVi(c.hostBody)}</div>
                <div className="pgp-rule short" />
              </td>
              <td>
                <div className="b pgp-nat">{NATIONAL_TITLE}</div>
                <div className="b">{MOTTO}</div>
                <div className="pgp-rule motto" />
              </td>
            </tr>
            <tr>
              <td>{numberLine('', symbol)}</td>
              <td className="i">
                {placeDateLine(c.placeName, null, Number((c.startsAt ?? '').slice(0, 4)) || undefined)}
              </td>
            </tr>
          </tbody>
        </table>
        <h1>CHƯƠNG TRÌNH</h1>
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
        {c.chair ? (
          <p>
            <b>Chủ trì:</b> {c.chair}
          </p>
        ) : null}
        <table className="pgp-grid">
          <thead>
            <tr>
              <th>Thời gian</th>
              <th>Nội dung</th>
              <th>Người thực hiện</th>
            </tr>
          </thead>
          <tbody>
            {a.items.map((it) => (
              <tr key={it.id}>
                <td className="c">{it.startsAt ? `${hOf(it.startsAt)} - ${hOf(it.endsAt)}` : `${it.minutes} phút`}</td>
                <td>{it.title}</td>
                <td>{it.presenterLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </article>
    </div>
  );
}
