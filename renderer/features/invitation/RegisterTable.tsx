/** The register's table (RegisterView.tsx): one row per delegate with the sending, the reply and the substitute. */
import React from 'react';
import type { RegisterEntry } from '../../../shared/models/invitation';
import { METHOD_LABELS, REPLY_LABELS, STATUS_LABELS } from '../../../shared/models/invitation';
import { joinPositionUnit } from '../../../shared/text/position-unit';

const dmy = (d: string | null) => (d ? d.slice(0, 10).split('-').reverse().join('/') : '');
export const nameOf = (e: RegisterEntry) => [e.rank, e.fullName].filter(Boolean).join(' ') || `${e.position} ${e.unit}`;

export function RegisterTable({
  shown,
  selected,
  allShownTicked,
  toggle,
  toggleShown,
  onReply,
}: {
  shown: RegisterEntry[];
  selected: Set<string>;
  allShownTicked: boolean;
  toggle(id: string): void;
  toggleShown(): void;
  onReply(e: RegisterEntry): void;
}) {
  return (
    <div className="table-wrap inv-table-wrap">
      <table className="table inv-table" data-testid="register-table">
        <thead>
          <tr>
            <th className="inv-col-check">
              <input
                type="checkbox"
                aria-label="Chọn tất cả đang lọc"
                checked={allShownTicked}
                onChange={toggleShown}
              />
            </th>
            <th>TT</th>
            <th>Đại biểu</th>
            <th>Chức vụ, đơn vị</th>
            <th>Gửi giấy mời</th>
            <th>Trả lời</th>
            <th>Người dự thay</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr
              key={e.delegateId}
              data-testid="register-row"
              className={selected.has(e.delegateId) ? 'inv-row-selected' : ''}
            >
              <td className="inv-col-check">
                <input
                  type="checkbox"
                  aria-label={`Chọn ${nameOf(e)}`}
                  checked={selected.has(e.delegateId)}
                  onChange={() => toggle(e.delegateId)}
                />
              </td>
              <td className="muted">{e.precedence}</td>
              <td className={e.fullName ? 'inv-name' : 'inv-name placeholder-name'}>
                {nameOf(e)}
                {e.hostRole ? (
                  <span
                    className="chip inv-chip-host"
                    data-testid="host-role"
                    title="Không gửi giấy mời, trừ khi được chọn"
                  >
                    {e.hostRole === 'signer' ? 'Người ký' : 'Chủ trì'} · không gửi
                  </span>
                ) : null}
              </td>
              <td className="inv-pos">{joinPositionUnit(e.position, e.unit)}</td>
              <td className="nowrap">
                {e.status === 'sent' ? (
                  <span className="chip inv-chip-sent">
                    {STATUS_LABELS.sent} {dmy(e.sentAt)}
                    {e.method ? ` · ${METHOD_LABELS[e.method]}` : ''}
                  </span>
                ) : (
                  <span className="chip inv-chip-unsent">{STATUS_LABELS.not_sent}</span>
                )}
              </td>
              <td>
                <span className={`chip inv-reply-${e.reply}`}>{REPLY_LABELS[e.reply]}</span>
              </td>
              <td>
                {e.substitute ? (
                  e.substitute.fullName ? (
                    [e.substitute.rank, e.substitute.fullName].filter(Boolean).join(' ') +
                    (e.substitute.position ? `, ${e.substitute.position}` : '')
                  ) : (
                    <span className="muted">chưa có tên</span>
                  )
                ) : (
                  ''
                )}
              </td>
              <td>
                <button type="button" className="btn btn-sm" onClick={() => onReply(e)} data-testid="reply-open">
                  Trả lời…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
