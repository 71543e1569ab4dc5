import { useApiQuery } from '../../hooks/useApiQuery';

/** Pick a delegate (by name, position, unit) or leave it to free text. */
export function DelegateSelect(props: {
  conferenceId: string;
  value: string | null;
  onChange: (id: string | null) => void;
  testId?: string;
  label: string;
}) {
  const { delegates } = useDelegateOptions(props.conferenceId);
  return (
    <select
      className="select"
      aria-label={props.label}
      value={props.value ?? ''}
      data-testid={props.testId}
      onChange={(e) => props.onChange(e.target.value || null)}
    >
      <option value="">— ghi tay —</option>
      {delegates.map((d) => (
        <option key={d.id} value={d.id}>
          {[d.rank, d.fullName || '(đại diện)'].filter(Boolean).join(' ')} — {d.position} {d.unit}
        </option>
      ))}
    </select>
  );
}

function useDelegateOptions(conferenceId: string) {
  const q = useApiQuery('delegate.list', { conferenceId });
  return { delegates: (q.data?.items ?? []).filter((d) => !/phóng viên|phục vụ/i.test(d.category)) };
}
