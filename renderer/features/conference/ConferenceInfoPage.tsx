import React, { useState } from 'react';
import { Archive, ArchiveRestore, Save } from 'lucide-react';
import { ApiError } from '../../api/client';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useToast } from '../../components/Toast';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ConferenceForm } from './ConferenceForm';
import { changedFields } from './conferenceFormModel';
import { updateConference } from './updateConference';

/** createdAt/updatedAt are instants (ISO with zone): show them in this computer's local time. */
const stamp = (iso: string) => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDateTime(
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`,
  );
};

/** `#/c/<id>/info`: edit the conference; saves only the changed fields. */
export function ConferenceInfoPage({ conferenceId }: { conferenceId: string }) {
  const toast = useToast();
  const q = useApiQuery('conference.get', { id: conferenceId });
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const conf = q.data?.id === conferenceId ? q.data : undefined;

  if (!conf) {
    return q.error ? (
      <div className="page">
        <ErrorPanel error={q.error} />
      </div>
    ) : (
      <div className="loading">Đang tải…</div>
    );
  }

  const toggleArchive = async () => {
    try {
      await updateConference(conf, { archived: !conf.archived });
      toast.success(conf.archived ? 'Đã bỏ lưu trữ hội nghị' : 'Đã lưu trữ hội nghị');
    } catch (e) {
      toast.error(e instanceof ApiError ? e.message : 'Không lưu được');
    }
  };

  return (
    <div className="page" style={{ maxWidth: 960 }}>
      <div className="page-head">
        <div>
          <h1>Thông tin hội nghị</h1>
          <p>
            {formatNumber(conf.delegateCount)} đại biểu · tạo lúc {stamp(conf.createdAt)} · sửa lần cuối{' '}
            {stamp(conf.updatedAt)}
            {conf.archived ? ' · đã lưu trữ' : ''}
          </p>
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={toggleArchive}>
            {conf.archived ? <ArchiveRestore size={16} aria-hidden /> : <Archive size={16} aria-hidden />}
            {conf.archived ? 'Bỏ lưu trữ' : 'Lưu trữ'}
          </button>
        </div>
      </div>
      <div className="card card-pad">
        <ConferenceForm
          formId="conference-edit-form"
          initial={conf}
          onDirtyChange={setDirty}
          onSubmit={async (values) => {
            const patch = changedFields(conf, values);
            if (Object.keys(patch).length === 0) {
              toast.info('Không có thay đổi nào để lưu');
              return;
            }
            setBusy(true);
            try {
              await updateConference(conf, patch);
              toast.success('Đã lưu');
              q.reload();
            } catch (e) {
              toast.error(e instanceof ApiError ? e.message : 'Không lưu được');
              throw e;
            } finally {
              setBusy(false);
            }
          }}
        />
        <div className="row" style={{ marginTop: 16, justifyContent: 'flex-end' }}>
          {dirty ? <span className="muted small">Có thay đổi chưa lưu</span> : null}
          <button
            type="submit"
            form="conference-edit-form"
            className="btn btn-primary"
            disabled={busy}
            data-testid="conference-form-submit"
          >
            <Save size={16} aria-hidden />
            {busy ? 'Đang lưu…' : 'Lưu thay đổi'}
          </button>
        </div>
      </div>
    </div>
  );
}
