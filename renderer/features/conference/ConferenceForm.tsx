import React, { useEffect } from 'react';
import { Controller, useForm, type Control, type UseFormRegister } from 'react-hook-form';
import type { ConferenceFields } from '../../../shared/models/conference';
import { DateTimeInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../lib/format';
import { conferenceResolver, KIND_SUGGESTIONS, toFormValues, type ConferenceFormValues } from './conferenceFormModel';

type Name = keyof ConferenceFormValues;

interface Spec {
  name: Name;
  label: string;
  hint?: string;
  placeholder?: string;
  required?: boolean;
  wide?: boolean;
  type?: 'text' | 'datetime' | 'textarea';
  rows?: number;
  list?: string;
}

const SECTIONS: { title: string; fields: Spec[] }[] = [
  {
    title: 'Hội nghị',
    fields: [
      {
        name: 'title',
        label: 'Tên hội nghị',
        required: true,
        wide: true,
        type: 'textarea',
        rows: 2,
        placeholder: 'Hội nghị sơ kết 05 năm thực hiện Đề án số 223/ĐA-UBND…',
        hint: 'Ghi đầy đủ như trong kế hoạch; tên này in trên giấy mời.',
      },
      {
        name: 'shortTitle',
        label: 'Tên ngắn trên thẻ đại biểu',
        wide: true,
        placeholder: 'Hội nghị sơ kết 05 năm thực hiện Đề án số 223/ĐA-UBND',
        hint: 'Để trống: lấy tên hội nghị đến hết cụm đầu (trước “ngày…”, “giai đoạn…”, dấu phẩy). Không bao giờ cắt giữa cụm từ.',
      },
      {
        name: 'kind',
        label: 'Loại hội nghị',
        list: 'conference-kinds',
        placeholder: 'Hội nghị sơ kết',
        hint: 'Hội nghị sơ kết / tổng kết / triển khai…',
      },
      {
        name: 'chair',
        label: 'Chủ trì',
        placeholder: 'Đồng chí Phó Chủ tịch UBND tỉnh',
        hint: 'Người chủ trì, ghi như trên giấy mời.',
      },
      {
        name: 'startsAt',
        label: 'Bắt đầu',
        type: 'datetime',
        hint: 'Giờ:phút (24 giờ) và ngày/tháng/năm, ví dụ 07:30 ngày 08/10/2025.',
      },
      { name: 'endsAt', label: 'Kết thúc', type: 'datetime', hint: 'Có thể để trống.' },
      {
        name: 'venue',
        label: 'Địa điểm',
        wide: true,
        placeholder: 'Hội trường Bộ CHQS tỉnh',
        hint: 'Ghi cả địa chỉ nếu đại biểu ở xa: "Hội trường Bộ CHQS tỉnh (số 2, Nguyễn Thái Học…)".',
      },
    ],
  },
  {
    title: 'Văn bản (giấy mời)',
    fields: [
      {
        name: 'parentBody',
        label: 'Cơ quan chủ quản',
        placeholder: 'UBND TỈNH LẠNG SƠN',
        hint: 'Dòng trên cùng bên trái; để trống nếu không có.',
      },
      {
        name: 'hostBody',
        label: 'Cơ quan ban hành',
        placeholder: 'BỘ CHỈ HUY QUÂN SỰ TỈNH',
        hint: 'Cơ quan gửi giấy mời (in đậm, dưới cơ quan chủ quản).',
      },
      {
        name: 'placeName',
        label: 'Địa danh ghi ngày tháng',
        placeholder: 'Lạng Sơn',
        hint: 'Dùng trong dòng "Lạng Sơn, ngày … tháng … năm …".',
      },
      {
        name: 'documentSymbol',
        label: 'Ký hiệu văn bản',
        placeholder: 'GM-UBND',
        hint: 'Phần sau số: "Số: 15/GM-UBND".',
      },
    ],
  },
  {
    title: 'Khối chữ ký',
    fields: [
      {
        name: 'signerAuthority',
        label: 'Thẩm quyền ký',
        placeholder: 'TM. ỦY BAN NHÂN DÂN',
        hint: 'Để trống nếu người đứng đầu ký trực tiếp.',
      },
      { name: 'signerName', label: 'Người ký', placeholder: 'Nguyễn Văn A', hint: 'Họ và tên người ký.' },
      {
        name: 'signerTitle',
        label: 'Chức vụ người ký',
        type: 'textarea',
        rows: 2,
        wide: true,
        placeholder: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
        hint: 'Mỗi dòng một hàng, như in dưới thẩm quyền ký.',
      },
    ],
  },
  {
    title: 'Ma-két và ghi chú',
    fields: [
      {
        name: 'backdropText',
        label: 'Nội dung ma-két',
        type: 'textarea',
        rows: 4,
        wide: true,
        placeholder: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nHỘI NGHỊ\nSƠ KẾT 05 NĂM…',
        hint: 'Mỗi dòng của ma-két (phông nền sân khấu) ghi trên một hàng; tối đa 10 dòng.',
      },
      {
        name: 'notes',
        label: 'Ghi chú',
        type: 'textarea',
        rows: 3,
        wide: true,
        hint: 'Thành phần, trang phục, hạn gửi tham luận… (chỉ để thư ký theo dõi).',
      },
    ],
  },
];

function Input(props: {
  spec: Spec;
  register: UseFormRegister<ConferenceFormValues>;
  control: Control<ConferenceFormValues, unknown, ConferenceFields>;
  error?: string;
  hint?: string;
}) {
  const { spec, register, error } = props;
  return (
    <Field
      label={spec.label}
      hint={props.hint ?? spec.hint}
      error={error}
      required={spec.required}
      className={spec.wide ? 'span-2' : ''}
    >
      {({ id, describedBy, invalid }) =>
        spec.type === 'datetime' ? (
          <Controller
            control={props.control}
            name={spec.name}
            render={({ field }) => (
              <DateTimeInput
                id={id}
                value={field.value}
                onChange={field.onChange}
                describedBy={describedBy}
                invalid={invalid}
                ariaLabel={spec.label}
                testId={`conf-${spec.name}`}
                warnPast={spec.name === 'startsAt'}
              />
            )}
          />
        ) : spec.type === 'textarea' ? (
          <textarea
            id={id}
            className="textarea"
            rows={spec.rows ?? 3}
            placeholder={spec.placeholder}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register(spec.name)}
          />
        ) : (
          <input
            id={id}
            className="input"
            type={spec.type ?? 'text'}
            placeholder={spec.placeholder}
            list={spec.list}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            aria-required={spec.required}
            {...register(spec.name)}
          />
        )
      }
    </Field>
  );
}

