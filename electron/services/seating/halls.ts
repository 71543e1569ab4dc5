/** Halls: create, read, list, edit. A hall is saved once and reused by every conference. */
import { AppError, notFound } from '../../../shared/api/errors';
import { DEMO_HALL, HallFields, type Hall, type HallFieldsInput } from '../../../shared/models/hall';
import { seatsOf } from '../../../shared/seating/layout';
import * as repo from '../../../db/repositories/seating';
import type { ServiceContext } from '../kernel/context';
import { newId } from '../kernel/context';

type Layout = Pick<HallFields, 'stage' | 'blocks'>;

/** A row's layout JSON as the hall's fields. */
export function rowToHall(r: repo.HallRow): Hall {
  const layout = JSON.parse(r.layout) as Layout;
  const fields = HallFields.parse({ name: r.name, ...layout });
  return {
    ...fields,
    id: r.id,
    seatCount: seatsOf(fields).filter((s) => !s.disabled).length,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function checkLayout(f: HallFields) {
  const names = f.blocks.map((b) => b.name.toLocaleLowerCase('vi'));
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup)
    throw new AppError('BAD_INPUT', `Hội trường "${f.name}": hai khu cùng tên "${dup.toUpperCase()}"`, { block: dup });
  for (const b of f.blocks) {
    const bad = b.disabled.find((d) => d.row > b.rows || d.x >= b.seatsPerRow);
    if (bad)
      throw new AppError('BAD_INPUT', `Khu ${b.name}: ghế tắt ở hàng ${bad.row}, vị trí ${bad.x + 1} nằm ngoài khu`, {
        block: b.name,
      });
  }
}

const layoutJson = (f: HallFields) => JSON.stringify({ stage: f.stage, blocks: f.blocks });

/** @example await createHall(ctx, { name: 'Hội trường tầng 2', blocks: [{ name: 'A', rows: 5, seatsPerRow: 8 }] }) */
export async function createHall(ctx: ServiceContext, input: HallFieldsInput): Promise<{ id: string }> {
  const f = HallFields.parse(input);
  checkLayout(f);
  const id = newId();
  const now = ctx.now();
  await repo.insertHall(ctx.store.db, { id, name: f.name, layout: layoutJson(f), created_at: now, updated_at: now });
  return { id };
}

/** The demo hall; made once, then the same one is handed back. */
export async function createDemoHall(ctx: ServiceContext): Promise<{ id: string }> {
  const existing = (await repo.listHalls(ctx.store.db)).find((h) => h.name === DEMO_HALL.name);
  return existing ? { id: existing.id } : createHall(ctx, DEMO_HALL);
}

export async function getHall(ctx: ServiceContext, id: string): Promise<Hall> {
  const r = await repo.findHall(ctx.store.db, id);
  if (!r) throw notFound('hội trường', id);
  return rowToHall(r);
}

export async function listHalls(ctx: ServiceContext): Promise<Hall[]> {
  return (await repo.listHalls(ctx.store.db)).map(rowToHall);
}

/**
 * Edits a hall. Never changes a conference's seating: an edit that removes or switches off a seat
 * someone sits on (in any conference using the hall) is refused, naming the seats and people.
 */
export async function updateHall(ctx: ServiceContext, id: string, patch: Partial<HallFields>): Promise<Hall> {
  const cur = await getHall(ctx, id);
  const f = HallFields.parse({
    name: patch.name ?? cur.name,
    stage: patch.stage ?? cur.stage,
    blocks: patch.blocks ?? cur.blocks,
  });
  checkLayout(f);
  const valid = new Set(
    seatsOf(f)
      .filter((s) => !s.disabled)
      .map((s) => s.id),
  );
  const oldSeats = new Map(seatsOf(cur).map((s) => [s.id, s]));
  await ctx.store.db.transaction().execute(async (trx) => {
    const lost = await repo.seatedOutside(trx, id, valid);
    if (lost.length) {
      const title = (t: string) => (t.length > 50 ? `${t.slice(0, 48).trimEnd()}…` : t);
      const shown = lost
        .slice(0, 4)
        .map(
          (l) =>
            `${oldSeats.get(l.seat_id)?.short ?? l.seat_id} (${l.full_name || l.position}, hội nghị “${title(l.title)}”)`,
        )
        .join('; ');
      throw new AppError(
        'CONFLICT',
        `Không lưu được hội trường “${f.name}”: ${lost.length} ghế bị bỏ hoặc tắt đang có người ngồi — ${shown}${lost.length > 4 ? '…' : ''}. ` +
          'Hãy bỏ xếp hoặc chuyển những người này sang ghế khác trước, hoặc lưu thành hội trường mới.',
        { seats: lost.map((l) => l.seat_id) },
      );
    }
    await repo.updateHall(trx, id, { name: f.name, layout: layoutJson(f), updated_at: ctx.now() });
  });
  return getHall(ctx, id);
}
