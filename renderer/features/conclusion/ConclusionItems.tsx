/** The notice being edited: its own fields, and each item with its text and the tasks it assigns. */
import React from 'react';
import { Plus, Trash2 } from 'lucide-react';
import type { NoticeFields } from '../../../shared/models/task';
import { DmyInput } from '../task/DueEditor';
import { DraftEditor, type DraftRow } from '../task/ExtractPanel';

export interface ItemState {
  key: number;
  title: string;
  presenter: string;
  text: string;
  tasks: DraftRow[];
}

export function NoticeForm({ n, set }: { n: NoticeFields; set: (patch: Partial<NoticeFields>) => void }) {
  return (
    <div className="cl-notice" data-testid="cl-notice">
      <label className="field">
        <span className="field-label">Số</span>
        <input
          className="input"
          value={n.number}
          placeholder="để trống cho văn thư"
          onChange={(e) => set({ number: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">Ký hiệu</span>
        <input
          className="input"
          value={n.symbol}
          placeholder="TB-VP"
          onChange={(e) => set({ symbol: e.target.value })}
        />
      </label>
      <div className="field">
        <span className="field-label">Ngày ban hành</span>
        <DmyInput label="Ngày ban hành" value={n.issuedOn} onChange={(d) => set({ issuedOn: d })} />
      </div>
      <label className="field tk-wide">
        <span className="field-label">Đoạn mở đầu (ngày, cuộc họp, chủ trì, thành phần dự)</span>
        <textarea
          className="textarea"
          value={n.opening}
          placeholder="Để trống: soạn từ thông tin hội nghị"
          onChange={(e) => set({ opening: e.target.value })}
          data-testid="cl-opening"
        />
      </label>
      <label className="field">
        <span className="field-label">Quyền hạn ký</span>
        <input
          className="input"
          value={n.signerAuthority}
          placeholder="TL. CHỦ TỊCH"
          onChange={(e) => set({ signerAuthority: e.target.value })}
          data-testid="cl-signer-authority"
        />
      </label>
      <label className="field">
        <span className="field-label">Chức vụ người ký</span>
        <input
          className="input"
          value={n.signerTitle}
          placeholder="CHÁNH VĂN PHÒNG"
          onChange={(e) => set({ signerTitle: e.target.value })}
          data-testid="cl-signer-title"
        />
      </label>
      <label className="field">
        <span className="field-label">Người ký</span>
        <input
          className="input"
          value={n.signerName}
          onChange={(e) => set({ signerName: e.target.value })}
          data-testid="cl-signer-name"
        />
      </label>
      <label className="field tk-wide">
        <span className="field-label">Nơi nhận (mỗi dòng một nơi)</span>
        <textarea
          className="textarea"
          value={n.recipients.join('\n')}
          placeholder={'- Như trên;\n- Lưu: VT.'}
          onChange={(e) => set({ recipients: e.target.value.split('\n') })}
        />
      </label>
    </div>
  );
}

export function ItemsEditor({
  items,
  onChange,
  conferenceDate,
}: {
  items: ItemState[];
  onChange: (items: ItemState[]) => void;
  conferenceDate: string | null;
}) {
  const set = (key: number, patch: Partial<ItemState>) =>
    onChange(items.map((it) => (it.key === key ? { ...it, ...patch } : it)));
  return (
    <div className="stack">
      {items.map((it, i) => (
        <section key={it.key} className="cl-item stack" data-testid={`cl-item-${i}`}>
          <div className="cl-item-head">
            <label className="field">
              <span className="field-label">{i + 1}. Nội dung</span>
              <input className="input" value={it.title} onChange={(e) => set(it.key, { title: e.target.value })} />
            </label>
            <label className="field">
              <span className="field-label">Cơ quan trình</span>
              <input
                className="input"
                value={it.presenter}
                onChange={(e) => set(it.key, { presenter: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="icon-btn"
              aria-label={`Xóa nội dung ${i + 1}`}
              onClick={() => onChange(items.filter((x) => x.key !== it.key))}
            >
              <Trash2 size={15} aria-hidden />
            </button>
          </div>
          <label className="field">
            <span className="field-label">Kết luận</span>
            <textarea
              className="textarea cl-text"
              value={it.text}
              onChange={(e) => set(it.key, { text: e.target.value })}
            />
          </label>
          <div className="small">
            <b>Nhiệm vụ giao ({it.tasks.filter((t) => t.keep).length})</b>
          </div>
          {it.tasks.length ? (
            <DraftEditor
              rows={it.tasks}
              onChange={(tasks) => set(it.key, { tasks })}
              conferenceDate={conferenceDate}
              testId={`cl-task-${i}`}
            />
          ) : null}
          <div>
            <button
              type="button"
              className="btn btn-sm"
              onClick={() =>
                set(it.key, {
                  tasks: [
                    ...it.tasks,
                    {
                      key: Date.now(),
                      keep: true,
                      agency: '',
                      coordinating: [],
                      content: '',
                      due: null,
                      dueText: '',
                      dueDate: null,
                      overseer: '',
                    },
                  ],
                })
              }
            >
              <Plus size={14} aria-hidden />
              Thêm nhiệm vụ
            </button>
          </div>
        </section>
      ))}
    </div>
  );
}
