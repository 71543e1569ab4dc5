/** Counts by section (mời / đã gửi / trả lời / tham dự / vắng / dự thay) and the 15-day deadline. */
import React, { useState } from 'react';
import { ChevronDown, ChevronRight } from 'lucide-react';
import type { Register } from '../../../shared/models/invitation';

const dmy = (d: string) => d.split('-').reverse().join('/');
type Key = 'total' | 'sent' | 'replied' | 'attending' | 'absent' | 'substituted';

export function RegisterCounts({ register, actions }: { register: Register; actions?: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const rows = register.byCategory;
  const sum = (k: Key) => rows.reduce((a, r) => a + r[k], 0);
  const Chevron = open ? ChevronDown : ChevronRight;
  return (
    <div className="inv-counts">
      <div className="inv-count-head">
        <button
          type="button"
          className="inv-count-toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          data-testid="register-summary"
          title="Số liệu theo thành phần"
        >
          <Chevron size={14} aria-hidden />
          Mời <b>{sum('total')}</b> · đã gửi <b>{sum('sent')}</b> · trả lời <b>{sum('replied')}</b> · tham dự{' '}
          <b>{sum('attending')}</b> · vắng <b>{sum('absent')}</b> · dự thay <b>{sum('substituted')}</b>
        </button>
        {actions}
        <div className={`panel ${register.late ? 'panel-warn' : 'panel-info'} inv-deadline`} data-testid="deadline">
          {register.dueBy ? (
            <>
              Hạn gửi: <strong>{dmy(register.dueBy)}</strong> (trước hội nghị 15 ngày).
              {register.late ? (
                <>
                  {' '}
                  <strong>{register.late} giấy mời quá hạn chưa gửi.</strong>
                </>
              ) : null}
            </>
          ) : (
            'Hội nghị chưa có ngày bắt đầu: chưa tính được hạn gửi giấy mời.'
          )}
        </div>
      </div>
      {open ? (
        <table className="table inv-count-table" data-testid="register-counts">
          <thead>
            <tr>
              <th>Thành phần</th>
              <th>Mời</th>
              <th>Đã gửi</th>
              <th>Đã trả lời</th>
              <th>Tham dự</th>
              <th>Vắng</th>
              <th>Dự thay</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.category}>
                <td>{r.category || '(chưa phân)'}</td>
                <td>{r.total}</td>
                <td>{r.sent}</td>
                <td>{r.replied}</td>
                <td>{r.attending}</td>
                <td>{r.absent}</td>
                <td>{r.substituted}</td>
              </tr>
            ))}
            <tr className="inv-count-total">
              <td>Tổng cộng</td>
              <td>{sum('total')}</td>
              <td>{sum('sent')}</td>
              <td>{sum('replied')}</td>
              <td>{sum('attending')}</td>
              <td>{sum('absent')}</td>
              <td>{sum('substituted')}</td>
            </tr>
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
