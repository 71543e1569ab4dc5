import { describe, it, expect } from 'vitest';
import { buildDemoConference, DEMO_SECTIONS } from '../../resources/demo/demo-conference';
import { EXCLUDED_NAMES } from '../../resources/demo/demo-names';
import { ConferenceFields } from '../../shared/models/conference';
import { DelegateFields, RANKS } from '../../shared/models/delegate';

const GENERALS = ['Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng'];
const clean = (s: string) => s === s.normalize('NFC') && !/\s{2}/.test(s) && s === s.trim();

describe('buildDemoConference', () => {
  const { conference, delegates } = buildDemoConference();

  it('has about 180 delegates', () => {
    expect(delegates.length).toBeGreaterThanOrEqual(170);
    expect(delegates.length).toBeLessThanOrEqual(190);
  });

  it('is deterministic', () => {
    expect(buildDemoConference()).toEqual(buildDemoConference());
    expect(buildDemoConference()).toEqual({ conference, delegates });
  });

  it('returns data the zod schemas accept unchanged', () => {
    expect(ConferenceFields.parse(conference)).toEqual(conference);
    for (const d of delegates) expect(DelegateFields.parse(d)).toEqual(d);
  });

  it('has the Lạng Sơn conference of seed 000', () => {
    expect(conference.title).toMatch(/^Hội nghị sơ kết 05 năm thực hiện Đề án số 223\/ĐA-UBND/);
    expect(conference.venue).toMatch(/^Hội trường Bộ CHQS tỉnh/);
    expect(conference.placeName).toBe('Lạng Sơn');
    expect(conference.documentSymbol).toBe('GM-UBND');
    expect(conference.signerAuthority).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(conference.signerTitle).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(conference.startsAt! < conference.endsAt!).toBe(true);
    expect(conference.backdropLines.length).toBeGreaterThan(0);
  });

  it('chair and signer are a delegate of the list', () => {
    const names = new Set(delegates.map((d) => d.fullName));
    expect(names.has(conference.signerName)).toBe(true);
    expect(conference.chair).toContain(conference.signerName);
  });

  it('has NFC text without double spaces', () => {
    for (const d of delegates) {
      for (const v of [d.fullName, d.rank, d.position, d.unit, d.category, d.salutation, d.note]) {
        expect(clean(v), JSON.stringify(v)).toBe(true);
      }
    }
    for (const v of [conference.title, conference.venue, conference.chair, ...conference.backdropLines]) {
      expect(clean(v), v).toBe(true);
    }
  });

  it('has 5–8 sections, all non-empty and contiguous, in the declared order', () => {
    const order: string[] = [];
    for (const d of delegates) if (order[order.length - 1] !== d.category) order.push(d.category);
    expect(order).toEqual([...DEMO_SECTIONS]);
    expect(new Set(order).size).toBe(order.length);
    expect(order.length).toBeGreaterThanOrEqual(5);
    expect(order.length).toBeLessThanOrEqual(8);
    for (const s of DEMO_SECTIONS) expect(delegates.some((d) => d.category === s)).toBe(true);
  });

  it('repeats no name within one unit, nor anywhere', () => {
    const named = delegates.filter((d) => d.fullName);
    const perUnit = new Set(named.map((d) => `${d.unit}|${d.fullName}`));
    expect(perUnit.size).toBe(named.length);
    expect(new Set(named.map((d) => d.fullName)).size).toBe(named.length);
  });

  it('never uses the real names of the seeds', () => {
    for (const d of delegates) expect(EXCLUDED_NAMES.has(d.fullName)).toBe(false);
  });

  it('opens with a Quân khu guest of general rank', () => {
    const first = delegates[0];
    expect(first.category).toContain('Quân khu');
    expect(GENERALS).toContain(first.rank);
    expect(first.fullName).not.toBe('');
  });

  it('has at least one placeholder', () => {
    const placeholders = delegates.filter((d) => d.fullName === '');
    expect(placeholders.length).toBeGreaterThan(0);
    for (const p of placeholders) {
      expect(p.position).toBe('Đại diện lãnh đạo');
      expect(p.unit).not.toBe('');
    }
  });

  it('uses known ranks, and only on military and police people', () => {
    const ranks: readonly string[] = RANKS;
    for (const d of delegates) {
      if (!d.rank) continue;
      expect(ranks).toContain(d.rank);
      expect(d.unit).toMatch(/Quân khu|CHQS|CHPTKV|Biên phòng|Công an|Sư đoàn|Kinh tế - Quốc phòng/);
    }
  });

  it('writes phones as 10-digit strings with the leading 0', () => {
    const phones = delegates.map((d) => d.phone).filter(Boolean);
    expect(phones.length).toBeGreaterThan(20);
    for (const p of phones) expect(p).toMatch(/^09\d{8}$/);
  });
});
