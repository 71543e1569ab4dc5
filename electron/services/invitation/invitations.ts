/**
 * Invitations: the form settings of a conference and the register (sổ theo dõi giấy mời) — sent or
 * not, when and how, the reply and who comes instead. The register lives in delegate_register.
 */
import { AppError } from '../../../shared/api/errors';
import {
  InvitationSettingsFields,
  REPLIES,
  type InvitationSettings,
  type Register,
  type RegisterEntry,
  type Substitute,
  SENT_METHODS,
  type CategoryCount,
} from '../../../shared/models/invitation';
import { defaultInvitationSettings } from '../../../shared/documents/invitation';
import * as repo from '../../../db/repositories/invitation';
import type { ServiceContext } from '../kernel/context';
import { getConference } from '../conference';
import { foldDiacritics, normalizeText, stripHonorific, titleCaseName } from '../../../shared/text/normalize';
import { canonicalRank, splitRank } from '../../../shared/text/ranks';

/**
 * The stored form: since the letters must follow the conference, only the fields the secretary typed
 * are kept ({v: 2, typed: {...}}); a field equal to what the conference gives is not stored and keeps
 * following it. A form saved before this (a flat object) counts every field as typed, and the form
 * shows where those differ from the conference.
 */
function storedTyped(stored: string | null): Record<string, unknown> {
  if (!stored) return {};
  const o = JSON.parse(stored) as Record<string, unknown>;
  return o.v === 2 && o.typed && typeof o.typed === 'object' ? (o.typed as Record<string, unknown>) : o;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function conferenceValuesOf(defaults: InvitationSettingsFields): Record<string, string> {
  return Object.fromEntries(Object.entries(defaults).filter(([, v]) => typeof v === 'string')) as Record<
    string,
    string
  >;
}

/** The form: the typed values over what the conference gives now (a field added later takes its default). */
export async function getInvitationSettings(ctx: ServiceContext, conferenceId: string): Promise<InvitationSettings> {
  const conference = await getConference(ctx, conferenceId);
  const stored = await repo.findSettings(ctx.store.db, conferenceId);
  const defaults = defaultInvitationSettings(conference);
  const typedValues = storedTyped(stored);
  const merged = InvitationSettingsFields.safeParse({ ...defaults, ...typedValues });
  const fields = merged.success ? merged.data : defaults;
  const typed = Object.keys(fields).filter(
    (k) => k in typedValues && !same(fields[k as keyof typeof fields], defaults[k as keyof typeof defaults]),
  );
  return { ...fields, conferenceId, saved: stored !== null, typed, conferenceValues: conferenceValuesOf(defaults) };
}

/** @example await updateInvitationSettings(ctx, id, { number: '15', issueDate: '2025-09-20' }) */
export async function updateInvitationSettings(
  ctx: ServiceContext,
  conferenceId: string,
  patch: Partial<InvitationSettingsFields>,
): Promise<InvitationSettings> {
  const {
    conferenceId: _c,
    saved: _s,
    typed: _t,
    conferenceValues: _v,
    ...current
  } = await getInvitationSettings(ctx, conferenceId);
  const next = InvitationSettingsFields.parse({ ...current, ...stripUndefined(patch) });
  const defaults = defaultInvitationSettings(await getConference(ctx, conferenceId));
  const typed = Object.fromEntries(
    Object.entries(next).filter(([k, v]) => !same(v, defaults[k as keyof typeof defaults])),
  );
  await repo.saveSettings(ctx.store.db, conferenceId, JSON.stringify({ v: 2, typed }), ctx.now());
  return {
    ...next,
    conferenceId,
    saved: true,
    typed: Object.keys(typed),
    conferenceValues: conferenceValuesOf(defaults),
  };
}

const stripUndefined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** "YYYY-MM-DD" minus n days (calendar arithmetic in UTC: no time-zone drift). */
function minusDays(isoDate: string, n: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - n)).toISOString().slice(0, 10);
}

const oneOf = <T extends readonly string[]>(list: T, v: string | null | undefined, dflt: T[number]): T[number] =>
  (list as readonly string[]).includes(v ?? '') ? (v as T[number]) : dflt;

export function cleanSubstitute(s: Substitute): Substitute {
  const split = splitRank(stripHonorific(s.fullName).name);
  return {
    fullName: titleCaseName(split.name),
    rank: canonicalRank(s.rank) || normalizeText(s.rank) || split.rank,
    position: normalizeText(s.position),
    unit: normalizeText(s.unit),
  };
}

/** The signer (same name) or the chair (the chair's text names him) of the conference, else null. */
function hostRoleOf(fullName: string, c: { signerName: string; chair: string }): RegisterEntry['hostRole'] {
  const n = foldDiacritics(fullName);
  if (n.split(' ').length < 2) return null;
  if (c.signerName && foldDiacritics(c.signerName) === n) return 'signer';
  if (c.chair && ` ${foldDiacritics(c.chair)} `.includes(` ${n} `)) return 'chair';
  return null;
}

