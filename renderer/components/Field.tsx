import React, { useId } from 'react';

/** Label + control + hint + error (Vietnamese), wired with aria attributes. */
export function Field(props: {
  label: string;
  hint?: React.ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => React.ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errId = `${id}-err`;
  const describedBy = [props.hint ? hintId : '', props.error ? errId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {props.label}
        {props.required ? (
          <span className="field-req" aria-hidden>
            *
          </span>
        ) : null}
      </label>
      {props.children({ id, describedBy, invalid: !!props.error })}
      {props.error ? (
        <div className="field-error" id={errId} role="alert">
          {props.error}
        </div>
      ) : null}
      {props.hint ? (
        <div className="field-hint" id={hintId}>
          {props.hint}
        </div>
      ) : null}
    </div>
  );
}
