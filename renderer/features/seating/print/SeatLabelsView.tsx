/**
 * Nhãn dán lưng ghế: the seat in large letters and the name under it, several per A4 with cut marks,
 * in seat order (stage, then block by block, row by row, from the audience's left) so the team
 * sticks them walking along the rows. Only seated people; ids / category choose who.
 * Query: size=10 (default, 2 × 5 of 100 × 57 mm) | 21 (3 × 7 of 70 × 41 mm).
 */
import React, { useMemo } from 'react';
import { cardName } from '../../../../shared/seating/names';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { MM, fitText, useFitGuard } from './fit';
import { usePrintData, type PrintPerson } from './usePrintData';
import { bySeatOrder } from './seatOrder';
import './print.css';

const PRESETS = {
  '10': { w: 100, h: 57, cols: 2, rows: 5, label: '100 × 57 mm, 10 nhãn/A4' },
  '21': { w: 70, h: 41, cols: 3, rows: 7, label: '70 × 41 mm, 21 nhãn/A4' },
} as const;

export function SeatLabelsView({ conferenceId, query }: { conferenceId: string; query: URLSearchParams }) {
  const data = usePrintData(conferenceId, query);
  const size = PRESETS[query.get('size') === '21' ? '21' : '10'];
  const per = size.cols * size.rows;
  const seated = useMemo(
    () =>
      data.people
        .filter((x): x is PrintPerson & { seat: NonNullable<PrintPerson['seat']> } => !!x.seat)
        .sort((a, b) => bySeatOrder(a.seat, b.seat)),
    [data.people],
  );
  const labels = useMemo(() => {
    if (!data.ready) return [];
    const widthPx = (size.w - 10) * MM;
    return seated.map((x) => {
      const name = cardName(x.p, true);
      const fit = fitText(name, {
        family: 'Tinos',
        weight: 700,
        widthPx,
        heightPx: size.h * 0.3 * MM,
        maxPx: size.h * 0.14 * MM,
        minOneLinePx: size.h * 0.09 * MM,
      });
      // The seat's short form as on the chart ("B-C5", "ĐCT 1-5"); the full label sits under it.
      const seat = x.seat.short;
      return { x, name, fit, seat };
    });
  }, [data.ready, seated, size]);
  useFitGuard('.sl-name', [labels], data.ready);
  if (data.error) return <ErrorPanel error={data.error} />;
  const pages: (typeof labels)[] = [];
  for (let i = 0; i < labels.length; i += per) pages.push(labels.slice(i, i + per));
  const unseated = data.people.length - seated.length;
  return (
    <div className="pv-root" data-testid="seat-labels">
      <style>{`@page { size: A4 portrait; margin: 0; } .sl-label { width: ${size.w}mm; height: ${size.h}mm; }
        .sl-grid { grid-template-columns: repeat(${size.cols}, ${size.w}mm); grid-auto-rows: ${size.h}mm; }
        .sl-seat { font-size: ${(size.h * 0.26).toFixed(1)}mm; } .sl-where { font-size: ${(size.h * 0.075).toFixed(1)}mm; }`}</style>
      <div className="pv-toolbar">
        <b>Nhãn lưng ghế</b> · {labels.length} nhãn · {size.label}
        {unseated ? ` · ${unseated} người chưa có ghế (không in)` : ''}
        <button type="button" onClick={() => window.print()}>
          In / Lưu PDF
        </button>
      </div>
      {pages.map((pg, pi) => (
        <div key={pi} className="bd-page pv-break">
          <div className="sl-grid">
            {pg.map(({ x, fit, seat }) => (
              <div key={x.d.id} className="sl-label" data-testid="seat-label">
                <i className="bd-crop bd-tl" />
                <i className="bd-crop bd-tr" />
                <i className="bd-crop bd-bl" />
                <i className="bd-crop bd-br" />
                <div className="sl-seat">{seat}</div>
                <div className="sl-where">{x.seat.label}</div>
                <div className="sl-name" style={{ fontSize: fit.fontPx }}>
                  {fit.lines.map((l, i) => (
                    <span key={i} className="nc-line">
                      {l}
                    </span>
                  ))}
                </div>
              </div>
            ))}
          </div>
        </div>
      ))}
      {data.ready && !labels.length ? <p className="pv-empty">Chưa có ai được xếp ghế trong lựa chọn này.</p> : null}
    </div>
  );
}
