import type { FieldErrors, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ConferenceFields, type Conference } from '../../../shared/models/conference';

/** What the inputs hold: plain strings (date-time "" = not set; ma-két one line per row). */
export interface ConferenceFormValues {
  title: string;
  shortTitle: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  parentBody: string;
  hostBody: string;
  chair: string;
  placeName: string;
  documentSymbol: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  backdropText: string;
  notes: string;
}

export const EMPTY_CONFERENCE_FORM: ConferenceFormValues = {
  title: '',
  shortTitle: '',
  kind: '',
  startsAt: '',
  endsAt: '',
  venue: '',
  parentBody: '',
  hostBody: '',
  chair: '',
  placeName: '',
  documentSymbol: '',
  signerAuthority: '',
  signerTitle: '',
  signerName: '',
  backdropText: '',
  notes: '',
};

/** Stored "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" → the DateTimeInput's value (the same ISO text). */
const toLocalInput = (s: string | null | undefined) => (!s ? '' : s.slice(0, 16));
const fromLocalInput = (s: string) => (s.trim() === '' ? null : s.trim().slice(0, 16));

export function toFormValues(c: Partial<ConferenceFields> | null | undefined): ConferenceFormValues {
  if (!c) return { ...EMPTY_CONFERENCE_FORM };
  return {
    title: c.title ?? '',
    shortTitle: c.shortTitle ?? '',
    kind: c.kind ?? '',
    startsAt: toLocalInput(c.startsAt),
    endsAt: toLocalInput(c.endsAt),
    venue: c.venue ?? '',
    parentBody: c.parentBody ?? '',
    hostBody: c.hostBody ?? '',
    chair: c.chair ?? '',
    placeName: c.placeName ?? '',
    documentSymbol: c.documentSymbol ?? '',
    signerAuthority: c.signerAuthority ?? '',
    signerTitle: c.signerTitle ?? '',
    signerName: c.signerName ?? '',
    backdropText: (c.backdropLines ?? []).join('\n'),
    notes: c.notes ?? '',
  };
}

/** Form strings → the contract's input shape (before zod's trimming/defaults). */
export function toConferenceInput(v: ConferenceFormValues) {
  const { backdropText, startsAt, endsAt, ...rest } = v;
  return {
    ...rest,
    startsAt: fromLocalInput(startsAt),
    endsAt: fromLocalInput(endsAt),
    backdropLines: backdropText
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== ''),
  };
}

const base = zodResolver(ConferenceFields);

/** zodResolver(ConferenceFields) on the converted values; errors are mapped back onto the inputs. */
export const conferenceResolver: Resolver<ConferenceFormValues, unknown, ConferenceFields> = async (
  values,
  ctx,
  opts,
) => {
  const result = await base(toConferenceInput(values) as never, ctx, opts as never);
  const errors = { ...(result.errors as Record<string, unknown>) } as Record<
    string,
    { type: string; message?: string } | undefined
  >;
  if (errors.backdropLines) {
    const raw = errors.backdropLines as unknown as { message?: string } & Record<string, { message?: string }>;
    const nested = Object.values(raw).find((x) => x && typeof x === 'object' && 'message' in x) as
      { message?: string } | undefined;
    const message = raw.message ?? nested?.message;
    errors.backdropText = {
      type: 'validate',
      message: message?.includes('10') || !message ? 'Ma-két tối đa 10 dòng, mỗi dòng tối đa 300 ký tự' : message,
    };
    delete errors.backdropLines;
  }
  const parsed = result.values as ConferenceFields | undefined;
  if (parsed && parsed.startsAt && parsed.endsAt && parsed.endsAt < parsed.startsAt) {
    errors.endsAt = { type: 'validate', message: 'Thời gian kết thúc phải sau thời gian bắt đầu' };
  }
  if (Object.keys(errors).length > 0) {
    return { values: {}, errors: errors as FieldErrors<ConferenceFormValues> };
  }
  return { values: parsed as ConferenceFields, errors: {} };
};

/** Only the fields that differ from the stored conference (for conference.update). */
export function changedFields(before: Conference, after: ConferenceFields): Partial<ConferenceFields> {
  const patch: Record<string, unknown> = {};
  for (const k of Object.keys(after) as (keyof ConferenceFields)[]) {
    // Badge types by section are set on the badges' print panel, not in this form.
    if (k === 'sectionBadges') continue;
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) patch[k] = after[k];
  }
  return patch as Partial<ConferenceFields>;
}

export const KIND_SUGGESTIONS = [
  'Hội nghị sơ kết',
  'Hội nghị tổng kết',
  'Hội nghị triển khai',
  'Hội nghị giao ban',
  'Hội nghị tập huấn',
  'Hội nghị quân chính',
  'Hội nghị rút kinh nghiệm',
];
