/**
 * The desk's extras through the dispatcher: the seat in checkin.mark's answer (when the conference
 * has seating), printing logged and not counted, fixing a name at the desk, and the MC's DOCX of
 * present dignitaries in protocol order.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { Caller } from '../../electron/core/dispatcher';
import type { Delegate } from '../../shared/models/delegate';
import { call, callError, demoCore } from '../helpers/core';
import { docxXml } from '../helpers/docx';

let core: Core;
let conferenceId: string;
let delegates: Delegate[];
const desk: Caller = { role: 'desk', name: 'Bàn 1' };

async function as<T = any>(caller: Caller, p: string, input: unknown): Promise<T> {
  const r = await core.dispatch(p, input, caller);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { body: r.error });
  return r.value as T;
}
const count = (sqlText: string, ...args: unknown[]) =>
  core.store.sqlite
    .prepare(sqlText)
    .pluck()
    .get(...args) as number;
const docText = async (b64: string) =>
  (await docxXml(b64)).replace(/<w:p[ >].*?<\/w:p>/gs, (p) => `${p.replace(/<[^>]+>/g, '')}\n`).replace(/<[^>]+>/g, '');

beforeAll(async () => {
  ({ core, conferenceId } = await demoCore());
  delegates = (await call(core, 'delegate.list', { conferenceId })).items;
});
afterAll(() => core.close());

describe('seat in the desk feedback', () => {
  it('has no seat while the conference has no seating plan', async () => {
    const r = await as(desk, 'checkin.mark', { conferenceId, delegateId: delegates[40].id });
    expect(r.status).toBe('checked_in');
    expect(r.seat).toBeUndefined();
  });

  it('answers the seat from seating.list once seats are assigned, also on a repeat and for a substitute', async () => {
    const hallId = (await call(core, 'hall.createDemo', {})).id;
    await call(core, 'seating.autoAssign', { conferenceId, hallId });
    const seats = new Map(
      (await call(core, 'seating.list', { conferenceId })).items.map((s: any) => [s.delegateId, s]),
    );
    const d = delegates.find((x) => seats.has(x.id) && x.id !== delegates[40].id)!;
    const r = await as(desk, 'checkin.mark', { conferenceId, delegateId: d.id });
    expect(r.seat).toEqual({ label: seats.get(d.id).label, short: seats.get(d.id).short });
    expect(r.seat.label).toMatch(/ghế \d+/);
    expect(r.delegate.id).toBe(d.id);
    const again = await as({ role: 'desk', name: 'Bàn 2' }, 'checkin.mark', { conferenceId, delegateId: d.id });
    expect(again).toMatchObject({ status: 'already', seat: { label: seats.get(d.id).label } });
    const s = delegates.find((x) => seats.has(x.id) && x.precedence > 20 && x.id !== d.id)!;
    const sub = await as(desk, 'checkin.substitute', {
      conferenceId,
      delegateId: s.id,
      substitute: { fullName: 'Trần Văn Thay', rank: 'Thiếu tá', position: 'Phó Chủ nhiệm', unit: s.unit },
    });
    expect(sub.seat.label).toBe(seats.get(s.id).label);
    // Someone checked in before the plan existed gets the seat on a repeat scan (read per scan).
    const free = (await call(core, 'seating.list', { conferenceId })).items.find(
      (x: any) => x.delegateId === delegates[40].id,
    );
    expect((await as(desk, 'checkin.mark', { conferenceId, delegateId: delegates[40].id })).seat?.label).toBe(
      free?.label,
    );
  });
});

describe('print and fix at the desk', () => {
  it('logs a badge print without checking anyone in', async () => {
    const d = delegates[120];
    expect(await as(desk, 'checkin.logPrint', { conferenceId, delegateId: d.id, what: 'badge' })).toEqual({
      logged: true,
    });
    expect(
      count(
        "select count(*) from checkin_audit where delegate_id = ? and action = 'print' and station = 'Bàn 1'",
        d.id,
      ),
    ).toBe(1);
    expect(count('select count(*) from checkins where delegate_id = ?', d.id)).toBe(0);
  });

  it('fixes a name and position; the next check-in shows the fixed name', async () => {
    const d = delegates[121];
    const fixed = await as(desk, 'checkin.fix', {
      delegateId: d.id,
      patch: { fullName: 'Nguyễn Văn Sửa', rank: d.rank, position: 'Trưởng ban Tác chiến' },
    });
    expect(fixed).toMatchObject({ fullName: 'Nguyễn Văn Sửa', position: 'Trưởng ban Tác chiến' });
    expect((await as(desk, 'checkin.mark', { conferenceId, delegateId: d.id })).delegate.fullName).toBe(
      'Nguyễn Văn Sửa',
    );
    expect(count("select count(*) from checkin_audit where delegate_id = ? and action = 'fix'", d.id)).toBe(1);
  });
});

describe('checkin.reportPresentDignitaries', () => {
  it('lists the present delegates with precedence ≤ N in protocol order, substitutes by name', async () => {
    const top = delegates.filter((d) => d.precedence <= 12 && d.fullName).sort((a, b) => a.precedence - b.precedence);
    // Arrivals in reverse order: the list must still come out by precedence.
    for (const d of [...top].reverse().filter((_, i) => i % 3 !== 0))
      await as(desk, 'checkin.mark', { conferenceId, delegateId: d.id });
    const absent = [...top].reverse().filter((_, i) => i % 3 === 0);
    const sub = top.find((d) => !absent.includes(d) && d.precedence > 3)!;
    await as(desk, 'checkin.undo', { conferenceId, delegateId: sub.id });
    await as(desk, 'checkin.substitute', {
      conferenceId,
      delegateId: sub.id,
      substitute: { fullName: 'Lê Văn Dự', rank: 'Trung tá', position: 'Phó Tham mưu trưởng', unit: sub.unit },
    });

    const f = await call(core, 'checkin.reportPresentDignitaries', { conferenceId, maxPrecedence: 12 });
    expect(f.fileName).toMatch(/^Đại biểu có mặt - .*[^ ]\.docx$/);
    fs.mkdirSync('tests/artifacts', { recursive: true });
    fs.writeFileSync('tests/artifacts/checkin-mc-dignitaries.docx', Buffer.from(f.contentBase64, 'base64'));
    const text = await docText(f.contentBase64);
    expect(text).toContain('DANH SÁCH ĐẠI BIỂU CÓ MẶT');
    const present = top.filter((d) => !absent.includes(d));
    expect(text).toContain(`${present.length} đồng chí`);
    const positions = present.filter((d) => d !== sub).map((d) => text.indexOf(d.fullName));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const d of absent) expect(text).not.toContain(d.fullName);
    expect(text).toContain(`Trung tá Lê Văn Dự (dự thay đồng chí`);
    expect(text).toContain('Đồng chí dẫn chương trình');
    // A delegate of precedence > N is not on it, even if present.
    const low = delegates.find(
      (d) => d.precedence > 12 && d.fullName && text.indexOf(d.fullName) < 0 && d.precedence < 100,
    )!;
    await as(desk, 'checkin.mark', { conferenceId, delegateId: low.id });
    expect(
      await docText(
        (await call(core, 'checkin.reportPresentDignitaries', { conferenceId, maxPrecedence: 12 })).contentBase64,
      ),
    ).not.toContain(low.fullName);
  });

  it('is admin only', async () => {
    const r = await core.dispatch('checkin.reportPresentDignitaries', { conferenceId }, desk);
    expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN');
    expect((await callError(core, 'checkin.reportPresentDignitaries', { conferenceId: 'nope' })).code).toBe(
      'NOT_FOUND',
    );
  });
});
