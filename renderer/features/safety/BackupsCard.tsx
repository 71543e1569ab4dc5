import React, { useState } from 'react';
import { DatabaseBackup, FolderCog, History } from 'lucide-react';
import { call, ApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useToast } from '../../components/Toast';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatBytes, localStamp, reasonLabel } from './labels';

const count = (n: number | null) => (n === null ? '—' : n.toLocaleString('vi-VN'));

/** Backups: "Sao lưu ngay", the folder, and the list with restore (after a confirmation). */
export function BackupsCard() {
  const toast = useToast();
  const q = useApiQuery('backup.list', {});
  const [busy, setBusy] = useState(false);
  const [restoreId, setRestoreId] = useState<string | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  /** Why the last restore was refused: stays on the card (a toast would vanish before it is read). */
  const [refused, setRefused] = useState<string | null>(null);
  const data = q.data;

  const backupNow = async () => {
    setBusy(true);
    try {
      await call('backup.create', {});
      toast.success('Đã sao lưu toàn bộ dữ liệu');
      q.reload();
    } catch (e) {
      toast.error(e instanceof ApiError ? e.message : 'Không sao lưu được');
    } finally {
      setBusy(false);
    }
  };
  const restore = async () => {
    if (!restoreId) return;
    try {
      await call('backup.restore', { id: restoreId });
      setRefused(null);
      toast.success('Đã khôi phục. Trạng thái trước đó được sao lưu lại phòng khi cần.');
      q.reload();
    } catch (e) {
      setRefused(e instanceof ApiError ? e.message : 'Không khôi phục được bản sao lưu này');
      q.reload();
    }
  };
  const saveFolder = async () => {
    try {
      await call('backup.setFolder', { folder: folder ?? '' });
      toast.success('Đã đổi thư mục sao lưu');
      setFolder(null);
      q.reload();
    } catch (e) {
      toast.error(e instanceof ApiError ? e.message : 'Không đổi được thư mục');
    }
  };
  const chosen = data?.items.find((b) => b.id === restoreId);

  return (
    <section className="card card-pad dat-card" aria-labelledby="dat-backups-h">
      <div className="dat-head">
        <h2 id="dat-backups-h">
          <DatabaseBackup size={18} aria-hidden /> Sao lưu
        </h2>
        <button type="button" className="btn btn-primary" onClick={backupNow} disabled={busy} data-testid="backup-now">
          {busy ? 'Đang sao lưu…' : 'Sao lưu ngay'}
        </button>
      </div>
      {data && !data.health.ok && (
        <div className="panel panel-error dat-health" data-testid="store-health" role="alert">
          <p>{data.health.message}</p>
          {data.health.lastGoodBackup && (
            <button
              type="button"
              className="btn btn-primary btn-sm"
              onClick={() => setRestoreId(data.health.lastGoodBackup)}
              data-testid="restore-last-good"
            >
              <History size={14} aria-hidden /> Khôi phục bản sao lưu gần nhất còn tốt
            </button>
          )}
        </div>
      )}
      {refused && (
        <div className="panel panel-error dat-health" data-testid="restore-refused" role="alert">
          <p>{refused}</p>
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setRefused(null)}>
            Đóng
          </button>
        </div>
      )}
      {q.error && <ErrorPanel error={q.error} />}
      {data && (
        <>
          <p className="muted dat-folder">
            <FolderCog size={14} aria-hidden /> Thư mục sao lưu: <code>{data.folder}</code>
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => setFolder(data.folder)}>
              Đổi thư mục…
            </button>
          </p>
          <p className="muted dat-policy">
            Tự sao lưu khi mở và khi thoát ứng dụng, trước mỗi lần nhập, và 10 phút một lần khi đang điểm danh; giữ{' '}
            {data.keepLast} bản gần nhất và mỗi ngày một bản trong {data.keepDailyDays} ngày.
          </p>
        </>
      )}
      {folder !== null && (
        <div className="dat-folder-edit">
          <input
            className="input"
            value={folder}
            onChange={(e) => setFolder(e.target.value)}
            aria-label="Thư mục sao lưu (đường dẫn đầy đủ)"
          />
          <span className="muted small">
            ThuKy tạo thư mục riêng "ThuKy-backups" bên trong và chỉ xóa các tệp do chính nó ghi.
          </span>
          <button type="button" className="btn btn-primary btn-sm" onClick={saveFolder}>
            Lưu
          </button>
          <button type="button" className="btn btn-sm" onClick={() => setFolder(null)}>
            Hủy
          </button>
        </div>
      )}
      <div className="table-wrap dat-list">
        <table className="table" data-testid="backup-list">
          <thead>
            <tr>
              <th>Thời gian</th>
              <th>Lý do</th>
              <th className="num">Dung lượng</th>
              <th className="num">Hội nghị</th>
              <th className="num">Đại biểu</th>
              <th className="num">Điểm danh</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data?.items.map((b) => (
              <tr key={b.id} className={b.readable ? '' : 'dat-unreadable'}>
                <td className="nowrap">{localStamp(b.createdAt)}</td>
                <td>
                  {reasonLabel(b.reason)}
                  {b.readable ? '' : ' · không đọc được'}
                </td>
                <td className="num">{formatBytes(b.sizeBytes)}</td>
                <td className="num">{count(b.conferences)}</td>
                <td className="num">{count(b.delegates)}</td>
                <td className="num">{count(b.checkins)}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn-sm"
                    disabled={!b.readable}
                    onClick={() => setRestoreId(b.id)}
                    data-testid="backup-restore"
                  >
                    <History size={14} aria-hidden /> Khôi phục
                  </button>
                </td>
              </tr>
            ))}
            {data && data.items.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  Chưa có bản sao lưu nào.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={restoreId !== null}
        title="Khôi phục bản sao lưu?"
        danger
        confirmLabel="Khôi phục"
        message={
          chosen && (
            <>
              Toàn bộ dữ liệu sẽ trở về lúc <b>{localStamp(chosen.createdAt)}</b> ({count(chosen.conferences)} hội nghị,{' '}
              {count(chosen.delegates)} đại biểu). Trạng thái hiện tại được sao lưu trước, nên có thể quay lại nếu chọn
              nhầm.
            </>
          )
        }
        onConfirm={restore}
        onClose={() => setRestoreId(null)}
      />
    </section>
  );
}
