import React, { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ImportRowPlan } from '../../../../shared/models/import';
import { FateChip } from './FateChip';

const cellValues = (r: ImportRowPlan) =>
  Object.values(r.cells)
    .map((v) => v.trim())
    .filter(Boolean);

function PersonCells({ r }: { r: ImportRowPlan }) {
  const d = r.delegate;
  if (r.fate === 'section' || !d) {
    const values = cellValues(r);
    return (
      <div role="cell" className={r.fate === 'section' ? 'vt-span vt-section' : 'vt-span muted'}>
        {values.length ? (
          values.map((v, i) => <span key={i}>{v}</span>)
        ) : (
          <span className="placeholder-name">(dòng trống)</span>
        )}
      </div>
    );
  }
  return (
    <>
      <div role="cell">
        {d.rank ? <span className="vt-rank">{d.rank}</span> : null}
        {d.fullName ? (
          <strong className="vt-name">{d.fullName}</strong>
        ) : (
          <span className="placeholder-name">(chưa có tên)</span>
        )}
      </div>
      <div role="cell">{d.position}</div>
      <div role="cell">{d.unit}</div>
      <div role="cell">{d.category}</div>
    </>
  );
}

/** Every row of the file with its fate; virtualised so 5,000 rows scroll smoothly. */
export function PreviewTable({
  rows,
  keep,
}: {
  rows: ImportRowPlan[];
  /** The per-row choice for people already in the list (null when every one is imported anyway). */
  keep?: { rows: ReadonlySet<number>; toggle(row: number): void } | null;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 34,
    overscan: 12,
    getItemKey: (i) => rows[i]?.row ?? i,
  });

  return (
    <div
      className="vt"
      role="table"
      aria-label="Xem trước từng dòng"
      aria-rowcount={rows.length + 1}
      data-testid="import-preview-table"
    >
      <div className="vt-scroll" ref={scrollRef} tabIndex={0} aria-label="Bảng xem trước (cuộn được)">
        <div className="vt-head" role="row" aria-rowindex={1}>
          <div role="columnheader">Kết quả</div>
          <div role="columnheader" className="vt-num">
            Dòng
          </div>
          <div role="columnheader">Họ và tên</div>
          <div role="columnheader">Chức vụ</div>
          <div role="columnheader">Đơn vị</div>
          <div role="columnheader">Thành phần</div>
          <div role="columnheader">Lý do · đã sửa</div>
        </div>
        <div style={{ height: v.getTotalSize(), position: 'relative' }} role="rowgroup">
          {v.getVirtualItems().map((item) => {
            const r = rows[item.index];
            return (
              <div
                key={item.key}
                ref={v.measureElement}
                data-index={item.index}
                role="row"
                aria-rowindex={item.index + 2}
                className={`vt-row fate-${r.fate}`}
                style={{ transform: `translateY(${item.start}px)` }}
                data-row={r.row}
                data-fate={r.fate}
              >
                <div role="cell">
                  <FateChip fate={r.fate} />
                </div>
                <div role="cell" className="vt-num">
                  {r.row}
                </div>
                <PersonCells r={r} />
                <div role="cell" className="vt-reason">
                  {r.reason ? <div>{r.reason}</div> : null}
                  {keep && r.existingId ? (
                    <label className="checkbox small" data-testid={`import-keep-${r.row}`}>
                      <input type="checkbox" checked={keep.rows.has(r.row)} onChange={() => keep.toggle(r.row)} /> Vẫn
                      nhập dòng này
                    </label>
                  ) : null}
                  {r.fixes.length ? (
                    <ul className="fixes">
                      {r.fixes.map((f, i) => (
                        <li key={i}>{f}</li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
        {rows.length === 0 ? <div className="loading">Không có dòng nào.</div> : null}
      </div>
    </div>
  );
}
