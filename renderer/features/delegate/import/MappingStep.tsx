import React, { useEffect, useMemo, useState } from 'react';
import {
  ImportField,
  IMPORT_FIELD_LABELS,
  type ImportPreview,
  type SourceEncoding,
} from '../../../../shared/models/import';
import { ENCODING_CHOICES, ENCODING_LABELS } from './labels';
import type { ImportWizard } from './useImportWizard';

const FIELDS = ImportField.options;

/** First non-empty value of each column among the rows to import: what the data looks like. */
function samples(p: ImportPreview): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of p.rows) {
    if (r.fate === 'section' || r.fate === 'skip') continue;
    for (const [k, v] of Object.entries(r.cells)) if (!out[k] && v.trim()) out[k] = v.trim();
    if (Object.keys(out).length >= p.columns.length) break;
  }
  return out;
}

function HeaderRowInput({ value, onCommit }: { value: number; onCommit: (n: number) => void }) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  useEffect(() => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n === value) return;
    const t = window.setTimeout(() => onCommit(n), 450);
    return () => window.clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);
  return (
    <input
      id="import-header-row"
      className="input"
      type="number"
      min={1}
      step={1}
      value={text}
      onChange={(e) => setText(e.target.value)}
      data-testid="import-header-row"
      style={{ maxWidth: 110 }}
    />
  );
}

/** Step 2 "Đối chiếu cột": sheet, header row, encoding, and what each column holds. */
export function MappingStep({ wizard, preview }: { wizard: ImportWizard; preview: ImportPreview }) {
  const sample = useMemo(() => samples(preview), [preview]);
  const used = preview.columns.filter((c) => c.field !== 'ignore').map((c) => c.field);
  const doubled = [...new Set(used.filter((f, i) => used.indexOf(f) !== i))];
  const hasName = used.includes('fullName');
  const encodingValue = wizard.mapping.encoding ?? '';

  return (
    <section className="card card-pad" aria-labelledby="import-step2">
      <h2 id="import-step2" style={{ marginBottom: 10 }}>
        2. Đối chiếu cột
      </h2>
      <div className="mapping-layout">
        <div className="stack">
          {preview.sheets.length > 1 ? (
            <div className="field">
              <label className="field-label" htmlFor="import-sheet">
                Trang tính (sheet)
              </label>
              <select
                id="import-sheet"
                className="select"
                value={preview.sheet}
                data-testid="import-sheet"
                onChange={(e) => wizard.setSheet(e.target.value)}
              >
                {preview.sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <div className="field">
              <span className="field-label">Trang tính (sheet)</span>
              <span>{preview.sheet || '—'}</span>
            </div>
          )}
          <div className="field">
            <label className="field-label" htmlFor="import-header-row">
              Dòng tiêu đề
            </label>
            <HeaderRowInput value={preview.headerRow} onCommit={wizard.setHeaderRow} />
            <span className="field-hint">Số dòng chứa "STT, Họ và tên, …" trong tệp.</span>
          </div>
          <div className="field">
            <label className="field-label" htmlFor="import-encoding">
              Bảng mã
            </label>
            <select
              id="import-encoding"
              className="select"
              value={encodingValue}
              data-testid="import-encoding"
              onChange={(e) => wizard.setEncoding((e.target.value || undefined) as SourceEncoding | undefined)}
            >
              {ENCODING_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.value === '' ? `Tự nhận (đang dùng: ${ENCODING_LABELS[preview.encoding]})` : c.label}
                </option>
              ))}
            </select>
            <span className="field-hint" data-testid="import-encoding-note">
              {preview.encodingNote}
            </span>
          </div>
        </div>
        <div className="stack" style={{ minWidth: 0 }}>
          <div className="table-wrap" style={{ maxHeight: 340 }}>
            <table className="table map-table" data-testid="import-mapping-table">
              <thead>
                <tr>
                  <th className="col-letter">Cột</th>
                  <th>Tiêu đề trong tệp</th>
                  <th>Ví dụ dữ liệu</th>
                  <th>Nhập vào mục</th>
                </tr>
              </thead>
              <tbody>
                {preview.columns.map((c) => (
                  <tr key={c.letter}>
                    <td className="col-letter">{c.letter}</td>
                    <td>{c.header || <span className="muted">(không có tiêu đề)</span>}</td>
                    <td className="col-sample" title={sample[c.letter]}>
                      {sample[c.letter] ?? ''}
                    </td>
                    <td>
                      <select
                        className="select"
                        value={c.field}
                        aria-label={`Cột ${c.letter} (${c.header || 'không tiêu đề'}) nhập vào mục`}
                        data-testid={`import-column-select-${c.letter}`}
                        onChange={(e) => wizard.setColumn(c.letter, e.target.value as ImportField)}
                      >
                        {FIELDS.map((f) => (
                          <option key={f} value={f}>
                            {IMPORT_FIELD_LABELS[f]}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {doubled.length ? (
            <div className="panel panel-warn small">
              Có nhiều cột cùng nhập vào: {doubled.map((f) => IMPORT_FIELD_LABELS[f]).join(', ')}. Hãy kiểm tra lại.
            </div>
          ) : null}
          {!hasName ? (
            <div className="panel panel-warn small">
              Chưa có cột nào là "Họ và tên": mọi người sẽ được nhập không có tên.
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}
