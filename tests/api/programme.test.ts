/** agenda.*, speech.*, award.*, script.generate through the dispatcher on a real store. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { call, callError, freshCore } from '../helpers/core';

let core: Core;
let conferenceId = '';
const ids: Record<string, string> = {};

/** Seed 003's programme, 07.30–11.30 on 08/12/2023. */
const SEED_003: [string, string, number][] = [
  ['opening', 'Tuyên bố lý do, giới thiệu đại biểu, chương trình hội nghị', 10],
  ['report', 'Báo cáo tổng kết công tác QPĐP năm 2023 và phương hướng, nhiệm vụ năm 2024', 30],
  ['speech', 'Tham luận của các cơ quan, địa phương', 60],
  ['address', 'Đại diện lãnh đạo cấp trên phát biểu', 20],
  ['awards', 'Công bố quyết định và trao thưởng', 30],
  ['conclusion', 'Kết luận Hội nghị của Chủ tịch UBND tỉnh', 20],
];

beforeAll(async () => {
  core = await freshCore();
  conferenceId = (
    await call(core, 'conference.create', {
      title: 'Hội nghị tổng kết công tác Quốc phòng địa phương năm 2023',
      startsAt: '2023-12-08T07:30',
      endsAt: '2023-12-08T11:30',
      hostBody: 'Ủy ban nhân dân tỉnh Bắc Giang',
      placeName: 'Bắc Giang',
      documentSymbol: 'GM-UBND',
    })
  ).id;
  ids.chair = (
    await call(core, 'delegate.create', {
      conferenceId,
      delegate: { fullName: 'Lê Ánh Dương', position: 'Chủ tịch', unit: 'UBND tỉnh', category: 'Lãnh đạo tỉnh' },
    })
  ).id;
  ids.guest = (
    await call(core, 'delegate.create', {
      conferenceId,
      delegate: {
        fullName: 'Hoàng Quang Thắng',
        rank: 'Thiếu tướng',
        position: 'Phó Tư lệnh',
        unit: 'Quân khu 1',
        category: 'Khách mời',
      },
    })
  ).id;
});
afterAll(async () => {
  await core?.close();
});

describe('agenda', () => {
  it('builds seed 003 and computes start times from 07h30', async () => {
    for (const [kind, title, minutes] of SEED_003) {
      const it = await call(core, 'agenda.create', { conferenceId, kind: kind as 'report', title, minutes });
      ids[kind] = it.id;
    }
    await call(core, 'agenda.update', { id: ids.conclusion, patch: { presenterDelegateId: ids.chair } });
    const a = await call(core, 'agenda.list', { conferenceId });
    expect(a.items.map((i) => i.startsAt?.slice(11))).toEqual(['07:30', '07:40', '08:10', '09:10', '09:30', '10:00']);
    expect(a.plannedEnd).toBe('2023-12-08T10:20');
    expect(a.overrunMinutes).toBe(0);
    expect(a.items[5].presenterLabel).toBe('Lê Ánh Dương, Chủ tịch UBND tỉnh');
  });

  it('warns when the plan runs past 11h30', async () => {
    await call(core, 'agenda.update', { id: ids.speech, patch: { minutes: 140 } });
    const a = await call(core, 'agenda.list', { conferenceId });
    expect(a.plannedEnd).toBe('2023-12-08T11:40');
    expect(a.overrunMinutes).toBe(10);
    await call(core, 'agenda.update', { id: ids.speech, patch: { minutes: 60 } });
  });

  it('reorders (every item once) and recomputes', async () => {
    const a = await call(core, 'agenda.list', { conferenceId });
    const order = a.items.map((i) => i.id);
    [order[3], order[4]] = [order[4], order[3]];
    const r = await call(core, 'agenda.reorder', { conferenceId, orderedIds: order });
    expect(r.items[3].kind).toBe('awards');
    expect(r.items[3].startsAt).toBe('2023-12-08T09:10');
    expect(r.items[4].startsAt).toBe('2023-12-08T09:40');
    const e = await callError(core, 'agenda.reorder', { conferenceId, orderedIds: order.slice(1) });
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toContain('6 mục');
  });

  it('marks items started and finished and reports the running delay', async () => {
    await call(core, 'agenda.mark', { id: ids.opening, event: 'start', at: '07:35' });
    let a = await call(core, 'agenda.mark', { id: ids.report, event: 'start', at: '07:48' });
    expect(a.items[0].finishedAt).toBe('2023-12-08T07:48');
    expect(a.delayMinutes).toBe(8);
    a = await call(core, 'agenda.mark', { id: ids.report, event: 'finish', at: '08:12' });
    expect(a.delayMinutes).toBe(2);
    a = await call(core, 'agenda.mark', { id: ids.report, event: 'clear' });
    expect(a.items[1].startedAt).toBeNull();
  });

  it('deletes and renumbers; refuses a presenter from another conference', async () => {
    const extra = await call(core, 'agenda.create', {
      conferenceId,
      kind: 'break',
      title: 'Nghỉ giải lao',
      minutes: 15,
      position: 3,
    });
    expect((await call(core, 'agenda.list', { conferenceId })).items[2].id).toBe(extra.id);
    await call(core, 'agenda.delete', { ids: [extra.id] });
    const a = await call(core, 'agenda.list', { conferenceId });
    expect(a.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6]);
    const other = (await call(core, 'conference.create', { title: 'Khác' })).id;
    const stranger = (await call(core, 'delegate.create', { conferenceId: other, delegate: { fullName: 'Người Lạ' } }))
      .id;
    expect(
      (await callError(core, 'agenda.update', { id: ids.report, patch: { presenterDelegateId: stranger } })).code,
    ).toBe('BAD_INPUT');
  });
});

