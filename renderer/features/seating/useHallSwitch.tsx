/**
 * Choosing the conference's hall: at once when no seat is given there, otherwise only after the
 * question "N chỗ đã xếp sẽ bị xóa — sao lưu trước và tiếp tục?" (the core refuses without it, and
 * takes a backup when it is confirmed; the switch and the cleared seats are one undo step).
 * Used by the hall drop-down and by saving a new hall in the editor.
 */
import React, { useRef, useState } from 'react';
import { call, ApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toast';

interface Pending {
  hallId: string;
  seated: number;
  done: (switched: boolean) => void;
}

export function useHallSwitch(conferenceId: string) {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirmed = useRef(false);
  const toast = useToast();

  /** Resolves true once the hall is the conference's, false when the secretary said no. Other errors throw. */
  const choose = (hallId: string) =>
    new Promise<boolean>((resolve, reject) => {
      call('seating.setPlan', { conferenceId, hallId }).then(
        () => resolve(true),
        (e: unknown) => {
          const seated =
            e instanceof ApiError && e.code === 'CONFLICT'
              ? (e.body.details as { seated?: number } | undefined)?.seated
              : undefined;
          if (!seated) {
            reject(e);
            return;
          }
          confirmed.current = false;
          setPending({ hallId, seated, done: resolve });
        },
      );
    });

  const dialog = (
    <ConfirmDialog
      open={!!pending}
      title="Đổi hội trường"
      message={
        <p data-testid="hall-switch-question">{pending?.seated} chỗ đã xếp sẽ bị xóa — sao lưu trước và tiếp tục?</p>
      }
      confirmLabel="Sao lưu và tiếp tục"
      cancelLabel="Giữ hội trường cũ"
      danger
      onConfirm={async () => {
        try {
          await call('seating.setPlan', { conferenceId, hallId: pending!.hallId, confirmClear: true });
          confirmed.current = true;
          toast.success('Đã sao lưu và đổi hội trường. Muốn quay lại: bấm “Hoàn tác” (Ctrl+Z).');
        } catch (e) {
          toast.error(`Không đổi được hội trường: ${(e as Error).message}`);
        }
      }}
      onClose={() => {
        pending?.done(confirmed.current);
        setPending(null);
      }}
    />
  );
  return { choose, dialog };
}