/**
 * The conference form (create in a Dialog, edit on the info page). The submit button lives with the
 * caller: `<button type="submit" form={formId}>`. onSubmit gets the values parsed by ConferenceFields.
 */
export function ConferenceForm(props: {
  formId: string;
  initial?: Partial<ConferenceFields> | null;
  onSubmit: (values: ConferenceFields) => Promise<void>;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { formId, initial, onSubmit, onDirtyChange } = props;
  const form = useForm<ConferenceFormValues, unknown, ConferenceFields>({
    resolver: conferenceResolver,
    defaultValues: toFormValues(initial),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, control, handleSubmit, reset, getValues, formState, watch } = form;
  // Spell the value out with the weekday ("07:30, thứ Tư, 08/10/2025") once it is a valid date.
  const [startsAt, endsAt] = watch(['startsAt', 'endsAt']);
  const valid = (v: string) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(v);
  const readout: Partial<Record<Name, string>> = {
    startsAt: valid(startsAt) ? `Tức là: ${formatDateTime(startsAt)}` : undefined,
    endsAt: valid(endsAt) ? `Tức là: ${formatDateTime(endsAt)}` : undefined,
  };
  const { errors, isDirty } = formState;

  // Fresh data from the store (another window saved): take it unless the user is editing.
  const initialKey = JSON.stringify(initial ?? null);
  useEffect(() => {
    if (!formState.isDirty) reset(toFormValues(initial));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialKey]);

  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange]);

  const submit = handleSubmit(async (values) => {
    const raw = getValues();
    try {
      await onSubmit(values);
      reset(raw);
    } catch {
      // The caller shows the error; keep the user's input.
    }
  });

  return (
    <form id={formId} className="form-grid" data-testid="conference-form" onSubmit={submit} noValidate>
      {SECTIONS.map((section) => (
        <React.Fragment key={section.title}>
          <div className="form-section">{section.title}</div>
          {section.fields.map((spec) => (
            <Input
              key={spec.name}
              spec={spec}
              register={register}
              control={control}
              error={errors[spec.name]?.message}
              hint={readout[spec.name]}
            />
          ))}
        </React.Fragment>
      ))}
      <datalist id="conference-kinds">
        {KIND_SUGGESTIONS.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
    </form>
  );
}
