/**
 * The letters follow the conference (#14, the blocker): the form once saved kept its own copy of the
 * day, the hour and the hall, so 178 letters printed the old ones after the conference moved. Fields
 * the secretary did not type follow the conference; fields she typed stay, and the form is told where
 * they now differ.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { call, freshCore } from '../helpers/core';
import type { Core } from '../../electron/core/core';
import { docxParagraphs, docxXml, unescapeXml } from '../helpers/docx';

let core: Core;
let conferenceId: string;
let delegateId: string;

beforeAll(async () => {
  core = await freshCore();
  conferenceId = (
    await call(core, 'conference.create', {
      title: 'Hội nghị đánh giá 15 năm hoàn thành phân giới, cắm mốc',
      startsAt: '2026-08-15T07:30',
      venue: 'Hội trường UBND tỉnh',
      hostBody: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      chair: 'Đồng chí Chủ tịch UBND tỉnh',
    })
  ).id;
  delegateId = (
    await call(core, 'delegate.create', {
      conferenceId,
      delegate: {
        fullName: 'Nguyễn Văn Hùng',
        position: 'Trưởng ban',
        unit: 'Ban Nội chính Tỉnh ủy',
        category: 'Đại biểu',
      },
    })
  ).id;
});

async function letterText(): Promise<string[]> {
  const out = await call(core, 'document.invitations', { conferenceId, delegateIds: [delegateId] });
  return docxParagraphs(await docxXml(out.contentBase64)).map(unescapeXml);
}

describe('the invitation form follows the conference', () => {
  it('moves the day, the hour and the hall of a saved form when the conference moves', async () => {
    const s0 = await call(core, 'invitation.settings.get', { conferenceId });
    // The form sends every field, as the screen does, with the number typed.
    const { conferenceId: _c, saved: _s, typed: _t, conferenceValues: _v, ...fields } = s0;
    const s1 = await call(core, 'invitation.settings.update', { conferenceId, ...fields, number: '15' });
    expect(s1.typed).toEqual(['number']);
    expect(await letterText()).toContain('Thời gian: 07 giờ 30 phút, thứ Bảy, ngày 15/08/2026.');

    await call(core, 'conference.update', {
      id: conferenceId,
      patch: { startsAt: '2026-08-16T08:00', venue: 'Hội trường Bộ CHQS tỉnh' },
    });
    const s2 = await call(core, 'invitation.settings.get', { conferenceId });
    expect(s2.timeText).toBe('08 giờ 00 phút, Chủ nhật, ngày 16/08/2026');
    expect(s2.venue).toBe('Hội trường Bộ CHQS tỉnh');
    expect(s2.number).toBe('15');
    const paras = await letterText();
    expect(paras).toContain('Thời gian: 08 giờ 00 phút, Chủ nhật, ngày 16/08/2026.');
    expect(paras.find((p) => p.startsWith('Địa điểm:'))).toMatch(/^Địa điểm: Hội trường Bộ CHQS tỉnh\.(\/\.)?$/);
    expect(paras.join('\n')).not.toContain('15/08/2026');
    expect(paras.join('\n')).not.toContain('Hội trường UBND tỉnh');
  });

  it('keeps a typed field and says what the conference now gives', async () => {
    await call(core, 'invitation.settings.update', { conferenceId, venue: 'Hội trường tầng 3, Bộ CHQS tỉnh' });
    await call(core, 'conference.update', {
      id: conferenceId,
      patch: { venue: 'Nhà khách Tỉnh ủy', startsAt: '2026-08-17T14:00' },
    });
    const s = await call(core, 'invitation.settings.get', { conferenceId });
    expect(s.venue).toBe('Hội trường tầng 3, Bộ CHQS tỉnh');
    expect(s.typed).toContain('venue');
    expect(s.conferenceValues.venue).toBe('Nhà khách Tỉnh ủy');
    expect(s.timeText).toBe('14 giờ 00 phút, thứ Hai, ngày 17/08/2026');
    // Taking the conference's value again: the field follows the conference from then on.
    await call(core, 'invitation.settings.update', { conferenceId, venue: s.conferenceValues.venue });
    await call(core, 'conference.update', { id: conferenceId, patch: { venue: 'Hội trường A' } });
    const s2 = await call(core, 'invitation.settings.get', { conferenceId });
    expect(s2.venue).toBe('Hội trường A');
    expect(s2.typed).not.toContain('venue');
  });

  it('writes the inviting body in sentence case in the body, capitals in the header', async () => {
    const paras = await letterText();
    expect(paras).toContain('Ủy ban nhân dân tỉnh Lạng Sơn trân trọng kính mời:');
    expect(paras).toContain('ỦY BAN NHÂN DÂN');
    expect(paras).toContain('Đồng chí Nguyễn Văn Hùng, Trưởng Ban Nội chính Tỉnh ủy');
  });
});
