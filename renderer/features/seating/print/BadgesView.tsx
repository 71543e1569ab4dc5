/**
 * Thẻ đại biểu: several per A4 with cut marks. Conference name, name, position and unit, the
 * category in its colour, the seat, and a QR code of the delegate's check-in code (made here in
 * the browser with the `qrcode` package, no network).
 * Query: size=90x54 (default, 10 per A4) | a6 (4 per A4); ids / category choose who.
 */
import React, { useEffect, useMemo, useState } from 'react';
import {
  BADGE_COLOURS,
  badgeTitle,
  badgeTypeOf,
  cardName,
  cardSegments,
  roleLine,
} from '../../../../shared/seating/names';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { MM, fitText, useFitGuard } from './fit';
import { usePrintData } from './usePrintData';
import './print.css';

const PRESETS = {
  '90x54': { w: 90, h: 54, cols: 2, rows: 5, label: '90 × 54 mm, 10 thẻ/A4' },
  a6: { w: 105, h: 148, cols: 2, rows: 2, label: 'A6, 4 thẻ/A4' },
} as const;

function useQrCodes(codes: string[]) {
  const [urls, setUrls] = useState<Record<string, string> | null>(null);
  const key = codes.join(',');
  useEffect(() => {
    let alive = true;
    void (async () => {
      const QR = await import('qrcode');
      const out: Record<string, string> = {};
      for (const c of codes) out[c] = await QR.toDataURL(c, { margin: 0, width: 240, errorCorrectionLevel: 'M' });
      if (alive) setUrls(out);
    })();
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return urls;
}

export function BadgesView({ conferenceId, query }: { conferenceId: string; query: URLSearchParams }) {
  const data = usePrintData(conferenceId, query);
  const size = PRESETS[query.get('size') === 'a6' ? 'a6' : '90x54'];
  const qr = useQrCodes(data.ready ? data.people.map((x) => x.d.code) : []);
  const ready = data.ready && !!qr;
  const per = size.cols * size.rows;
  const big = size.h > 100;
  const badges = useMemo(
    () =>
      data.people.map((x) => {
        const name = cardName(x.p, true);
        const fit = fitText(name, {
          family: 'Tinos',
          weight: 700,
          widthPx: (size.w - (big ? 12 : 34)) * MM,
          heightPx: (big ? 26 : 12) * MM,
          maxPx: (big ? 9 : 4.6) * MM,
          minOneLinePx: (big ? 6 : 3.2) * MM,
          segments: cardSegments(x.p, true),
        });
        return { x, name, fit, kind: badgeTypeOf(x.d, data.conference?.sectionBadges) };
      }),
    [data.people, size, big, data.conference],
  );
  useFitGuard('.bd-name, .bd-head', [badges, qr], ready);
  if (data.error) return <ErrorPanel error={data.error} />;
  const pages: (typeof badges)[] = [];
  for (let i = 0; i < badges.length; i += per) pages.push(badges.slice(i, i + per));
  const title = data.conference ? badgeTitle(data.conference) : '';
  return (
    <div className="pv-root" data-testid="badges">
      <style>{`@page { size: A4 portrait; margin: 0; } .bd-badge { width: ${size.w}mm; height: ${size.h}mm; }
        .bd-grid { grid-template-columns: repeat(${size.cols}, ${size.w}mm); grid-auto-rows: ${size.h}mm; }`}</style>
      <div className="pv-toolbar">
        <b>Thẻ đại biểu</b> · {badges.length} thẻ · {size.label}
        <button type="button" onClick={() => window.print()}>
          In / Lưu PDF
        </button>
      </div>
      {pages.map((pg, pi) => (
        <div key={pi} className="bd-page pv-break">
          <div className="bd-grid">
            {pg.map(({ x, fit, kind }) => (
              <div
                key={x.d.id}
                className={`bd-badge ${big ? 'bd-big' : ''}`}
                data-testid="badge"
                style={{ ['--bd-colour' as string]: BADGE_COLOURS[kind] }}
              >
                <i className="bd-crop bd-tl" />
                <i className="bd-crop bd-tr" />
                <i className="bd-crop bd-bl" />
                <i className="bd-crop bd-br" />
                <div className="bd-head">{title}</div>
                <div className="bd-body">
                  <div className="bd-text">
                    <div className="bd-name" style={{ fontSize: fit.fontPx }}>
                      {fit.lines.map((l, i) => (
                        <span key={i} className="nc-line">
                          {l}
                        </span>
                      ))}
                    </div>
                    <div className="bd-pos">{roleLine(x.p)}</div>
                    <div className="bd-seat">{x.seat ? `Ghế: ${x.seat.label}` : 'Ghế: —'}</div>
                  </div>
                  {qr?.[x.d.code] ? (
                    <img className="bd-qr" src={qr[x.d.code]} alt={`Mã điểm danh ${x.d.code}`} />
                  ) : null}
                </div>
                <div className="bd-kind">{kind.toUpperCase()}</div>
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
