/**
 * What replacing a conference with a .thuky file would lose on this machine, row by row, in words
 * a secretary reads: a delegate by name, a check-in by name and time, a seat, an invitation marked
 * sent, a reply, a substitute, an award, a programme item or its actual start, a task marked done,
 * a saved script or setting. A row counts when this machine has it and the file has not (by id, or
 * by what it records: a register row "sent" here and "not sent" in the file loses the sending).
 * The most serious first (check-ins); a few lines per kind, the rest counted.
 */
import { REPLY_LABELS } from '../../../../shared/models/invitation';
import { HallFields } from '../../../../shared/models/hall';
import { seatsOf } from '../../../../shared/seating/layout';
import { joinPositionUnit } from '../../../../shared/text/position-unit';
import { APPEND_ONLY, type TablePlan } from './plan';

type Row = Record<string, unknown>;
export interface Losses {
  total: number;
  items: string[];
}
/** How many lines the preview lists; the rest are counted ("và N mục khác"). */
export const LOSSES_SHOWN = 30;
/** Lines per kind before "và N … khác". */
const PER_GROUP = 8;

/** Tables whose rows are described one by one below; any other table's changes are summed up by its label. */
const SETTINGS_LABELS: Record<string, string> = {
  mc_script_edits: 'Kịch bản điều hành đã sửa',
  invitation_settings: 'Mẫu giấy mời đã soạn',
  conclusion_notices: 'Thông báo kết luận đã soạn',
  seating_plans: 'Cách xếp chỗ (đoàn chủ tịch, hàng danh dự, quy tắc khu)',
  award_batches: 'Cách chia đợt trao thưởng',
  invitation_prints: 'Lượt in giấy mời',
};
const SKIPPED = new Set(['checkin_audit', 'checkin_walk_ins', 'checkin_stations']);
const CONFERENCE_FIELDS: Record<string, string> = {
  title: 'tên',
  starts_at: 'thời gian bắt đầu',
  ends_at: 'thời gian kết thúc',
  venue: 'địa điểm',
  chair: 'chủ trì',
  host_body: 'cơ quan tổ chức',
  signer_name: 'người ký',
  document_symbol: 'số, ký hiệu',
  short_title: 'tên gọi ngắn',
  notes: 'ghi chú',
};
/** Columns that only say when a row was saved: a row differing only there loses nothing. */
const STAMPS = new Set(['updated_at', 'saved_at', 'created_at']);

