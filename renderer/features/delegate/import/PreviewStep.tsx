import React, { useEffect, useMemo, useState } from 'react';
import type { ImportPreview } from '../../../../shared/models/import';
import { formatNumber } from '../../../lib/format';
import { FATE_LABELS, type Fate } from './labels';
import { PreviewTable } from './PreviewTable';
import type { ImportWizard } from './useImportWizard';

type Filter = 'all' | Fate;
const FILTERS: Filter[] = ['all', 'import', 'section', 'skip', 'duplicate'];

/** "23 người sẽ được nhập · 3 mục · 2 dòng bỏ qua · 0 trùng" */
export function countsSentence(c: ImportPreview['counts']) {
  return `${formatNumber(c.import)} người sẽ được nhập · ${formatNumber(c.section)} mục · ${formatNumber(c.skip)} dòng bỏ qua · ${formatNumber(c.duplicate)} trùng`;
}

/** Step 3 "Xem trước": counts, a filter by fate, the duplicate choice and every row. */
export function PreviewStep({ wizard, preview }: { wizard: ImportWizard; preview: ImportPreview }) {
  const [filter, setFilter] = useState<Filter>('all');
  // Another sheet is another table: its rows start unfiltered (#14).
  useEffect(() => setFilter('all'), [preview.sheet]);
  const rows = useMemo(
    () => (filter === 'all' ? preview.rows : preview.rows.filter((r) => r.fate === filter)),
    [preview.rows, filter],
  );
  // Exactly the rows already in the list that this import will add again (all, or the ticked ones).
  const kept = preview.rows.filter((r) => r.existingId && r.fate === 'import');
  const keep = new Set(wizard.keepRows);
  const toggleKeep = (row: number) =>
    wizard.setKeepRows(keep.has(row) ? wizard.keepRows.filter((x) => x !== row) : [...wizard.keepRows, row]);
  const total = preview.rows.length;

  return (
    <section className="card card-pad stack" aria-labelledby="import-step3">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="import-step3">3. Xem trước</h2>
        <div className="counts" data-testid="import-counts" aria-live="polite">
          <strong>{countsSentence(preview.counts)}</strong>
        </div>
      </div>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <div className="filter-group" role="group" aria-label="Lọc theo kết quả">
          {FILTERS.map((f) => {
            const n = f === 'all' ? total : preview.counts[f];
            return (
              <button
                key={f}
                type="button"
                className="filter-btn"
                aria-pressed={filter === f}
                onClick={() => setFilter(f)}
                data-testid={`import-filter-${f}`}
              >
                {f === 'all' ? 'Tất cả' : FATE_LABELS[f]} <span className="filter-count">{formatNumber(n)}</span>
              </button>
            );
          })}
        </div>
        <div className="radio-group" role="radiogroup" aria-label="Người trùng" data-testid="import-on-duplicate">
          <span className="field-label">Người trùng:</span>
          <label>
            <input
              type="radio"
              name="onDuplicate"
              value="skip"
              checked={wizard.onDuplicate === 'skip'}
              onChange={() => wizard.setOnDuplicate('skip')}
            />
            Bỏ qua (mặc định)
          </label>
          <label>
            <input
              type="radio"
              name="onDuplicate"
              value="keep"
              checked={wizard.onDuplicate === 'keep'}
              onChange={() => wizard.setOnDuplicate('keep')}
            />
            Vẫn nhập tất cả
          </label>
        </div>
      </div>
      {kept.length ? (
        <div className="panel panel-warn small" data-testid="import-kept-duplicates">
          Sẽ nhập thêm lần nữa {kept.length} người đã có trong danh sách (cùng họ tên và đơn vị):{' '}
          {kept
            .slice(0, 12)
            .map(
              (r) =>
                `dòng ${r.row} ${r.delegate?.fullName || [r.delegate?.position, r.delegate?.unit].filter(Boolean).join(' ')}`,
            )
            .join('; ')}
          {kept.length > 12 ? `; và ${kept.length - 12} người nữa` : ''}.
        </div>
      ) : null}
      {preview.counts.duplicate || keep.size ? (
        <div className="muted small">Muốn nhập riêng một người trùng: đánh dấu "Vẫn nhập dòng này" ở dòng đó.</div>
      ) : null}
      <PreviewTable
        key={`${preview.sheet}|${filter}`}
        rows={rows}
        keep={wizard.onDuplicate === 'keep' ? null : { rows: keep, toggle: toggleKeep }}
      />
      <div className="muted small">
        "Trùng" là người đã có trong danh sách của hội nghị (cùng họ tên và đơn vị). "Mục/thành phần" là dòng tiêu đề
        nhóm (ví dụ "I. KHÁCH MỜI"): không nhập thành người, mà ghi vào cột Thành phần của những người bên dưới.
      </div>
    </section>
  );
}
