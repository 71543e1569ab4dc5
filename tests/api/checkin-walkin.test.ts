/**
 * Walk-ins at the desk (#15): they join the section the desk chose, at its end (the register shows
 * them within it), or the neutral "Đại biểu đến dự (chưa có trong danh sách)"; a section called
 * "khách không mời" is never created and never reaches the MC script. And the change events of
 * check-in writes carry their effect, so desks apply it instead of refetching; the counts stay exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { Caller } from '../../electron/core/dispatcher';
import type { ChangeEvent } from '../../shared/api/contract';
import type { Delegate } from '../../shared/models/delegate';
import { WALK_IN_SECTION } from '../../shared/models/checkin';
import { call, demoCore } from '../helpers/core';

let core: Core;
let conferenceId: string;
let delegates: Delegate[];
const desk: Caller = { role: 'desk', name: 'Bàn 1' };

async function as<T = any>(caller: Caller, p: string, input: unknown): Promise<T> {
  const r = await core.dispatch(p, input, caller);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { body: r.error });
  return r.value as T;
}
const person = (fullName: string, category?: string) => ({
  fullName,
  rank: '',
  position: 'Chuyên viên',
  unit: 'Sở Tư pháp',
  ...(category ? { category } : {}),
});
/** The sections in list order, each once if the list keeps them together. */
const runs = (items: Delegate[]) => items.map((d) => d.category).filter((c, i, a) => i === 0 || a[i - 1] !== c);

beforeAll(async () => {
  ({ core, conferenceId } = await demoCore());
  delegates = (await call(core, 'delegate.list', { conferenceId })).items;
});
afterAll(() => core.close());

describe('walk-in sections', () => {
  it('joins the chosen section at its end; the list keeps each section together', async () => {
    const sections = [...new Set(delegates.map((d) => d.category))];
    const chosen = sections[1];
    const r = await as(desk, 'checkin.walkIn', { conferenceId, person: person('Lê Văn Đến', chosen) });
    expect(r.status).toBe('checked_in');
    expect(r.kind).toBe('walk_in');
    expect(r.delegate.category).toBe(chosen);
    const items: Delegate[] = (await call(core, 'delegate.list', { conferenceId })).items;
    expect(runs(items)).toEqual(runs(delegates));
    const inSection = items.filter((d) => d.category === chosen);
    expect(inSection.at(-1)!.fullName).toBe('Lê Văn Đến');
    expect(items.map((d) => d.precedence)).toEqual(items.map((_, i) => i + 1));
    expect(r.delegate.note).not.toMatch(/không mời/i);
  });

  it('without a choice, or asked for "Khách không mời", goes to the neutral section', async () => {
    const a = await as(desk, 'checkin.walkIn', { conferenceId, person: person('Trần Thị Mới') });
    const b = await as(desk, 'checkin.walkIn', { conferenceId, person: person('Phạm Văn Khách', 'Khách không mời') });
    expect(a.delegate.category).toBe(WALK_IN_SECTION);
    expect(b.delegate.category).toBe(WALK_IN_SECTION);
    const items: Delegate[] = (await call(core, 'delegate.list', { conferenceId })).items;
    expect(items.some((d) => /không mời/i.test(d.category) || /không mời/i.test(d.note))).toBe(false);
    expect(items.slice(-2).map((d) => d.fullName)).toEqual(['Trần Thị Mới', 'Phạm Văn Khách']);
    const stats = await call(core, 'checkin.stats', { conferenceId });
    expect(stats.walkIns).toBe(3);
  });

  it('the MC script never says "khách không mời" nor greets the neutral section', async () => {
    const s = await call(core, 'script.generate', { conferenceId });
    const text = JSON.stringify(s.blocks);
    expect(text).not.toMatch(/không mời/i);
    expect(text).not.toMatch(/chưa có trong danh sách/i);
    expect(s.categories.some((c) => /không mời/i.test(c))).toBe(false);
  });
});

describe('check-in change events', () => {
  it('carry who came in, where and whether it was new; an undo says so; the counts follow', async () => {
    const seen: ChangeEvent[] = [];
    const on = (e: ChangeEvent) => seen.push(e);
    core.events.on('change', on);
    try {
      const before = (await call(core, 'checkin.stats', { conferenceId })).present;
      const board = () => call(core, 'checkin.board', { conferenceId, maxPrecedence: 10 });
      const d = delegates[3];
      expect((await board()).absentDignitaries.map((x) => x.id)).toContain(d.id);
      const r = await as(desk, 'checkin.mark', { conferenceId, delegateId: d.id });
      await as(desk, 'checkin.mark', { conferenceId, delegateId: d.id });
      // Counts and board are served from memory until the store changes: never stale after a change.
      expect((await call(core, 'checkin.stats', { conferenceId })).present).toBe(before + 1);
      expect((await board()).stats.present).toBe(before + 1);
      expect((await board()).absentDignitaries.map((x) => x.id)).not.toContain(d.id);
      await as(desk, 'checkin.undo', { conferenceId, delegateId: d.id });
      expect((await call(core, 'checkin.stats', { conferenceId })).present).toBe(before);
      expect(seen.map((e) => e.checkin)).toEqual([
        { delegateId: d.id, checkedInAt: r.checkedInAt, station: 'Bàn 1', fresh: true },
        { delegateId: d.id, checkedInAt: r.checkedInAt, station: 'Bàn 1', fresh: false },
        { delegateId: d.id, checkedInAt: '', station: '', fresh: false, undone: true },
      ]);
    } finally {
      core.events.off('change', on);
    }
  });
});
