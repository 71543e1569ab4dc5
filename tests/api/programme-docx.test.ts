/** The programme-area documents: contents asserted on word/document.xml; files kept in tests/artifacts for LibreOffice. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { call, demoCore } from '../helpers/core';
import { docxXml } from '../helpers/docx';

let core: Core;
let conferenceId = '';
const ART = path.resolve(__dirname, '../artifacts/programme');

async function xmlOf(file: { fileName: string; contentBase64: string }, keep: string) {
  const buf = Buffer.from(file.contentBase64, 'base64');
  fs.mkdirSync(ART, { recursive: true });
  fs.writeFileSync(path.join(ART, keep), buf);
  const xml = await docxXml(buf);
  return {
    xml,
    text: xml
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  };
}

beforeAll(async () => {
  ({ core, conferenceId } = await demoCore());
  const { items } = await call(core, 'delegate.list', { conferenceId });
  const chair = items.find((d) => d.note.includes('Chủ trì')) ?? items[0];
  const steps: [string, string, number, string?][] = [
    ['reception', 'Đón tiếp đại biểu', 15],
    ['opening', 'Tuyên bố lý do, giới thiệu đại biểu', 10],
    ['report', 'Báo cáo sơ kết 05 năm thực hiện Đề án số 223/ĐA-UBND', 30],
    ['awards', 'Công bố quyết định và trao thưởng', 30],
    ['conclusion', 'Kết luận hội nghị', 20, chair.id],
  ];
  for (const [kind, title, minutes, presenterDelegateId] of steps) {
    await call(core, 'agenda.create', {
      conferenceId,
      kind: kind as 'report',
      title,
      minutes,
      presenterDelegateId: presenterDelegateId ?? null,
    });
  }
  const speeches: [string, string, string][] = [
    [
      'Ban CHPTKV1 - Thất Khê',
      'Công tác xây dựng lực lượng DQTV, DBĐV trong thời gian qua; giải pháp nâng cao chất lượng công tác huấn luyện',
      'Chỉ huy trưởng Ban CHPTKV',
    ],
    [
      'Công an tỉnh',
      'Công tác xây dựng lực lượng Công an nhân dân theo Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị',
      'Lãnh đạo Công an tỉnh',
    ],
    [
      'Sở Xây dựng',
      'Công tác quy hoạch hệ thống đô thị, nông thôn gắn với quy hoạch xây dựng thế trận quân sự',
      'Lãnh đạo Sở',
    ],
  ];
  for (const [unit, topic, presenterNote] of speeches) {
    await call(core, 'speech.create', {
      conferenceId,
      unit,
      topic,
      presenterNote,
      minutes: 10,
      dueDate: '2025-09-20',
      spoken: true,
    });
  }
  await call(core, 'agenda.fromSpeeches', { conferenceId });
  const { id } = await call(core, 'award.decision.create', {
    conferenceId,
    number: '1520/QĐ-UBND',
    date: '2025-10-01',
    plannedCollectives: 20,
    plannedIndividuals: 20,
    reason: 'Đã có thành tích xuất sắc trong thực hiện Đề án số 223/ĐA-UBND',
  });
  const awardees = items.filter((d) => d.category === 'Tập thể, cá nhân được khen thưởng');
  await call(core, 'award.recipient.createMany', {
    decisionId: id,
    items: awardees.map((d, i) =>
      i < 20
        ? {
            kind: 'collective' as const,
            name: d.unit,
            receiverText: `${d.rank} ${d.fullName}`.trim(),
            delegateId: d.id,
            achievement: 'Hoàn thành xuất sắc nhiệm vụ',
          }
        : {
            kind: 'individual' as const,
            name: d.fullName,
            rank: d.rank,
            position: d.position,
            unit: d.unit,
            delegateId: d.id,
            achievement: 'Hoàn thành xuất sắc nhiệm vụ',
          },
    ),
  });
  await call(core, 'award.batches.plan', { conferenceId, maxPerBatch: 10 });
  await call(core, 'award.batch.update', { conferenceId, no: 1, presenterDelegateId: chair.id });
});
afterAll(async () => {
  await core?.close();
});

describe('programme documents', () => {
  it('Chương trình: header, times from 07h30, the spoken speeches, who', async () => {
    const { text, xml } = await xmlOf(await call(core, 'document.programme', { conferenceId }), 'chuong-trinh.docx');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('CHƯƠNG TRÌNH');
    expect(text).toContain('/CTr-UBND');
    expect(text).toContain('Từ 07h30 đến 11h30 ngày 08/10/2025');
    expect(text).toContain('07h30 - 07h45');
    expect(text).toContain('08h25 - 08h35');
    expect(text).toContain('Tham luận của Công an tỉnh');
    expect(xml).toContain('Times New Roman');
  });
  it('Phụ lục tham luận: landscape, Kèm theo Kế hoạch, the seed columns', async () => {
    const { text, xml } = await xmlOf(
      await call(core, 'document.speechAssignments', { conferenceId }),
      'phu-luc-tham-luan.docx',
    );
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(text).toContain('PHÂN CÔNG CHUẨN BỊ NỘI DUNG THAM LUẬN TẠI HỘI NGHỊ');
    expect(text).toMatch(/\(Kèm theo Kế hoạch số\s+\/KH-UBND/);
    expect(text).toContain('Chỉ huy trưởng Ban CHPTKV');
    expect(text).toContain('trước ngày 20/09/2025');
  });
  it('Danh sách khen thưởng: 20 tập thể, 20 cá nhân, the decision', async () => {
    const { text } = await xmlOf(
      await call(core, 'document.awardList', { conferenceId }),
      'danh-sach-khen-thuong.docx',
    );
    expect(text).toContain('Tập thể, cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh');
    expect(text).toContain('Kèm theo Quyết định số 1520/QĐ-UBND ngày 01/10/2025');
    expect(text).toContain('I. TẬP THỂ (20 tập thể)');
    expect(text).toContain('II. CÁ NHÂN (20 cá nhân)');
    expect(text).toContain('Đồn Biên phòng Chi Ma');
  });
  it('Thứ tự trao thưởng and Kịch bản điều hành', async () => {
    const lineup = await xmlOf(await call(core, 'document.awardLineup', { conferenceId }), 'thu-tu-trao-thuong.docx');
    expect(lineup.text).toMatch(/Đợt 4/);
    const { text } = await xmlOf(await call(core, 'document.mcScript', { conferenceId }), 'kich-ban-dieu-hanh.docx');
    expect(text).toContain('KỊCH BẢN ĐIỀU HÀNH');
    expect(text).toMatch(/Đồng chí Thiếu tướng [^,]+, Phó Tư lệnh Quân khu 1/);
    expect(text).toContain('Đợt 1: Xin mời đại diện các tập thể có tên sau lên nhận Bằng khen của Chủ tịch UBND tỉnh:');
    // The collective's representative is the linked delegate, named as the MC says him.
    expect(text).toMatch(/1\. [^\n]+ — đồng chí [^\n]+ nhận;/);
    expect(text).toContain('công bố Quyết định số 1520/QĐ-UBND ngày 01/10/2025 của Chủ tịch UBND tỉnh.');
    expect(text).toMatch(/trình bày tham luận với chủ đề: “Công tác xây dựng lực lượng Công an nhân dân/);
    expect(text).not.toMatch(/công bố công bố|khách không mời/i);
    const edited = await xmlOf(
      await call(core, 'document.mcScript', {
        conferenceId,
        blocks: [{ time: '07h55', heading: 'Ổn định', text: 'Lời dẫn đã sửa tay' }],
      }),
      'kich-ban-sua.docx',
    );
    expect(edited.text).toContain('Lời dẫn đã sửa tay');
  });
});
