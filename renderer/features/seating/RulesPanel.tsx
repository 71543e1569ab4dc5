/**
 * The small rules table of the seating page: "Khách mời → khu A hàng 1–2". Each row sends one section
 * to one block and a range of rows (aisle seats first if ticked); saved with seating.setPlan and used
 * by the next "Tự xếp chỗ".
 */
import React, { useEffect, useState } from 'react';
import { Plus, Save, Trash2 } from 'lucide-react';
import type { z } from 'zod';
import type { SectionRule } from '../../../shared/models/seating';
import { call } from '../../api/client';
import { useToast } from '../../components/Toast';
import type { SeatingModel } from './useSeating';

type Rule = z.infer<typeof SectionRule>;

/** Problems a secretary can fix before saving, in Vietnamese; empty when the table is fine. */
export function ruleProblems(rules: Rule[], blocks: { name: string; rows: number }[]): string[] {
  const out: string[] = [];
  rules.forEach((r, i) => {
    const b = blocks.find((x) => x.name === r.block);
    const at = `Dòng ${i + 1}`;
    if (!b) out.push(`${at}: chưa chọn khu`);
    else if (r.rowFrom > r.rowTo) out.push(`${at}: "từ hàng" lớn hơn "đến hàng"`);
    else if (r.rowTo > b.rows) out.push(`${at}: khu ${b.name} chỉ có ${b.rows} hàng`);
  });
  const cats = rules.map((r) => r.category);
  cats.forEach((c, i) => {
    if (cats.indexOf(c) !== i)
      out.push(`Thành phần "${c || 'chưa phân loại'}" có hai quy tắc: chỉ quy tắc đầu được dùng hết`);
  });
  return out;
}

export function RulesPanel({ m, conferenceId, onClose }: { m: SeatingModel; conferenceId: string; onClose(): void }) {
  const toast = useToast();
  const [rows, setRows] = useState<Rule[]>(m.rules?.sections ?? []);
  const [busy, setBusy] = useState(false);
  // A reload (another window saved) replaces the table while nothing is being edited.
  const saved = JSON.stringify(m.rules?.sections ?? []);
  useEffect(() => {
    setRows(JSON.parse(saved) as Rule[]);
  }, [saved]);
  const blocks = m.hall?.blocks ?? [];
  const problems = ruleProblems(rows, blocks);
  const set = (i: number, patch: Partial<Rule>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const add = () => {
    const used = new Set(rows.map((r) => r.category));
    const category = m.sections.find((c) => !used.has(c)) ?? m.sections[0] ?? '';
    setRows([
      ...rows,
      { category, block: blocks[0]?.name ?? 'A', rowFrom: 1, rowTo: Math.min(2, blocks[0]?.rows ?? 1), aisle: false },
    ]);
  };
  const save = async () => {
    if (!m.hallId) return;
    setBusy(true);
    try {
      await call('seating.setPlan', {
        conferenceId,
        hallId: m.hallId,
        rules: { ...(m.rules ?? { presidiumCount: 0, frontRows: 2 }), sections: rows },
      });
      toast.success(`Đã lưu ${rows.length} quy tắc xếp khu. Bấm “Tự xếp chỗ” để áp dụng.`);
      m.reload();
    } catch (e) {
      toast.error(`Không lưu được quy tắc: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const num = (v: string) => Math.max(1, Math.floor(Number(v) || 1));
  return (
    <section className="card card-pad st-rules" aria-label="Quy tắc xếp khu theo thành phần" data-testid="rules-panel">
      <div className="st-rules-head">
        <b>Quy tắc xếp khu</b>
        <span className="muted small">
          Thành phần nào ngồi khu nào, hàng nào. Thành phần không có quy tắc xếp theo thứ tự lễ tân.
        </span>
      </div>
      <table className="table st-rules-table">
        <thead>
          <tr>
            <th>Thành phần</th>
            <th>Khu</th>
            <th>Từ hàng</th>
            <th>Đến hàng</th>
            <th>Đầu lối đi</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} data-testid={`rule-row-${i}`}>
              <td>
                <select
                  className="select"
                  aria-label={`Thành phần, dòng ${i + 1}`}
                  value={r.category}
                  data-testid={`rule-category-${i}`}
                  onChange={(e) => set(i, { category: e.target.value })}
                >
                  {[...new Set([...m.sections, r.category])].map((c) => (
                    <option key={c} value={c}>
                      {c || 'Chưa phân loại'}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  className="select st-rules-block"
                  aria-label={`Khu, dòng ${i + 1}`}
                  value={r.block}
                  data-testid={`rule-block-${i}`}
                  onChange={(e) => set(i, { block: e.target.value })}
                >
                  {blocks.map((b) => (
                    <option key={b.name} value={b.name}>
                      Khu {b.name}
                    </option>
                  ))}
                  {blocks.some((b) => b.name === r.block) ? null : (
                    <option value={r.block}>{r.block} (không có)</option>
                  )}
                </select>
              </td>
              <td>
                <input
                  className="input st-num"
                  type="number"
                  min={1}
                  aria-label={`Từ hàng, dòng ${i + 1}`}
                  value={r.rowFrom}
                  data-testid={`rule-from-${i}`}
                  onChange={(e) => set(i, { rowFrom: num(e.target.value) })}
                />
              </td>
              <td>
                <input
                  className="input st-num"
                  type="number"
                  min={1}
                  aria-label={`Đến hàng, dòng ${i + 1}`}
                  value={r.rowTo}
                  data-testid={`rule-to-${i}`}
                  onChange={(e) => set(i, { rowTo: num(e.target.value) })}
                />
              </td>
              <td className="st-rules-center">
                <input
                  type="checkbox"
                  aria-label={`Ghế đầu lối đi, dòng ${i + 1}`}
                  checked={!!r.aisle}
                  data-testid={`rule-aisle-${i}`}
                  onChange={(e) => set(i, { aisle: e.target.checked })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="btn btn-sm btn-ghost"
                  aria-label={`Xóa quy tắc dòng ${i + 1}`}
                  onClick={() => setRows(rows.filter((_, j) => j !== i))}
                >
                  <Trash2 size={14} />
                </button>
              </td>
            </tr>
          ))}
          {rows.length ? null : (
            <tr>
              <td colSpan={6} className="muted small">
                Chưa có quy tắc nào.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {problems.length ? (
        <div className="panel panel-warn st-warn" data-testid="rule-problems">
          {problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        </div>
      ) : null}
      <div className="row st-rules-actions">
        <button type="button" className="btn btn-sm" onClick={add} data-testid="rule-add" disabled={!blocks.length}>
          <Plus size={14} /> Thêm quy tắc
        </button>
        <span className="spacer" />
        <button type="button" className="btn btn-sm" onClick={onClose}>
          Đóng
        </button>
        <button
          type="button"
          className="btn btn-primary btn-sm"
          onClick={save}
          disabled={busy || !m.hallId || problems.some((p) => p.startsWith('Dòng'))}
          data-testid="rule-save"
        >
          <Save size={14} /> Lưu quy tắc
        </button>
      </div>
    </section>
  );
}
