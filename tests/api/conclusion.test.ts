/** conclusion.* on a real store: extract seed 004, save (tasks join the task list, replaced on a new save, done work kept), get, and the two DOCX by their XML text. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { call, callError, freshCore } from '../helpers/core';
import { docxParagraphs, docxXml } from '../helpers/docx';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seed = (n: string) =>
  fs.readFileSync(
    path.join(
      SEEDS,
      fs.readdirSync(SEEDS).find((f) => f.startsWith(n))!,
    ),
    'utf8',
  );
const ART = path.resolve(__dirname, '../artifacts/task');

let core: Core;
let conferenceId = '';

beforeAll(async () => {
  core = await freshCore();
  core.ctx.now = () => new Date('2025-08-10T09:00:00').toISOString();
  conferenceId = (
    await call(core, 'conference.create', {
      title: 'Phiên họp thường kỳ tháng 7 năm 2025 của UBND tỉnh',
      startsAt: '2025-08-05T08:00',
      parentBody: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      hostBody: 'Văn phòng',
      placeName: 'Lạng Sơn',
      documentSymbol: 'GM-VP',
      chair: 'Đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh',
      signerAuthority: 'TL. CHỦ TỊCH',
      signerTitle: 'CHÁNH VĂN PHÒNG',
      signerName: 'Nguyễn Văn Hà',
    })
  ).id;
  await call(core, 'task.create', {
    conferenceId,
    agency: 'Văn phòng UBND tỉnh',
    content: 'Chuẩn bị phòng họp',
    source: 'plan',
    due: { kind: 'beforeConference', days: 2 },
  });
});
afterAll(async () => {
  await core?.close();
});

async function keep(file: { fileName: string; contentBase64: string }, name: string) {
  fs.mkdirSync(ART, { recursive: true });
  fs.writeFileSync(path.join(ART, name), Buffer.from(file.contentBase64, 'base64'));
  return docxParagraphs(await docxXml(file.contentBase64));
}

describe('conclusions', () => {
  it('extract: six items, fourteen tasks, nothing written', async () => {
    const r = await call(core, 'conclusion.extract', { conferenceId, text: seed('004') });
    expect(r.items.map((i) => i.tasks.length)).toEqual([1, 3, 1, 2, 5, 2]);
    expect(r.opening).toContain('do đồng chí Hồ Tiến Thiệu');
    expect((await call(core, 'conclusion.get', { conferenceId })).items).toEqual([]);
  });

  it('save: the items and their tasks (source = conclusion) join the task list; the plan task stays', async () => {
    const r = await call(core, 'conclusion.extract', { conferenceId, text: seed('004') });
    const saved = await call(core, 'conclusion.save', {
      conferenceId,
      notice: { number: '245', symbol: 'TB-VP', issuedOn: '2025-08-07', opening: r.opening },
      items: r.items,
    });
    expect(saved.items).toHaveLength(6);
    expect(saved.notice).toMatchObject({ number: '245', symbol: 'TB-VP', issuedOn: '2025-08-07' });
    expect(saved.items[0].tasks[0]).toMatchObject({
      agency: 'Sở Tài chính',
      source: 'conclusion',
      overseer: 'Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh',
    });
    const list = await call(core, 'task.list', { conferenceId });
    expect(list.items).toHaveLength(15);
    expect(list.items.filter((t) => t.source === 'conclusion')).toHaveLength(14);
    // Today is 10/08/2025: the 08/8 deadlines are late, 13/8 is due within a week.
    expect(
      list.items
        .filter((t) => t.overdue)
        .map((t) => t.dueDate)
        .sort(),
    ).toEqual(['2025-08-03', '2025-08-08', '2025-08-08', '2025-08-08', '2025-08-09', '2025-08-09']);
    expect(list.items.find((t) => t.dueDate === '2025-08-13')).toMatchObject({ dueSoon: true, daysLeft: 3 });
  });

  it('a second save replaces the notice and its tasks only; a task done before keeps its status', async () => {
    const before = await call(core, 'conclusion.get', { conferenceId });
    const t = before.items[1].tasks[1];
    await call(core, 'task.update', { id: t.id, patch: { status: 'done', doneDate: '2025-08-12', note: 'Đã trình' } });
    const items = before.items.slice(0, 2).map((it) => ({
      title: it.title,
      presenter: it.presenter,
      text: it.text,
      tasks: it.tasks.map((x) => ({ ...x })),
    }));
    const after = await call(core, 'conclusion.save', { conferenceId, items });
    expect(after.items).toHaveLength(2);
    expect(after.notice.number).toBe('245');
    const again = after.items[1].tasks[1];
    expect(again).toMatchObject({ agency: t.agency, status: 'done', doneDate: '2025-08-12', note: 'Đã trình' });
    const list = await call(core, 'task.list', { conferenceId });
    expect(list.items.map((x) => x.source).sort()).toEqual([...Array(4).fill('conclusion'), 'plan']);
  });

  it('refuses an unknown conference and an empty title', async () => {
    expect((await callError(core, 'conclusion.get', { conferenceId: 'khong-co' })).code).toBe('NOT_FOUND');
    expect((await callError(core, 'conclusion.save', { conferenceId, items: [{ title: '' }] })).code).toBe('BAD_INPUT');
  });
});

describe('documents', () => {
  it('Thông báo kết luận: header, number, THÔNG BÁO, opening, numbered items with presenter, Nơi nhận, TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG', async () => {
    const r = await call(core, 'conclusion.extract', { conferenceId, text: seed('004') });
    await call(core, 'conclusion.save', {
      conferenceId,
      notice: {
        opening: r.opening,
        recipients: ['- Thường trực Tỉnh ủy (b/c);', '- Các sở, ban, ngành;', '- Lưu: VT, TH.'],
      },
      items: r.items,
    });
    const file = await call(core, 'document.conclusions', { conferenceId });
    expect(file.fileName).toMatch(/^Thong bao ket luan - .*\.docx$/);
    const p = await keep(file, 'thong-bao-ket-luan.docx');
    const at = (s: string) => p.findIndex((x) => x.includes(s));
    expect(p).toContain('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
    expect(p).toContain('VĂN PHÒNG');
    expect(p).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(p).toContain('Số: 245/TB-VP');
    expect(p).toContain('Lạng Sơn, ngày 07 tháng 8 năm 2025');
    expect(p).toContain('THÔNG BÁO');
    expect(p).toContain('Kết luận tại Phiên họp thường kỳ tháng 7 năm 2025 của UBND tỉnh');
    expect(p[at('Ngày 05/8/2025')]).toMatch(/do đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh chủ trì/);
    expect(p).toContain(
      '1. Về việc tham mưu, đề xuất đẩy nhanh tiến độ triển khai thực hiện Đề án thí điểm xây dựng cửa khẩu thông minh (Sở Tài chính trình)',
    );
    expect(at('6. Dự thảo Báo cáo của Ban Chấp hành Đảng bộ tỉnh sơ kết')).toBeGreaterThan(at('5. Dự thảo Quyết định'));
    expect(p.some((x) => x.startsWith('Giao đồng chí Đoàn Thanh Sơn'))).toBe(true);
    expect(p).toContain('Nơi nhận:');
    expect(p).toContain('- Lưu: VT, TH.');
    expect(at('TL. CHỦ TỊCH')).toBeLessThan(at('CHÁNH VĂN PHÒNG'));
    expect(at('Nguyễn Văn Hà')).toBeGreaterThan(at('CHÁNH VĂN PHÒNG'));
  });

  it('Báo cáo tình hình chuẩn bị: tasks by agency with their status; the follow-up of the conclusions in its own part', async () => {
    const list = await call(core, 'task.list', { conferenceId });
    const t = list.items.find((x) => x.agency === 'Sở Xây dựng' && x.dueDate === '2025-08-13')!;
    await call(core, 'task.update', { id: t.id, patch: { status: 'done', doneDate: '2025-08-12' } });
    const file = await call(core, 'document.preparationReport', { conferenceId });
    const p = await keep(file, 'bao-cao-chuan-bi.docx');
    const at = (s: string) => p.findIndex((x) => x.includes(s));
    expect(p).toContain('BÁO CÁO');
    expect(p).toContain('Tình hình công tác chuẩn bị tổ chức Phiên họp thường kỳ tháng 7 năm 2025 của UBND tỉnh');
    expect(p).toContain('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-VP');
    expect(p[at('1. Thời gian tổ chức Hội nghị')]).toContain('ngày 05/08/2025');
    expect(p[at('2. Kết quả thực hiện')]).toBe(
      '2. Kết quả thực hiện các nhiệm vụ chuẩn bị: tổng số 1 nhiệm vụ: đã xong 0, đang làm 0, chưa làm 1; quá hạn 1.',
    );
    expect(p[at('3. Theo dõi thực hiện kết luận')]).toBe(
      '3. Theo dõi thực hiện kết luận: tổng số 14 nhiệm vụ: đã xong 1, đang làm 0, chưa làm 13; quá hạn 5.',
    );
    expect(p).toContain('Văn phòng UBND tỉnh');
    expect(p).toContain('Xong (12/08/2025)');
    expect(p).toContain('Chưa làm - quá hạn');
    expect(p).toContain('13/08/2025');
    expect(at('Sở Dân tộc và Tôn giáo')).toBeGreaterThan(at('Sở Nội vụ'));
    expect(p).toContain('Nguyễn Văn Hà');
  });
});

describe('the .thuky file', () => {
  it('carries the tasks, the items and the notice to a new conference (ids renewed, links kept)', async () => {
    const file = await call(core, 'conference.export', { conferenceId });
    const r = await call(core, 'conference.importFile', {
      fileName: file.fileName,
      contentBase64: file.contentBase64,
      mode: 'new',
    });
    expect(r.conferenceId).not.toBe(conferenceId);
    const [a, b] = await Promise.all([
      call(core, 'conclusion.get', { conferenceId }),
      call(core, 'conclusion.get', { conferenceId: r.conferenceId }),
    ]);
    expect(b.items.map((i) => [i.title, i.tasks.length])).toEqual(a.items.map((i) => [i.title, i.tasks.length]));
    expect(b.notice.recipients).toEqual(a.notice.recipients);
    const [ta, tb] = await Promise.all([
      call(core, 'task.list', { conferenceId }),
      call(core, 'task.list', { conferenceId: r.conferenceId }),
    ]);
    expect(tb.items.map((t) => [t.agency, t.dueDate, t.status, t.source])).toEqual(
      ta.items.map((t) => [t.agency, t.dueDate, t.status, t.source]),
    );
  });
});

describe('theo dõi thực hiện kết luận', () => {
  it('the follow-up report: counts, the tasks by agency, the late ones listed', async () => {
    const file = await call(core, 'document.conclusionFollowUp', { conferenceId });
    expect(file.fileName).toMatch(/^Theo doi thuc hien ket luan - .*\.docx$/);
    const p = await keep(file, 'theo-doi-ket-luan.docx');
    const at = (s: string) => p.findIndex((x) => x.includes(s));
    expect(p).toContain('BÁO CÁO');
    expect(p[at('Tình hình thực hiện Thông báo kết luận')]).toContain(
      'tại Phiên họp thường kỳ tháng 7 năm 2025 của UBND tỉnh',
    );
    expect(p).toContain('1. Tổng hợp: tổng số 14 nhiệm vụ: đã xong 1, đang làm 0, chưa làm 13; quá hạn 5.');
    expect(p).toContain('Sở Tài chính');
    expect(p).toContain('3. Nhiệm vụ quá hạn chưa hoàn thành:');
    expect(p.filter((x) => /^- Sở .*\(hạn \d\d\/\d\d\/2025, quá \d+ ngày\)\.$/.test(x))).toHaveLength(5);
  });
});
