import React from 'react';
import { Archive, ArchiveRestore, FolderOpen } from 'lucide-react';
import type { Conference } from '../../../shared/models/conference';
import { formatNumber, formatRange } from '../../lib/format';
import { hrefConference } from '../../router';

export function ConferenceRow({ c, onToggleArchive }: { c: Conference; onToggleArchive: (c: Conference) => void }) {
  const href = hrefConference(c.id, 'overview');
  const time = formatRange(c.startsAt, c.endsAt);
  return (
    <tr className={c.archived ? 'row-archived' : undefined} data-testid={`conference-row-${c.id}`}>
      <td style={{ minWidth: 280 }}>
        <a className="conf-title clamp-2" href={href} title={c.title}>
          {c.title}
        </a>
        {c.archived ? <span className="tag">Đã lưu trữ</span> : null}
      </td>
      <td className="nowrap">{c.kind || <span className="muted">—</span>}</td>
      <td style={{ minWidth: 150 }}>{time || <span className="muted">Chưa đặt</span>}</td>
      <td style={{ minWidth: 160 }}>
        <span className="clamp-2" title={c.venue}>
          {c.venue || <span className="muted">—</span>}
        </span>
      </td>
      <td className="num">{formatNumber(c.delegateCount)}</td>
      <td>
        <div className="actions" style={{ flexWrap: 'nowrap' }}>
          <a
            className="btn btn-sm"
            href={href}
            data-testid={`conference-open-${c.id}`}
            aria-label={`Mở hội nghị ${c.title}`}
          >
            <FolderOpen size={14} aria-hidden />
            Mở
          </a>
          <button
            type="button"
            className="btn btn-sm btn-ghost"
            onClick={() => onToggleArchive(c)}
            data-testid={`conference-archive-${c.id}`}
            title={
              c.archived
                ? 'Đưa hội nghị trở lại danh sách chính'
                : 'Cất hội nghị đã xong khỏi danh sách chính (không xóa dữ liệu)'
            }
          >
            {c.archived ? <ArchiveRestore size={14} aria-hidden /> : <Archive size={14} aria-hidden />}
            {c.archived ? 'Bỏ lưu trữ' : 'Lưu trữ'}
          </button>
        </div>
      </td>
    </tr>
  );
}
