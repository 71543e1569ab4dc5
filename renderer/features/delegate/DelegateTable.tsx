/**
 * The delegates table: TanStack Table for the columns, @tanstack/react-virtual for the rows (fixed
 * 34 px, sticky header), dnd-kit for reordering by the row handle (mouse or keyboard). Section
 * header rows are drawn each time the category changes (not while searching).
 */
import React, { useEffect, useMemo, useRef, useState } from 'react';
import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { GripVertical } from 'lucide-react';
import type { Delegate } from '../../../shared/models/delegate';
import { COLUMNS, GRID_TEMPLATE, GRID_TEMPLATE_NARROW, RIGHT_ALIGNED, type TableMetaData } from './columns';
import { DelegateRow, rowDomId, type RowHandlers } from './DelegateRow';
import { SectionHeader } from './SectionHeader';
import { dropInSection } from './sectionMoves';
import { makeAnnouncements, screenReaderInstructions, verticalOnly } from './dndText';

export const ROW_H = 34;
/** Droppables are measured only while dragging; rows that mount mid-drag are measured then. */
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };
/** Faster edge scrolling than dnd-kit's default: lists run to thousands of rows. */
// Gentle auto-scroll near the edges, so a drag does not shoot past the section it aims at.
const AUTO_SCROLL = { acceleration: 6, interval: 12, threshold: { x: 0, y: 0.1 } };
const HEADER_H = 34;

type Entry =
  | { kind: 'section'; key: string; category: string; count: number; index: number }
  | { kind: 'row'; key: string; rowIndex: number };

function buildEntries(rows: Delegate[], sections: boolean): Entry[] {
  const out: Entry[] = [];
  let current: Extract<Entry, { kind: 'section' }> | null = null;
  rows.forEach((d, rowIndex) => {
    if (sections && (!current || current.category !== d.category)) {
      current = {
        kind: 'section',
        key: `section:${out.length}:${d.category}`,
        category: d.category,
        count: 0,
        index: current ? current.index + 1 : 0,
      };
      out.push(current);
    }
    if (current) current.count++;
    out.push({ kind: 'row', key: d.id, rowIndex });
  });
  return out;
}

export interface TableActions extends RowHandlers {
  /** Sets the active row only if there is none (keyboard focus entering the table). */
  onActivateDefault(id: string): void;
  onMove(id: string, delta: -1 | 1): void;
  onReorder(orderedIds: string[]): void;
  onSort(category: string, by: 'rank' | 'name'): void;
  onSelectAll(ids: string[], on: boolean): void;
  onDelete(): void;
  onEscape(): void;
}

interface Props {
  /** Rows in view: the whole list, or the search results. */
  rows: Delegate[];
  searching: boolean;
  tokens: string[];
  activeId: string | null;
  selected: ReadonlySet<string>;
  busy: boolean;
  empty: React.ReactNode;
  actions: TableActions;
}