const pad = (n: number) => String(n).padStart(2, '0');
/** An ISO instant as the hall reads it: "07:42 ngày 16/08/2025" (this machine's local time). */
function when(iso: unknown): string {
  const d = new Date(String(iso ?? ''));
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ngày ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}
const day = (iso: unknown) => {
  const m = String(iso ?? '').match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
};
const cut = (s: unknown, n = 80) => {
  const t = String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
const same = (a: Row, b: Row) =>
  Object.keys(a).every((k) => STAMPS.has(k) || String(a[k] ?? '') === String(b[k] ?? ''));

/**
 * @param here  this machine's rows of the conference, per table (plan order)
 * @param file  the file's rows, per table
 * @example replaceLosses(plan, (t) => liveRows(t), (t) => fileRows(f, t)?.rows ?? [])
 */
export function replaceLosses(plan: TablePlan[], here: (t: TablePlan) => Row[], file: (t: TablePlan) => Row[]): Losses {
  const rows = new Map(plan.map((t) => [t.name, { here: here(t), file: file(t), plan: t }]));
  const none: Row[] = [];
  const get = (name: string) => rows.get(name) ?? { here: none, file: none, plan: null };
  const byKey = (list: Row[], key: string) => new Map(list.map((r) => [String(r[key]), r]));
  const people = new Map([...get('delegates').file, ...get('delegates').here].map((d) => [String(d.id), d]));
  const who = (id: unknown) => {
    const d = people.get(String(id));
    if (!d) return 'một đại biểu';
    return (
      [d.rank, d.full_name].filter(Boolean).join(' ') ||
      joinPositionUnit(String(d.position ?? ''), String(d.unit ?? '')) ||
      'một đại biểu'
    );
  };
  // Groups in order of seriousness, each with the noun that counts what it does not list.
  const out: { noun: string; lines: string[] }[] = [
    'lượt điểm danh',
    'đại biểu',
    'mục của sổ giấy mời',
    'chỗ ngồi',
    'mục khen thưởng',
    'mục chương trình, tham luận, nhiệm vụ',
    'mục khác',
  ].map((noun) => ({ noun, lines: [] }));
  const add = (rank: number, line: string) => out[rank].lines.push(line);

  // Check-ins: acknowledged at the door, the most serious loss.
  const activeInFile = new Set(
    get('checkins')
      .file.filter((c) => !c.undone_at)
      .map((c) => String(c.delegate_id)),
  );
  for (const c of get('checkins').here) {
    if (!c.undone_at && !activeInFile.has(String(c.delegate_id)))
      add(0, `Lượt điểm danh: ${who(c.delegate_id)} lúc ${when(c.checked_in_at)}`);
  }
  // Delegates this machine has and the file has not.
  const fileDelegates = byKey(get('delegates').file, 'id');
  for (const d of get('delegates').here) {
    if (!fileDelegates.has(String(d.id)))
      add(
        1,
        `Đại biểu: ${who(d.id)}${d.full_name ? ` (${cut(joinPositionUnit(String(d.position ?? ''), String(d.unit ?? '')), 60)})` : ''}`,
      );
  }
  // The register: sending, replies, substitutes.
  const reg = byKey(get('delegate_register').file, 'delegate_id');
  for (const r of get('delegate_register').here) {
    const f = reg.get(String(r.delegate_id));
    if (r.invitation_status === 'sent' && f?.invitation_status !== 'sent')
      add(2, `Giấy mời đã gửi: ${who(r.delegate_id)}${r.sent_at ? ` (ngày ${day(r.sent_at)})` : ''}`);
    if (r.reply && r.reply !== 'none' && f?.reply !== r.reply)
      add(
        2,
        `Trả lời giấy mời: ${who(r.delegate_id)} — ${REPLY_LABELS[r.reply as keyof typeof REPLY_LABELS] ?? String(r.reply)}`,
      );
    if (r.substitute_full_name && f?.substitute_full_name !== r.substitute_full_name)
      add(
        2,
        `Người dự thay: ${cut([r.substitute_rank, r.substitute_full_name].filter(Boolean).join(' '), 50)} thay ${who(r.delegate_id)}`,
      );
  }
  // Seats.
  const seatName = seatNamer(get('halls').here.concat(get('halls').file), get('seating_plans').here[0]);
  const seats = byKey(get('seat_assignments').file, 'delegate_id');
  for (const s of get('seat_assignments').here) {
    if (seats.get(String(s.delegate_id))?.seat_id !== s.seat_id)
      add(3, `Chỗ ngồi: ${who(s.delegate_id)} — ${seatName(String(s.seat_id))}`);
  }
  // Awards, programme, speeches, tasks, conclusions: rows by id, and marks made on the day.
  const gone = (name: string, rank: number, line: (r: Row, f: Row | undefined) => string | null) => {
    const f = byKey(get(name).file, 'id');
    for (const r of get(name).here) {
      const l = line(r, f.get(String(r.id)));
      if (l) add(rank, l);
    }
  };
  gone('award_decisions', 4, (r, f) =>
    f
      ? null
      : `Quyết định khen thưởng${r.number ? ` số ${cut(r.number, 30)}` : ''}${r.form ? ` (${cut(r.form, 40)})` : ''}`,
  );
  gone('award_recipients', 4, (r, f) =>
    f ? null : `Khen thưởng: ${cut([r.rank, r.name].filter(Boolean).join(' '), 60)}`,
  );
  gone('agenda_items', 5, (r, f) =>
    !f
      ? `Mục chương trình: ${cut(r.title)}`
      : r.started_at && f.started_at !== r.started_at
        ? `Giờ thực tế: “${cut(r.title, 50)}” bắt đầu ${String(r.started_at).slice(11, 16)}`
        : null,
  );
  gone('speeches', 5, (r, f) => (f ? null : `Tham luận: ${cut(r.topic || r.unit)}`));
  gone('tasks', 5, (r, f) =>
    !f
      ? `Nhiệm vụ: ${cut(r.content)}`
      : r.status === 'done' && f.status !== 'done'
        ? `Nhiệm vụ đã hoàn thành: ${cut(r.content, 60)}`
        : null,
  );
  gone('conclusion_items', 5, (r, f) => (f ? null : `Nội dung kết luận: ${cut(r.title || r.text)}`));
  // The conference's own fields.
  const [ch, cf] = [get('conferences').here[0], get('conferences').file[0]];
  if (ch && cf) {
    const fields = Object.keys(CONFERENCE_FIELDS).filter((k) => k in cf && String(ch[k] ?? '') !== String(cf[k] ?? ''));
    if (fields.length)
      add(6, `Thông tin hội nghị đã sửa trên máy này: ${fields.map((k) => CONFERENCE_FIELDS[k]).join(', ')}`);
  }
  // Everything else (settings, scripts, tables added later): by label, once per table.
  const described = new Set([
    'conferences',
    'delegates',
    'checkins',
    'delegate_register',
    'seat_assignments',
    'award_decisions',
    'award_recipients',
    'agenda_items',
    'speeches',
    'tasks',
    'conclusion_items',
    'halls',
  ]);
  for (const [name, t] of rows) {
    if (described.has(name) || SKIPPED.has(name) || APPEND_ONLY.has(name) || t.plan?.shared) continue;
    const pk = t.plan!.columns.filter((c) => c.pk).map((c) => c.name);
    const key = (r: Row) => pk.map((c) => String(r[c])).join('|');
    const f = new Map(t.file.map((r) => [key(r), r]));
    const n = t.here.filter((r) => {
      const o = f.get(key(r));
      return !o || !same(r, o);
    }).length;
    if (n) add(6, `${SETTINGS_LABELS[name] ?? 'Dữ liệu khác'}${n > 1 ? ` (${n} mục)` : ''}`);
  }
  // Each group shows a few lines (one kind's hundreds never hide the others), then how many more;
  // past LOSSES_SHOWN lines, one last line counts the rest.
  const lines = out.flatMap((g) =>
    g.lines.length <= PER_GROUP
      ? g.lines.map((text) => ({ text, n: 1 }))
      : [
          ...g.lines.slice(0, PER_GROUP - 1).map((text) => ({ text, n: 1 })),
          { text: `và ${g.lines.length - PER_GROUP + 1} ${g.noun} khác`, n: g.lines.length - PER_GROUP + 1 },
        ],
  );
  const total = lines.reduce((n, l) => n + l.n, 0);
  if (lines.length <= LOSSES_SHOWN) return { total, items: lines.map((l) => l.text) };
  const shown = lines.slice(0, LOSSES_SHOWN - 1);
  return { total, items: [...shown.map((l) => l.text), `và ${total - shown.reduce((n, l) => n + l.n, 0)} mục khác`] };
}

/** "B-A4" / "ĐCT 1-5" for a seat id of the conference's hall (the id itself never shows). */
function seatNamer(halls: Row[], plan: Row | undefined): (id: string) => string {
  const hall = halls.find((h) => h.id === plan?.hall_id);
  let names = new Map<string, string>();
  try {
    if (hall)
      names = new Map(
        seatsOf(HallFields.parse({ name: hall.name, ...JSON.parse(String(hall.layout)) })).map((s) => [s.id, s.short]),
      );
  } catch {
    /* a hall this version cannot read: the seat is named generically */
  }
  return (id) => names.get(id) ?? 'một ghế';
}
