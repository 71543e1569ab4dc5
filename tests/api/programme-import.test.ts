/** award.recipient.import*, speech.attach/attachment, script.save/saved/current through the dispatcher. */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { call, callError, freshCore } from '../helpers/core';
import { docxXml } from '../helpers/docx';

let core: Core & { dataDir: string };
let conferenceId = '';
let decisionId = '';
let linkedDelegate = '';

/** A sheet as the office sends it: title rows, header, "I. TẬP THỂ" / "II. CÁ NHÂN" section rows. */
async function awardXlsx(extra: (string | number | null)[][] = []): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Khen thưởng');
  ws.addRow(['DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN']);
  ws.addRow(['(Kèm theo Quyết định số 2345/QĐ-UBND ngày 01/12/2023)']);
  ws.addRow([]);
  ws.addRow(['STT', 'Tên tập thể / Họ và tên', 'Cấp bậc', 'Chức vụ', 'Đơn vị', 'Thành tích']);
  ws.addRow(['I. TẬP THỂ']);
  ws.addRow([1, 'Ban CHQS huyện Yên Thế', null, null, null, 'Đã có thành tích xuất sắc trong công tác QPĐP năm 2023']);
  ws.addRow([2, 'Công an huyện Lục Nam', null, null, null, 'Đã có thành tích xuất sắc']);
  ws.addRow(['II. CÁ NHÂN']);
  ws.addRow([
    1,
    'Nguyễn Văn Hùng',
    'Thượng tá',
    'Chỉ huy trưởng',
    'Ban CHQS huyện Yên Thế',
    'Hoàn thành xuất sắc nhiệm vụ',
  ]);
  ws.addRow([2, 'Trần Thị Lan', null, 'Phó Chủ tịch', 'UBND xã Tân Sỏi', 'Hoàn thành xuất sắc nhiệm vụ']);
  for (const r of extra) ws.addRow(r);
  ws.addRow([null, 'Tổng cộng: 4']);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

beforeAll(async () => {
  core = await freshCore();
  conferenceId = (
    await call(core, 'conference.create', {
      title: 'Hội nghị tổng kết công tác Quốc phòng địa phương năm 2023',
      startsAt: '2023-12-08T07:30',
    })
  ).id;
  linkedDelegate = (
    await call(core, 'delegate.create', {
      conferenceId,
      delegate: {
        fullName: 'Nguyễn Văn Hùng',
        rank: 'Thượng tá',
        position: 'Chỉ huy trưởng',
        unit: 'Ban CHQS huyện Yên Thế',
      },
    })
  ).id;
  await call(core, 'delegate.create', {
    conferenceId,
    delegate: { fullName: 'Trần Thị Lan', position: 'Chủ tịch', unit: 'UBND xã Khác' },
  });
  decisionId = (
    await call(core, 'award.decision.create', {
      conferenceId,
      number: '2345/QĐ-UBND',
      plannedCollectives: 2,
      plannedIndividuals: 2,
    })
  ).id;
});
afterAll(async () => {
  await core?.close();
});

