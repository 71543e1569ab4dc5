/**
 * The "replace conference" preview says what would be lost, row by row, in Vietnamese: a check-in
 * made here after the file was exported (by name and time), an invitation marked sent, a reply, a
 * delegate added here, seats; capped at 30 lines with the total; nothing when the file holds all.
 * And what it lists is really lost by the replace.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { call, freshCore } from '../helpers/core';

const cores: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close().catch(() => {});
});

const pad = (n: number) => String(n).padStart(2, '0');
const hallTime = (iso: string) => {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ngày ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
};

describe('.thuky replace preview: what would be lost', () => {
  it('lists the check-in, the sending, the reply, the new delegate and the seats this machine has and the file has not', async () => {
    const c = await freshCore();
    cores.push(c);
    const { id: conferenceId } = await call(c, 'conference.createDemo', {});
    const ds = (await call(c, 'delegate.list', { conferenceId })).items;
    const file = await call(c, 'conference.export', { conferenceId });

    // Same file, nothing done since: nothing would be lost.
    const clean = await call(c, 'conference.importPreview', file);
    expect(clean.exists).toBe(true);
    expect(clean.losses).toEqual({ total: 0, items: [] });

    // Work done here after the export.
    const mark = await call(c, 'checkin.mark', { conferenceId, delegateId: ds[12].id });
    const at =
      (mark as any).checkin?.checkedInAt ??
      c.store.sqlite.prepare('select checked_in_at from checkins where delegate_id = ?').pluck().get(ds[12].id);
    await call(c, 'invitation.mark', {
      conferenceId,
      delegateIds: [ds[20].id],
      status: 'sent',
      sentAt: '2025-09-10',
      method: 'truc_tiep',
    });
    await call(c, 'invitation.reply', { delegateId: ds[21].id, reply: 'attending' });
    await call(c, 'delegate.create', {
      conferenceId,
      delegate: { fullName: 'Lê Thị Mới', position: 'Chuyên viên', unit: 'Sở Nội vụ' },
    });
    const hall = await call(c, 'hall.createDemo', {});
    await call(c, 'seating.autoAssign', { conferenceId, hallId: hall.id, rules: { presidiumCount: 9, frontRows: 2 } });

    const p = await call(c, 'conference.importPreview', file);
    const lines = p.losses.items;
    // The most serious first: the check-in, by name and the hall's time.
    expect(lines[0]).toBe(`Lượt điểm danh: ${ds[12].fullName} lúc ${hallTime(at)}`);
    expect(lines).toContain('Đại biểu: Lê Thị Mới (Chuyên viên Sở Nội vụ)');
    const who = (d: any) => [d.rank, d.fullName].filter(Boolean).join(' ');
    expect(lines).toContain(`Giấy mời đã gửi: ${who(ds[20])} (ngày 10/09/2025)`);
    expect(lines).toContain(`Trả lời giấy mời: ${who(ds[21])} — Tham dự`);
    expect(lines.some((l: string) => /^Chỗ ngồi: .+ — (ĐCT 1-\d|[A-C]-[A-M]\d+)$/.test(l))).toBe(true);
    // 180 seats and the plan are lost too: a few seats are named, the rest counted; the total counts every row.
    expect(lines.filter((l: string) => l.startsWith('Chỗ ngồi: '))).toHaveLength(7);
    expect(lines).toContain('và 173 chỗ ngồi khác');
    expect(lines.at(-1)).toBe('Cách xếp chỗ (đoàn chủ tịch, hàng danh dự, quy tắc khu)');
    expect(lines.length).toBeLessThanOrEqual(30);
    expect(p.losses.total).toBe(1 + 1 + 2 + 180 + 1);
    // No internal names or ids on the lines.
    for (const l of lines) expect(l).not.toMatch(/_|[0-9a-f]{8}-[0-9a-f]{4}|[A-Z]\d-\d/);

    // What the preview listed is what the replace loses.
    await call(c, 'conference.importFile', { ...file, mode: 'replace' });
    expect(
      c.store.sqlite.prepare('select count(*) from checkins where conference_id = ?').pluck().get(conferenceId),
    ).toBe(0);
    expect((await call(c, 'delegate.list', { conferenceId })).items.some((d: any) => d.fullName === 'Lê Thị Mới')).toBe(
      false,
    );
    expect((await call(c, 'conference.importPreview', file)).losses.total).toBe(0);
  });

  it('names a few of each kind and counts the rest: "và N … khác", then "và N mục khác" past 30 lines', async () => {
    const c = await freshCore();
    cores.push(c);
    const { id: conferenceId } = await call(c, 'conference.createDemo', {});
    const ds = (await call(c, 'delegate.list', { conferenceId })).items;
    const file = await call(c, 'conference.export', { conferenceId });
    for (const d of ds.slice(30, 40)) await call(c, 'checkin.mark', { conferenceId, delegateId: d.id });
    for (let i = 1; i <= 10; i++)
      await call(c, 'delegate.create', {
        conferenceId,
        delegate: { fullName: `Nguyễn Văn Thêm ${i}`, unit: 'Sở Nội vụ' },
      });
    await call(c, 'invitation.mark', {
      conferenceId,
      delegateIds: ds.slice(50, 60).map((d: any) => d.id),
      status: 'sent',
      sentAt: '2025-09-10',
    });
    const hall = await call(c, 'hall.createDemo', {});
    await call(c, 'seating.autoAssign', { conferenceId, hallId: hall.id, rules: { presidiumCount: 9, frontRows: 2 } });
    const p = await call(c, 'conference.importPreview', file);
    const lines: string[] = p.losses.items;
    expect(lines.filter((l) => l.startsWith('Lượt điểm danh: '))).toHaveLength(7);
    expect(lines[7]).toBe('và 3 lượt điểm danh khác');
    expect(lines[15]).toBe('và 3 đại biểu khác');
    expect(lines[23]).toBe('và 3 mục của sổ giấy mời khác');
    expect(lines).toHaveLength(30);
    // 10 + 10 + 10 + 189 seats + the plan = 220; 29 lines name or count 7+3+7+3+7+3+5 = 35 of them.
    expect(p.losses.total).toBe(220);
    expect(lines[29]).toBe('và 185 mục khác');
  });

  it('lists nothing for a conference this machine does not have', async () => {
    const a = await freshCore();
    const b = await freshCore();
    cores.push(a, b);
    const { id } = await call(a, 'conference.createDemo', {});
    const p = await call(b, 'conference.importPreview', await call(a, 'conference.export', { conferenceId: id }));
    expect(p.exists).toBe(false);
    expect(p.losses).toEqual({ total: 0, items: [] });
  });
});
