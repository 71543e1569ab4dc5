/** Award recipients from an .xlsx/.csv (like the delegate list): pick the file, check the preview, then add. */
import React, { useState } from 'react';
import { FileUp } from 'lucide-react';
import { call, fileToBase64 } from '../../api/client';
import type { OutputOf } from '../../../shared/api/contract';
import { useRun } from '../../hooks/useRun';

type Preview = OutputOf<'award.recipient.importPreview'>;

export function AwardImport({ conferenceId, decisionId }: { conferenceId: string; decisionId: string }) {
  const { run, toast } = useRun();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const pick = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    const input = { fileName: f.name, contentBase64: await fileToBase64(f) };
    const p = await run(() => call('award.recipient.importPreview', { conferenceId, decisionId, ...input }));
    setFile(p ? input : null);
    setPreview(p ?? null);
  };
  const commit = async () => {
    if (!file || !preview) return;
    const r = await run(() => call('award.recipient.import', { conferenceId, decisionId, ...file }));
    if (r)
      toast.success(
        `Đã nhập ${r.collectives} tập thể, ${r.individuals} cá nhân (${r.linked} liên kết với đại biểu)${r.skipped ? `; bỏ qua ${r.skipped} đã có` : ''}`,
      );
    if (r) {
      setFile(null);
      setPreview(null);
    }
  };
  return (
    <div className="stack">
      <div className="pg-import">
        <label className="btn btn-sm" title="Tệp Excel/CSV có các mục I. TẬP THỂ, II. CÁ NHÂN">
          <FileUp size={14} aria-hidden />
          Nhập từ tệp .xlsx/.csv
          <input
            type="file"
            className="pg-file"
            accept=".xlsx,.xlsm,.csv,.txt"
            onChange={pick}
            aria-label="Chọn tệp danh sách khen thưởng"
            data-testid="award-import-file"
          />
        </label>
        <span className="small muted">
          Cột: STT, Tên tập thể / Họ và tên, Cấp bậc, Chức vụ, Đơn vị, Thành tích; dòng mục “I. TẬP THỂ”, “II. CÁ NHÂN”.
        </span>
      </div>
      {preview ? (
        <div className="pg-import-preview" data-testid="award-import-preview">
          <div className="pg-head">
            <span className="small">
              <b>{preview.fileName}</b> · trang “{preview.sheet}”, tiêu đề ở dòng {preview.headerRow}:{' '}
              <b>{preview.collectives}</b> tập thể, <b>{preview.individuals}</b> cá nhân, <b>{preview.linked}</b> trùng
              đại biểu
              {preview.duplicates ? (
                <>
                  , <b className="pg-late">{preview.duplicates}</b> đã có trong danh sách (bỏ qua)
                </>
              ) : null}
            </span>
            <div className="actions">
              <button
                type="button"
                className="btn btn-sm"
                onClick={() => {
                  setPreview(null);
                  setFile(null);
                }}
              >
                Hủy
              </button>
              <button
                type="button"
                className="btn btn-sm btn-primary"
                onClick={commit}
                data-testid="award-import-commit"
              >
                Thêm {preview.items.length - preview.duplicates} vào danh sách
              </button>
            </div>
          </div>
          {preview.unlinked.length ? (
            <div className="panel panel-warn small" data-testid="award-import-unlinked">
              Chưa tìm thấy người nhận thay trong danh sách đại biểu cho {preview.unlinked.length} tập thể:{' '}
              {preview.unlinked.join('; ')}. Sau khi nhập, chọn người nhận ở từng tập thể.
            </div>
          ) : null}
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>Dòng</th>
                  <th>Loại</th>
                  <th>Tập thể / cá nhân</th>
                  <th>Thành tích</th>
                  <th>Đại biểu (tập thể: người nhận)</th>
                </tr>
              </thead>
              <tbody>
                {preview.items.map((r) => (
                  <tr key={r.row} className={r.duplicate ? 'muted' : ''}>
                    <td className="num">{r.row}</td>
                    <td className="small">
                      {r.kind === 'collective' ? 'Tập thể' : 'Cá nhân'}
                      {r.duplicate ? <div className="pg-late">đã có</div> : null}
                    </td>
                    <td>
                      {`${r.rank} ${r.name}`.trim()}
                      {r.position || r.unit ? (
                        <div className="small muted">
                          {r.position} {r.unit}
                        </div>
                      ) : null}
                    </td>
                    <td className="small">{r.achievement}</td>
                    <td className="small">{r.delegateLabel || <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </div>
  );
}
