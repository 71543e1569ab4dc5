/**
 * Mẫu giấy mời: the form (react-hook-form + zod) beside a live preview of the invitation, built by
 * the same model as the DOCX (shared/documents/invitation.ts) for a delegate of the list.
 */
import React, { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { InvitationSettings, InvitationSettingsFields } from '../../../shared/models/invitation';
import type { Delegate } from '../../../shared/models/delegate';
import {
  buildInvitation,
  delegateAddressee,
  rowAddressees,
  unitAddressees,
} from '../../../shared/documents/invitation';
import { call } from '../../api/client';
import { useToast } from '../../components/Toast';
import { InvitationSheet } from './print/InvitationSheet';
import { InvitationFormFields } from './InvitationFormFields';
import {
  invitationResolver,
  parseInvitationForm,
  toInvitationForm,
  type InvitationFormValues,
} from './invitationFormModel';
import './print/invitation-sheet.css';

export function InvitationForm(props: { settings: InvitationSettings; delegates: Delegate[]; year: number }) {
  const { settings, delegates, year } = props;
  const toast = useToast();
  const form = useForm<InvitationFormValues, unknown, InvitationSettingsFields>({
    resolver: invitationResolver,
    defaultValues: toInvitationForm(settings),
    mode: 'onChange',
  });
  const { handleSubmit, reset, formState, control, getValues } = form;
  const [sampleId, setSampleId] = useState(delegates[0]?.id ?? '');
  // The preview fits its column by default (fit follows the column's width); +/− zoom and scroll.
  const frameRef = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(0.6);
  const [zoom, setZoom] = useState<number | null>(null);
  useEffect(() => {
    const el = frameRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setFit(Math.max(0.3, (el.clientWidth - 2) / 794)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const scale = zoom ?? fit;
  const values = useWatch({ control }) as InvitationFormValues;
  const lastGood = useRef<InvitationSettingsFields | null>(null);
  const parsed = parseInvitationForm({ ...getValues(), ...values });
  if (parsed) lastGood.current = parsed;

  // Fresh settings from the store: take them unless the user is editing.
  const key = JSON.stringify(settings);
  useEffect(() => {
    if (!formState.isDirty) reset(toInvitationForm(settings));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the settings' content, not their identity
  }, [key]);

  const doc = useMemo(() => {
    const s = lastGood.current;
    const d = delegates.find((x) => x.id === sampleId) ?? delegates[0];
    if (!s || !d) return null;
    const sameUnit = delegates.filter((x) => x.unit === d.unit);
    const a =
      s.addressing === 'unit'
        ? unitAddressees(sameUnit)[0]
        : s.addressing === 'row'
          ? rowAddressees(d.fullName ? [d] : sameUnit.filter((x) => !x.fullName), s.showQr)[0]
          : delegateAddressee(d, s.showQr);
    return buildInvitation(s, a, year);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(lastGood.current), sampleId, delegates, year]);

  const submit = handleSubmit(async (v) => {
    try {
      await call('invitation.settings.update', { conferenceId: settings.conferenceId, ...v });
      reset(toInvitationForm(v));
      toast.success('Đã lưu mẫu giấy mời');
    } catch (e) {
      toast.error(e instanceof Error ? e.message : 'Không lưu được mẫu giấy mời');
    }
  });

  return (
    <div className="inv-form-layout">
      <form className="inv-form card" onSubmit={submit} noValidate data-testid="invitation-form">
        <InvitationFormFields form={form} settings={settings} />
        <div className="inv-form-actions">
          {!settings.saved ? <span className="muted small">Chưa lưu: đang dùng thông tin của hội nghị.</span> : null}
          <span className="spacer" />
          <button
            type="button"
            className="btn"
            disabled={!formState.isDirty}
            onClick={() => reset(toInvitationForm(settings))}
          >
            Hoàn lại
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            data-testid="invitation-save"
            disabled={formState.isSubmitting}
          >
            Lưu mẫu giấy mời
          </button>
        </div>
      </form>
      <section className="inv-preview" aria-label="Xem trước giấy mời">
        <div className="inv-preview-bar">
          <label htmlFor="inv-sample">Xem thử với</label>
          <select id="inv-sample" className="select" value={sampleId} onChange={(e) => setSampleId(e.target.value)}>
            {delegates.map((d) => (
              <option key={d.id} value={d.id}>
                {d.precedence}. {d.fullName || `${d.position} ${d.unit}`}
              </option>
            ))}
          </select>
        </div>
        <div className="inv-zoom" role="group" aria-label="Thu phóng bản xem trước">
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => setZoom((z) => Math.max(0.3, (z ?? fit) - 0.1))}
            aria-label="Thu nhỏ"
            data-testid="inv-zoom-out"
          >
            −
          </button>
          <span className="inv-zoom-value" data-testid="inv-zoom-value">
            {Math.round((zoom ?? fit) * 100)}%
          </span>
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => setZoom((z) => Math.min(1.5, (z ?? fit) + 0.1))}
            aria-label="Phóng to"
            data-testid="inv-zoom-in"
          >
            +
          </button>
          <button type="button" className="btn btn-sm" onClick={() => setZoom(null)} disabled={zoom === null}>
            Vừa khung
          </button>
        </div>
        <div className="inv-preview-frame" data-testid="invitation-preview" ref={frameRef}>
          {/* A4 is 794 × 1123 px; the sizer gives the scaled page its scrollable size. */}
          <div className="inv-preview-sizer" style={{ width: 794 * scale, height: 1123 * scale }}>
            <div className="inv-preview-scale" style={{ transform: `scale(${scale})` }}>
              {doc ? <InvitationSheet doc={doc} /> : null}
            </div>
          </div>
        </div>
      </section>
    </div>
  );
}
