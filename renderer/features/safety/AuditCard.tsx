import React, { useMemo, useState } from 'react';
import { ScrollText } from 'lucide-react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ACTION_LABELS, changeLines, localStamp } from './labels';
import { contract, isProcedureName } from '../../../shared/api/contract';

/** The action in words: the office's label, else the procedure's own Vietnamese summary, never its name. */
const actionLabel = (p: string) => ACTION_LABELS[p] ?? (isProcedureName(p) ? contract[p].summary : 'Thay đổi khác');

/** The audit trail of this conference, or of one delegate chosen in the list. */
export function AuditCard({ conferenceId, initialDelegateId }: { conferenceId: string; initialDelegateId?: string }) {
  const [delegateId, setDelegateId] = useState(initialDelegateId ?? '');
  const delegates = useApiQuery('delegate.list', { conferenceId });
  const q = useApiQuery('audit.list', { conferenceId, ...(delegateId ? { delegateId } : {}), limit: 300 });
  const names = useMemo(
    () => new Map((delegates.data?.items ?? []).map((d) => [d.id, d.fullName || d.position || '(chưa có tên)'])),
    [delegates.data],
  );

  return (
    <section className="card card-pad dat-card" aria-labelledby="dat-audit-h">
      <div className="dat-head">
        <h2 id="dat-audit-h">
          <ScrollText size={18} aria-hidden /> Nhật ký thay đổi
        </h2>
        <label className="dat-filter">
          <span>Xem theo đại biểu</span>
          <select
            className="select"
            value={delegateId}
            onChange={(e) => setDelegateId(e.target.value)}
            data-testid="audit-delegate"
          >
            <option value="">Cả hội nghị</option>
            {(delegates.data?.items ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.precedence}. {d.fullName || d.position}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted">
        Mọi thay đổi được ghi lại: ai (máy quản trị hoặc tên bàn), làm gì, trước → sau, lúc nào. Nhật ký chỉ thêm, không
        sửa hay xóa được.
      </p>
      {q.error && <ErrorPanel error={q.error} />}
      <div className="table-wrap dat-audit">
        <table className="table" data-testid="audit-list">
          <thead>
            <tr>
              <th>Lúc</th>
              <th>Ai</th>
              <th>Việc</th>
              <th>Đại biểu</th>
              <th>Thay đổi</th>
            </tr>
          </thead>
          <tbody>
            {q.data?.items.map((a) => (
              <tr key={a.id}>
                <td className="nowrap">{localStamp(a.at)}</td>
                <td className="nowrap">{a.role === 'admin' && a.actor === 'admin' ? 'Quản trị' : a.actor}</td>
                <td>{actionLabel(a.procedure)}</td>
                <td>
                  {a.entityIds
                    .filter((id) => names.has(id))
                    .slice(0, 3)
                    .map((id) => names.get(id))
                    .join(', ')}
                  {a.entityIds.length > 3 ? ` (+${a.entityIds.length - 3})` : ''}
                </td>
                <td className="dat-change">
                  {changeLines(a.before, a.after, names).map((l, i) => (
                    <div key={i}>{l}</div>
                  ))}
                </td>
              </tr>
            ))}
            {q.data && q.data.items.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  Chưa có thay đổi nào.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
