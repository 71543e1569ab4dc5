/** The toolbar of the seating board (SeatingPage.tsx): hall, presidium, auto-assign, undo, clear, rules, print. */
import React from 'react';
import { ListChecks, Printer, Undo2, Users, Wand2 } from 'lucide-react';
import { hrefConference, hrefPrint } from '../../router';
import type { PrintKind } from './PrintPanel';
import type { StageChoice } from './PresidiumPanel';
import type { SeatingModel } from './useSeating';

export function SeatingToolbar({
  m,
  conferenceId,
  choice,
  frontRows: frontN,
  setFrontRows,
  busy,
  chooseHall,
  autoAssign,
  undo,
  clear,
  presOpen,
  setPresOpen,
  rulesOpen,
  setRulesOpen,
  printing,
  setPrinting,
}: {
  m: SeatingModel;
  conferenceId: string;
  choice: StageChoice;
  frontRows: number;
  setFrontRows(n: number): void;
  busy: boolean;
  chooseHall(hallId: string): void;
  autoAssign(): void;
  undo(): void;
  clear(block: string): void;
  presOpen: boolean;
  setPresOpen(open: boolean): void;
  rulesOpen: boolean;
  setRulesOpen(open: boolean): void;
  printing: PrintKind | null;
  setPrinting(kind: PrintKind | null): void;
}) {
  const print = (view: string) => hrefPrint(view, conferenceId);
  return (
    <div className="st-toolbar" role="toolbar" aria-label="Xếp chỗ">
      <label className="st-inline">
        Hội trường
        <select
          className="select"
          value={m.hallId ?? ''}
          data-testid="hall-select"
          onChange={(e) => void chooseHall(e.target.value)}
        >
          {m.halls.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name} ({h.seatCount} ghế)
            </option>
          ))}
        </select>
      </label>
      <a
        className="btn btn-sm"
        href={hrefConference(conferenceId, 'seating', 'hall', m.hallId ?? 'new')}
        data-testid="hall-edit"
      >
        Sửa
      </a>
      <a className="btn btn-sm" href={hrefConference(conferenceId, 'seating', 'hall', 'new')}>
        Mới
      </a>
      <span className="st-sep" />
      <button
        type="button"
        className="btn btn-sm"
        aria-expanded={presOpen}
        onClick={() => setPresOpen(!presOpen)}
        data-testid="presidium-toggle"
      >
        <Users size={15} /> Đoàn chủ tịch ({choice.presidiumIds.length}){choice.saved ? '' : ' — đề xuất'}
      </button>
      <label className="st-inline">
        Hàng danh dự
        <input
          className="input st-num"
          type="number"
          min={0}
          max={10}
          value={frontN}
          onChange={(e) => setFrontRows(Number(e.target.value))}
        />
      </label>
      <button
        type="button"
        className="btn btn-primary btn-sm"
        disabled={busy || !m.hallId}
        onClick={autoAssign}
        data-testid="seating-auto"
      >
        <Wand2 size={15} /> Tự xếp chỗ
      </button>
      <button
        type="button"
        className="btn btn-sm"
        disabled={busy}
        onClick={undo}
        data-testid="seating-undo"
        title="Ctrl+Z"
      >
        <Undo2 size={15} /> Hoàn tác
      </button>
      <select
        className="select st-clear"
        value=""
        aria-label="Xóa chỗ đã xếp"
        onChange={(e) => e.target.value && clear(e.target.value)}
        data-testid="seating-clear"
      >
        <option value="">Xóa chỗ…</option>
        <option value="*">Cả hội trường</option>
        {m.hall?.blocks.map((b) => (
          <option key={b.name} value={b.name}>
            Khu {b.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn btn-sm"
        aria-expanded={rulesOpen}
        onClick={() => setRulesOpen(!rulesOpen)}
        data-testid="rules-toggle"
      >
        <ListChecks size={15} /> Quy tắc khu{m.rules?.sections.length ? ` (${m.rules.sections.length})` : ''}
      </button>
      <span className="spacer" />
      <a
        className="btn btn-sm"
        href={print('seating-chart')}
        target="_blank"
        rel="noreferrer"
        data-testid="print-chart"
      >
        <Printer size={15} /> Sơ đồ
      </a>
      <button
        type="button"
        className="btn btn-sm"
        aria-expanded={printing === 'name-cards'}
        onClick={() => setPrinting(printing === 'name-cards' ? null : 'name-cards')}
        data-testid="print-cards"
      >
        <Printer size={15} /> Biển tên…
      </button>
      <button
        type="button"
        className="btn btn-sm"
        aria-expanded={printing === 'badges'}
        onClick={() => setPrinting(printing === 'badges' ? null : 'badges')}
        data-testid="print-badges"
      >
        <Printer size={15} /> Thẻ…
      </button>
      <a
        className="btn btn-sm"
        href={print('seat-labels')}
        target="_blank"
        rel="noreferrer"
        data-testid="print-seat-labels"
        title="Nhãn dán lưng ghế"
      >
        <Printer size={15} /> Nhãn ghế
      </a>
      <a
        className="btn btn-sm"
        href={print('seating-list')}
        target="_blank"
        rel="noreferrer"
        data-testid="print-seating-list"
        title="Danh sách theo khu, hàng"
      >
        <Printer size={15} /> Danh sách
      </a>
    </div>
  );
}