describe('speech assignments', () => {
  it('flags overdue ones and feeds the spoken ones into the programme in their order', async () => {
    const a = await call(core, 'speech.create', {
      conferenceId,
      unit: 'Công an tỉnh',
      topic: 'Công tác xây dựng lực lượng Công an nhân dân',
      presenterNote: 'Lãnh đạo Công an tỉnh',
      minutes: 10,
      dueDate: '2000-01-01',
    });
    const b = await call(core, 'speech.create', {
      conferenceId,
      unit: 'Sở Xây dựng',
      topic: 'Quy hoạch đô thị',
      presenterNote: 'Lãnh đạo Sở',
      minutes: 7,
      dueDate: '2999-01-01',
    });
    const c = await call(core, 'speech.create', {
      conferenceId,
      unit: 'Ban CHPTKV1 - Thất Khê',
      topic: 'Xây dựng lực lượng DQTV',
      presenterNote: 'Chỉ huy trưởng Ban CHPTKV',
      minutes: 8,
      dueDate: '2000-01-01',
      status: 'file',
    });
    expect([a.overdue, b.overdue, c.overdue]).toEqual([true, false, false]);
    expect((await call(core, 'speech.update', { id: a.id, patch: { status: 'paper' } })).overdue).toBe(false);
    await call(core, 'speech.update', { id: c.id, patch: { spoken: true } });
    await call(core, 'speech.update', { id: b.id, patch: { spoken: true } });
    const list = await call(core, 'agenda.fromSpeeches', { conferenceId });
    const spoken = list.items.filter((i) => i.speechId);
    expect(spoken.map((i) => i.title)).toEqual(['Tham luận của Ban CHPTKV1 - Thất Khê', 'Tham luận của Sở Xây dựng']);
    expect(spoken.map((i) => i.minutes)).toEqual([8, 7]);
    // The first time they replace the generic "Tham luận" item they expand (its 60 minutes are not counted twice).
    expect(list.items[2].speechId).toBe(c.id);
    expect(list.items.map((i) => i.title)).not.toContain('Tham luận của các cơ quan, địa phương');
    expect(list.plannedMinutes).toBe(10 + 30 + 8 + 7 + 20 + 30 + 20);
    // Again, after a change of order: replaced in place, not duplicated.
    await call(core, 'speech.update', { id: b.id, patch: { spokenOrder: 1 } });
    await call(core, 'speech.update', { id: c.id, patch: { spokenOrder: 2 } });
    const again = await call(core, 'agenda.fromSpeeches', { conferenceId });
    expect(again.items.filter((i) => i.speechId).map((i) => i.speechId)).toEqual([b.id, c.id]);
    expect(again.items[2].speechId).toBe(b.id);
  });
});

