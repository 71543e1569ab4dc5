/** The inputs of the invitation form, grouped as the secretary reads a giấy mời from top to bottom. */
import React from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import type { InvitationSettings, InvitationSettingsFields } from '../../../shared/models/invitation';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import type { InvitationFormValues } from './invitationFormModel';

type Name = keyof InvitationFormValues;
interface Spec {
  name: Name;
  label: string;
  hint?: string;
  placeholder?: string;
  type?: 'text' | 'date' | 'textarea';
  rows?: number;
  wide?: boolean;
}

const GROUPS: { title: string; fields: Spec[] }[] = [
  {
    title: 'Đầu văn bản',
    fields: [
      {
        name: 'parentBody',
        label: 'Cơ quan chủ quản',
        placeholder: 'UBND TỈNH LẠNG SƠN',
        hint: 'Để trống nếu không có.',
      },
      {
        name: 'issuingBody',
        label: 'Cơ quan ban hành',
        type: 'textarea',
        rows: 2,
        hint: 'Mỗi dòng một hàng; in hoa, đậm.',
      },
      { name: 'number', label: 'Số', placeholder: 'để trống cho văn thư ghi', hint: 'Có thể để trống.' },
      { name: 'symbol', label: 'Ký hiệu', placeholder: 'GM-UBND' },
      { name: 'placeName', label: 'Địa danh', placeholder: 'Lạng Sơn' },
      {
        name: 'issueDate',
        label: 'Ngày ban hành',
        type: 'date',
        hint: 'Để trống: in "ngày … tháng …" cho văn thư ghi.',
      },
    ],
  },
  {
    title: 'Nội dung mời',
    fields: [
      { name: 'summary', label: 'Trích yếu (dưới chữ GIẤY MỜI)', type: 'textarea', rows: 2, wide: true },
      { name: 'inviter', label: 'Cơ quan mời', hint: '"… trân trọng kính mời:"', wide: true },
      { name: 'eventText', label: 'Tới dự', type: 'textarea', rows: 2, wide: true },
      { name: 'chair', label: 'Chủ trì', wide: true },
      { name: 'timeText', label: 'Thời gian', placeholder: '07 giờ 30 phút, thứ Tư, ngày 08/10/2025', wide: true },
      { name: 'venue', label: 'Địa điểm', wide: true },
      {
        name: 'notes',
        label: 'Lưu ý cho đại biểu',
        type: 'textarea',
        rows: 2,
        wide: true,
        placeholder: 'Đại biểu LLVT mặc quân phục thường dùng; đại biểu khác mặc trang phục công sở.',
        hint: 'Mỗi dòng một ý (trang phục, tài liệu…).',
      },
    ],
  },
  {
    title: 'Xác nhận tham dự',
    fields: [
      {
        name: 'senderAddress',
        label: 'Địa chỉ cơ quan gửi (in trên phong bì)',
        placeholder: 'Số 2 Nguyễn Thái Học, TP. Lạng Sơn',
        wide: true,
      },
      { name: 'contactName', label: 'Liên hệ (đồng chí)', placeholder: 'Hoàng Văn Bình, Phòng Tham mưu' },
      { name: 'contactPhone', label: 'Điện thoại', placeholder: '0205 3870 123' },
      { name: 'replyBy', label: 'Xác nhận trước ngày', type: 'date' },
    ],
  },
  {
    title: 'Chữ ký và nơi nhận',
    fields: [
      { name: 'signerAuthority', label: 'Thẩm quyền ký', placeholder: 'TM. ỦY BAN NHÂN DÂN' },
      { name: 'signerName', label: 'Người ký' },
      {
        name: 'signerTitle',
        label: 'Chức vụ người ký',
        type: 'textarea',
        rows: 2,
        placeholder: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      },
      {
        name: 'recipients',
        label: 'Nơi nhận',
        type: 'textarea',
        rows: 2,
        hint: 'Mỗi dòng một nơi; dòng cuối "- Lưu: VT, …".',
      },
    ],
  },
];

/** The fields the conference fills (Thông tin hội nghị); the rest are the letter's own. */
const FROM_CONFERENCE = new Set<string>([
  'parentBody',
  'issuingBody',
  'symbol',
  'placeName',
  'summary',
  'inviter',
  'eventText',
  'chair',
  'timeText',
  'venue',
  'signerAuthority',
  'signerTitle',
  'signerName',
]);