function toEntry(r: repo.RegisterRow): RegisterEntry {
  const reply = oneOf(REPLIES, r.reply, 'none');
  return {
    delegateId: r.id,
    precedence: r.precedence,
    fullName: r.full_name,
    rank: r.rank,
    position: r.position,
    unit: r.unit,
    category: r.category,
    phone: r.phone,
    status: r.invitation_status === 'sent' ? 'sent' : 'not_sent',
    sentAt: r.sent_at ?? null,
    method: r.sent_method ? oneOf(SENT_METHODS, r.sent_method, 'truc_tiep') : null,
    reply,
    substitute:
      reply === 'substitute'
        ? {
            fullName: r.substitute_full_name ?? '',
            rank: r.substitute_rank ?? '',
            position: r.substitute_position ?? '',
            unit: r.substitute_unit ?? '',
          }
        : null,
    note: r.note ?? '',
    printedAt: r.printed_at ?? null,
    hostRole: null,
  };
}

function countByCategory(items: RegisterEntry[]): CategoryCount[] {
  const map = new Map<string, CategoryCount>();
  for (const e of items) {
    const c = map.get(e.category) ?? {
      category: e.category,
      total: 0,
      sent: 0,
      replied: 0,
      attending: 0,
      absent: 0,
      substituted: 0,
    };
    c.total++;
    if (e.status === 'sent') c.sent++;
    if (e.reply !== 'none') c.replied++;
    if (e.reply === 'attending') c.attending++;
    if (e.reply === 'absent') c.absent++;
    if (e.reply === 'substitute') c.substituted++;
    map.set(e.category, c);
  }
  return [...map.values()];
}

/** The register with counts by category, the 15-day deadline and what is late. */
export async function getRegister(ctx: ServiceContext, conferenceId: string): Promise<Register> {
  const conference = await getConference(ctx, conferenceId);
  const items = (await repo.listRegisterRows(ctx.store.db, conferenceId))
    .map(toEntry)
    .map((e) => ({ ...e, hostRole: hostRoleOf(e.fullName, conference) }));
  const dueBy = conference.startsAt ? minusDays(conference.startsAt.slice(0, 10), 15) : null;
  const today = ctx.now().slice(0, 10);
  const late = dueBy && today > dueBy ? items.filter((e) => e.status === 'not_sent').length : 0;
  return {
    items,
    byCategory: countByCategory(items),
    dueBy,
    late,
    lastBatch: await repo.lastBatch(ctx.store.db, conferenceId),
  };
}

async function requireDelegates(ctx: ServiceContext, conferenceId: string, ids: string[]) {
  await getConference(ctx, conferenceId);
  const found = await repo.delegateIdsIn(ctx.store.db, conferenceId, ids);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    throw new AppError(
      'NOT_FOUND',
      `Không tìm thấy ${missing.length} đại biểu trong hội nghị này (mã đầu: "${missing[0]}")`,
      { missing },
    );
  }
}

export interface MarkInput {
  conferenceId: string;
  delegateIds: string[];
  status: 'sent' | 'not_sent';
  sentAt?: string;
  method?: (typeof SENT_METHODS)[number];
}

/** Bulk "đã gửi" (with date and method) or back to "chưa gửi", in one transaction. */
export async function markInvitations(ctx: ServiceContext, i: MarkInput): Promise<{ updated: number }> {
  const ids = [...new Set(i.delegateIds)];
  await requireDelegates(ctx, i.conferenceId, ids);
  const set =
    i.status === 'sent'
      ? { invitation_status: 'sent', sent_at: i.sentAt ?? ctx.now().slice(0, 10), sent_method: i.method ?? 'truc_tiep' }
      : { invitation_status: 'not_sent', sent_at: null, sent_method: '' };
  await ctx.store.db.transaction().execute((trx) => repo.upsertRegister(trx, ids, set, ctx.now()));
  return { updated: ids.length };
}

/**
 * Records a reply. "substitute" needs the substitute's name; the original delegate stays on record,
 * the substitute is who sits, wears the badge and is checked in.
 */
export async function replyInvitation(
  ctx: ServiceContext,
  delegateId: string,
  reply: (typeof REPLIES)[number],
  substitute?: Substitute,
  note?: string,
): Promise<RegisterEntry & { conferenceId: string }> {
  const [d] = await ctx.store.db
    .selectFrom('delegates')
    .select(['id', 'conference_id'])
    .where('id', '=', delegateId)
    .execute();
  if (!d) throw new AppError('NOT_FOUND', `Không tìm thấy đại biểu có mã "${delegateId}"`, { id: delegateId });
  // A name is cleaned as an imported one ("Đ/c", double spaces, NFC, the rank typed in the name); a
  // substitute without a name yet ("cử người dự thay, chưa có tên") is kept as such.
  const sub =
    reply === 'substitute' && substitute
      ? cleanSubstitute(substitute)
      : { fullName: '', rank: '', position: '', unit: '' };
  const set = {
    reply,
    substitute_full_name: sub.fullName,
    substitute_rank: sub.rank,
    substitute_position: sub.position,
    substitute_unit: sub.unit,
    ...(note !== undefined ? { note } : {}),
  };
  await ctx.store.db.transaction().execute((trx) => repo.upsertRegister(trx, [delegateId], set, ctx.now()));
  const entry = (await repo.listRegisterRows(ctx.store.db, d.conference_id)).find((r) => r.id === delegateId)!;
  return { ...toEntry(entry), conferenceId: d.conference_id };
}