describe('awards', () => {
  it('counts 20 tập thể and 20 cá nhân against the plan and plans batches', async () => {
    const { id: qd } = await call(core, 'award.decision.create', {
      conferenceId,
      number: '2345/QĐ-UBND',
      date: '2023-12-01',
      authority: 'Chủ tịch UBND tỉnh',
      form: 'Bằng khen',
      plannedCollectives: 20,
      plannedIndividuals: 20,
    });
    const items = [
      ...Array.from({ length: 20 }, (_, i) => ({
        kind: 'collective' as const,
        name: `Ban CHQS xã Số ${i + 1}`,
        achievement: 'Đã có thành tích xuất sắc trong công tác QPĐP năm 2023',
      })),
      ...Array.from({ length: 19 }, (_, i) => ({
        kind: 'individual' as const,
        name: `Nguyễn Văn Người ${i + 1}`,
        rank: 'Thiếu tá',
        position: 'Trợ lý',
        unit: 'Bộ CHQS tỉnh',
      })),
    ];
    await call(core, 'award.recipient.createMany', { decisionId: qd, items });
    await call(core, 'award.recipient.create', {
      decisionId: qd,
      kind: 'individual',
      name: 'Hoàng Quang Thắng',
      rank: 'Thiếu tướng',
      delegateId: ids.guest,
    });
    let o = await call(core, 'award.list', { conferenceId });
    expect(o.decisions[0]).toMatchObject({ collectives: 20, individuals: 20, plannedCollectives: 20 });
    o = await call(core, 'award.batches.plan', { conferenceId, maxPerBatch: 12 });
    expect(o.batches.map((b) => b.recipientIds.length)).toEqual([10, 10, 10, 10]);
    o = await call(core, 'award.batch.update', {
      conferenceId,
      no: 1,
      presenterDelegateId: ids.chair,
      presenterText: '',
    });
    expect(o.batches[0].presenterLabel).toBe('Lê Ánh Dương, Chủ tịch UBND tỉnh');
    // Re-planning keeps the presenter of batch 1.
    o = await call(core, 'award.batches.plan', { conferenceId, maxPerBatch: 20 });
    expect(o.batches).toHaveLength(2);
    expect(o.batches[0].presenterDelegateId).toBe(ids.chair);
    expect((await callError(core, 'award.batch.update', { conferenceId, no: 9 })).code).toBe('NOT_FOUND');
  });
});

describe('script.generate', () => {
  it('introduces the invited dignitaries in precedence order when no one has checked in', async () => {
    await call(core, 'agenda.update', {
      id: ids.awards,
      patch: { presenterText: 'Đồng chí Chánh Văn phòng UBND tỉnh' },
    });
    const s = await call(core, 'script.generate', { conferenceId, namedCategories: ['Lãnh đạo tỉnh', 'Khách mời'] });
    expect(s.hasCheckins).toBe(false);
    const opening = s.blocks[0].text;
    expect(opening.indexOf('Đồng chí Lê Ánh Dương, Chủ tịch UBND tỉnh')).toBeGreaterThan(0);
    expect(opening.indexOf('Đồng chí Thiếu tướng Hoàng Quang Thắng, Phó Tư lệnh Quân khu 1')).toBeGreaterThan(
      opening.indexOf('Lê Ánh Dương'),
    );
    const awards = s.blocks.find((b) => b.heading.startsWith('Công bố'))!;
    expect(awards.text).toContain(
      'Xin trân trọng kính mời đồng chí Chánh Văn phòng UBND tỉnh công bố Quyết định số 2345/QĐ-UBND ngày 01/12/2023 của Chủ tịch UBND tỉnh.',
    );
    expect(awards.text).toContain(
      'Đợt 1: Xin mời đại diện các tập thể có tên sau lên nhận Bằng khen của Chủ tịch UBND tỉnh:',
    );
    expect(awards.text).toContain('20. Ban CHQS xã Số 20 — đại diện lãnh đạo đơn vị nhận;');
    expect(awards.text).toContain('Xin trân trọng kính mời đồng chí Lê Ánh Dương, Chủ tịch UBND tỉnh lên trao thưởng.');
    expect(awards.text).toContain('Đợt 2: Xin mời các đồng chí có tên sau lên nhận Bằng khen của Chủ tịch UBND tỉnh:');
    expect(awards.text).not.toMatch(/công bố công bố/i);
  });
});
