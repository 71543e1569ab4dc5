/**
 * The top of the delegates page: the search box (Ctrl+F or "/" focuses it, Esc clears it) and the
 * page's buttons: Lên, Xuống, Hoàn tác, Nhập danh sách, Xuất Excel, Thêm đại biểu.
 */
import React, { forwardRef } from 'react';
import { ArrowDown, ArrowUp, FileSpreadsheet, FileUp, Plus, Search, Undo2, X } from 'lucide-react';
import { hrefConference } from '../../router';

interface Props {
  conferenceId: string;
  query: string;
  setQuery(q: string): void;
  /** Shown next to the box while a query is active ("12 kết quả" / "Đang tìm…"). */
  resultText: string | null;
  canMove: boolean;
  moveHint: string;
  exporting: boolean;
  onSearchKey(e: React.KeyboardEvent<HTMLInputElement>): void;
  onMove(delta: -1 | 1): void;
  onUndo(): void;
  onExport(): void;
  onAdd(): void;
}

export const Toolbar = forwardRef<HTMLInputElement, Props>(function Toolbar(p, searchRef) {
  return (
    <div className="dl-toolbar" role="toolbar" aria-label="Danh sách đại biểu">
      <div className="dl-search">
        <Search size={16} className="dl-search-icon" aria-hidden />
        <input
          ref={searchRef}
          className={p.resultText !== null ? 'input dl-search-input dl-has-count' : 'input dl-search-input'}
          type="text"
          role="searchbox"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          placeholder="Tìm đại biểu (gõ không dấu được)"
          aria-label="Tìm đại biểu"
          title="Ctrl+F hoặc / để tìm · Esc để xóa"
          value={p.query}
          maxLength={200}
          onChange={(e) => p.setQuery(e.target.value)}
          onKeyDown={p.onSearchKey}
          data-testid="delegate-search"
        />
        {p.query ? (
          <button
            type="button"
            className="icon-btn dl-search-clear"
            onClick={() => p.setQuery('')}
            aria-label="Xóa tìm kiếm"
            title="Xóa tìm kiếm (Esc)"
          >
            <X size={14} aria-hidden />
          </button>
        ) : null}
        {p.resultText !== null ? (
          <span className="dl-result-count" role="status" data-testid="delegate-result-count">
            {p.resultText}
          </span>
        ) : null}
      </div>
      <span className="spacer" />
      <div className="dl-tb-group" role="group" aria-label="Dời dòng đang chọn">
        <button
          type="button"
          className="btn dl-tb-btn"
          disabled={!p.canMove}
          onClick={() => p.onMove(-1)}
          title={`Lên một dòng (Alt+↑)${p.moveHint}`}
          data-testid="delegate-move-up"
        >
          <ArrowUp size={15} aria-hidden /> Lên
        </button>
        <button
          type="button"
          className="btn dl-tb-btn"
          disabled={!p.canMove}
          onClick={() => p.onMove(1)}
          title={`Xuống một dòng (Alt+↓)${p.moveHint}`}
          data-testid="delegate-move-down"
        >
          <ArrowDown size={15} aria-hidden /> Xuống
        </button>
      </div>
      <button
        type="button"
        className="btn dl-tb-btn"
        onClick={p.onUndo}
        title="Hoàn tác thay đổi gần nhất (Ctrl+Z)"
        data-testid="delegate-undo"
      >
        <Undo2 size={15} aria-hidden /> Hoàn tác
      </button>
      <a className="btn dl-tb-btn" href={hrefConference(p.conferenceId, 'import')} data-testid="delegate-import">
        <FileUp size={15} aria-hidden /> Nhập danh sách
      </a>
      <button
        type="button"
        className="btn dl-tb-btn"
        onClick={p.onExport}
        disabled={p.exporting}
        data-testid="delegate-export"
        title="Tải danh sách đại biểu về dạng Excel (.xlsx)"
      >
        <FileSpreadsheet size={15} aria-hidden /> {p.exporting ? 'Đang xuất…' : 'Xuất Excel'}
      </button>
      <button type="button" className="btn btn-primary dl-tb-btn" onClick={p.onAdd} data-testid="delegate-add">
        <Plus size={15} aria-hidden /> Thêm đại biểu
      </button>
    </div>
  );
});
