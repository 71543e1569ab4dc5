/**
 * The table's columns (TanStack Table): ids, headers, cells and widths. The widths build one CSS
 * grid template shared by the header, the rows and the section headers.
 */
import React from 'react';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { Delegate } from '../../../shared/models/delegate';
import { DELEGATE_FIELD_LABELS as L } from '../../../shared/models/delegate';
import { Highlighted } from './highlight';

/** What cells read from `table.options.meta`. */
export interface TableMetaData {
  tokens: string[];
}

const col = createColumnHelper<Delegate>();

const tokensOf = (meta: unknown) => (meta as TableMetaData | undefined)?.tokens ?? [];

/** A one-line cell: ellipsis, the full text as a tooltip, matches highlighted. */
function TextCell({ text, tokens }: { text: string; tokens: string[] }) {
  if (!text) return null;
  return (
    <span className="dl-ellipsis" title={text}>
      <Highlighted text={text} tokens={tokens} />
    </span>
  );
}

const textColumn = (key: 'rank' | 'position' | 'unit' | 'category' | 'phone' | 'note') =>
  col.accessor(key, {
    id: key,
    header: L[key],
    cell: (c) => <TextCell text={c.getValue()} tokens={tokensOf(c.table.options.meta)} />,
  });

/** Order = order on screen. 'drag', 'select' and 'edit' are drawn by the row itself. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TanStack's idiom: each column has its own value type
export const COLUMNS: ColumnDef<Delegate, any>[] = [
  col.display({ id: 'drag', header: () => <span className="sr-only">Kéo</span> }),
  col.display({ id: 'select', header: () => null }),
  col.accessor('precedence', { id: 'precedence', header: 'STT', cell: (c) => c.getValue() }),
  textColumn('rank'),
  col.accessor('fullName', {
    id: 'fullName',
    header: L.fullName,
    cell: (c) =>
      c.getValue() ? (
        <span className="dl-ellipsis dl-name" title={c.getValue()}>
          <Highlighted text={c.getValue()} tokens={tokensOf(c.table.options.meta)} />
        </span>
      ) : (
        <span className="dl-placeholder">(chưa có tên)</span>
      ),
  }),
  textColumn('position'),
  textColumn('unit'),
  textColumn('category'),
  textColumn('phone'),
  textColumn('note'),
  col.display({ id: 'edit', header: () => <span className="sr-only">Sửa</span> }),
];

const WIDTHS: Record<string, string> = {
  drag: '26px',
  select: '30px',
  precedence: '46px',
  rank: '100px',
  fullName: 'minmax(150px, 1.35fr)',
  position: 'minmax(130px, 1.4fr)',
  unit: 'minmax(130px, 1.4fr)',
  // Wide enough for "Khách mời Quân khu 1", "Đại biểu tỉnh" (#14); the full text is in the cell's title.
  category: 'minmax(120px, 1.15fr)',
  phone: '104px',
  note: 'minmax(60px, 0.6fr)',
  edit: '34px',
};

export const GRID_TEMPLATE = COLUMNS.map((c) => WIDTHS[c.id!]).join(' ');

/** Columns a narrow window (1024 px) leaves out; they stay in the edit dialog and the Excel export. */
export const NARROW_HIDDEN = new Set(['phone', 'note']);
const NARROW_WIDTHS: Record<string, string> = {
  ...WIDTHS,
  rank: '92px',
  fullName: 'minmax(140px, 1.35fr)',
  position: 'minmax(115px, 1.4fr)',
  unit: 'minmax(115px, 1.4fr)',
  category: 'minmax(110px, 1.1fr)',
};
/** The grid at 1024 px (delegates.css switches to it): every column but NARROW_HIDDEN, fitting 760 px. */
export const GRID_TEMPLATE_NARROW = COLUMNS.filter((c) => !NARROW_HIDDEN.has(c.id!))
  .map((c) => NARROW_WIDTHS[c.id!])
  .join(' ');

/** Cells aligned right (numbers). */
export const RIGHT_ALIGNED = new Set(['precedence']);
