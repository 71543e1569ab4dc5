/**
 * Shown while rows are ticked: "Đã chọn N", change their category, delete them (after a question).
 */
import React, { useId, useState } from 'react';
import { Tags, Trash2, X } from 'lucide-react';
import { Dialog } from '../../components/Dialog';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface Props {
  count: number;
  categories: string[];
  /** The dialog to open, when the page asks for it (Delete key). */
  confirmDelete: boolean;
  setConfirmDelete(open: boolean): void;
  onCategory(category: string): Promise<unknown>;
  onDelete(): Promise<unknown>;
  onClear(): void;
}

export function BulkBar({ count, categories, confirmDelete, setConfirmDelete, onCategory, onDelete, onClear }: Props) {
  const [catOpen, setCatOpen] = useState(false);
  return (
    <div className="dl-bulk" role="region" aria-label="Thao tác với các dòng đã chọn">
      <strong data-testid="bulk-count">Đã chọn {count}</strong>
      <button type="button" className="btn btn-sm" onClick={() => setCatOpen(true)} data-testid="bulk-category">
        <Tags size={14} aria-hidden /> Đổi thành phần…
      </button>
      <button
        type="button"
        className="btn btn-sm dl-btn-danger"
        onClick={() => setConfirmDelete(true)}
        data-testid="bulk-delete"
      >
        <Trash2 size={14} aria-hidden /> Xóa
      </button>
      <button type="button" className="btn btn-sm btn-ghost" onClick={onClear} data-testid="bulk-clear">
        <X size={14} aria-hidden /> Bỏ chọn
      </button>
      {catOpen ? (
        <CategoryDialog count={count} categories={categories} onClose={() => setCatOpen(false)} onApply={onCategory} />
      ) : null}
      <ConfirmDialog
        open={confirmDelete}
        title="Xóa đại biểu"
        danger
        confirmLabel={`Xóa ${count} đại biểu`}
        message={
          <p>
            Xóa {count} đại biểu đã chọn khỏi danh sách? Có thể lấy lại bằng nút <strong>Hoàn tác</strong>.
          </p>
        }
        onConfirm={async () => {
          await onDelete();
        }}
        onClose={() => setConfirmDelete(false)}
      />
    </div>
  );
}

function CategoryDialog({
  count,
  categories,
  onClose,
  onApply,
}: {
  count: number;
  categories: string[];
  onClose(): void;
  onApply(category: string): Promise<unknown>;
}) {
  const id = useId();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const apply = async (e?: React.FormEvent) => {
    e?.preventDefault();
    setBusy(true);
    const ok = await onApply(value.trim());
    setBusy(false);
    if (ok) onClose();
  };
  return (
    <Dialog
      open
      title={`Đổi thành phần cho ${count} đại biểu`}
      onClose={onClose}
      width={460}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            Hủy
          </button>
          <button type="submit" form={id} className="btn btn-primary" disabled={busy} data-testid="bulk-category-apply">
            {busy ? 'Đang lưu…' : 'Áp dụng'}
          </button>
        </>
      }
    >
      <form id={id} onSubmit={apply} className="field">
        <label className="field-label" htmlFor={`${id}-in`}>
          Thành phần mới
        </label>
        <input
          id={`${id}-in`}
          className="input"
          list={`${id}-list`}
          value={value}
          maxLength={200}
          autoComplete="off"
          onChange={(e) => setValue(e.target.value)}
          data-autofocus
          data-testid="bulk-category-input"
          placeholder="Khách mời"
        />
        <datalist id={`${id}-list`}>
          {categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <div className="field-hint">Chọn một thành phần có sẵn hoặc gõ tên mới. Để trống = bỏ thành phần.</div>
      </form>
    </Dialog>
  );
}
