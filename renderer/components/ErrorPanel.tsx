import React from 'react';
import { AlertCircle } from 'lucide-react';

/** The red panel: the message is shown as is (the core's messages are Vietnamese and precise). */
export function ErrorPanel(props: {
  error: { message: string } | string | null | undefined;
  title?: string;
  testId?: string;
  children?: React.ReactNode;
}) {
  const { error, title, testId, children } = props;
  if (!error) return null;
  const message = typeof error === 'string' ? error : error.message;
  return (
    <div className="panel panel-error" role="alert" data-testid={testId}>
      <AlertCircle size={18} aria-hidden />
      <div style={{ minWidth: 0 }}>
        {title ? <strong style={{ display: 'block' }}>{title}</strong> : null}
        <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message}</div>
        {children}
      </div>
    </div>
  );
}
