/**
 * The programme: items in order with computed start times, the overrun warning, drag (or Alt+↑/↓)
 * to reorder, and on the day the start/finish marks with the running delay.
 */
import React, { useState } from 'react';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { FileDown, Printer } from 'lucide-react';
import { call } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ErrorPanel } from '../../components/ErrorPanel';
import { hrefPrint } from '../../router';
import type { AgendaItem } from '../../../shared/models/programme';
import { hOf } from '../../../shared/programme/schedule';
import { useRun } from '../../hooks/useRun';
import { AddItem, Row } from './AgendaRow';

export function AgendaTab({ conferenceId }: { conferenceId: string }) {
  const q = useApiQuery('agenda.list', { conferenceId });
  const conf = useApiQuery('conference.get', { id: conferenceId });
  const { run, download } = useRun();
  // The dragged order shows until the list reloads after the save (clearing it at once would flash the old order).
  const [optimistic, setOptimistic] = useState<{ items: AgendaItem[]; base: unknown } | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  if (q.error && !q.data) return <ErrorPanel error={q.error} />;
  const data = q.data;
  const items = optimistic && optimistic.base === data ? optimistic.items : (data?.items ?? []);
  const move = async (from: number, to: number) => {
    const next = arrayMove(items, from, to);
    setOptimistic({ items: next, base: data });
    const saved = await run(() => call('agenda.reorder', { conferenceId, orderedIds: next.map((i) => i.id) }));
    if (saved === undefined) setOptimistic(null);
    else q.reload();
  };
  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over || e.active.id === e.over.id) return;
    void move(
      items.findIndex((i) => i.id === e.active.id),
      items.findIndex((i) => i.id === e.over!.id),
    );
  };
  const delay = data?.delayMinutes ?? null;
  return (
    <div className="stack">
      <div className="pg-head">
        <div className="pg-summary" data-testid="agenda-summary">
          {conf.data?.startsAt ? (
            <span>
              Khai mạc <b>{hOf(conf.data.startsAt)}</b>
            </span>
          ) : (
            <span className="pg-warn-text">Chưa đặt giờ bắt đầu hội nghị (mục Thông tin hội nghị)</span>
          )}
          {data?.plannedEnd ? (
            <span>
              Dự kiến kết thúc <b data-testid="agenda-planned-end">{hOf(data.plannedEnd)}</b>
            </span>
          ) : null}
          {conf.data?.endsAt ? (
            <span>
              Kế hoạch kết thúc <b>{hOf(conf.data.endsAt)}</b>
            </span>
          ) : null}
          <span>{data?.plannedMinutes ?? 0} phút</span>
          {delay !== null ? (
            <span className={delay > 0 ? 'pg-late' : 'pg-ontime'} data-testid="agenda-delay">
              {delay > 0 ? `Chậm ${delay} phút` : delay < 0 ? `Sớm ${-delay} phút` : 'Đúng giờ'}
            </span>
          ) : null}
        </div>
        <div className="actions">
          <a
            className="btn"
            href={hrefPrint('programme', conferenceId)}
            target="_blank"
            rel="noreferrer"
            data-testid="agenda-print"
          >
            <Printer size={16} aria-hidden />
            Bản in
          </a>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="agenda-docx"
            onClick={() => download(() => call('document.programme', { conferenceId }))}
          >
            <FileDown size={16} aria-hidden />
            Tải chương trình (.docx)
          </button>
        </div>
      </div>
      {data?.overrunMinutes ? (
        <div className="panel panel-warn" role="alert" data-testid="agenda-overrun">
          Chương trình vượt giờ kết thúc {data.overrunMinutes} phút (dự kiến {hOf(data.plannedEnd)}, kế hoạch{' '}
          {hOf(conf.data?.endsAt ?? null)}). Hãy rút ngắn hoặc bỏ bớt mục.
        </div>
      ) : null}
      <div className="table-wrap">
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <table className="table pg-table pg-agenda" data-testid="agenda-table">
            <thead>
              <tr>
                <th aria-label="Kéo" />
                <th>Thời gian</th>
                <th>Nội dung</th>
                <th>Người thực hiện</th>
                <th>Phút</th>
                <th>Trong ngày</th>
              </tr>
            </thead>
            <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
              <tbody>
                {items.map((it, i) => (
                  <Row key={it.id} it={it} index={i} count={items.length} onMove={move} />
                ))}
                {!items.length && !q.loading ? (
                  <tr>
                    <td colSpan={6} className="muted">
                      Chưa có mục nào. Thêm các mục theo trình tự: tuyên bố lý do → báo cáo → tham luận → phát biểu chỉ
                      đạo → trao thưởng → kết luận.
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </SortableContext>
          </table>
        </DndContext>
      </div>
      <AddItem conferenceId={conferenceId} />
    </div>
  );
}
