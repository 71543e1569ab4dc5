import { describe, expect, it } from 'vitest';
import {
  formatDateVi,
  formatTimeVi,
  maskDateTyping,
  parseDateVi,
  parseTimeVi,
  pastDateWarning,
} from '../../shared/text/dates';

describe('dates typed as dd/mm/yyyy and HH:MM', () => {
  it.each([
    ['20/09/2025', '2025-09-20'],
    ['20-9-2025', '2025-09-20'],
    ['1.2.26', '2026-02-01'],
    ['20092025', '2025-09-20'],
    ['2025-09-20', '2025-09-20'],
    ['29/02/2024', '2024-02-29'],
    ['', ''],
  ])('date %s → %s', (t, iso) => expect(parseDateVi(t)).toEqual({ ok: true, value: iso }));

  it.each([
    ['92025', 'không hợp lệ'],
    ['31/04/2025', 'không có ngày 31'],
    ['29/02/2025', 'không có ngày 29'],
    ['12/13/2025', 'Tháng 13'],
    ['09/20/2025', 'Tháng 20'],
    ['abc', 'ngày/tháng/năm'],
  ])('date %s is refused in Vietnamese', (t, msg) => {
    const r = parseDateVi(t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(msg);
  });

  it.each([
    ['7:30', '07:30'],
    ['07.30', '07:30'],
    ['7h30', '07:30'],
    ['14 giờ 05', '14:05'],
    ['0730', '07:30'],
    ['8', '08:00'],
    ['', ''],
  ])('time %s → %s', (t, v) => expect(parseTimeVi(t)).toEqual({ ok: true, value: v }));

  it('refuses 12-hour and impossible times', () => {
    expect(parseTimeVi('7:30 PM').ok).toBe(false);
    expect(parseTimeVi('24:00').ok).toBe(false);
    const r = parseTimeVi('10:75');
    expect(r.ok === false && r.error).toContain('Phút 75');
  });

  it('formats ISO for reading', () => {
    expect(formatDateVi('2025-09-20T07:30')).toBe('20/09/2025');
    expect(formatTimeVi('2025-09-20T07:30')).toBe('07:30');
    expect(formatDateVi(null)).toBe('');
  });

  it('warns about a day in the past', () => {
    const now = new Date(2025, 8, 20, 10, 0);
    expect(pastDateWarning('2025-09-19', now)).toContain('19/09/2025 đã qua');
    expect(pastDateWarning('2025-09-20', now)).toBe('');
  });

  it('inserts the slashes while typing, never when deleting', () => {
    expect(maskDateTyping('2', '20')).toBe('20/');
    expect(maskDateTyping('20/0', '20/09')).toBe('20/09/');
    expect(maskDateTyping('20/09/', '20/09//')).toBe('20/09/');
    expect(maskDateTyping('20/', '20')).toBe('20');
    expect(maskDateTyping('', '20092025')).toBe('20/09/2025');
    expect(maskDateTyping('1/9/202', '1/9/2025')).toBe('1/9/2025');
  });
});