export function DelegateTable({ rows, searching, tokens, activeId, selected, busy, empty, actions }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const entries = useMemo(() => buildEntries(rows, !searching), [rows, searching]);
  const ids = useMemo(() => rows.map((d) => d.id), [rows]);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const meta: TableMetaData = useMemo(() => ({ tokens }), [tokens]);
  const table = useReactTable({
    data: rows,
    columns: COLUMNS,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (d) => d.id,
    meta,
  });
  const tableRows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    overscan: 8,
    useFlushSync: false,
    scrollMargin: HEADER_H,
    scrollPaddingStart: HEADER_H,
    getItemKey: (i) => entries[i].key,
  });

  // Keep the active row in view when it moves (keyboard, Lên/Xuống, leaving a search).
  const activeEntry = useMemo(
    () => entries.findIndex((e) => e.kind === 'row' && e.key === activeId),
    [entries, activeId],
  );
  useEffect(() => {
    if (activeEntry >= 0) virtualizer.scrollToIndex(activeEntry, { align: 'auto' });
  }, [activeEntry, virtualizer]);

  const [dragId, setDragId] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const announcements = useMemo(() => makeAnnouncements(() => rowsRef.current), []);
  const onDragStart = (e: DragStartEvent) => {
    setDragId(String(e.active.id));
    actions.onActivate(String(e.active.id));
  };
  const onDragEnd = (e: DragEndEvent) => {
    setDragId(null);
    const { active, over } = e;
    if (!over || active.id === over.id || searching) return;
    // Inside the row's own section; the ticked rows of that section come along (#14).
    const next = dropInSection(rowsRef.current, String(active.id), String(over.id), selected);
    if (next) actions.onReorder(next);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const t = e.target as HTMLElement;
    if (t !== e.currentTarget && !t.matches('.dl-check, .dl-edit')) return;
    const i = activeId ? ids.indexOf(activeId) : -1;
    const go = (k: number) => {
      if (!ids.length) return;
      actions.onActivate(ids[Math.max(0, Math.min(ids.length - 1, k))]);
    };
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_H) - 2);
    let handled = true;
    if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && e.altKey) {
      if (activeId && !searching) actions.onMove(activeId, e.key === 'ArrowUp' ? -1 : 1);
    } else if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i < 0 ? 0 : i - 1);
    else if (e.key === 'PageDown') go(i + page);
    else if (e.key === 'PageUp') go(i - page);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(ids.length - 1);
    else if (e.key === 'Enter' && activeId) actions.onEdit(activeId);
    else if (e.key === ' ' && activeId) actions.onToggle(activeId, e.shiftKey);
    else if (e.key === 'Delete') actions.onDelete();
    else if (e.key === 'Escape') actions.onEscape();
    else handled = false;
    if (handled) e.preventDefault();
  };

  const allSelected = ids.length > 0 && ids.every((id) => selected.has(id));
  const someSelected = !allSelected && ids.some((id) => selected.has(id));
  const tokensKey = tokens.join(' ');
  const dragged = dragId ? rows.find((d) => d.id === dragId) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[verticalOnly]}
      measuring={MEASURING}
      autoScroll={AUTO_SCROLL}
      accessibility={{ announcements, screenReaderInstructions }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragId(null)}
    >
      <div
        ref={scrollRef}
        className="dl-table"
        style={{ ['--dl-cols' as string]: GRID_TEMPLATE, ['--dl-cols-narrow' as string]: GRID_TEMPLATE_NARROW }}
        role="grid"
        aria-label={searching ? 'Kết quả tìm đại biểu' : 'Danh sách đại biểu theo thứ tự lễ tân'}
        aria-rowcount={rows.length}
        aria-activedescendant={activeId && activeEntry >= 0 ? rowDomId(activeId) : undefined}
        tabIndex={0}
        data-testid="delegate-table"
        data-searching={searching ? 'true' : 'false'}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          if (e.target === e.currentTarget && ids.length) actions.onActivateDefault(ids[0]);
        }}
      >
        <div className="dl-head" role="row" style={{ height: HEADER_H }}>
          {table.getHeaderGroups()[0].headers.map((h) => (
            <div
              key={h.id}
              role="columnheader"
              className={`${RIGHT_ALIGNED.has(h.id) ? 'dl-hcell dl-num' : 'dl-hcell'} dl-col-${h.id}`}
            >
              {h.id === 'select' ? (
                <input
                  type="checkbox"
                  className="dl-check"
                  tabIndex={-1}
                  checked={allSelected}
                  ref={(el) => {
                    if (el) el.indeterminate = someSelected;
                  }}
                  onChange={(e) => actions.onSelectAll(ids, e.target.checked)}
                  aria-label={searching ? 'Chọn tất cả kết quả' : 'Chọn tất cả'}
                  data-testid="delegate-select-all"
                />
              ) : (
                flexRender(h.column.columnDef.header, h.getContext())
              )}
            </div>
          ))}
        </div>
        <div className="dl-body" style={{ height: virtualizer.getTotalSize() }}>
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            {virtualizer.getVirtualItems().map((v) => {
              const entry = entries[v.index];
              const top = v.start - HEADER_H;
              if (entry.kind === 'section') {
                return (
                  <SectionHeader
                    key={entry.key}
                    index={entry.index}
                    category={entry.category}
                    count={entry.count}
                    top={top}
                    height={ROW_H}
                    busy={busy}
                    onSort={actions.onSort}
                  />
                );
              }
              const row = tableRows[entry.rowIndex];
              return (
                <DelegateRow
                  key={entry.key}
                  row={row}
                  top={top}
                  height={ROW_H}
                  active={row.id === activeId}
                  selected={selected.has(row.id)}
                  dragDisabled={searching}
                  tokensKey={tokensKey}
                  handlers={actions}
                />
              );
            })}
          </SortableContext>
        </div>
        {rows.length === 0 ? <div className="dl-empty">{empty}</div> : null}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragged ? (
          <div className="dl-overlay">
            <GripVertical size={15} aria-hidden />
            <span className="dl-overlay-num">{dragged.precedence}</span>
            <span className="dl-overlay-name">
              {[dragged.rank, dragged.fullName || '(chưa có tên)'].filter(Boolean).join(' ')}
            </span>
            <span className="dl-overlay-pos">{dragged.position}</span>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
