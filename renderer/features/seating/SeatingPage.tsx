/**
 * Sơ đồ chỗ ngồi: the hall to scale, auto-assign by protocol, drag (or pick + Enter) to seat and
 * swap, lock, clear, undo; empty rows of honour and conflicts flagged; links to the print views.
 * #/c/<id>/seating, and #/c/<id>/seating/hall/<hallId|new> for the hall editor.
 */
import React, { useEffect, useMemo, useState } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import type { Seat } from '../../../shared/seating/layout';
import { call } from '../../api/client';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useToast } from '../../components/Toast';
import { hrefConference, type Route } from '../../router';
import { HallPlan, fitUnit } from './HallPlan';
import { HallEditor } from './HallEditor';
import { SeatCell } from './SeatCell';
import { SidePanel } from './SidePanel';
import { RulesPanel } from './RulesPanel';
import { PresidiumPanel, useStageChoice } from './PresidiumPanel';
import { PrintPanel, type PrintKind } from './PrintPanel';
import { SeatingToolbar } from './SeatingToolbar';
import { seatAnnouncements } from './seatAnnouncements';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useSeating } from './useSeating';
import { useHallSwitch } from './useHallSwitch';
import { besidePointer, collision, useWidth, warningsOf } from './boardHelpers';
import { DragChip } from './DragChip';
import { usePlanZoom } from './PlanZoom';
import './seating.css';

export function SeatingPage({
  conferenceId,
  route,
}: {
  conferenceId: string;
  route: Extract<Route, { name: 'conference' }>;
}) {
  if (route.rest[0] === 'hall')
    return <HallEditor conferenceId={conferenceId} hallId={route.rest[1] === 'new' ? null : (route.rest[1] ?? null)} />;
  return <SeatingBoard conferenceId={conferenceId} />;
}

