/**
 * Addressing per row, the signer and the chair, substitutes, and the Word lists (#14): personal
 * letters to named leaders and "Đề nghị … cử … đồng chí" letters to units for their placeholder rows
 * in one run; a unit's count counts only its placeholder rows; the placeholder's level is kept.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { call, freshCore } from '../helpers/core';
import type { Core } from '../../electron/core/core';
import { docxParagraphs, docxXml, stripTags, unescapeXml } from '../helpers/docx';

let core: Core;
let conferenceId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  core = await freshCore();
  conferenceId = (
    await call(core, 'conference.create', {
      title: 'Hội nghị tổng kết',
      startsAt: '2026-08-16T08:00',
      venue: 'Hội trường Bộ CHQS tỉnh',
      hostBody: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      chair: 'Đồng chí Dương Xuân Huyền, Phó Chủ tịch UBND tỉnh',
      signerName: 'Dương Xuân Huyền',
    })
  ).id;
  const rows: [string, Record<string, string>][] = [
    ['chair', { fullName: 'Dương Xuân Huyền', position: 'Phó Chủ tịch', unit: 'UBND tỉnh', category: 'Lãnh đạo tỉnh' }],
    ['director', { fullName: 'Trần Văn Bình', position: 'Giám đốc', unit: 'Sở Tài chính', category: 'Các sở, ngành' }],
    ['ph1', { fullName: '', position: 'Đại diện lãnh đạo', unit: 'Sở Tài chính', category: 'Các sở, ngành' }],
    ['ph2', { fullName: '', position: 'Đại diện lãnh đạo', unit: 'Sở Tài chính', category: 'Các sở, ngành' }],
    ['ph3', { fullName: '', position: 'Lãnh đạo Phòng Kinh tế', unit: 'UBND huyện Cao Lộc', category: 'Địa phương' }],
  ];
  for (const [k, d] of rows) ids[k] = (await call(core, 'delegate.create', { conferenceId, delegate: d })).id;
});

async function paras(delegateIds: string[]) {
  const out = await call(core, 'document.invitations', { conferenceId, delegateIds });
  const xml = await docxXml(out.contentBase64);
  return { xml, paras: docxParagraphs(xml).map(unescapeXml) };
}

describe('addressing per row', () => {
  it('writes personal letters to named people and one letter per unit for its placeholder rows', async () => {
    expect((await call(core, 'invitation.settings.get', { conferenceId })).addressing).toBe('row');
    const { xml, paras: p } = await paras([ids.director, ids.ph1, ids.ph2, ids.ph3]);
    expect(xml.match(/<w:sectPr/g)).toHaveLength(3);
    const leads = p.flatMap((x, i) => (x.endsWith('trân trọng kính mời:') ? [p[i + 1]] : []));
    expect(leads).toEqual(['Đồng chí Trần Văn Bình, Giám đốc Sở Tài chính', 'Sở Tài chính', 'UBND huyện Cao Lộc']);
    // Only the two placeholder rows count, not the director who has his own letter.
    expect(p).toContain('Đề nghị Sở Tài chính cử 02 đồng chí lãnh đạo tham dự.');
    expect(p).toContain('Đề nghị UBND huyện Cao Lộc cử 01 đồng chí lãnh đạo Phòng Kinh tế tham dự.');
  });
});

describe('the signer and the chair', () => {
  it('are marked in the register, so the screen leaves them out unless ticked', async () => {
    const r = await call(core, 'invitation.register', { conferenceId });
    const chair = r.items.find((e) => e.delegateId === ids.chair)!;
    expect(chair.hostRole).toBe('signer');
    expect(r.items.filter((e) => e.hostRole)).toHaveLength(1);
  });
});

describe('substitutes', () => {
  it('cleans a typed name as the importer does and keeps a substitute without a name', async () => {
    const a = await call(core, 'invitation.reply', {
      delegateId: ids.director,
      reply: 'substitute',
      substitute: { fullName: 'Đ/c  Thượng tá  NGUYỄN VĂN  an', rank: '', position: ' Phó Giám đốc ', unit: '' },
    });
    expect(a.substitute).toEqual({ fullName: 'Nguyễn Văn An', rank: 'Thượng tá', position: 'Phó Giám đốc', unit: '' });
    const b = await call(core, 'invitation.reply', {
      delegateId: ids.ph3,
      reply: 'substitute',
      substitute: { fullName: '', rank: '', position: '', unit: '' },
    });
    expect(b.reply).toBe('substitute');
    expect(b.substitute?.fullName).toBe('');
    await call(core, 'invitation.reply', { delegateId: ids.ph1, reply: 'absent', note: 'Đi công tác' });
    await call(core, 'invitation.reply', { delegateId: ids.chair, reply: 'attending' });
  });
});

describe('the Word lists', () => {
  it('fills the note column and totals each section and the whole list', async () => {
    const out = await call(core, 'document.delegateList', { conferenceId, kind: 'invited' });
    const xml = await docxXml(out.contentBase64);
    const text = unescapeXml(stripTags(xml.replace(/<\/w:p>/g, '\n')));
    expect(text).toContain('Vắng; Đi công tác');
    expect(text).toContain('Cử người dự thay');
    expect(text).toContain('Cộng: 3 đại biểu');
    expect(text).toContain('Tổng cộng: 5 đại biểu');
    expect(text).toContain('Đã trả lời tham dự 1, cử người dự thay 2, vắng 1, chưa trả lời 1.');
  });

  it('counts attending, substitutes and absent on the confirmed list', async () => {
    const out = await call(core, 'document.delegateList', { conferenceId, kind: 'confirmed' });
    const text = unescapeXml(stripTags((await docxXml(out.contentBase64)).replace(/<\/w:p>/g, '\n')));
    expect(text).toContain('Thượng tá Nguyễn Văn An');
    expect(text).toContain('Dự thay đồng chí Trần Văn Bình');
    expect(text).toContain('Người dự thay (chưa có tên)');
    expect(text).toContain('Tổng cộng: 3 đại biểu tham dự / 5 đại biểu được mời');
    expect(text).toContain('Tham dự: 1; cử người dự thay: 2; vắng: 1; chưa trả lời: 1.');
    expect(text).toContain('Cộng: 1 đại biểu (tham dự 0, dự thay 1; vắng 1, chưa trả lời 1)');
  });
});

describe('envelopes', () => {
  it("carry the sender's address and the recipient's, a unit letter the unit's", async () => {
    await call(core, 'delegate.update', {
      id: ids.director,
      patch: { address: 'Số 8 Lê Lợi, phường Vĩnh Trại, TP. Lạng Sơn' },
    });
    await call(core, 'delegate.update', { id: ids.ph2, patch: { address: 'Số 8 Lê Lợi, TP. Lạng Sơn' } });
    await call(core, 'invitation.settings.update', {
      conferenceId,
      senderAddress: 'Số 2 Nguyễn Thái Học, TP. Lạng Sơn',
    });
    const { items } = await call(core, 'invitation.models', {
      conferenceId,
      delegateIds: [ids.director, ids.ph1, ids.ph2, ids.ph3],
    });
    expect(items.map((d) => d.envelope)).toEqual([
      {
        senderAddress: 'Số 2 Nguyễn Thái Học, TP. Lạng Sơn',
        recipientAddress: 'Số 8 Lê Lợi, phường Vĩnh Trại, TP. Lạng Sơn',
      },
      { senderAddress: 'Số 2 Nguyễn Thái Học, TP. Lạng Sơn', recipientAddress: 'Số 8 Lê Lợi, TP. Lạng Sơn' },
      { senderAddress: 'Số 2 Nguyễn Thái Học, TP. Lạng Sơn', recipientAddress: '' },
    ]);
  });

  it('imports the address when a column has it', async () => {
    const csv = Buffer.from(
      'STT;Họ và tên;Chức vụ;Đơn vị;Địa chỉ\r\n1;Hoàng Văn Nam;Chủ tịch;UBND xã Tân Thanh;Thôn Nà Lệnh, xã Tân Thanh\r\n',
    ).toString('base64');
    const r = await call(core, 'delegate.import', { conferenceId, fileName: 'dia-chi.csv', contentBase64: csv });
    expect(r.imported).toBe(1);
    const d = (await call(core, 'delegate.list', { conferenceId })).items.find((x) => x.fullName === 'Hoàng Văn Nam');
    expect(d?.address).toBe('Thôn Nà Lệnh, xã Tân Thanh');
  });
});
