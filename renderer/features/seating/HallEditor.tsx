/**
 * A simple hall editor: name, presidium rows, blocks (rows × seats, numbering), and seats switched
 * off by clicking them on the to-scale preview. Saving also makes it this conference's hall (asking
 * first when seats given in another hall would be cleared). An edit that drops a seat in use is refused by the core.
 */
import React, { useEffect, useMemo, useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import type { HallBlock, HallFields } from '../../../shared/models/hall';
import { seatsOf } from '../../../shared/seating/layout';
import { call } from '../../api/client';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useToast } from '../../components/Toast';
import { useApiQuery } from '../../hooks/useApiQuery';
import { hrefConference, navigate } from '../../router';
import { HallPlan, fitUnit } from './HallPlan';
import { useHallSwitch } from './useHallSwitch';

const NEW_HALL: HallFields = {
  name: '',
  stage: { rows: [{ seats: 7 }] },
  blocks: [{ name: 'A', rows: 8, seatsPerRow: 8, numbering: { rows: 'letters', seats: 'leftToRight' }, disabled: [] }],
};
const nextName = (blocks: HallBlock[]) =>
  'ABCDEFGHIKLM'.split('').find((c) => !blocks.some((b) => b.name === c)) ?? String(blocks.length + 1);

export function HallEditor({ conferenceId, hallId }: { conferenceId: string; hallId: string | null }) {
  const existing = useApiQuery('hall.get', hallId ? { id: hallId } : null);
  const [h, setH] = useState<HallFields | null>(hallId ? null : NEW_HALL);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const hallSwitch = useHallSwitch(conferenceId);
  useEffect(() => {
    if (existing.data && !h)
      setH({ name: existing.data.name, stage: existing.data.stage, blocks: existing.data.blocks });
  }, [existing.data, h]);
  const seats = useMemo(() => (h ? seatsOf(h) : []), [h]);
  if (existing.error)
    return (
      <div className="page">
        <ErrorPanel error={existing.error} />
      </div>
    );
  if (!h) return <div className="page muted">Đang tải…</div>;

  // Switched-off seats outside a shrunken block are dropped.
  const setBlock = (i: number, patch: Partial<HallBlock>) =>
    setH({
      ...h,
      blocks: h.blocks.map((b, j) => {
        if (j !== i) return b;
        const nb = { ...b, ...patch };
        return { ...nb, disabled: nb.disabled.filter((d) => d.row <= nb.rows && d.x < nb.seatsPerRow) };
      }),
    });
  const toggle = (bi: number, row: number, x: number) => {
    const b = h.blocks[bi];
    const on = b.disabled.some((d) => d.row === row && d.x === x);
    setBlock(bi, {
      disabled: on ? b.disabled.filter((d) => !(d.row === row && d.x === x)) : [...b.disabled, { row, x }],
    });
  };
  const save = async () => {
    setError(null);
    try {
      const id = hallId ? (await call('hall.update', { id: hallId, patch: h })).id : (await call('hall.create', h)).id;
      // The saved hall becomes this conference's only if no seat is lost, or the secretary agrees.
      const switched = await hallSwitch.choose(id);
      toast.success(
        switched ? `Đã lưu hội trường “${h.name}”.` : `Đã lưu hội trường “${h.name}”; hội nghị vẫn dùng hội trường cũ.`,
      );
      navigate(hrefConference(conferenceId, 'seating'));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const num = (v: string, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.floor(Number(v) || lo)));
  const usable = seats.filter((s) => !s.disabled).length;

  return (
    <div className="page stack st-editor" data-testid="hall-editor">
      <div className="row">
        <h2 className="st-editor-title">{hallId ? 'Sửa hội trường' : 'Hội trường mới'}</h2>
        <span className="muted">{usable} ghế dùng được</span>
        <span className="spacer" />
        <a className="btn" href={hrefConference(conferenceId, 'seating')}>
          Hủy
        </a>
        <button type="button" className="btn btn-primary" onClick={save} data-testid="hall-save">
          Lưu hội trường
        </button>
      </div>
      {error ? <ErrorPanel error={error} /> : null}
      {hallSwitch.dialog}
      <div className="st-editor-grid">
        <div className="stack">
          <label className="field">
            <span className="field-label">Tên hội trường</span>
            <input
              className="input"
              value={h.name}
              onChange={(e) => setH({ ...h, name: e.target.value })}
              data-testid="hall-name"
              placeholder="Hội trường Bộ CHQS tỉnh"
            />
          </label>
          <div className="field">
            <span className="field-label">Đoàn chủ tịch (số ghế mỗi hàng, hàng 1 ở trước)</span>
            <div className="row">
              {h.stage.rows.map((r, i) => (
                <input
                  key={i}
                  className="input st-num"
                  type="number"
                  min={1}
                  max={60}
                  value={r.seats}
                  aria-label={`Hàng ${i + 1} đoàn chủ tịch`}
                  data-testid={`stage-row-${i}`}
                  onChange={(e) =>
                    setH({
                      ...h,
                      stage: {
                        rows: h.stage.rows.map((x, j) => (j === i ? { seats: num(e.target.value, 1, 60) } : x)),
                      },
                    })
                  }
                />
              ))}
              <button
                type="button"
                className="btn btn-sm"
                onClick={() => setH({ ...h, stage: { rows: [...h.stage.rows, { seats: 7 }] } })}
                disabled={h.stage.rows.length >= 6}
              >
                <Plus size={14} /> Hàng
              </button>
              {h.stage.rows.length ? (
                <button
                  type="button"
                  className="btn btn-sm"
                  onClick={() => setH({ ...h, stage: { rows: h.stage.rows.slice(0, -1) } })}
                >
                  <Trash2 size={14} /> Bớt
                </button>
              ) : null}
            </div>
          </div>
          <table className="table st-blocks">
            <thead>
              <tr>
                <th>Khu</th>
                <th>Số hàng</th>
                <th>Ghế/hàng</th>
                <th>Tên hàng</th>
                <th>Số ghế</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {h.blocks.map((b, i) => (
                <tr key={i}>
                  <td>
                    <input
                      className="input st-name"
                      value={b.name}
                      aria-label="Tên khu"
                      data-testid={`block-name-${i}`}
                      onChange={(e) => setBlock(i, { name: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      className="input st-num"
                      type="number"
                      min={1}
                      max={80}
                      value={b.rows}
                      aria-label={`Số hàng khu ${b.name}`}
                      data-testid={`block-rows-${i}`}
                      onChange={(e) => setBlock(i, { rows: num(e.target.value, 1, 80) })}
                    />
                  </td>
                  <td>
                    <input
                      className="input st-num"
                      type="number"
                      min={1}
                      max={80}
                      value={b.seatsPerRow}
                      aria-label={`Số ghế mỗi hàng khu ${b.name}`}
                      data-testid={`block-seats-${i}`}
                      onChange={(e) => setBlock(i, { seatsPerRow: num(e.target.value, 1, 80) })}
                    />
                  </td>
                  <td>
                    <select
                      className="select"
                      value={b.numbering.rows}
                      aria-label="Cách đặt tên hàng"
                      onChange={(e) =>
                        setBlock(i, { numbering: { ...b.numbering, rows: e.target.value as 'letters' } })
                      }
                    >
                      <option value="letters">A, B, C…</option>
                      <option value="numbers">1, 2, 3…</option>
                    </select>
                  </td>
                  <td>
                    <select
                      className="select"
                      value={b.numbering.seats}
                      aria-label="Cách đánh số ghế"
                      onChange={(e) =>
                        setBlock(i, { numbering: { ...b.numbering, seats: e.target.value as 'oddEven' } })
                      }
                    >
                      <option value="leftToRight">Trái → phải</option>
                      <option value="oddEven">Lẻ trái, chẵn phải</option>
                    </select>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="icon-btn"
                      aria-label={`Xóa khu ${b.name}`}
                      disabled={h.blocks.length < 2}
                      onClick={() => setH({ ...h, blocks: h.blocks.filter((_, j) => j !== i) })}
                    >
                      <Trash2 size={15} />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div>
            <button
              type="button"
              className="btn btn-sm"
              data-testid="block-add"
              disabled={h.blocks.length >= 12}
              onClick={() =>
                setH({
                  ...h,
                  blocks: [
                    ...h.blocks,
                    {
                      name: nextName(h.blocks),
                      rows: 8,
                      seatsPerRow: 6,
                      numbering: { rows: 'letters', seats: 'leftToRight' },
                      disabled: [],
                    },
                  ],
                })
              }
            >
              <Plus size={14} /> Thêm khu
            </button>
          </div>
          <p className="muted small">
            Khu xếp từ trái sang phải (nhìn từ phía đại biểu), có lối đi giữa các khu. Nhấn vào một ghế trên hình để
            tắt/bật (cột, vị trí máy quay).
          </p>
        </div>
        <div className="st-editor-preview">
          <HallPlan
            hall={h}
            seats={seats}
            unit={fitUnit(seats, 620)}
            renderSeat={(s, box) => (
              <button
                type="button"
                className={`st-seat ${s.area === 'presidium' ? 'st-seat-stage' : ''} ${s.disabled ? 'st-seat-off st-seat-toggle' : ''}`}
                style={box}
                disabled={s.area === 'presidium'}
                title={`${s.label}${s.disabled ? ' — đang tắt' : ''}`}
                data-testid={`edit-seat-${s.id}`}
                onClick={() => toggle(s.blockIndex, s.row, s.x)}
              >
                <span className="st-seat-num">{s.area === 'presidium' ? s.seat : `${s.rowLabel}${s.seat}`}</span>
              </button>
            )}
          />
        </div>
      </div>
    </div>
  );
}