/**
 * Under a field typed differently from the conference: what the conference says now, and one click
 * to take it (then the field follows the conference again).
 */
function ConferenceDiff({
  form,
  name,
  conferenceValue,
}: {
  form: UseFormReturn<InvitationFormValues, unknown, InvitationSettingsFields>;
  name: Name;
  conferenceValue: string | undefined;
}) {
  const value = form.watch(name);
  if (
    !FROM_CONFERENCE.has(name) ||
    conferenceValue === undefined ||
    conferenceValue === '' ||
    String(value ?? '').trim() === conferenceValue.trim()
  )
    return null;
  return (
    <div className="inv-diff" data-testid={`inv-diff-${name}`}>
      <span>
        Khác thông tin hội nghị: <b>{conferenceValue.replace(/\n/g, ' / ')}</b>
      </span>
      <button
        type="button"
        className="btn btn-sm"
        data-testid={`inv-take-${name}`}
        onClick={() => form.setValue(name, conferenceValue as never, { shouldDirty: true, shouldValidate: true })}
      >
        Lấy theo hội nghị
      </button>
    </div>
  );
}

export function InvitationFormFields({
  form,
  settings,
}: {
  form: UseFormReturn<InvitationFormValues, unknown, InvitationSettingsFields>;
  settings?: Pick<InvitationSettings, 'conferenceValues'>;
}) {
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const diff = (s: Spec) => (
    <ConferenceDiff form={form} name={s.name} conferenceValue={settings?.conferenceValues?.[s.name]} />
  );
  const input = (s: Spec) => (
    <Field
      key={s.name}
      label={s.label}
      hint={s.hint}
      error={errors[s.name]?.message as string | undefined}
      className={s.wide ? 'span-2' : ''}
    >
      {({ id, describedBy, invalid }) => (
        <>
          {s.type === 'date' ? (
            <Controller
              control={control}
              name={s.name}
              render={({ field }) => (
                <DateInput
                  id={id}
                  value={String(field.value ?? '')}
                  onChange={field.onChange}
                  describedBy={describedBy}
                  invalid={invalid}
                  testId={`inv-${s.name}`}
                  warnPast={s.name === 'replyBy'}
                />
              )}
            />
          ) : s.type === 'textarea' ? (
            <textarea
              id={id}
              className="textarea"
              rows={s.rows}
              placeholder={s.placeholder}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              data-testid={`inv-${s.name}`}
              {...register(s.name)}
            />
          ) : (
            <input
              id={id}
              className="input"
              type={s.type ?? 'text'}
              placeholder={s.placeholder}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              data-testid={`inv-${s.name}`}
              {...register(s.name)}
            />
          )}
          {diff(s)}
        </>
      )}
    </Field>
  );
  return (
    <div className="form-grid inv-form-grid">
      {GROUPS.map((g) => (
        <React.Fragment key={g.title}>
          <div className="form-section">{g.title}</div>
          {g.fields.map(input)}
        </React.Fragment>
      ))}
      <div className="form-section">Tùy chọn</div>
      <Field label="Gửi theo">
        {({ id }) => (
          <select id={id} className="select" data-testid="inv-addressing" {...register('addressing')}>
            <option value="row">
              Theo từng dòng: người có tên nhận thư riêng, dòng &quot;Đại diện…&quot; gửi cơ quan
            </option>
            <option value="delegate">Từng đại biểu (cả dòng &quot;Đại diện…&quot;)</option>
            <option value="unit">Từng cơ quan, đơn vị (đề nghị cử người)</option>
          </select>
        )}
      </Field>
      <Field label="Cỡ chữ nội dung">
        {({ id }) => (
          <select id={id} className="select" {...register('bodySize')}>
            <option value="14">14</option>
            <option value="13">13</option>
          </select>
        )}
      </Field>
      <label className="checkbox span-2">
        <input type="checkbox" data-testid="inv-showQr" {...register('showQr')} /> In mã QR điểm danh của đại biểu (góc
        dưới bên trái)
      </label>
      <label className="checkbox span-2">
        <input type="checkbox" data-testid="inv-showSeat" {...register('showSeat')} /> In vị trí chỗ ngồi ("Vị trí: Khu
        A, hàng 2, ghế 5") khi đã xếp chỗ
      </label>
    </div>
  );
}
