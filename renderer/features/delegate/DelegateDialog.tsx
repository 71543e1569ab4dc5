/**
 * Add or edit one delegate: react-hook-form + zodResolver(DelegateFields), Vietnamese labels and
 * messages. Editing sends only the fields that changed.
 */
import React, { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import {
  BADGE_TYPES,
  DELEGATE_FIELD_LABELS as L,
  DelegateFields,
  RANKS,
  type Delegate,
} from '../../../shared/models/delegate';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';

type FormIn = z.input<typeof DelegateFields>;
type FormOut = z.output<typeof DelegateFields>;
type Name = keyof FormOut;

const FIELD_NAMES = Object.keys(L) as Name[];

/** Vietnamese text for the checks that carry no message of their own. */
const viError = (iss: { code: string; path?: PropertyKey[]; maximum?: unknown }) => {
  const key = iss.path?.[0] as Name | undefined;
  const label = key && key in L ? L[key] : 'Giá trị';
  if (iss.code === 'too_big') return `${label} quá dài (tối đa ${String(iss.maximum)} ký tự)`;
  if (iss.code === 'invalid_type') return `${label} không hợp lệ`;
  return `${label} không hợp lệ`;
};
const resolver = zodResolver(DelegateFields, { error: viError as never });

const MAX: Record<Name, number> = {
  fullName: 200,
  rank: 50,
  position: 300,
  unit: 300,
  category: 200,
  salutation: 50,
  phone: 50,
  email: 200,
  note: 2000,
  sortKey: 100,
  address: 500,
  badgeType: 20,
};

interface Spec {
  name: Name;
  select?: boolean;
  wide?: boolean;
  list?: 'ranks' | 'cats' | 'salut';
  hint?: string;
  placeholder?: string;
  textarea?: boolean;
}

const SPECS: Spec[] = [
  {
    name: 'fullName',
    hint: 'Để trống nếu chưa biết người dự (ví dụ: “Đại diện lãnh đạo Sở Tài chính”).',
    placeholder: 'Ví dụ: Nguyễn Văn An',
  },
  { name: 'rank', list: 'ranks', placeholder: 'Ví dụ: Đại tá', hint: 'Chọn trong danh sách hoặc để trống.' },
  { name: 'position', wide: true, placeholder: 'Ví dụ: Chỉ huy trưởng' },
  { name: 'unit', wide: true, placeholder: 'Ví dụ: Bộ CHQS tỉnh' },
  {
    name: 'category',
    list: 'cats',
    placeholder: 'Ví dụ: Khách mời',
    hint: 'Nhóm trong danh sách (Khách mời, Đại biểu…).',
  },
  { name: 'salutation', list: 'salut', placeholder: 'Ví dụ: Đồng chí' },
  { name: 'phone', placeholder: 'Ví dụ: 0912345678' },
  { name: 'email', placeholder: 'Ví dụ: ten@example.vn' },
  {
    name: 'address',
    wide: true,
    placeholder: 'Ví dụ: Số 2 Nguyễn Thái Học, phường Vĩnh Trại, TP. Lạng Sơn',
    hint: 'In trên phong bì; để trống thì ghi đơn vị.',
  },
  {
    name: 'badgeType',
    select: true,
    hint: 'In trên thẻ đại biểu. Để “Theo thành phần” trừ khi người này khác cả nhóm.',
  },
  { name: 'sortKey', hint: 'Để trống: sắp theo tên (chữ cuối của họ tên).' },
  { name: 'note', wide: true, textarea: true },
];

const EMPTY: FormOut = {
  fullName: '',
  rank: '',
  position: '',
  unit: '',
  category: '',
  salutation: '',
  phone: '',
  email: '',
  note: '',
  sortKey: '',
  address: '',
  badgeType: '',
};

export type DialogState = { mode: 'edit'; delegate: Delegate } | { mode: 'create'; after: Delegate | null };

interface Props {
  state: DialogState;
  categories: string[];
  onClose(): void;
  onUpdate(id: string, patch: Partial<FormOut>): Promise<unknown>;
  onCreate(fields: FormOut, precedence?: number): Promise<unknown>;
  onNoChange(): void;
}

export function DelegateDialog({ state, categories, onClose, onUpdate, onCreate, onNoChange }: Props) {
  const formId = useId();
  const original: FormOut =
    state.mode === 'edit'
      ? (Object.fromEntries(FIELD_NAMES.map((k) => [k, state.delegate[k] ?? ''])) as FormOut)
      : { ...EMPTY, category: state.after?.category ?? '' };
  const [insertAfter, setInsertAfter] = useState(!!(state.mode === 'create' && state.after));
  const { register, handleSubmit, formState } = useForm<FormIn, unknown, FormOut>({
    resolver,
    defaultValues: original,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async (values) => {
    if (state.mode === 'edit') {
      const patch: Partial<FormOut> = {};
      for (const k of FIELD_NAMES) if (values[k] !== original[k]) (patch as Record<string, unknown>)[k] = values[k];
      if (!Object.keys(patch).length) {
        onNoChange();
        return;
      }
      if (await onUpdate(state.delegate.id, patch)) onClose();
    } else {
      const at = insertAfter && state.after ? state.after.precedence + 1 : undefined;
      if (await onCreate(values, at)) onClose();
    }
  });

  const d = state.mode === 'edit' ? state.delegate : null;
  const title = d ? `Sửa đại biểu${d.fullName ? ': ' + d.fullName : ''} (STT ${d.precedence})` : 'Thêm đại biểu';
  const lists = { ranks: `${formId}-ranks`, cats: `${formId}-cats`, salut: `${formId}-salut` };

  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      width={680}
      footer={
        <>
          {state.mode === 'create' && state.after ? (
            <label className="checkbox dl-insert-after">
              <input
                type="checkbox"
                checked={insertAfter}
                onChange={(e) => setInsertAfter(e.target.checked)}
                data-testid="delegate-insert-after"
              />
              Chèn sau dòng đang chọn (STT {state.after.precedence})
            </label>
          ) : null}
          <button type="button" className="btn" onClick={onClose} disabled={isSubmitting}>
            Hủy
          </button>
          <button
            type="submit"
            form={formId}
            className="btn btn-primary"
            disabled={isSubmitting}
            data-testid="delegate-save"
          >
            {isSubmitting ? 'Đang lưu…' : state.mode === 'edit' ? 'Lưu' : 'Thêm'}
          </button>
        </>
      }
    >
      <form id={formId} className="form-grid dl-form" onSubmit={submit} noValidate data-testid="delegate-dialog">
        {SPECS.map((s) => (
          <Field
            key={s.name}
            label={L[s.name]}
            hint={s.hint}
            error={errors[s.name]?.message}
            className={s.wide ? 'span-2' : ''}
          >
            {({ id, describedBy, invalid }) =>
              s.select ? (
                <select
                  id={id}
                  className="select"
                  aria-describedby={describedBy}
                  data-testid={`delegate-field-${s.name}`}
                  {...register(s.name)}
                >
                  <option value="">Theo thành phần</option>
                  {BADGE_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {t}
                    </option>
                  ))}
                </select>
              ) : s.textarea ? (
                <textarea
                  id={id}
                  className="textarea"
                  rows={2}
                  maxLength={MAX[s.name]}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  data-testid={`delegate-field-${s.name}`}
                  {...register(s.name)}
                />
              ) : (
                <input
                  id={id}
                  className="input"
                  autoComplete="off"
                  maxLength={MAX[s.name]}
                  placeholder={s.placeholder}
                  list={s.list ? lists[s.list] : undefined}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  data-testid={`delegate-field-${s.name}`}
                  {...(s.name === 'fullName' ? { 'data-autofocus': true } : {})}
                  {...register(s.name)}
                />
              )
            }
          </Field>
        ))}
        <datalist id={lists.ranks}>
          {RANKS.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <datalist id={lists.cats}>
          {categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <datalist id={lists.salut}>
          {['Đồng chí', 'Ông', 'Bà'].map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </form>
    </Dialog>
  );
}
