/**
 * Biển tên: folded tent cards. The same text on both faces, the upper face rotated 180° so it reads
 * from the other side; the name as large as fits on one line, else two, never overflowing.
 * Query: size=a4 (A4 folded lengthwise, default) | half (two cards per A4); rank=0 hides the rank;
 * position=0 hides the position line; ids / category choose who.
 */
import React, { useMemo } from 'react';
import { cardName, cardSegments, roleLine } from '../../../../shared/seating/names';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { MM, fitText, useFitGuard } from './fit';
import { usePrintData, type PrintPerson } from './usePrintData';
import './print.css';

const SIZES = {
  a4: { page: 'A4 landscape', w: 297, h: 210, perPage: 1, label: 'A4 gấp đôi theo chiều dọc' },
  half: { page: 'A4 portrait', w: 210, h: 148.5, perPage: 2, label: '2 biển trên một tờ A4' },
} as const;

function Face({
  name,
  position,
  fontPx,
  lines,
  posPx,
  nameMm,
  back,
}: {
  name: string;
  position: string;
  fontPx: number;
  lines: string[];
  posPx: number;
  nameMm: number;
  back?: boolean;
}) {
  return (
    <div className={`nc-face ${back ? 'nc-back' : ''}`}>
      <div className="nc-name" style={{ fontSize: fontPx, height: `${nameMm}mm` }} data-name={name}>
        {lines.map((l, i) => (
          <span key={i} className="nc-line">
            {l}
          </span>
        ))}
      </div>
      {position ? (
        <div className="nc-pos" style={{ fontSize: posPx }}>
          {position}
        </div>
      ) : null}
    </div>
  );
}

export function NameCardsView({ conferenceId, query }: { conferenceId: string; query: URLSearchParams }) {
  const data = usePrintData(conferenceId, query);
  const size = SIZES[query.get('size') === 'half' ? 'half' : 'a4'];
  const withRank = query.get('rank') !== '0';
  const withPos = query.get('position') !== '0';
  const faceH = size.h / 2;
  const nameMm = withPos ? faceH * 0.58 : faceH * 0.8;
  const cards = useMemo(() => {
    if (!data.ready) return [];
    const widthPx = (size.w - 24) * MM;
    const nameH = nameMm * MM;
    return data.people.map((x: PrintPerson) => {
      const name = cardName(x.p, withRank);
      const fit = fitText(name, {
        family: 'Tinos',
        weight: 700,
        widthPx,
        heightPx: nameH,
        maxPx: faceH * 0.42 * MM,
        minOneLinePx: faceH * 0.24 * MM,
        segments: cardSegments(x.p, withRank),
      });
      // "Trưởng Ban Nội chính Tỉnh ủy": position and unit joined by the one rule (no doubled words).
      const position = withPos && x.p.fullName ? roleLine(x.p) : '';
      const pos = position
        ? fitText(position, {
            family: 'Tinos',
            weight: 400,
            widthPx,
            heightPx: faceH * 0.16 * MM,
            maxPx: faceH * 0.12 * MM,
            minOneLinePx: 0,
          })
        : null;
      return { id: x.d.id, name, fit, position, posPx: pos?.fontPx ?? 0 };
    });
  }, [data.ready, data.people, size, withRank, withPos, faceH, nameMm]);
  useFitGuard('.nc-name, .nc-pos', [cards], data.ready);
  if (data.error) return <ErrorPanel error={data.error} />;
  return (
    <div className="pv-root nc-root" data-testid="name-cards">
      <style>{`@page { size: ${size.page}; margin: 0; } .nc-card { width: ${size.w}mm; height: ${size.h}mm; }`}</style>
      <div className="pv-toolbar">
        <b>Biển tên</b> · {cards.length} biển · {size.label}
        <button type="button" onClick={() => window.print()}>
          In / Lưu PDF
        </button>
      </div>
      <div className="nc-sheets">
        {cards.map((c, i) => (
          <div
            key={c.id}
            className={`nc-card ${size.perPage === 2 && i % 2 === 1 ? 'nc-second' : ''} ${(i + 1) % size.perPage === 0 ? 'pv-break' : ''}`}
            data-testid="name-card"
          >
            <Face
              name={c.name}
              position={c.position}
              fontPx={c.fit.fontPx}
              lines={c.fit.lines}
              posPx={c.posPx}
              nameMm={nameMm}
              back
            />
            <div className="nc-fold" aria-hidden>
              <i />
              <i />
            </div>
            {size.perPage === 2 && i % 2 === 0 ? <div className="nc-cut" aria-hidden /> : null}
            <Face
              name={c.name}
              position={c.position}
              fontPx={c.fit.fontPx}
              lines={c.fit.lines}
              posPx={c.posPx}
              nameMm={nameMm}
            />
          </div>
        ))}
      </div>
      {data.ready && !cards.length ? <p className="pv-empty">Không có đại biểu nào trong lựa chọn này.</p> : null}
    </div>
  );
}