describe('award recipients from a file', () => {
  it('previews kinds from the section rows and links by folded name + unit', async () => {
    const p = await call(core, 'award.recipient.importPreview', {
      conferenceId,
      decisionId,
      fileName: 'khen-thuong.xlsx',
      contentBase64: await awardXlsx(),
    });
    expect(p.headerRow).toBe(4);
    expect(p.items.map((r) => [r.row, r.kind, r.name])).toEqual([
      [6, 'collective', 'Ban CHQS huyện Yên Thế'],
      [7, 'collective', 'Công an huyện Lục Nam'],
      [9, 'individual', 'Nguyễn Văn Hùng'],
      [10, 'individual', 'Trần Thị Lan'],
    ]);
    expect(p.items[2]).toMatchObject({
      rank: 'Thượng tá',
      position: 'Chỉ huy trưởng',
      delegateId: linkedDelegate,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ',
    });
    // Same name, other unit: not linked.
    expect(p.items[3].delegateId).toBeNull();
    // A collective links to its representative: the unit's head in the delegate list; the other is reported.
    expect(p.items[0].delegateId).toBe(linkedDelegate);
    expect(p.unlinked).toEqual(['Công an huyện Lục Nam']);
    expect([p.collectives, p.individuals, p.linked]).toEqual([2, 2, 2]);
    expect((await call(core, 'award.list', { conferenceId })).decisions[0].recipients).toHaveLength(0);
  });

  it('imports in one go after a backup, appended to the decision', async () => {
    const before = fs.existsSync(path.join(core.dataDir, 'backups'))
      ? fs.readdirSync(path.join(core.dataDir, 'backups')).length
      : 0;
    const r = await call(core, 'award.recipient.import', {
      conferenceId,
      decisionId,
      fileName: 'khen-thuong.xlsx',
      contentBase64: await awardXlsx(),
    });
    expect(r).toEqual({ added: 4, collectives: 2, individuals: 2, linked: 2, skipped: 0 });
    const backups = fs.readdirSync(path.join(core.dataDir, 'backups'));
    expect(backups.length).toBe(before + 1);
    expect(backups.some((f) => f.includes('before-import'))).toBe(true);
    const d = (await call(core, 'award.list', { conferenceId })).decisions[0];
    expect(d.recipients.map((x) => `${x.order}. ${x.rank} ${x.name}`.replace('  ', ' '))).toEqual([
      '1. Ban CHQS huyện Yên Thế',
      '2. Công an huyện Lục Nam',
      '3. Thượng tá Nguyễn Văn Hùng',
      '4. Trần Thị Lan',
    ]);
    expect([d.collectives, d.individuals]).toEqual([2, 2]);
    // The stage line-up names who receives for each collective.
    await call(core, 'award.batches.plan', { conferenceId, maxPerBatch: 10 });
    const lineup = await docxXml(
      Buffer.from((await call(core, 'document.awardLineup', { conferenceId })).contentBase64, 'base64'),
    );
    const text = lineup.replace(/<[^>]+>/g, '');
    expect(text).toContain('Thượng tá Nguyễn Văn Hùng, Chỉ huy trưởng Ban CHQS huyện Yên Thế');
    expect(text).toContain('Đại diện lãnh đạo đơn vị');
    // The same file again adds nobody twice.
    const again = await call(core, 'award.recipient.importPreview', {
      conferenceId,
      decisionId,
      fileName: 'khen-thuong.xlsx',
      contentBase64: await awardXlsx(),
    });
    expect(again.duplicates).toBe(4);
    expect(
      (
        await call(core, 'award.recipient.import', {
          conferenceId,
          decisionId,
          fileName: 'khen-thuong.xlsx',
          contentBase64: await awardXlsx(),
        })
      ).added,
    ).toBe(0);
    expect((await call(core, 'award.list', { conferenceId })).decisions[0].recipients).toHaveLength(4);
  });

  it('reads a CSV with the rank inside the name and the kind from the header', async () => {
    const csv = 'STT,Họ và tên,Chức vụ,Đơn vị,Thành tích\n1,Đại úy Lê Văn Nam,Trợ lý,Phòng Tham mưu,Xuất sắc\n';
    const p = await call(core, 'award.recipient.importPreview', {
      conferenceId,
      decisionId,
      fileName: 'ca-nhan.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    expect(p.items).toHaveLength(1);
    expect(p.items[0]).toMatchObject({
      kind: 'individual',
      rank: 'Đại úy',
      name: 'Lê Văn Nam',
      unit: 'Phòng Tham mưu',
    });
  });

  it('names file, row and column when a line has no name, and writes nothing', async () => {
    const e = await callError(core, 'award.recipient.import', {
      conferenceId,
      decisionId,
      fileName: 'loi.xlsx',
      contentBase64: await awardXlsx([[3, null, 'Trung tá', 'Trợ lý', 'Phòng Chính trị', 'Xuất sắc']]),
    });
    expect(e.message).toContain('"loi.xlsx"');
    expect(e.message).toContain('dòng 11');
    expect(e.message).toContain('cột B');
    expect((await call(core, 'award.list', { conferenceId })).decisions[0].recipients).toHaveLength(4);
    const noKind = 'STT,Tên tập thể / cá nhân,Thành tích\n1,Nguyễn Văn A,Xuất sắc\n';
    const e2 = await callError(core, 'award.recipient.importPreview', {
      conferenceId,
      decisionId,
      fileName: 'x.csv',
      contentBase64: Buffer.from(noKind).toString('base64'),
    });
    expect(e2.message).toMatch(/dòng 2: chưa biết "Nguyễn Văn A" là tập thể hay cá nhân/);
    const pdf = await callError(core, 'award.recipient.importPreview', {
      conferenceId,
      decisionId,
      fileName: 'ds.xlsx',
      contentBase64: Buffer.from('%PDF-1.4 ...').toString('base64'),
    });
    expect(pdf.message).toContain('PDF');
  });
});

describe('speech text attachment', () => {
  it('stores the file in the conference folder with a safe name, marks "đã nộp file", gives it back', async () => {
    const s = await call(core, 'speech.create', {
      conferenceId,
      unit: 'Sở Giáo dục và Đào tạo',
      dueDate: '2023-12-01',
    });
    const bytes = Buffer.from('Nội dung tham luận — bản cuối');
    const r = await call(core, 'speech.attach', {
      speechId: s.id,
      fileName: '../../Tham luận Sở GD&ĐT.docx',
      contentBase64: bytes.toString('base64'),
    });
    expect(r.fileName).toBe('Tham-luan-So-GD-DT.docx');
    const dir = path.join(core.dataDir, 'attachments', conferenceId);
    expect(fs.readdirSync(dir)).toEqual([`${s.id}__Tham-luan-So-GD-DT.docx`]);
    const listed = (await call(core, 'speech.list', { conferenceId })).items.find((x) => x.id === s.id)!;
    expect(listed).toMatchObject({ status: 'file', overdue: false, attachmentName: 'Tham-luan-So-GD-DT.docx' });
    const back = await call(core, 'speech.attachment', { speechId: s.id });
    expect(Buffer.from(back.contentBase64, 'base64').toString()).toBe('Nội dung tham luận — bản cuối');
    // A second file replaces the first.
    await call(core, 'speech.attach', {
      speechId: s.id,
      fileName: 'ban-sua.pdf',
      contentBase64: Buffer.from('%PDF').toString('base64'),
    });
    expect(fs.readdirSync(dir)).toEqual([`${s.id}__ban-sua.pdf`]);
    await call(core, 'speech.delete', { id: s.id });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses more than 20 MB and says when there is nothing attached', async () => {
    const s = await call(core, 'speech.create', { conferenceId, unit: 'Công an tỉnh' });
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 1).toString('base64');
    const e = await callError(core, 'speech.attach', { speechId: s.id, fileName: 'lon.pdf', contentBase64: big });
    expect(e.message).toMatch(/20 MB/);
    const none = await callError(core, 'speech.attachment', { speechId: s.id });
    expect(none.message).toContain('Công an tỉnh');
  });
});

describe('MC script edits', () => {
  it('keeps the edited blocks; the DOCX and script.current use them; null goes back to generated', async () => {
    await call(core, 'agenda.create', {
      conferenceId,
      kind: 'opening',
      title: 'Tuyên bố lý do, giới thiệu đại biểu',
      minutes: 10,
    });
    expect((await call(core, 'script.saved', { conferenceId })).blocks).toBeNull();
    const gen = await call(core, 'script.generate', { conferenceId });
    const edited = gen.blocks.map((b, i) =>
      i === 0 ? { ...b, text: 'Kính thưa các đồng chí đại biểu — ĐÃ SỬA TAY' } : b,
    );
    const saved = await call(core, 'script.save', {
      conferenceId,
      blocks: edited,
      namedCategories: gen.namedCategories,
    });
    expect(saved.savedAt).toBeTruthy();
    expect((await call(core, 'script.saved', { conferenceId })).blocks![0].text).toBe(
      'Kính thưa các đồng chí đại biểu — ĐÃ SỬA TAY',
    );
    const cur = await call(core, 'script.current', { conferenceId });
    expect(cur.edited).toBe(true);
    const docx = await call(core, 'document.mcScript', { conferenceId });
    const xml = await docxXml(docx.contentBase64);
    expect(xml).toContain('ĐÃ SỬA TAY');
    await call(core, 'script.save', { conferenceId, blocks: null });
    const back = await call(core, 'script.current', { conferenceId });
    expect(back.edited).toBe(false);
    expect(back.blocks[0].text).not.toContain('ĐÃ SỬA TAY');
  });
});

describe('seats in the ceremony line-up', () => {
  it("shows a linked recipient's seat in award.list and the line-up DOCX once seating exists", async () => {
    const before = (await call(core, 'award.list', { conferenceId })).decisions[0].recipients.find(
      (r) => r.delegateId === linkedDelegate,
    )!;
    expect(before.seat ?? null).toBeNull();
    const hallId = (await call(core, 'hall.createDemo', {})).id;
    await call(core, 'seating.autoAssign', { conferenceId, hallId });
    const seat = (await call(core, 'seating.list', { conferenceId })).items.find(
      (s) => s.delegateId === linkedDelegate,
    )!;
    expect(seat).toBeTruthy();
    const aw = await call(core, 'award.list', { conferenceId });
    const r = aw.decisions[0].recipients.find((x) => x.delegateId === linkedDelegate)!;
    expect(r.seat).toBe(seat.label);
    // The collective Ban CHQS huyện Yên Thế is received by the same delegate: both rows show his seat.
    expect(aw.decisions[0].recipients.filter((x) => x.seat).length).toBe(2);
    await call(core, 'award.batches.plan', { conferenceId, maxPerBatch: 10 });
    const docx = await call(core, 'document.awardLineup', { conferenceId });
    fs.mkdirSync(path.resolve(__dirname, '../artifacts'), { recursive: true });
    fs.writeFileSync(
      path.resolve(__dirname, '../artifacts/award-lineup-seats.docx'),
      Buffer.from(docx.contentBase64, 'base64'),
    );
    const xml = await docxXml(docx.contentBase64);
    expect(xml).toContain('Chỗ ngồi');
    expect(xml).toContain(seat.label);
  });
});
