/**
 * Printing name cards and badges from the seating page: the size, what to show (rank, position) and
 * who to print (everyone expected, one section, the presidium and the rows of honour, or people ticked
 * one by one) are chosen here; the badge type of each section is set here too. "Mở bản in" opens
 * the print view with that choice.
 */
import React, { useMemo, useState } from 'react';
import { Printer } from 'lucide-react';
import { BADGE_TYPES, type BadgeType } from '../../../shared/models/delegate';
import type { Conference } from '../../../shared/models/conference';
import { badgeTypeOf, sectionBadgeType } from '../../../shared/seating/names';
import { foldDiacritics } from '../../../shared/text/normalize';
import { call } from '../../api/client';
import { useToast } from '../../components/Toast';
import { hrefPrint } from '../../router';
import type { StageChoice } from './PresidiumPanel';
import type { SeatingModel } from './useSeating';

export type PrintKind = 'name-cards' | 'badges';
type Who = 'all' | 'section' | 'stage' | 'pick';

export function PrintPanel({
  m,
  conferenceId,
  conference,
  choice,
  kind,
  setKind,
  onClose,
}: {
  m: SeatingModel;
  conferenceId: string;
  conference: Conference | undefined;
  choice: StageChoice;
  kind: PrintKind;
  setKind(k: PrintKind): void;
  onClose(): void;
}) {
  const toast = useToast();
  const [size, setSize] = useState({ 'name-cards': 'a4', badges: '90x54' } as Record<PrintKind, string>);
  const [rank, setRank] = useState(true);
  const [position, setPosition] = useState(true);
  const [who, setWho] = useState<Who>('all');
  const [section, setSection] = useState(m.sections[0] ?? '');
  const [picked, setPicked] = useState<string[]>([]);
  const [q, setQ] = useState('');
  const all = useMemo(() => [...m.byId.values()].sort((a, b) => a.precedence - b.precedence), [m.byId]);
  const chosen =
    who === 'all'
      ? all.filter((d) => !m.absent.has(d.id))
      : who === 'section'
        ? all.filter((d) => d.category === section)
        : who === 'stage'
          ? [...choice.presidiumIds, ...choice.honourIds].map((id) => m.byId.get(id)!).filter(Boolean)
          : all.filter((d) => picked.includes(d.id));
  const query: Record<string, string> = { size: size[kind] };
  if (kind === 'name-cards') {
    if (!rank) query.rank = '0';
    if (!position) query.position = '0';
  }
  if (who === 'section') query.category = section;
  if (who === 'stage' || who === 'pick') query.ids = chosen.map((d) => d.id).join(',');
  const fq = foldDiacritics(q);
  const list = fq
    ? all.filter((d) => foldDiacritics(`${d.rank} ${d.fullName} ${d.position} ${d.unit}`).includes(fq))
    : all;
  const sectionBadges = conference?.sectionBadges ?? {};
  const setSectionType = async (cat: string, t: BadgeType) => {
    try {
      await call('conference.update', { id: conferenceId, patch: { sectionBadges: { ...sectionBadges, [cat]: t } } });
      toast.success(`Thẻ của thành phần “${cat || 'Chưa phân loại'}” in là ${t.toUpperCase()}.`);
    } catch (e) {
      toast.error(`Không lưu được loại thẻ: ${(e as Error).message}`);
    }
  };
  const radio = (v: Who, label: string) => (
    <label className="st-inline">
      <input
        type="radio"
        name="print-who"
        checked={who === v}
        onChange={() => setWho(v)}
        data-testid={`print-who-${v}`}
      />{' '}
      {label}
    </label>
  );
  return (
    <section className="card card-pad st-print" aria-label="In biển tên và thẻ đại biểu" data-testid="print-panel">
      <div className="st-rules-head">
        <div className="row" role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={kind === 'name-cards'}
            className={`btn btn-sm ${kind === 'name-cards' ? 'btn-primary' : ''}`}
            onClick={() => setKind('name-cards')}
            data-testid="print-kind-name-cards"
          >
            Biển tên
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={kind === 'badges'}
            className={`btn btn-sm ${kind === 'badges' ? 'btn-primary' : ''}`}
            onClick={() => setKind('badges')}
            data-testid="print-kind-badges"
          >
            Thẻ đại biểu
          </button>
        </div>
        <label className="st-inline">
          Khổ
          <select
            className="select"
            value={size[kind]}
            onChange={(e) => setSize({ ...size, [kind]: e.target.value })}
            data-testid="print-size"
          >
            {kind === 'name-cards' ? (
              <>
                <option value="a4">A4 gấp đôi theo chiều dọc</option>
                <option value="half">2 biển trên một tờ A4</option>
              </>
            ) : (
              <>
                <option value="90x54">90 × 54 mm, 10 thẻ/A4</option>
                <option value="a6">A6, 4 thẻ/A4</option>
              </>
            )}
          </select>
        </label>
        {kind === 'name-cards' ? (
          <>
            <label className="st-inline">
              <input
                type="checkbox"
                checked={rank}
                onChange={(e) => setRank(e.target.checked)}
                data-testid="print-rank"
              />{' '}
              Cấp bậc
            </label>
            <label className="st-inline">
              <input
                type="checkbox"
                checked={position}
                onChange={(e) => setPosition(e.target.checked)}
                data-testid="print-position"
              />{' '}
              Chức vụ, đơn vị
            </label>
          </>
        ) : null}
      </div>
      <div className="st-print-who">
        {radio('all', 'Tất cả (trừ người báo vắng)')}
        {radio('section', 'Một thành phần:')}
        <select
          className="select"
          value={section}
          disabled={who !== 'section'}
          onChange={(e) => setSection(e.target.value)}
          data-testid="print-section"
          aria-label="Thành phần"
        >
          {m.sections.map((c) => (
            <option key={c} value={c}>
              {c || 'Chưa phân loại'}
            </option>
          ))}
        </select>
        {radio('stage', `Đoàn chủ tịch và hàng danh dự (${choice.presidiumIds.length + choice.honourIds.length})`)}
        {radio('pick', 'Chọn từng người')}
      </div>
      {who === 'pick' ? (
        <div className="st-print-pick">
          <input
            className="input"
            placeholder="Lọc theo tên, chức vụ, đơn vị…"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            data-testid="print-filter"
          />
          <ul>
            {list.map((d) => (
              <li key={d.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={picked.includes(d.id)}
                    data-testid={`print-pick-${d.id}`}
                    onChange={(e) => setPicked(e.target.checked ? [...picked, d.id] : picked.filter((x) => x !== d.id))}
                  />{' '}
                  {[d.rank, d.fullName].filter(Boolean).join(' ') || d.position}{' '}
                  <span className="muted small">
                    {[d.fullName ? d.position : '', d.unit].filter(Boolean).join(', ')}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {kind === 'badges' ? (
        <details className="st-print-types">
          <summary>Loại thẻ theo thành phần (Đại biểu, Khách mời, Phóng viên, Phục vụ, Ban tổ chức)</summary>
          <table className="table st-rules-table">
            <tbody>
              {m.sections.map((c) => (
                <tr key={c}>
                  <td>{c || 'Chưa phân loại'}</td>
                  <td>
                    <select
                      className="select"
                      value={sectionBadges[c] ?? sectionBadgeType(c)}
                      onChange={(e) => void setSectionType(c, e.target.value as BadgeType)}
                      data-testid={`print-type-${m.sections.indexOf(c)}`}
                      aria-label={`Loại thẻ của ${c}`}
                    >
                      {BADGE_TYPES.map((t) => (
                        <option key={t} value={t}>
                          {t}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="muted small">
                    {all.filter(
                      (d) =>
                        d.category === c && d.badgeType && d.badgeType !== badgeTypeOf({ category: c }, sectionBadges),
                    ).length || ''}
                    {all.some(
                      (d) =>
                        d.category === c && d.badgeType && d.badgeType !== badgeTypeOf({ category: c }, sectionBadges),
                    )
                      ? ' người có loại thẻ riêng (sửa trong Đại biểu)'
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      <div className="row st-rules-actions">
        <span className="muted small" data-testid="print-count">
          {chosen.length} {kind === 'name-cards' ? 'biển tên' : 'thẻ'}
        </span>
        <span className="spacer" />
        <button type="button" className="btn btn-sm" onClick={onClose}>
          Đóng
        </button>
        <a
          className={`btn btn-primary btn-sm ${chosen.length ? '' : 'disabled'}`}
          aria-disabled={!chosen.length}
          href={hrefPrint(kind, conferenceId, query)}
          target="_blank"
          rel="noreferrer"
          data-testid="print-open"
        >
          <Printer size={14} /> Mở bản in
        </a>
      </div>
    </section>
  );
}
