/** The invitation form's values (strings, as the inputs hold them) ↔ InvitationSettingsFields. */
import { z } from 'zod';
import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { InvitationSettingsFields, type InvitationSettings } from '../../../shared/models/invitation';

export type InvitationFormValues = Omit<InvitationSettingsFields, 'issueDate' | 'replyBy' | 'bodySize'> & {
  issueDate: string;
  replyBy: string;
  bodySize: string;
};

/** Empty date inputs mean "not set"; the size select gives a string. */
export const InvitationFormSchema = z.preprocess((v) => {
  const o = (v ?? {}) as Record<string, unknown>;
  return { ...o, issueDate: o.issueDate || null, replyBy: o.replyBy || null, bodySize: Number(o.bodySize) || 14 };
}, InvitationSettingsFields);

export const invitationResolver = zodResolver(InvitationFormSchema as never) as unknown as Resolver<
  InvitationFormValues,
  unknown,
  InvitationSettingsFields
>;

export function toInvitationForm(s: InvitationSettings | InvitationSettingsFields): InvitationFormValues {
  const { issueDate, replyBy, bodySize, ...rest } = s as InvitationSettingsFields;
  const fields = Object.fromEntries(
    Object.keys(InvitationSettingsFields.shape).map((k) => [k, (rest as Record<string, unknown>)[k]]),
  );
  return {
    ...(fields as InvitationFormValues),
    issueDate: issueDate ?? '',
    replyBy: replyBy ?? '',
    bodySize: String(bodySize),
  };
}

/** The values as settings, or null while a field is invalid (the preview keeps the last good one). */
export function parseInvitationForm(v: InvitationFormValues): InvitationSettingsFields | null {
  const r = InvitationFormSchema.safeParse(v);
  return r.success ? r.data : null;
}
