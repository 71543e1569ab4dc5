/**
 * Danh sách đại biểu: the list in protocol order, grouped by category; search without diacritics;
 * reorder by drag, Alt+↑/↓ or Lên/Xuống; edit, add, bulk change, delete; undo; export to Excel.
 */
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Delegate } from '../../../shared/models/delegate';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useToast } from '../../components/Toast';
import { hrefConference } from '../../router';
import { useDelegates } from './useDelegates';
import { DelegateTable, type TableActions } from './DelegateTable';
import { DelegateDialog, type DialogState } from './DelegateDialog';
import { BulkBar } from './BulkBar';
import { Toolbar } from './Toolbar';
import { queryTokens } from './highlight';
import './delegates.css';

const isTyping = (el: Element | null) =>
  !!el &&
  (el instanceof HTMLTextAreaElement ||
    (el as HTMLElement).isContentEditable ||
    (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(el.type)) ||
    el instanceof HTMLSelectElement);

export function DelegatesPage({ conferenceId }: { conferenceId: string }) {
  const m = useDelegates(conferenceId);
  const toast = useToast();
  const searchRef = useRef<HTMLInputElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);

  const [activeId, setActiveId] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const anchor = useRef<string | null>(null);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [sorting, setSorting] = useState(false);
  const [exporting, setExporting] = useState(false);

  const rows: Delegate[] = m.searching ? (m.results ?? []) : m.items;
  const tokens = useMemo(() => queryTokens(m.query), [m.query]);
  const byId = useMemo(() => new Map(m.items.map((d) => [d.id, d])), [m.items]);
  const selectedIds = useMemo(() => [...selected].filter((id) => byId.has(id)), [selected, byId]);
  const active = activeId ? (byId.get(activeId) ?? null) : null;

  // Reset per conference.
  useEffect(() => {
    setActiveId(null);
    setSelected(new Set());
    m.setQuery('');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conferenceId]);

  const latest = useRef({ m, rows, byId, selectedIds, activeId });
  latest.current = { m, rows, byId, selectedIds, activeId };
  /** The rows a move acts on: every ticked row when the active one is ticked, else the active row. */
  const movingIds = (id: string) => (latest.current.selectedIds.includes(id) ? latest.current.selectedIds : [id]);

  const focusTable = () => pageRef.current?.querySelector<HTMLElement>('[data-testid="delegate-table"]')?.focus();
  const focusSearch = () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  };

  const askDelete = useCallback(() => {
    const { selectedIds: ids, activeId: a } = latest.current;
    if (!ids.length && !a) return;
    if (!ids.length && a) setSelected(new Set([a]));
    setConfirmDelete(true);
  }, []);

  const actions = useMemo<TableActions>(
    () => ({
      onActivate: (id) => setActiveId(id),
      onActivateDefault: (id) => setActiveId((cur) => cur ?? id),
      onToggle: (id, shift) => {
        const ids = latest.current.rows.map((d) => d.id);
        const a = anchor.current;
        setSelected((prev) => {
          const next = new Set(prev);
          const i = a ? ids.indexOf(a) : -1;
          const j = ids.indexOf(id);
          if (shift && i >= 0 && j >= 0) {
            const on = prev.has(a!);
            for (let k = Math.min(i, j); k <= Math.max(i, j); k++) {
              if (on) next.add(ids[k]);
              else next.delete(ids[k]);
            }
          } else if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        });
        if (!shift || !a) anchor.current = id;
        setActiveId(id);
      },
      onEdit: (id) => {
        const d = latest.current.rows.find((x) => x.id === id) ?? latest.current.byId.get(id);
        if (d) setDialog({ mode: 'edit', delegate: d });
      },
      onMove: (id, delta) => latest.current.m.move(movingIds(id), delta),
      onReorder: (ids) => {
        void latest.current.m.reorder(ids);
      },
      onSort: async (category, by) => {
        setSorting(true);
        await latest.current.m.sortSection(category, by);
        setSorting(false);
      },
      onSelectAll: (ids, on) =>
        setSelected((prev) => {
          const next = new Set(prev);
          for (const id of ids)
            if (on) next.add(id);
            else next.delete(id);
          return next;
        }),
      onDelete: askDelete,
      onEscape: () => {
        if (latest.current.m.query) latest.current.m.setQuery('');
        else setSelected(new Set());
      },
    }),
    [askDelete],
  );

  const undo = useCallback(() => {
    void latest.current.m.undo();
  }, []);

  // Page-wide keys: Ctrl+F and "/" focus the search box; Ctrl+Z undoes (not while typing).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('.dialog-panel')) return;
      const typing = isTyping(document.activeElement);
      const mod = (e.ctrlKey || e.metaKey) && !e.altKey;
      const key = e.key.toLowerCase();
      if (mod && !e.shiftKey && key === 'f') {
        e.preventDefault();
        focusSearch();
      } else if (e.key === '/' && !typing && !mod) {
        e.preventDefault();
        focusSearch();
      } else if (mod && !e.shiftKey && key === 'z' && !typing) {
        e.preventDefault();
        undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  const onSearchKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      m.setQuery('');
    } else if ((e.key === 'Enter' || e.key === 'ArrowDown') && rows.length) {
      e.preventDefault();
      if (e.key === 'Enter' || !activeId || !rows.some((d) => d.id === activeId)) setActiveId(rows[0].id);
      focusTable();
    }
  };

  const exportXlsx = async () => {
    setExporting(true);
    await m.exportXlsx();
    setExporting(false);
  };

  const categoriesCount = m.categories.length + (m.items.some((d) => !d.category) ? 1 : 0);
  const resultText = !m.searching
    ? null
    : !m.resultsFresh
      ? 'Đang tìm…'
      : rows.length >= 200
        ? '200+ kết quả'
        : `${rows.length} kết quả`;
  const canMove = !!active && !m.searching;

  const empty = m.loading ? (
    <span className="muted">Đang tải danh sách…</span>
  ) : m.searching ? (
    m.resultsFresh ? (
      <span>Không tìm thấy đại biểu nào khớp “{m.query.trim()}”.</span>
    ) : (
      <span className="muted">Đang tìm…</span>
    )
  ) : (
    <div className="dl-empty-box">
      <strong>Chưa có đại biểu nào.</strong>
      <span className="muted">
        Bấm “Thêm đại biểu” để nhập từng người, hoặc{' '}
        <a href={hrefConference(conferenceId, 'import')}>nhập danh sách từ Excel</a>.
      </span>
    </div>
  );

  return (
    <div className="dl-page" ref={pageRef}>
      <Toolbar
        ref={searchRef}
        conferenceId={conferenceId}
        query={m.query}
        setQuery={m.setQuery}
        resultText={resultText}
        canMove={canMove}
        moveHint={m.searching ? ' — xóa ô tìm kiếm trước' : active ? '' : ' — chọn một dòng trước'}
        exporting={exporting}
        onSearchKey={onSearchKey}
        onMove={(delta) => {
          if (active) m.move(movingIds(active.id), delta);
        }}
        onUndo={undo}
        onExport={exportXlsx}
        onAdd={() => setDialog({ mode: 'create', after: active })}
      />
      <div className="dl-status">
        <span className="dl-count" data-testid="delegate-count">
          {m.items.length} đại biểu · {categoriesCount} thành phần
        </span>
        {selectedIds.length ? (
          <BulkBar
            count={selectedIds.length}
            categories={m.categories}
            confirmDelete={confirmDelete}
            setConfirmDelete={setConfirmDelete}
            onCategory={(category) => m.bulkCategory(selectedIds, category)}
            onDelete={async () => {
              if (await m.remove(selectedIds)) setSelected(new Set());
            }}
            onClear={() => setSelected(new Set())}
          />
        ) : (
          <span className="dl-hint">
            {m.searching
              ? 'Đang xem kết quả tìm kiếm — xóa ô tìm (Esc) để kéo đổi thứ tự.'
              : 'Kéo biểu tượng ⠿ hoặc dùng Alt+↑/↓ để đổi thứ tự · Nhấp đúp hoặc Enter để sửa · Ctrl+Z để hoàn tác'}
          </span>
        )}
      </div>
      {m.error && !m.items.length ? <ErrorPanel error={m.error} /> : null}
      <DelegateTable
        rows={rows}
        searching={m.searching}
        tokens={tokens}
        activeId={activeId}
        selected={selected}
        busy={sorting}
        empty={empty}
        actions={actions}
      />
      {dialog ? (
        <DelegateDialog
          key={dialog.mode === 'edit' ? dialog.delegate.id : 'new'}
          state={dialog}
          categories={m.categories}
          onClose={() => setDialog(null)}
          onUpdate={async (id, patch) => {
            const d = await m.update(id, patch);
            if (d) toast.success(`Đã lưu ${d.fullName || 'dòng chưa có tên'}`);
            return d;
          }}
          onCreate={async (fields, precedence) => {
            const d = await m.create(fields, precedence);
            if (d) {
              setActiveId(d.id);
              toast.success(`Đã thêm ${d.fullName || 'một dòng chưa có tên'} (STT ${d.precedence})`);
            }
            return d;
          }}
          onNoChange={() => {
            toast.info('Không có thay đổi nào');
            setDialog(null);
          }}
        />
      ) : null}
    </div>
  );
}