function SeatingBoard({ conferenceId }: { conferenceId: string }) {
  const m = useSeating(conferenceId);
  const toast = useToast();
  const hallSwitch = useHallSwitch(conferenceId);
  const chooseHall = (hallId: string) => run('Không đổi được hội trường', () => hallSwitch.choose(hallId));
  const [picked, setPicked] = useState<string | null>(null);
  const [selectedSeat, setSelectedSeat] = useState<string | null>(null);
  const [frontRows, setFrontRows] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [rulesOpen, setRulesOpen] = useState(false);
  const [presOpen, setPresOpen] = useState(false);
  const [printing, setPrinting] = useState<PrintKind | null>(null);
  const conference = useApiQuery('conference.get', { id: conferenceId });
  const [width, canvas] = useWidth();
  const [zoom, zoomControl] = usePlanZoom();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor),
  );
  const frontN = frontRows ?? m.rules?.frontRows ?? 2;
  const choice = useStageChoice(m, conference.data, frontN);
  const warn = useMemo(() => warningsOf(m, frontN), [m, frontN]);

  const run = async (label: string, fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
      m.reload();
    } catch (e) {
      toast.error(`${label}: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const move = (delegateId: string, seatId: string | null) =>
    run('Không đổi được chỗ', () => call('seating.move', { conferenceId, delegateId, seatId }));
  const onActivate = (seat: Seat) => {
    setSelectedSeat(seat.id);
    const occupant = m.bySeat.get(seat.id)?.delegateId ?? null;
    if (picked && picked !== occupant) {
      void move(picked, seat.id);
      setPicked(null);
      return;
    }
    setPicked(occupant && !m.bySeat.get(seat.id)?.locked ? occupant : null);
  };
  const [dragging, setDragging] = useState<string | null>(null);
  const [dragOver, setDragOver] = useState<string | null>(null);
  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null);
    const delegateId = e.active.data.current?.delegateId as string | undefined;
    const over = e.over?.id ? String(e.over.id) : null;
    if (!delegateId || !over) return;
    if (over === 'unassigned') {
      if (m.byDelegate.has(delegateId)) void move(delegateId, null);
      return;
    }
    const seatId = over.slice(2);
    if (m.byDelegate.get(delegateId)?.seatId !== seatId) {
      setSelectedSeat(seatId);
      void move(delegateId, seatId);
    }
  };
  const autoAssign = () =>
    m.hallId &&
    run('Không tự xếp được', async () => {
      const r = await call('seating.autoAssign', {
        conferenceId,
        hallId: m.hallId!,
        rules: {
          presidiumCount: choice.presidiumIds.length,
          presidiumIds: choice.presidiumIds,
          honourIds: choice.honourIds,
          frontRows: frontN,
        },
      });
      toast.success(`Đã xếp ${r.assigned} người${r.unassigned ? `, ${r.unassigned} chưa có chỗ` : ''}.`);
    });
  const undo = () =>
    run('Không hoàn tác được', async () => {
      const r = await call('seating.undo', { conferenceId });
      toast.info(r.undone ? `Đã hoàn tác: ${r.undone}` : 'Không còn gì để hoàn tác.');
    });
  const clear = (block: string) =>
    run('Không xóa được', async () => {
      const r = await call('seating.clear', {
        conferenceId,
        block: block === '*' ? undefined : block,
        keepLocked: true,
      });
      toast.info(`Đã bỏ xếp ${r.updated} ghế (ghế khóa giữ nguyên).`);
    });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !(e.target instanceof HTMLInputElement)) {
        e.preventDefault();
        void undo();
      }
      if (e.key === 'Escape') setPicked(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (m.error)
    return (
      <div className="page">
        <ErrorPanel error={m.error} />
      </div>
    );
  if (m.loading) return <div className="page muted">Đang tải…</div>;
  if (!m.halls.length) {
    return (
      <div className="page stack st-start">
        <h2>Chưa có hội trường nào</h2>
        <p className="muted">Hội trường được lưu một lần và dùng lại cho mọi hội nghị.</p>
        <div className="row">
          <button
            type="button"
            className="btn btn-primary"
            data-testid="hall-create-demo"
            onClick={() => run('Không tạo được', () => call('hall.createDemo', {}))}
          >
            Tạo “Hội trường Bộ CHQS tỉnh” mẫu
          </button>
          <a className="btn" href={hrefConference(conferenceId, 'seating', 'hall', 'new')} data-testid="hall-new">
            Vẽ hội trường mới
          </a>
        </div>
      </div>
    );
  }
  return (
    <div className="st-page">
      <SeatingToolbar
        m={m}
        conferenceId={conferenceId}
        choice={choice}
        frontRows={frontN}
        setFrontRows={setFrontRows}
        busy={busy}
        chooseHall={chooseHall}
        autoAssign={autoAssign}
        undo={undo}
        clear={clear}
        presOpen={presOpen}
        setPresOpen={setPresOpen}
        rulesOpen={rulesOpen}
        setRulesOpen={setRulesOpen}
        printing={printing}
        setPrinting={setPrinting}
      />
      {printing ? (
        <PrintPanel
          m={m}
          conferenceId={conferenceId}
          conference={conference.data}
          choice={choice}
          kind={printing}
          setKind={setPrinting}
          onClose={() => setPrinting(null)}
        />
      ) : null}
      {presOpen ? (
        <PresidiumPanel
          m={m}
          conferenceId={conferenceId}
          choice={choice}
          frontRows={frontN}
          onClose={() => setPresOpen(false)}
        />
      ) : null}
      {rulesOpen ? <RulesPanel m={m} conferenceId={conferenceId} onClose={() => setRulesOpen(false)} /> : null}
      {hallSwitch.dialog}
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={(e) => setDragging((e.active.data.current?.delegateId as string) ?? null)}
        onDragOver={(e) => setDragOver(e.over ? String(e.over.id) : null)}
        onDragCancel={() => setDragging(null)}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements: seatAnnouncements(m),
          screenReaderInstructions: {
            draggable:
              'Nhấn Space để nhấc, phím mũi tên để di chuyển, Space để đặt vào ghế, Esc để hủy. Hoặc nhấn Enter để chọn người rồi Enter ở ghế cần xếp.',
          },
        }}
      >
        <div className="st-body">
          <div className="st-canvas" ref={canvas}>
            {zoomControl}
            {m.hall ? (
              <HallPlan
                hall={m.hall}
                seats={m.seats}
                unit={Math.round(fitUnit(m.seats, width - 16) * zoom)}
                renderSeat={(s, box) => (
                  <SeatCell
                    seat={s}
                    box={box}
                    m={m}
                    selected={selectedSeat === s.id}
                    picked={picked}
                    flagged={warn.flagged.has(s.id)}
                    onActivate={onActivate}
                  />
                )}
              />
            ) : null}
            <div className="st-legend">
              {m.sections.map((c) => (
                <span key={c} className="st-legend-item">
                  <i style={{ background: m.colour(c) }} />
                  {c || 'Chưa phân loại'}
                </span>
              ))}
            </div>
          </div>
          <SidePanel
            m={m}
            picked={picked}
            selectedSeat={selectedSeat}
            warnings={warn.text}
            onPick={(id) => {
              setPicked(id);
              setSelectedSeat(null);
            }}
            onLock={(id, locked) =>
              void run('Không khóa được', () => call('seating.lock', { conferenceId, delegateIds: [id], locked }))
            }
            onUnseat={(id) => void move(id, null)}
          />
        </div>
        <DragOverlay dropAnimation={null} modifiers={[besidePointer]}>
          {dragging && m.byId.get(dragging) ? <DragChip m={m} delegateId={dragging} over={dragOver} /> : null}
        </DragOverlay>
      </DndContext>
    </div>
  );
}
