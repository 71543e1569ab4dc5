import React from 'react';
import { FileSpreadsheet, Loader2, RotateCcw } from 'lucide-react';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { useToast } from '../../../components/Toast';
import { formatNumber } from '../../../lib/format';
import { FilePicker } from './FilePicker';
import { ImportResultPanel } from './ImportResultPanel';
import { formatBytes } from './labels';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { useImportWizard } from './useImportWizard';

/** `#/c/<id>/import`: pick a file → map columns → preview every row → import all or nothing. */
export function ImportPage({ conferenceId }: { conferenceId: string }) {
  const wizard = useImportWizard(conferenceId);
  const toast = useToast();
  const { file, preview, result, error } = wizard;
  const n = preview?.counts.import ?? 0;

  const commit = async () => {
    const r = await wizard.commit();
    if (r) toast.success(`Đã nhập ${formatNumber(r.imported)} đại biểu`);
  };

  return (
    <div className="page stack">
      <div className="page-head" style={{ marginBottom: 0 }}>
        <div>
          <h1>Nhập danh sách đại biểu</h1>
          <p>
            Từ tệp Excel (.xlsx) hoặc .csv. Người mới được thêm vào cuối danh sách; dữ liệu cũ được sao lưu trước khi
            nhập.
          </p>
        </div>
      </div>

      {file && !result ? (
        <div className="file-bar">
          <FileSpreadsheet size={18} aria-hidden />
          <span className="file-name" title={file.name}>
            1. {file.name}
          </span>
          <span className="muted small">{formatBytes(file.size)}</span>
          {wizard.loading ? (
            <span className="muted small row" style={{ gap: 4 }} role="status">
              <Loader2 size={14} className="spin" aria-hidden /> Đang đọc và đối chiếu…
            </span>
          ) : null}
          <span className="spacer" />
          <button type="button" className="btn btn-sm" onClick={wizard.reset}>
            <RotateCcw size={14} aria-hidden />
            Chọn tệp khác
          </button>
        </div>
      ) : null}

      {!file && !result ? <FilePicker onPick={wizard.pickFile} busy={wizard.reading} /> : null}

      <ErrorPanel
        error={error}
        testId="import-error"
        title={result ? undefined : 'Không đọc được tệp hoặc không nhập được'}
      />

      {file && !preview && wizard.loading ? <div className="loading">Đang đọc tệp…</div> : null}

      {result && file ? (
        <ImportResultPanel result={result} fileName={file.name} conferenceId={conferenceId} onAnother={wizard.reset} />
      ) : null}

      {preview && !result ? (
        <>
          <MappingStep wizard={wizard} preview={preview} />
          <PreviewStep wizard={wizard} preview={preview} />
          <div className="commit-bar">
            <span className="small muted">
              {wizard.upToDate
                ? n > 0
                  ? 'Nhập tất cả hoặc không nhập gì; có thể hoàn tác.'
                  : preview.counts.duplicate > 0
                    ? 'Mọi người trong tệp đã có trong danh sách. Chọn "Vẫn nhập" nếu muốn nhập thêm lần nữa.'
                    : 'Không có người nào để nhập: hãy kiểm tra cột "Họ và tên" và dòng tiêu đề.'
                : wizard.loading
                  ? 'Đang cập nhật bản xem trước…'
                  : 'Bản xem trước chưa khớp với lựa chọn hiện tại.'}
            </span>
            <span className="spacer" />
            <button
              type="button"
              className="btn btn-primary"
              data-testid="import-commit"
              onClick={commit}
              disabled={!wizard.upToDate || n === 0 || wizard.committing}
            >
              {wizard.committing ? 'Đang nhập…' : `Nhập ${formatNumber(n)} đại biểu`}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
