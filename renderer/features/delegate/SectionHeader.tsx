/**
 * The group row drawn each time the category (thành phần) changes: name, count, and the two sorts
 * of that section (delegate.sortSection).
 */
import React, { memo } from 'react';
import { ArrowDownAZ, ArrowDownWideNarrow } from 'lucide-react';

export const NO_CATEGORY_LABEL = '(Chưa phân thành phần)';

interface Props {
  index: number;
  category: string;
  count: number;
  top: number;
  height: number;
  busy: boolean;
  onSort(category: string, by: 'rank' | 'name'): void;
}

export const SectionHeader = memo(function SectionHeader({ index, category, count, top, height, busy, onSort }: Props) {
  const name = category || NO_CATEGORY_LABEL;
  return (
    <div
      role="row"
      className="dl-section"
      style={{ top, height }}
      data-testid={`section-header-${index}`}
      data-category={category}
    >
      <div role="columnheader" className="dl-section-cell" aria-colspan={11}>
        <span className={category ? 'dl-section-name' : 'dl-section-name dl-placeholder'} title={name}>
          {name}
        </span>
        <span className="dl-section-count" aria-label={`${count} đại biểu`}>
          {count}
        </span>
        <span className="dl-section-menu" role="group" aria-label={`Sắp xếp thành phần ${name}`}>
          <button
            type="button"
            className="dl-link-btn"
            disabled={busy}
            onClick={() => onSort(category, 'rank')}
            data-testid={`section-sort-rank-${index}`}
            title="Xếp những người trong thành phần này theo cấp bậc, cao trước (giữ nguyên vị trí của thành phần)"
          >
            <ArrowDownWideNarrow size={14} aria-hidden /> Sắp xếp theo cấp bậc
          </button>
          <button
            type="button"
            className="dl-link-btn"
            disabled={busy}
            onClick={() => onSort(category, 'name')}
            data-testid={`section-sort-name-${index}`}
            title="Xếp theo tên (chữ cuối của họ tên), theo thứ tự chữ cái tiếng Việt"
          >
            <ArrowDownAZ size={14} aria-hidden /> Sắp xếp theo tên
          </button>
        </span>
      </div>
    </div>
  );
});
