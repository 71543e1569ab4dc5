/**
 * One delegate row of the virtualised table: absolutely placed at `top`, sortable by its handle
 * (dnd-kit), with a selection checkbox and an edit button.
 *
 * Speed: dnd-kit re-renders every sortable whenever a row mounts or unmounts (that is, on every
 * scroll step), so the sortable shell stays tiny and the cells live in a memoised child.
 */
import React, { memo } from 'react';
import { flexRender, type Row } from '@tanstack/react-table';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Delegate } from '../../../shared/models/delegate';
import { RIGHT_ALIGNED } from './columns';

export const rowDomId = (id: string) => `dl-row-${id}`;

export interface RowHandlers {
  onActivate(id: string): void;
  onToggle(id: string, shift: boolean): void;
  onEdit(id: string): void;
}

interface Props {
  row: Row<Delegate>;
  top: number;
  height: number;
  active: boolean;
  selected: boolean;
  dragDisabled: boolean;
  /** Changes when the highlighted search words change (cells read them from the table meta). */
  tokensKey: string;
  handlers: RowHandlers;
}

// Icons drawn by CSS masks (delegates.css): one node instead of an SVG tree per row.
const GRIP = <span className="dl-ico dl-ico-grip" aria-hidden />;
const PENCIL = <span className="dl-ico dl-ico-pencil" aria-hidden />;

const labelOf = (d: Delegate) => d.fullName || d.position || '(chưa có tên)';

export const DelegateRow = memo(function DelegateRow({
  row,
  top,
  height,
  active,
  selected,
  dragDisabled,
  tokensKey,
  handlers,
}: Props) {
  const d = row.original;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: d.id,
    disabled: dragDisabled,
    attributes: { roleDescription: 'dòng có thể kéo' },
  });

  let cls = 'dl-row';
  if (active) cls += ' dl-row-active';
  if (selected) cls += ' dl-row-selected';
  if (isDragging) cls += ' dl-row-dragging';

  return (
    <div
      ref={setNodeRef}
      id={rowDomId(d.id)}
      role="row"
      aria-selected={selected}
      className={cls}
      style={{ top, height, transform: CSS.Translate.toString(transform), transition }}
      data-testid={`delegate-row-${d.id}`}
      data-precedence={d.precedence}
      data-name={d.fullName}
      onMouseDown={() => handlers.onActivate(d.id)}
      onDoubleClick={(e) => {
        if ((e.target as HTMLElement).closest('button, input')) return;
        handlers.onEdit(d.id);
      }}
    >
      <div role="gridcell" className="dl-cell dl-cell-icon">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="dl-handle"
          data-testid={`delegate-drag-${d.id}`}
          {...attributes}
          {...listeners}
          tabIndex={active && !dragDisabled ? 0 : -1}
          aria-disabled={dragDisabled}
          aria-label={`Kéo để đổi thứ tự: ${labelOf(d)}`}
          title={dragDisabled ? 'Xóa ô tìm kiếm để kéo đổi thứ tự' : 'Kéo để đổi thứ tự (hoặc Space rồi phím mũi tên)'}
        >
          {GRIP}
        </button>
      </div>
      <RowCells row={row} selected={selected} tokensKey={tokensKey} handlers={handlers} />
    </div>
  );
});

/** Everything after the handle; re-renders only when its own props change. */
const RowCells = memo(function RowCells({
  row,
  selected,
  handlers,
}: {
  row: Row<Delegate>;
  selected: boolean;
  tokensKey: string;
  handlers: RowHandlers;
}) {
  const d = row.original;
  return (
    <>
      {row.getVisibleCells().map((cell) => {
        const id = cell.column.id;
        if (id === 'drag') return null;
        if (id === 'select') {
          return (
            <div key={id} role="gridcell" className="dl-cell dl-cell-icon">
              <input
                type="checkbox"
                className="dl-check"
                tabIndex={-1}
                checked={selected}
                onChange={() => undefined}
                onClick={(e) => handlers.onToggle(d.id, e.shiftKey)}
                data-testid={`delegate-select-${d.id}`}
                aria-label={`Chọn ${labelOf(d)}`}
              />
            </div>
          );
        }
        if (id === 'edit') {
          return (
            <div key={id} role="gridcell" className="dl-cell dl-cell-icon">
              <button
                type="button"
                className="dl-icon-btn dl-edit"
                tabIndex={-1}
                onClick={() => handlers.onEdit(d.id)}
                data-testid={`delegate-edit-${d.id}`}
                aria-label={`Sửa ${labelOf(d)}`}
                title="Sửa (Enter hoặc nhấp đúp)"
              >
                {PENCIL}
              </button>
            </div>
          );
        }
        return (
          <div
            key={id}
            role="gridcell"
            className={`${RIGHT_ALIGNED.has(id) ? 'dl-cell dl-num' : 'dl-cell'} dl-col-${id}`}
            title={
              typeof cell.getValue() === 'string' && (cell.getValue() as string).length > 14
                ? (cell.getValue() as string)
                : undefined
            }
          >
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </div>
        );
      })}
    </>
  );
});
