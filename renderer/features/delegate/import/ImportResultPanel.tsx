import React from 'react';
import { CheckCircle2, Users } from 'lucide-react';
import type { ImportResult } from '../../../../shared/models/import';
import { formatNumber } from '../../../lib/format';
import { hrefConference } from '../../../router';
import { ENCODING_LABELS } from './labels';

/** After delegate.import: what went in, what was left out and why, where the backup is. */
export function ImportResultPanel(props: {
  result: ImportResult;
  fileName: string;
  conferenceId: string;
  onAnother: () => void;
}) {
  const { result, fileName, conferenceId, onAnother } = props;
  return (
    <section className="card card-pad stack" data-testid="import-result" aria-labelledby="import-result-title">
      <div className="row">
        <CheckCircle2 size={28} style={{ color: 'var(--ok)' }} aria-hidden />
        <div>
          <h2 id="import-result-title">Đã nhập {formatNumber(result.imported)} đại biểu</h2>
          <div className="muted small">
            Từ tệp "{fileName}" · bảng mã {ENCODING_LABELS[result.encoding]} · {result.skippedRows.length} dòng bỏ qua ·{' '}
            {result.duplicates.length} người trùng không nhập
          </div>
        </div>
      </div>

      {result.backupFile ? (
        <div className="panel panel-info small" data-testid="import-backup">
          Đã sao lưu dữ liệu trước khi nhập: <code>{result.backupFile}</code>
        </div>
      ) : null}

      {result.skippedRows.length ? (
        <details>
          <summary>Các dòng bỏ qua ({result.skippedRows.length})</summary>
          <ul className="result-list">
            {result.skippedRows.map((s) => (
              <li key={s.row}>
                Dòng {s.row}: {s.reason || 'không có dữ liệu'}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      {result.duplicates.length ? (
        <details open>
          <summary>Người đã có trong danh sách, không nhập lại ({result.duplicates.length})</summary>
          <ul className="result-list">
            {result.duplicates.map((d) => (
              <li key={d.row}>
                Dòng {d.row}: {d.fullName || '(chưa có tên)'}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <div className="row">
        <a
          className="btn btn-primary"
          href={hrefConference(conferenceId, 'delegates')}
          data-testid="import-view-delegates"
        >
          <Users size={16} aria-hidden />
          Xem danh sách đại biểu
        </a>
        <button type="button" className="btn" onClick={onAnother}>
          Nhập tệp khác
        </button>
        <span className="muted small">Nhập nhầm? Trong trang Đại biểu, dùng "Hoàn tác" để gỡ cả lần nhập này.</span>
      </div>
    </section>
  );
}
