/**
 * The audit trail: every successful mutating call leaves one append-only row (who, what, which ids,
 * before → after, when). Written by the dispatcher's hooks, so procedures added later are covered
 * without their own code. "Before" is captured where it matters most — delegate and conference
 * edits and deletions — with one cheap lookup by id; elsewhere the input (and a small output).
 */
import { sql } from 'kysely';
import type { ProcedureName } from '../../../shared/api/contract';
import type { Caller, DispatchHooks } from '../../../shared/api/handlers';
import { newId, type ServiceContext } from '../kernel/context';
import { assertWritable } from './store-health';
import { storeIdle } from './restore';

export interface AuditItem {
  id: string;
  at: string;
  role: string;
  actor: string;
  procedure: string;
  conferenceId: string | null;
  entityIds: string[];
  before: unknown;
  after: unknown;
}

const MAX_JSON = 8000;
const MAX_IDS = 500;
const camelToSnake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Secrets never enter the trail (a desk's pairing PIN, its station token). */
const SECRET_KEYS = new Set(['token', 'pin', 'adminToken', 'password']);

/** Base64 payloads and huge arrays stay out of the trail: it records what changed, not the file. */
function slim(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return v.length > 500 ? `${v.slice(0, 200)}… (${v.length} ký tự)` : v;
  if (Array.isArray(v))
    return v.length > 50
      ? [...v.slice(0, 50).map((x) => slim(x, depth + 1)), `… (${v.length} mục)`]
      : v.map((x) => slim(x, depth + 1));
  if (v && typeof v === 'object' && depth < 6) {
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [
        k,
        SECRET_KEYS.has(k)
          ? '(ẩn)'
          : k === 'contentBase64' && typeof x === 'string'
            ? `(tệp ${Math.round((x.length * 3) / 4)} byte)`
            : slim(x, depth + 1),
      ]),
    );
  }
  return v;
}

const json = (v: unknown): string | null => {
  if (v === undefined || v === null) return null;
  const s = JSON.stringify(slim(v));
  return s.length > MAX_JSON ? JSON.stringify({ truncated: s.slice(0, MAX_JSON) }) : s;
};

function idsOf(input: Record<string, unknown>, output: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const v of [input.id, input.delegateId, output.id, input.ids, input.delegateIds]) {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) out.push(...v.filter((x): x is string => typeof x === 'string'));
  }
  return [...new Set(out)].slice(0, MAX_IDS);
}

type Row = Record<string, unknown>;
/** Before-images for the edits people ask about ("who changed this name?"). */
function captureBefore(ctx: ServiceContext, procedure: ProcedureName, input: Row): Row[] | null {
  const table = procedure.startsWith('delegate.')
    ? 'delegates'
    : procedure === 'conference.update'
      ? 'conferences'
      : null;
  if (!table || !['delegate.update', 'delegate.delete', 'delegate.bulkUpdate', 'conference.update'].includes(procedure))
    return null;
  const ids = (typeof input.id === 'string' ? [input.id] : Array.isArray(input.ids) ? input.ids : []).slice(
    0,
    MAX_IDS,
  ) as string[];
  if (!ids.length) return null;
  const rows = ctx.store.sqlite
    .prepare(`select * from ${table} where id in (select value from json_each(?))`)
    .all(JSON.stringify(ids)) as Row[];
  return rows.map(({ search_key: _s, ...r }) => r);
}

/** Only the fields the patch touches, before and after. */
function patchDiff(before: Row[], patch: Row): { before: unknown; after: unknown } {
  const keys = Object.keys(patch);
  const pick = (r: Row) => Object.fromEntries(keys.map((k) => [k, r[camelToSnake(k)]]));
  return before.length === 1
    ? { before: pick(before[0]), after: patch }
    : { before: Object.fromEntries(before.map((r) => [String(r.id), pick(r)])), after: patch };
}

/**
 * @example await writeAudit(ctx, { procedure: 'backup.restore', caller, conferenceId: null, entityIds: [], before: null, after: {id} });
 */
export async function writeAudit(
  ctx: ServiceContext,
  e: {
    procedure: string;
    caller: Caller;
    conferenceId: string | null;
    entityIds: string[];
    before: unknown;
    after: unknown;
  },
) {
  const sqlite = ctx.store.sqlite;
  // One prepared statement per open store (safety.state.ts): the trail is written after every write, so keep it cheap.
  const inserts = ctx.state.safety.auditInserts;
  let insert = inserts.get(sqlite);
  if (!insert) {
    insert =
      sqlite.prepare(`insert into audit_log (id, at, role, actor, procedure, conference_id, entity_ids, before_json, after_json)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    inserts.set(sqlite, insert);
  }
  // A desk is its station id (names are labels); "Bàn 1 #<id>" keeps both.
  const actor =
    e.caller.role === 'desk' && e.caller.stationId ? `${e.caller.name} #${e.caller.stationId}` : e.caller.name;
  insert.run(
    newId(),
    ctx.now(),
    e.caller.role,
    actor,
    e.procedure,
    e.conferenceId,
    JSON.stringify(e.entityIds),
    json(e.before),
    json(e.after),
  );
}

/** The dispatcher's hooks: wait for a store swap, refuse writes to a damaged store, then audit. */
export function auditHooks(ctx: ServiceContext): DispatchHooks {
  return {
    before: async (procedure, input, _caller, mutates) => {
      const swap = storeIdle(ctx);
      if (swap && procedure !== 'backup.restore') await swap;
      if (!mutates) return null;
      assertWritable(ctx, procedure);
      return captureBefore(ctx, procedure, (input ?? {}) as Row);
    },
    after: async (procedure, input, output, caller, state, conferenceId) => {
      const i = (input ?? {}) as Row;
      const o = (output ?? {}) as Row;
      const before = state as Row[] | null;
      const confId = conferenceId ?? (before?.[0]?.conference_id as string | undefined) ?? null;
      const small = JSON.stringify(o ?? null).length < 2000 ? o : undefined;
      const diff =
        before && i.patch && typeof i.patch === 'object'
          ? patchDiff(before, i.patch as Row)
          : { before, after: small === undefined ? { input: i } : { input: i, output: small } };
      await writeAudit(ctx, { procedure, caller, conferenceId: confId, entityIds: idsOf(i, o), ...diff });
    },
  };
}

const rowToItem = (r: {
  id: string;
  at: string;
  role: string;
  actor: string;
  procedure: string;
  conference_id: string | null;
  entity_ids: string;
  before_json: string | null;
  after_json: string | null;
}): AuditItem => ({
  id: r.id,
  at: r.at,
  role: r.role,
  actor: r.actor,
  procedure: r.procedure,
  conferenceId: r.conference_id,
  entityIds: JSON.parse(r.entity_ids) as string[],
  before: r.before_json === null ? null : JSON.parse(r.before_json),
  after: r.after_json === null ? null : JSON.parse(r.after_json),
});

/** The trail of a conference (or of one delegate in it), newest first. */
export async function listAudit(
  ctx: ServiceContext,
  conferenceId: string,
  delegateId?: string,
  limit = 500,
): Promise<AuditItem[]> {
  let q = ctx.store.db.selectFrom('audit_log').selectAll().where('conference_id', '=', conferenceId);
  if (delegateId) {
    q = q.where(sql<boolean>`exists (select 1 from json_each(audit_log.entity_ids) where value = ${delegateId})`);
  }
  const rows = await q
    .orderBy('at', 'desc')
    .orderBy(sql`rowid`, 'desc')
    .limit(limit)
    .execute();
  return rows.map(rowToItem);
}
