/** The deadline rule as the secretary edits it: none, a date (dd/mm/yyyy), a month, N days before/after the conference. */
import React, { useState } from 'react';
import { DateInput } from '../../components/DateInput';
import type { Due } from '../../../shared/task/deadline';

const pad = (n: number) => String(n).padStart(2, '0');
/** "2024-07-15" → "15/07/2024". */
export const dmy = (iso: string | null | undefined) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');

/** The app's dd/mm/yyyy input (components/DateInput, with its calendar); reports ISO or null on commit. */
export function DmyInput(props: {
  value: string | null;
  onChange: (iso: string | null) => void;
  label: string;
  testId?: string;
}) {
  return (
    <span className="tk-dmy">
      <DateInput
        value={props.value ?? ''}
        ariaLabel={props.label}
        testId={props.testId}
        className="tk-dateinput"
        onCommit={(v) => {
          const iso = v || null;
          if (iso !== props.value) props.onChange(iso);
        }}
      />
    </span>
  );
}

type Kind = 'none' | Due['kind'];
const KINDS: [Kind, string][] = [
  ['none', 'Không có hạn'],
  ['date', 'Trước ngày'],
  ['month', 'Trong tháng'],
  ['beforeConference', 'Trước hội nghị'],
  ['afterConference', 'Sau hội nghị'],
];

/** Edits a Due; relative kinds take a number of days, "month" takes mm/yyyy. */
export function DueEditor(props: { value: Due | null; onChange: (d: Due | null) => void; testId?: string }) {
  const v = props.value;
  const [monthText, setMonthText] = useState(v?.kind === 'month' ? `${v.month.slice(5)}/${v.month.slice(0, 4)}` : '');
  const setKind = (k: Kind) => {
    if (k === 'none') props.onChange(null);
    else if (k === 'date') props.onChange({ kind: 'date', date: new Date().toISOString().slice(0, 10) });
    else if (k === 'month') {
      const m = new Date().toISOString().slice(0, 7);
      setMonthText(`${m.slice(5)}/${m.slice(0, 4)}`);
      props.onChange({ kind: 'month', month: m });
    } else props.onChange({ kind: k, days: v && 'days' in v ? v.days : 15 });
  };
  return (
    <span className="tk-due" data-testid={props.testId}>
      <select
        className="select"
        aria-label="Loại thời hạn"
        value={v?.kind ?? 'none'}
        onChange={(e) => setKind(e.target.value as Kind)}
      >
        {KINDS.map(([k, l]) => (
          <option key={k} value={k}>
            {l}
          </option>
        ))}
      </select>
      {v?.kind === 'date' ? (
        <DmyInput
          label="Hạn (dd/mm/yyyy)"
          value={v.date}
          onChange={(iso) => props.onChange(iso ? { kind: 'date', date: iso } : null)}
        />
      ) : null}
      {v?.kind === 'month' ? (
        <input
          className="input tk-month"
          placeholder="mm/yyyy"
          aria-label="Tháng (mm/yyyy)"
          value={monthText}
          onChange={(e) => setMonthText(e.target.value)}
          onBlur={() => {
            const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(monthText);
            if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12)
              props.onChange({ kind: 'month', month: `${m[2]}-${pad(Number(m[1]))}` });
          }}
        />
      ) : null}
      {v && (v.kind === 'beforeConference' || v.kind === 'afterConference') ? (
        <>
          <input
            className="input tk-days"
            type="number"
            min={1}
            max={366}
            aria-label="Số ngày"
            value={v.days}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (n >= 1 && n <= 366) props.onChange({ kind: v.kind, days: n });
            }}
          />
          <span className="small muted">ngày</span>
        </>
      ) : null}
    </span>
  );
}
