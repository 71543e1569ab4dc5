/** invitation.* and document.invitations through the dispatcher, on the demo conference. */
import { beforeAll, describe, expect, it } from 'vitest';
import { call, callError, demoCore } from '../helpers/core';
import { addresseeLine } from '../../shared/documents/invitation';
import type { Core } from '../../electron/core/core';
import {
  docxParagraphs as paragraphs,
  docxXml as docXml,
  stripTags,
  unescapeXml as unescape,
  zipFiles,
} from '../helpers/docx';

let core: Core;
let conferenceId: string;

beforeAll(async () => {
  ({ core, conferenceId } = await demoCore());
});

describe('invitation.settings', () => {
  it('defaults from the conference, then saves only what is sent', async () => {
    const s0 = await call(core, 'invitation.settings.get', { conferenceId });
    expect(s0.saved).toBe(false);
    expect(s0.issuingBody).toBe('Ủy ban nhân dân\ntỉnh Lạng Sơn');
    expect(s0.symbol).toBe('GM-UBND');
    expect(s0.timeText).toBe('07 giờ 30 phút, thứ Tư, ngày 08/10/2025');
    const s1 = await call(core, 'invitation.settings.update', {
      conferenceId,
      number: '15',
      issueDate: '2025-09-05',
      contactName: 'Hoàng Văn Bình',
      contactPhone: '0205 3870 123',
    });
    expect(s1.saved).toBe(true);
    expect(s1.number).toBe('15');
    expect(s1.venue).toBe(s0.venue);
    const s2 = await call(core, 'invitation.settings.get', { conferenceId });
    expect(s2).toMatchObject({ number: '15', issueDate: '2025-09-05', saved: true });
    const bad = await callError(core, 'invitation.settings.update', { conferenceId, issueDate: '05/09/2025' });
    expect(bad.code).toBe('BAD_INPUT');
  });
});

