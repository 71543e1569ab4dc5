/**
 * One model, two renderers: the DOCX and the print view of the same invitations must print the
 * same lines in the same order (invitationLines of the model). Also the decree's text rules.
 */
import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildDemoConference } from '../../resources/demo/demo-conference';
import type { Conference } from '../../shared/models/conference';
import type { Delegate } from '../../shared/models/delegate';
import { InvitationSettingsFields } from '../../shared/models/invitation';
import {
  addresseeLine,
  buildInvitations,
  defaultInvitationSettings,
  invitationLines,
  type InvitationDoc,
} from '../../shared/documents/invitation';
import { numberLine, placeDateLine, timeLine } from '../../shared/documents/nd30';
import { invitationsDocx, renderSections } from '../../electron/services/invitation/docx/invitation-docx';
import { InvitationSheet } from '../../renderer/features/invitation/print/InvitationSheet';
import { docxParagraphs, docxXml } from '../helpers/docx';

const demo = buildDemoConference();
const conference = {
  ...demo.conference,
  id: 'c',
  archived: false,
  delegateCount: 0,
  createdAt: '',
  updatedAt: '',
} as Conference;
const delegates: Delegate[] = demo.delegates.map((d, i) => ({
  ...d,
  id: `d${i}`,
  conferenceId: 'c',
  precedence: i + 1,
  code: `C0DE${String(i).padStart(8, '0')}`,
}));
const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&apos;/g, "'");

async function docxLines(docs: InvitationDoc[], render = invitationsDocx): Promise<string[][]> {
  const xml = await docxXml(await render(docs));
  // One section per invitation: split the body after each section's closing sectPr.
  const parts = xml.split(/<\/w:sectPr>/).slice(0, docs.length);
  return parts.map((part) =>
    docxParagraphs(part)
      .map(decode)
      .filter((l) => l.trim() !== ''),
  );
}

function htmlLines(doc: InvitationDoc): string[] {
  const html = renderToStaticMarkup(React.createElement(InvitationSheet, { doc }));
  return [...html.matchAll(/<(div|p|span)[^>]*data-line="[^"]*"[^>]*>([\s\S]*?)<\/\1>/g)]
    .map((m) => decode(m[2]))
    .filter((l) => l.trim() !== '');
}

describe('invitation renderers', () => {
  const base = defaultInvitationSettings(conference);
  const variants: Array<[string, Partial<InvitationSettingsFields>]> = [
    ['per delegate, blank number and date', {}],
    [
      'with notes, contact, QR, 13 pt',
      {
        number: '15',
        issueDate: '2026-01-05',
        notes: 'Mặc quân phục.\nMang theo tài liệu',
        contactName: 'Hoàng Văn Bình',
        contactPhone: '0912 345 678',
        replyBy: '2025-10-03',
        showQr: true,
        bodySize: 13,
      },
    ],
    ['per unit, no Nơi nhận', { addressing: 'unit', recipients: '' }],
  ];
  for (const [name, patch] of variants) {
    it(`DOCX and print view print the same lines: ${name}`, async () => {
      const s = InvitationSettingsFields.parse({ ...base, ...patch });
      const docs = buildInvitations(s, [delegates[0], delegates.find((d) => !d.fullName)!, delegates[60]], 2025);
      const fromDocx = await docxLines(docs);
      docs.forEach((doc, i) => {
        const expected = invitationLines(doc);
        expect(fromDocx[i]).toEqual(expected);
        expect(htmlLines(doc)).toEqual(expected);
      });
      // the template fast path and the section-by-section renderer agree
      expect(await docxLines(docs, renderSections)).toEqual(fromDocx);
    });
  }
});

describe("the decree's text rules", () => {
  it('leading zeros for days below 10 and months 1–2 only', () => {
    expect(placeDateLine('Lạng Sơn', '2026-01-05')).toBe('Lạng Sơn, ngày 05 tháng 01 năm 2026');
    expect(placeDateLine('Lạng Sơn', '2025-02-28')).toBe('Lạng Sơn, ngày 28 tháng 02 năm 2025');
    expect(placeDateLine('Lạng Sơn', '2025-10-08')).toBe('Lạng Sơn, ngày 08 tháng 10 năm 2025');
    expect(placeDateLine('Tuyên Quang', '2024-05-15')).toBe('Tuyên Quang, ngày 15 tháng 5 năm 2024');
    expect(placeDateLine('Lạng Sơn', null, 2025)).toMatch(/^Lạng Sơn, ngày\s+tháng\s+năm 2025$/);
    expect(numberLine('15', 'GM-UBND')).toBe('Số: 15/GM-UBND');
    expect(numberLine('', 'GM-UBND')).toMatch(/^Số:\s+\/GM-UBND$/);
    expect(timeLine('2025-10-08T07:30')).toBe('07 giờ 30 phút, thứ Tư, ngày 08/10/2025');
    expect(timeLine('2026-01-04T14:00')).toBe('14 giờ 00 phút, Chủ nhật, ngày 04/01/2026');
  });

  it('addresses a person with salutation, rank, name, position and unit; a placeholder by its role', () => {
    const p = {
      salutation: '',
      rank: 'Đại tá',
      fullName: 'Nguyễn Văn A',
      position: 'Chỉ huy trưởng',
      unit: 'Bộ CHQS tỉnh',
    };
    expect(addresseeLine(p)).toBe('Đồng chí Đại tá Nguyễn Văn A, Chỉ huy trưởng Bộ CHQS tỉnh');
    expect(addresseeLine({ ...p, rank: '', fullName: '', position: 'lãnh đạo', unit: 'Sở Tài chính' })).toBe(
      'Lãnh đạo Sở Tài chính',
    );
    expect(
      addresseeLine({
        ...p,
        salutation: 'Bà',
        rank: '',
        fullName: 'Lê Thị B',
        position: 'Phóng viên',
        unit: 'Báo Lạng Sơn',
      }),
    ).toBe('Bà Lê Thị B, Phóng viên Báo Lạng Sơn');
    expect(addresseeLine({ ...p, position: 'Chính ủy Bộ CHQS tỉnh' })).toBe(
      'Đồng chí Đại tá Nguyễn Văn A, Chính ủy Bộ CHQS tỉnh',
    );
  });

  it('ends the content with ./. and breaks a long issuing body before its locality', () => {
    const s = defaultInvitationSettings(conference);
    expect(s.issuingBody).toBe('Ủy ban nhân dân\ntỉnh Lạng Sơn');
    const [doc] = buildInvitations(s, [delegates[0]], 2025);
    expect(doc.body[doc.body.length - 1].text.endsWith('./.')).toBe(true);
    expect(doc.header.issuingBody).toBe('ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN');
  });
});
