import React, { useMemo, useState } from 'react';
import { CalendarDays, Plus, Sparkles } from 'lucide-react';
import type { Conference } from '../../../shared/models/conference';
import { call, ApiError } from '../../api/client';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useToast } from '../../components/Toast';
import { useApiQuery } from '../../hooks/useApiQuery';
import { hrefConference, navigate } from '../../router';
import { BackupsCard } from '../safety/BackupsCard';
import { ConferenceRow } from './ConferenceRow';
import { CreateConferenceDialog } from './CreateConferenceDialog';
import { updateConference } from './updateConference';

const sortKey = (c: Conference) => c.startsAt ?? c.createdAt;

function CreateButtons({
  onCreate,
  onDemo,
  demoBusy,
}: {
  onCreate: () => void;
  onDemo: () => void;
  demoBusy: boolean;
}) {
  return (
    <div className="actions">
      <button
        type="button"
        className="btn"
        onClick={onDemo}
        disabled={demoBusy}
        data-testid="conference-create-demo"
        title="Tạo một hội nghị có sẵn khoảng 180 đại biểu (tên hư cấu) để làm quen với phần mềm"
      >
        <Sparkles size={16} aria-hidden />
        {demoBusy ? 'Đang tạo…' : 'Tạo hội nghị mẫu (dữ liệu thử)'}
      </button>
      <button type="button" className="btn btn-primary" onClick={onCreate} data-testid="conference-create">
        <Plus size={16} aria-hidden />
        Tạo hội nghị mới
      </button>
    </div>
  );
}

/** `#/`: every conference, newest first; archived ones only on request, dimmed. */
export function ConferenceListPage() {
  const toast = useToast();
  const q = useApiQuery('conference.list', { includeArchived: true });
  // A damaged store may show no conference at all: its restore must be reachable from here.
  const backups = useApiQuery('backup.list', {});
  const damaged = backups.data ? !backups.data.health.ok : false;
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [demoBusy, setDemoBusy] = useState(false);

  const all = useMemo(() => q.data?.items ?? [], [q.data]);
  const archivedCount = all.filter((c) => c.archived).length;
  const rows = useMemo(
    () => all.filter((c) => showArchived || !c.archived).sort((a, b) => sortKey(b).localeCompare(sortKey(a))),
    [all, showArchived],
  );

  const createDemo = async () => {
    setDemoBusy(true);
    try {
      const { id } = await call('conference.createDemo', {});
      toast.success('Đã tạo hội nghị mẫu');
      navigate(hrefConference(id, 'delegates'));
    } catch (e) {
      toast.error(e instanceof ApiError ? e.message : 'Không tạo được hội nghị mẫu');
    } finally {
      setDemoBusy(false);
    }
  };

  const toggleArchive = async (c: Conference) => {
    try {
      await updateConference(c, { archived: !c.archived });
      toast.success(
        c.archived ? 'Đã bỏ lưu trữ hội nghị' : 'Đã lưu trữ hội nghị (bật "Hiện hội nghị đã lưu trữ" để xem lại)',
      );
      q.reload();
    } catch (e) {
      toast.error(e instanceof ApiError ? e.message : 'Không lưu được');
    }
  };

  const buttons = <CreateButtons onCreate={() => setCreating(true)} onDemo={createDemo} demoBusy={demoBusy} />;

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Hội nghị</h1>
          <p>Chọn một hội nghị để làm danh sách đại biểu, hoặc tạo hội nghị mới.</p>
        </div>
        {all.length > 0 ? buttons : null}
      </div>

      {damaged ? <BackupsCard /> : null}
      <ErrorPanel error={q.error} />

      {!q.data && !q.error ? <div className="loading">Đang tải…</div> : null}

      {q.data && all.length === 0 && !damaged ? (
        <div className="card empty">
          <CalendarDays size={40} className="empty-icon" aria-hidden />
          <h2>Chưa có hội nghị nào</h2>
          <p>Tạo hội nghị mới để bắt đầu, hoặc tạo hội nghị mẫu có sẵn khoảng 180 đại biểu để thử phần mềm.</p>
          {buttons}
        </div>
      ) : null}

      {all.length > 0 ? (
        <div className="stack">
          <div className="row">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={showArchived}
                onChange={(e) => setShowArchived(e.target.checked)}
                data-testid="conference-show-archived"
              />
              Hiện hội nghị đã lưu trữ{archivedCount ? ` (${archivedCount})` : ''}
            </label>
            <span className="spacer" />
            <span className="muted small">{rows.length} hội nghị</span>
          </div>
          {rows.length === 0 ? (
            <div className="card card-pad muted">
              Mọi hội nghị đều đã lưu trữ. Bật "Hiện hội nghị đã lưu trữ" để xem.
            </div>
          ) : (
            <div className="table-wrap">
              <table className="table" data-testid="conference-table">
                <thead>
                  <tr>
                    <th>Tên hội nghị</th>
                    <th>Loại</th>
                    <th>Thời gian</th>
                    <th>Địa điểm</th>
                    <th className="num">Đại biểu</th>
                    <th>
                      <span className="sr-only">Thao tác</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((c) => (
                    <ConferenceRow key={c.id} c={c} onToggleArchive={toggleArchive} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ) : null}

      <CreateConferenceDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
