import React, { useState } from 'react';
import { call, ApiError } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toast';
import { hrefConference, navigate } from '../../router';
import { ConferenceForm } from './ConferenceForm';

/** "Tạo hội nghị mới": the form in a Dialog; after saving, opens the new conference's info page. */
export function CreateConferenceDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={open}
      title="Tạo hội nghị mới"
      onClose={busy ? () => {} : onClose}
      width={760}
      footer={
        <>
          <span className="muted small" style={{ marginRight: 'auto' }}>
            Chỉ bắt buộc tên hội nghị; các mục khác có thể bổ sung sau.
          </span>
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            Hủy
          </button>
          <button
            type="submit"
            form="conference-create-form"
            className="btn btn-primary"
            disabled={busy}
            data-testid="conference-form-submit"
          >
            {busy ? 'Đang lưu…' : 'Tạo hội nghị'}
          </button>
        </>
      }
    >
      <ConferenceForm
        formId="conference-create-form"
        onSubmit={async (values) => {
          setBusy(true);
          try {
            const { id } = await call('conference.create', values);
            toast.success('Đã tạo hội nghị');
            onClose();
            navigate(hrefConference(id, 'delegates'));
          } catch (e) {
            toast.error(e instanceof ApiError ? e.message : 'Không tạo được hội nghị');
            throw e;
          } finally {
            setBusy(false);
          }
        }}
      />
    </Dialog>
  );
}
