/** "Nhiệm vụ": the conference's tasks by deadline or by agency, pasting a plan's tasks, the report and the list as files. */
import React, { useState } from 'react';
import { FileDown, FileSpreadsheet, Plus } from 'lucide-react';
import { call } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ErrorPanel } from '../../components/ErrorPanel';
import { hrefConference } from '../../router';
import type { ConferenceRoute } from '../../router';
import { TASK_SOURCE, TASK_SOURCE_LABELS, type Task } from '../../../shared/models/task';
import { dmy } from './DueEditor';
import { ExtractPanel } from './ExtractPanel';
import { TaskDialog } from './TaskDialog';
import { TaskTable } from './TaskTable';
import { useRun, XLSX_MIME } from '../../hooks/useRun';
import './task.css';

const TABS = [
  ['', 'Theo thời hạn'],
  ['agency', 'Theo cơ quan'],
  ['paste', 'Nhập từ kế hoạch'],
] as const;

export function TaskPage({ conferenceId, route }: { conferenceId: string; route: ConferenceRoute }) {
  const tab = TABS.find(([k]) => k === (route.rest[0] ?? ''))?.[0] ?? '';
  const q = useApiQuery('task.list', { conferenceId });
  const { download } = useRun();
  const [source, setSource] = useState<'' | Task['source']>('');
  const [editing, setEditing] = useState<Task | null | undefined>(undefined);
  if (q.error && !q.data) return <ErrorPanel error={q.error} />;
  const all = q.data?.items ?? [];
  const items = source ? all.filter((t) => t.source === source) : all;
  const done = items.filter((t) => t.status === 'done').length;
  const late = items.filter((t) => t.overdue).length;
  const soon = items.filter((t) => t.dueSoon).length;
  return (
    <div className="page tk-page">
      <div className="page-head">
        <h1>Nhiệm vụ chuẩn bị và theo dõi</h1>
        <div className="actions">
          <button type="button" className="btn" onClick={() => setEditing(null)} data-testid="task-add">
            <Plus size={16} aria-hidden />
            Thêm nhiệm vụ
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => download(() => call('task.export', { conferenceId }), XLSX_MIME)}
            data-testid="task-xlsx"
          >
            <FileSpreadsheet size={16} aria-hidden />
            Danh sách (.xlsx)
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => download(() => call('document.preparationReport', { conferenceId }))}
            data-testid="task-report"
          >
            <FileDown size={16} aria-hidden />
            Báo cáo chuẩn bị (.docx)
          </button>
        </div>
      </div>
      <nav className="pg-tabs tk-tabs" aria-label="Cách xem nhiệm vụ">
        {TABS.map(([k, label]) => (
          <a
            key={k}
            className="pg-tab"
            href={k ? hrefConference(conferenceId, 'tasks', k) : hrefConference(conferenceId, 'tasks')}
            aria-current={k === tab ? 'page' : undefined}
            data-testid={`task-tab-${k || 'deadline'}`}
          >
            {label}
          </a>
        ))}
      </nav>
      {tab === 'paste' ? (
        <ExtractPanel
          conferenceId={conferenceId}
          conferenceDate={q.data?.conferenceDate ?? null}
          onDone={() => {
            window.location.hash = hrefConference(conferenceId, 'tasks');
          }}
        />
      ) : (
        <div className="stack">
          <div className="pg-head">
            <div className="pg-summary" data-testid="task-summary">
              <span>
                <b>{items.length}</b> nhiệm vụ
              </span>
              <span>
                <b>{done}</b> xong
              </span>
              {late ? <span className="tk-late">{late} quá hạn</span> : null}
              {soon ? <span className="tk-soon-text">{soon} đến hạn trong 7 ngày</span> : null}
              <span className="muted">
                Ngày hội nghị: {q.data?.conferenceDate ? dmy(q.data.conferenceDate) : 'chưa có'}
              </span>
            </div>
            <label className="small">
              Nguồn{' '}
              <select
                className="select"
                value={source}
                onChange={(e) => setSource(e.target.value as typeof source)}
                aria-label="Lọc theo nguồn"
                data-testid="task-source-filter"
              >
                <option value="">Tất cả</option>
                {TASK_SOURCE.map((s) => (
                  <option key={s} value={s}>
                    {TASK_SOURCE_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {items.length ? (
            <TaskTable items={items} view={tab === 'agency' ? 'agency' : 'deadline'} onEdit={setEditing} />
          ) : !q.loading ? (
            <div className="empty">
              <p>Chưa có nhiệm vụ.</p>
              <p className="muted">
                Dán mục “Tổ chức thực hiện” của kế hoạch ở thẻ{' '}
                <a href={hrefConference(conferenceId, 'tasks', 'paste')}>Nhập từ kế hoạch</a>, hoặc bấm “Thêm nhiệm vụ”.
              </p>
            </div>
          ) : null}
        </div>
      )}
      <TaskDialog
        conferenceId={conferenceId}
        task={editing ?? null}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
      />
    </div>
  );
}