describe('document.invitations', () => {
  it('one section and one GIẤY MỜI per delegate, A4 with the decree margins, names in place', async () => {
    const { items } = await call(core, 'delegate.list', { conferenceId });
    const pick = [items[0], items[30], items.find((d) => !d.fullName)!, items[100]];
    const out = await call(core, 'document.invitations', { conferenceId, delegateIds: pick.map((d) => d.id) });
    expect(out.fileName).toMatch(/\.docx$/);
    const xml = await docXml(out.contentBase64);
    expect(xml.match(/<w:sectPr/g)).toHaveLength(4);
    expect(xml.match(/>GIẤY MỜI</g)).toHaveLength(4);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const paras = paragraphs(xml).map(unescape);
    // each addressee line sits right after the "trân trọng kính mời:" line, in precedence order
    const leads = paras.flatMap((p, i) => (p.endsWith('trân trọng kính mời:') ? [paras[i + 1]] : []));
    // Per row (the default): named people personally, the placeholder row's letter goes to its unit.
    expect(leads).toEqual(pick.map((d) => (d.fullName ? addresseeLine(d) : d.unit)));
    expect(paras).toContain(`Đề nghị ${pick[2].unit} cử 01 đồng chí lãnh đạo tham dự.`);
    expect(paras).toContain('Số: 15/GM-UBND');
    expect(paras).toContain('Lạng Sơn, ngày 05 tháng 9 năm 2025');
    expect(paras.filter((p) => p === 'Nơi nhận:')).toHaveLength(4);
    // header sizes: national title 12 pt bold, motto 13 pt bold, Nơi nhận 12 pt bold italic
    expect(xml).toMatch(/<w:b\/>[\s\S]{0,200}<w:sz w:val="24"\/>[\s\S]{0,100}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(xml).toMatch(/<w:sz w:val="26"\/>[\s\S]{0,100}Độc lập - Tự do - Hạnh phúc/);
    expect(xml).toMatch(/<w:b\/>[\s\S]{0,40}<w:i\/>[\s\S]{0,200}<w:sz w:val="24"\/>[\s\S]{0,100}Nơi nhận:/);
    expect(xml).toContain('w:ascii="Times New Roman"');
  });

  it('per-delegate ZIP: one DOCX each, named by precedence and name', async () => {
    const { items } = await call(core, 'delegate.list', { conferenceId });
    const out = await call(core, 'document.invitations', {
      conferenceId,
      delegateIds: [items[1].id, items[0].id],
      layout: 'per-delegate',
    });
    const files = await zipFiles(out.contentBase64);
    const names = Object.keys(files).sort();
    expect(names).toEqual([`001 ${items[0].fullName}.docx`, `002 ${items[1].fullName}.docx`]);
    expect(stripTags(await docXml(files[names[0]]))).toContain(items[0].fullName);
  });

  it('per unit: one invitation per agency asking it to send N people', async () => {
    await call(core, 'invitation.settings.update', { conferenceId, addressing: 'unit' });
    const out = await call(core, 'invitation.models', { conferenceId, categories: ['Đại biểu tỉnh'] });
    const finance = out.items.find((d) => d.body[1].text === 'Sở Tài chính')!;
    expect(finance.delegateIds).toHaveLength(2);
    expect(finance.body.map((p) => p.text)).toContain('Đề nghị Sở Tài chính cử 02 đồng chí tham dự.');
    await call(core, 'invitation.settings.update', { conferenceId, addressing: 'delegate' });
  });

  it('refuses an id from elsewhere and an empty selection', async () => {
    expect((await callError(core, 'document.invitations', { conferenceId, delegateIds: ['nope'] })).code).toBe(
      'NOT_FOUND',
    );
    expect((await callError(core, 'document.invitations', { conferenceId, categories: ['Không có'] })).code).toBe(
      'BAD_INPUT',
    );
  });
});

describe('invitation register', () => {
  it('marks the last printed batch as sent, records replies and a substitute, counts by category', async () => {
    const { items } = await call(core, 'delegate.list', { conferenceId });
    const ids = items.slice(0, 3).map((d) => d.id);
    await call(core, 'document.invitations', { conferenceId, delegateIds: ids });
    const r0 = await call(core, 'invitation.register', { conferenceId });
    expect(r0.lastBatch?.delegateIds).toEqual(ids);
    expect(r0.dueBy).toBe('2025-09-23');
    await call(core, 'invitation.mark', {
      conferenceId,
      delegateIds: r0.lastBatch!.delegateIds,
      status: 'sent',
      sentAt: '2025-09-20',
      method: 'buu_dien',
    });
    await call(core, 'invitation.reply', { delegateId: ids[0], reply: 'attending' });
    const sub = await call(core, 'invitation.reply', {
      delegateId: ids[1],
      reply: 'substitute',
      substitute: { fullName: 'Lê Văn Thay', rank: 'Thượng tá', position: 'Phó Tham mưu trưởng' },
    });
    expect(sub.conferenceId).toBe(conferenceId);
    const r1 = await call(core, 'invitation.register', { conferenceId });
    const byId = new Map(r1.items.map((e) => [e.delegateId, e]));
    expect(byId.get(ids[0])).toMatchObject({
      status: 'sent',
      sentAt: '2025-09-20',
      method: 'buu_dien',
      reply: 'attending',
    });
    expect(byId.get(ids[1])!.substitute).toEqual({
      fullName: 'Lê Văn Thay',
      rank: 'Thượng tá',
      position: 'Phó Tham mưu trưởng',
      unit: '',
    });
    expect(byId.get(ids[3 - 1])!.reply).toBe('none');
    expect(byId.get(items[5].id)!.status).toBe('not_sent');
    const cat = r1.byCategory.find((c) => c.category === items[0].category)!;
    expect(cat).toMatchObject({ total: 10, sent: 3, replied: 2, attending: 1, substituted: 1 });
    // "cử người dự thay, chưa có tên" can be saved (#14); back to "chưa gửi" clears the date
    expect(
      (await call(core, 'invitation.reply', { delegateId: ids[2], reply: 'substitute' })).substitute?.fullName,
    ).toBe('');
    await call(core, 'invitation.reply', { delegateId: ids[2], reply: 'none' });
    await call(core, 'invitation.mark', { conferenceId, delegateIds: [ids[2]], status: 'not_sent' });
    const r2 = await call(core, 'invitation.register', { conferenceId });
    expect(r2.items.find((e) => e.delegateId === ids[2])).toMatchObject({
      status: 'not_sent',
      sentAt: null,
      method: null,
    });
    const unsent = await call(core, 'invitation.models', { conferenceId, status: 'not_sent' });
    expect(unsent.items).toHaveLength(items.length - 2);
  });
});

describe('document.delegateList', () => {
  it('lists everyone by section with Roman numerals; the confirmed list puts the substitute in place', async () => {
    const { items } = await call(core, 'delegate.list', { conferenceId });
    const invited = await call(core, 'document.delegateList', { conferenceId });
    const xml = unescape(paragraphs(await docXml(invited.contentBase64)).join('\n'));
    expect(xml).toContain('DANH SÁCH ĐẠI BIỂU');
    expect(xml).toContain('I. Khách mời Quân khu 1');
    expect(xml).toContain('VII. Phóng viên, phục vụ');
    for (const d of items.filter((x) => x.fullName)) expect(xml).toContain(d.fullName);
    await call(core, 'invitation.reply', { delegateId: items[4].id, reply: 'attending' });
    await call(core, 'invitation.reply', {
      delegateId: items[5].id,
      reply: 'substitute',
      substitute: { fullName: 'Đỗ Văn Thế', rank: 'Trung tá' },
    });
    const confirmed = unescape(
      paragraphs(
        await docXml((await call(core, 'document.delegateList', { conferenceId, kind: 'confirmed' })).contentBase64),
      ).join('\n'),
    );
    expect(confirmed).toContain('DANH SÁCH XÁC NHẬN THAM DỰ');
    expect(confirmed).toContain(items[4].fullName);
    expect(confirmed).toContain('Trung tá Đỗ Văn Thế');
    expect(confirmed).toContain(`Dự thay đồng chí ${items[5].rank} ${items[5].fullName}`);
    expect(confirmed).not.toContain(items[20].fullName);
  });

  it('prints each delegate\'s own seat ("Vị trí:") once seating exists and the form asks for it', async () => {
    const hallId = (await call(core, 'hall.createDemo', {})).id;
    await call(core, 'seating.autoAssign', { conferenceId, hallId, rules: { presidiumCount: 9, frontRows: 2 } });
    const seats = new Map(
      (await call(core, 'seating.list', { conferenceId })).items.map((i) => [i.delegateId, i.label]),
    );
    const { items } = await call(core, 'delegate.list', { conferenceId });
    const pick = items.filter((d) => seats.has(d.id)).slice(0, 12);
    const seatLines = async () => {
      const out = await call(core, 'document.invitations', { conferenceId, delegateIds: pick.map((d) => d.id) });
      return paragraphs(await docXml(out.contentBase64))
        .map(unescape)
        .filter((p) => p.startsWith('Vị trí:'));
    };
    expect(await seatLines()).toEqual([]);
    await call(core, 'invitation.settings.update', { conferenceId, showSeat: true });
    const lines = await seatLines();
    expect(lines).toHaveLength(12);
    lines.forEach((l, i) => expect(l).toContain(seats.get(pick[i].id)!));
    expect(new Set(lines).size).toBeGreaterThan(1);
    await call(core, 'invitation.settings.update', { conferenceId, showSeat: false });
  });
});
