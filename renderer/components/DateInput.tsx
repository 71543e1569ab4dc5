/**
 * The one date and time input of the app. A native <input type="date|time"> follows the browser's or
 * the OS's language (mm/dd/yyyy with AM/PM on an English system; typing 20/09/2025 gave the year 92025),
 * so these are text inputs that read and are typed as dd/mm/yyyy and 24-hour HH:MM everywhere, with a
 * calendar (react-day-picker, Vietnamese) beside the date. Values are ISO ("2025-09-20", "07:30",
 * "2025-09-20T07:30"); while the text is not a valid date the raw text is passed on, so a form's
 * schema refuses it instead of silently keeping the old value.
 */
import React, { useEffect, useRef, useState } from 'react';
import { CalendarDays } from 'lucide-react';
import { DayPicker } from 'react-day-picker';
import { vi } from 'react-day-picker/locale/vi';
import 'react-day-picker/style.css';
import './date-input.css';
import {
  formatDateVi,
  formatTimeVi,
  maskDateTyping,
  parseDateVi,
  parseTimeVi,
  pastDateWarning,
} from '../../shared/text/dates';

interface Common {
  id?: string;
  /** Emitted on every keystroke: ISO when valid, "" when empty, the raw text when not valid. */
  onChange?: (value: string) => void;
  /** Emitted when the user is done (blur, Enter, a day picked), only with a valid value. */
  onCommit?: (value: string) => void;
  describedBy?: string;
  /** The form shows an error for this field (the input still says precisely what is wrong). */
  invalid?: boolean;
  ariaLabel?: string;
  testId?: string;
  disabled?: boolean;
  required?: boolean;
  className?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Keeps the typed text, re-syncing when the value changes from outside (a reset, another window). */
function useText(value: string, format: (v: string) => string, parse: (t: string) => { ok: boolean; value?: string }) {
  const [text, setText] = useState(() => format(value) || value);
  useEffect(() => {
    const p = parse(text);
    if ((p.ok && p.value === value) || text === value) return;
    setText(format(value) || value);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return [text, setText] as const;
}

function Message({ error, warning }: { error: string; warning: string; invalid?: boolean }) {
  if (error)
    return (
      <div className="field-error" role="alert">
        {error}
      </div>
    );
  if (!error && warning)
    return (
      <div className="field-warn" role="status">
        {warning}
      </div>
    );
  return null;
}

/** dd/mm/yyyy with a calendar. `warnPast` adds a warning when the date lies before today. */
export function DateInput(props: Common & { value: string; warnPast?: boolean; placeholder?: string }) {
  const { value, onChange, onCommit, warnPast } = props;
  const [text, setText] = useText(value, formatDateVi, parseDateVi);
  const [touched, setTouched] = useState(false);
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const parsed = parseDateVi(text);
  const error = touched && !parsed.ok ? parsed.error : '';
  const warning = warnPast && parsed.ok ? pastDateWarning(parsed.value) : '';

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const commit = () => {
    setTouched(true);
    const p = parseDateVi(text);
    if (p.ok) {
      if (p.value && formatDateVi(p.value) !== text) setText(formatDateVi(p.value));
      onCommit?.(p.value);
    }
  };
  const pick = (d: Date | undefined) => {
    if (!d) return;
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    setText(formatDateVi(iso));
    setTouched(true);
    setOpen(false);
    onChange?.(iso);
    onCommit?.(iso);
  };
  const selected = parsed.ok && ISO_DATE.test(parsed.value) ? new Date(`${parsed.value}T12:00`) : undefined;

  return (
    <div className={`dt-date ${props.className ?? ''}`} ref={wrap}>
      <div className="dt-row">
        <input
          id={props.id}
          className="input dt-input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={props.placeholder ?? 'dd/mm/yyyy'}
          value={text}
          disabled={props.disabled}
          aria-label={props.ariaLabel}
          aria-describedby={props.describedBy}
          aria-required={props.required}
          aria-invalid={props.invalid || !!error}
          data-testid={props.testId}
          onChange={(e) => {
            const next = maskDateTyping(text, e.target.value);
            setText(next);
            const p = parseDateVi(next);
            onChange?.(p.ok ? p.value : next);
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setOpen(false);
          }}
        />
        <button
          type="button"
          className="icon-btn dt-cal-btn"
          aria-label="Chọn ngày trên lịch"
          title="Chọn ngày trên lịch"
          disabled={props.disabled}
          onClick={() => setOpen((o) => !o)}
        >
          <CalendarDays size={16} aria-hidden />
        </button>
      </div>
      {open ? (
        <div className="dt-pop" role="dialog" aria-label="Lịch">
          <DayPicker
            mode="single"
            locale={vi}
            selected={selected}
            defaultMonth={selected}
            onSelect={pick}
            captionLayout="dropdown"
            startMonth={new Date(2000, 0)}
            endMonth={new Date(2100, 11)}
          />
        </div>
      ) : null}
      <Message error={error} warning={warning} invalid={props.invalid} />
    </div>
  );
}

/** HH:MM, 24 giờ. "7:30", "7h30", "0730" are accepted and shown as 07:30. */
export function TimeInput(props: Common & { value: string }) {
  const { value, onChange, onCommit } = props;
  const [text, setText] = useText(value, formatTimeVi, parseTimeVi);
  const [touched, setTouched] = useState(false);
  const parsed = parseTimeVi(text);
  const error = touched && !parsed.ok ? parsed.error : '';
  const commit = () => {
    setTouched(true);
    const p = parseTimeVi(text);
    if (p.ok) {
      if (p.value !== text) setText(p.value);
      onCommit?.(p.value);
    }
  };
  return (
    <div className={`dt-time ${props.className ?? ''}`}>
      <input
        id={props.id}
        className="input dt-input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="HH:MM"
        value={text}
        disabled={props.disabled}
        aria-label={props.ariaLabel}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || !!error}
        data-testid={props.testId}
        maxLength={12}
        onChange={(e) => {
          // A ":" follows two typed digits; a ":" typed after it is not doubled.
          let next = e.target.value.replace(/:{2,}/g, ':');
          if (next.length > text.length && /^\d{2}$/.test(next)) next = `${next}:`;
          setText(next);
          const p = parseTimeVi(next);
          onChange?.(p.ok ? p.value : next);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <Message error={error} warning="" invalid={props.invalid} />
    </div>
  );
}

const splitDateTime = (v: string): [string, string] | null => {
  if (v === '') return ['', ''];
  const m = v.match(/^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/);
  return m ? [m[1], m[2] ?? ''] : null;
};

/** A day and an hour: "YYYY-MM-DDTHH:MM" (or the day alone when no hour is typed). */
export function DateTimeInput(props: Common & { value: string; warnPast?: boolean }) {
  const { value, onChange, onCommit } = props;
  const [parts, setParts] = useState<[string, string]>(() => splitDateTime(value) ?? ['', '']);
  const last = useRef(value);
  useEffect(() => {
    if (value === last.current) return;
    last.current = value;
    const s = splitDateTime(value);
    if (s) setParts(s);
  }, [value]);

  const combine = (d: string, t: string): string => {
    const okD = d === '' || ISO_DATE.test(d);
    const okT = t === '' || /^\d{2}:\d{2}$/.test(t);
    if (!okD) return d;
    if (!okT) return `${d || '?'}T${t}`;
    if (d && t) return `${d}T${t}`;
    return d || (t ? `?T${t}` : '');
  };
  const emit = (d: string, t: string, done: boolean) => {
    setParts([d, t]);
    const v = combine(d, t);
    last.current = v;
    onChange?.(v);
    if (done && (v === '' || /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(v))) onCommit?.(v);
  };
  const base = props.testId ?? props.id ?? 'dt';
  return (
    <div className={`dt-datetime ${props.className ?? ''}`}>
      <TimeInput
        value={parts[1]}
        onChange={(t) => emit(parts[0], t, false)}
        onCommit={(t) => emit(parts[0], t, true)}
        ariaLabel={`${props.ariaLabel ?? 'Giờ'} (giờ:phút)`}
        testId={`${base}-time`}
        disabled={props.disabled}
        invalid={props.invalid}
      />
      <span className="dt-sep">ngày</span>
      <DateInput
        id={props.id}
        value={parts[0]}
        onChange={(d) => emit(d, parts[1], false)}
        onCommit={(d) => emit(d, parts[1], true)}
        ariaLabel={props.ariaLabel}
        describedBy={props.describedBy}
        testId={`${base}-date`}
        warnPast={props.warnPast}
        disabled={props.disabled}
        invalid={props.invalid}
        required={props.required}
      />
    </div>
  );
}
