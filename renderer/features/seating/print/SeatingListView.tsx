/**
 * Danh sách chỗ ngồi: A4 portrait, by block and row (the stage first), one line per seat — block, row,
 * seat, name, position and unit — so the ushers find anyone at a glance; people without a seat last.
 * The header row repeats on every page. ids / category choose who.
 */
import React, { useMemo } from 'react';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { useFitGuard } from './fit';
import { usePrintData, type PrintPerson } from './usePrintData';
import { bySeatOrder } from './seatOrder';
import { roleLine } from '../../../../shared/seating/names';
import './print.css';

const fullName = (x: PrintPerson) => [x.p.rank, x.p.fullName].filter(Boolean).join(' ') || x.p.position;
const roleOf = (x: PrintPerson) => roleLine(x.p);

export function SeatingListView({ conferenceId, query }: { conferenceId: string; query: URLSearchParams }) {
  const data = usePrintData(conferenceId, query);
  const groups = useMemo(() => {
    const seated = data.people.filter((x) => x.seat).sort((a, b) => bySeatOrder(a.seat!, b.seat!));
    const out: { title: string; people: PrintPerson[] }[] = [];
    for (const x of seated) {
      const title = x.seat!.area === 'presidium' ? 'Đoàn chủ tịch' : `Khu ${x.seat!.block}`;
      if (out[out.length - 1]?.title === title) out[out.length - 1].people.push(x);
      else out.push({ title, people: [x] });
    }
    const none = data.people.filter((x) => !x.seat);
    if (none.length) out.push({ title: 'Chưa xếp chỗ', people: none });
    return out;
  }, [data.people]);
  useFitGuard('.sq-none', [groups], data.ready);
  if (data.error) return <ErrorPanel error={data.error} />;
  let n = 0;
  return (
    <div className="pv-root" data-testid="seating-list">
      <style>{'@page { size: A4 portrait; margin: 15mm 12mm 15mm 20mm; }'}</style>
      <div className="pv-toolbar">
        <b>Danh sách chỗ ngồi</b> · {data.people.length} người
        <button type="button" onClick={() => window.print()}>
          In / Lưu PDF
        </button>
      </div>
      <div className="sq-sheet">
        <div className="sq-title">DANH SÁCH CHỖ NGỒI</div>
        <div className="sq-sub">{data.conference?.title}</div>
        <table className="sq-table">
          <colgroup>
            <col style={{ width: '9mm' }} />
            <col style={{ width: '12mm' }} />
            <col style={{ width: '11mm' }} />
            <col style={{ width: '10mm' }} />
            <col style={{ width: '52mm' }} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th>STT</th>
              <th>Khu</th>
              <th>Hàng</th>
              <th>Ghế</th>
              <th>Họ và tên</th>
              <th>Chức vụ, đơn vị</th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.title}>
              <tr className="sq-group">
                <td colSpan={6}>
                  {g.title} ({g.people.length})
                </td>
              </tr>
              {g.people.map((x, i) => {
                const s = x.seat;
                const newRow = i > 0 && s && g.people[i - 1].seat?.row !== s.row;
                return (
                  <tr key={x.d.id} className={newRow ? 'sq-row-start' : ''} data-testid="seating-list-row">
                    <td className="sq-c">{++n}</td>
                    <td className="sq-c">{s ? (s.area === 'presidium' ? 'ĐCT' : s.block) : '—'}</td>
                    <td className="sq-c">{s ? s.rowLabel : '—'}</td>
                    <td className="sq-c">{s ? s.seat : '—'}</td>
                    <td>
                      <b>{fullName(x)}</b>
                      {x.p.substitute ? <i className="sq-sub-mark"> (dự thay)</i> : null}
                    </td>
                    <td>{roleOf(x)}</td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
        {data.ready && !groups.length ? <p className="pv-empty">Không có đại biểu nào trong lựa chọn này.</p> : null}
      </div>
    </div>
  );
}
