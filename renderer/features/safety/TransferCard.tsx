import React, { useRef, useState } from 'react';
import { Download, Upload } from 'lucide-react';
import type { OutputOf } from '../../../shared/api/contract';
import { call, ApiError, downloadBase64, fileToBase64 } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useToast } from '../../components/Toast';
import { hrefConference, navigate } from '../../router';
import { fieldLabel, localStamp, tableLabel } from './labels';

type Preview = OutputOf<'conference.importPreview'>;

/** One conference as one .thuky file: export, and import with a preview of what will change. */
export function TransferCard({ conferenceId }: { conferenceId: string }) {
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmReplace, setConfirmReplace] = useState(false);
  // What a replace drops here, row by row (the server lists it; the audit trail is only ever added to).
  const losses = preview?.exists ? preview.losses : { total: 0, items: [] };

  const exportFile = async () => {
    setBusy(true);
    try {
      const f = await call('conference.export', { conferenceId });
      downloadBase64(f.fileName, f.contentBase64, 'application/octet-stream');
      toast.success(`Đã xuất ${f.fileName}`);
    } catch (e) {
      toast.error(e instanceof ApiError ? e.message : 'Không xuất được');
    } finally {
      setBusy(false);
    }
  };
  const pick = async (f: File) => {
    setError(null);
    setPreview(null);
    setBusy(true);
    try {
      const picked = { fileName: f.name, contentBase64: await fileToBase64(f) };
      setFile(picked);
      setPreview(await call('conference.importPreview', picked));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Không đọc được tệp');
    } finally {
      setBusy(false);
    }
  };
  const doImport = async (mode: 'new' | 'replace') => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await call('conference.importFile', { ...file, mode });
      toast.success(
        mode === 'new' ? `Đã nhập "${r.title}" thành hội nghị mới` : `Đã thay hội nghị "${r.title}" bằng bản trong tệp`,
      );
      setFile(null);
      setPreview(null);
      navigate(hrefConference(r.conferenceId, 'delegates'));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Không nhập được');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card card-pad dat-card" aria-labelledby="dat-transfer-h">
      <div className="dat-head">
        <h2 id="dat-transfer-h">Chuyển hội nghị sang máy khác (tệp .thuky)</h2>
        <div className="actions">
          <button type="button" className="btn" onClick={exportFile} disabled={busy} data-testid="thuky-export">
            <Download size={16} aria-hidden /> Xuất tệp .thuky
          </button>
          <button type="button" className="btn" onClick={() => input.current?.click()} disabled={busy}>
            <Upload size={16} aria-hidden /> Nhập tệp .thuky…
          </button>
          <input
            ref={input}
            type="file"
            accept=".thuky"
            className="file-input"
            data-testid="thuky-file-input"
            aria-label="Chọn tệp .thuky"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void pick(f);
              e.target.value = '';
            }}
          />
        </div>
      </div>
      <p className="muted">
        Một tệp chứa trọn hội nghị này: đại biểu, sổ giấy mời, chỗ ngồi, chương trình, khen thưởng, điểm danh và nhật
        ký. Chép qua USB rồi nhập ở máy kia.
      </p>
      {error && <ErrorPanel error={error} testId="thuky-error" />}
      {preview && (
        <div className="dat-preview" data-testid="thuky-preview">
          <h3>{preview.conference.title}</h3>
          <p className="muted">
            Xuất lúc {localStamp(preview.exportedAt)} · ThuKy {preview.appVersion}
            {preview.exists
              ? ` · máy này đã có hội nghị này ("${preview.existingTitle}")`
              : ' · máy này chưa có hội nghị này'}
          </p>
          {preview.exists && (
            <p className="panel panel-warn" data-testid="thuky-diff">
              Nếu thay: {preview.delegates.added} đại biểu thêm, {preview.delegates.removed} bớt,{' '}
              {preview.delegates.changed} thay đổi, {preview.delegates.unchanged} giữ nguyên.
            </p>
          )}
          {preview.exists &&
            (losses.total ? (
              <div className="panel panel-warn dat-lost" data-testid="thuky-lost">
                <b>Nếu thay, máy này sẽ mất {losses.total} mục không có trong tệp:</b>
                <ul>
                  {losses.items.map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="muted" data-testid="thuky-lost-none">
                Thay không làm mất gì trên máy này: mọi lượt điểm danh, giấy mời, chỗ ngồi… ở đây đều có trong tệp.
              </p>
            ))}
          {preview.delegates.examples.length > 0 && preview.exists && (
            <ul className="dat-examples">
              {preview.delegates.examples.map((x, i) => (
                <li key={i}>
                  <b>{x.kind === 'added' ? 'Thêm' : x.kind === 'removed' ? 'Bớt' : 'Sửa'}:</b> {x.fullName}
                  {x.fields.length ? ` (${x.fields.map(fieldLabel).join(', ')})` : ''}
                </li>
              ))}
            </ul>
          )}
          <table className="table dat-counts">
            <thead>
              <tr>
                <th>Nội dung</th>
                <th className="num">Trong tệp</th>
                <th className="num">Trên máy này</th>
              </tr>
            </thead>
            <tbody>
              {preview.tables.map((t) => (
                <tr key={t.name}>
                  <td>{tableLabel(t.name)}</td>
                  <td className="num">{t.inFile}</td>
                  <td className="num">{t.here}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions dat-import-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() => doImport('new')}
              data-testid="thuky-import-new"
            >
              Nhập thành hội nghị mới
            </button>
            {preview.exists && (
              <button
                type="button"
                className="btn btn-danger"
                disabled={busy}
                onClick={() => setConfirmReplace(true)}
                data-testid="thuky-import-replace"
              >
                Thay hội nghị trên máy này
              </button>
            )}
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => {
                setPreview(null);
                setFile(null);
              }}
            >
              Hủy
            </button>
          </div>
        </div>
      )}
      <ConfirmDialog
        open={confirmReplace}
        title="Thay hội nghị trên máy này?"
        danger
        confirmLabel="Thay"
        message={
          <>
            Dữ liệu của "{preview?.existingTitle}" trên máy này sẽ được thay bằng bản trong tệp.
            {losses.total
              ? ` Sẽ mất ${losses.total} mục không có trong tệp (${losses.items.slice(0, 3).join('; ')}${losses.items.length > 3 ? '; …' : ''}).`
              : ''}{' '}
            ThuKy sao lưu trước khi thay (khôi phục được).
          </>
        }
        onConfirm={() => doImport('replace')}
        onClose={() => setConfirmReplace(false)}
      />
    </section>
  );
}
