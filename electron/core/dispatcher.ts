/**
 * The one dispatcher both transports (IPC, HTTP) call: validate input with the contract's schema,
 * check the caller's role, run the handler, validate the output, map errors to {code, message}.
 */
import type { z } from 'zod';
import {
  contract,
  isProcedureName,
  type ChangeEvent,
  type CheckinChange,
  type ProcedureName,
  type Role,
} from '../../shared/api/contract';
import type { Caller, DispatchHooks, Handlers } from '../../shared/api/handlers';
import { AppError, type ApiErrorBody, type Result } from '../../shared/api/errors';
import { assertDeskScope, deskView } from '../../shared/api/desk-scope';
import { diskFullError, isDiskFull } from '../services/kernel/disk';

export type { Caller, Handlers, DispatchHooks } from '../../shared/api/handlers';

export type Dispatch = (procedure: string, rawInput: unknown, caller: Caller) => Promise<Result<unknown>>;

/** "delegate.fullName: Họ và tên quá dài" — each zod issue with its path, in Vietnamese. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const where = i.path.length ? `Trường "${i.path.join('.')}"` : 'Dữ liệu gửi lên';
      const msg = /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i.test(i.message) ? i.message : viIssue(i);
      return `${where}: ${msg}`;
    })
    .join('; ');
}

function viIssue(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case 'invalid_type':
      return `sai kiểu dữ liệu (cần ${i.expected})`;
    case 'too_small':
      return `quá ngắn hoặc quá nhỏ (tối thiểu ${String(i.minimum)})`;
    case 'too_big':
      return `quá dài hoặc quá lớn (tối đa ${String(i.maximum)})`;
    case 'invalid_value':
      return `giá trị không hợp lệ (cho phép: ${i.values.map(String).join(', ')})`;
    case 'unrecognized_keys':
      return `có trường không được hỗ trợ: ${i.keys.join(', ')}`;
    default:
      return `không hợp lệ (${i.message})`;
  }
}

/**
 * @example const dispatch = createDispatcher(handlers, (e) => broadcast(e));
 *          await dispatch('conference.list', {}, { role: 'admin', name: 'admin' });
 */
export function createDispatcher(
  handlers: Handlers,
  onChange: (e: ChangeEvent) => void = () => {},
  hooks: DispatchHooks = {},
): Dispatch {
  return async (procedure, rawInput, caller) => {
    try {
      if (!isProcedureName(procedure)) {
        throw new AppError('UNKNOWN_PROCEDURE', `Không có thủ tục "${procedure}"`, { procedure });
      }
      const def = contract[procedure];
      if (!(def.roles as readonly Role[]).includes(caller.role)) {
        throw new AppError('FORBIDDEN', `Máy "${caller.name}" không được phép dùng "${procedure}"`, { procedure });
      }
      const parsed = def.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        throw new AppError('BAD_INPUT', `Dữ liệu không hợp lệ cho "${procedure}": ${describeIssues(parsed.error)}`, {
          issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
        });
      }
      assertDeskScope(procedure, parsed.data, caller);
      const state = await hooks.before?.(procedure, parsed.data, caller, def.mutates);
      const handler = handlers[procedure] as (i: unknown, c: Caller) => Promise<unknown>;
      const output = def.output.parse(await handler(parsed.data, caller));
      if (def.mutates) {
        const conferenceId = conferenceIdOf(procedure, parsed.data, output);
        // The change is committed: a failed audit write is logged, never turned into a failed call.
        try {
          await hooks.after?.(procedure, parsed.data, output, caller, state, conferenceId);
        } catch (e) {
          console.error('[ThuKy] ghi nhật ký thất bại:', e);
        }
        onChange({
          type: 'changed',
          procedure,
          conferenceId,
          at: new Date().toISOString(),
          ...checkinChangeOf(procedure, output),
        });
      }
      return { ok: true, value: deskView(procedure, output, caller) };
    } catch (e) {
      return { ok: false, error: toErrorBody(e) };
    }
  };
}

function conferenceIdOf(procedure: ProcedureName, input: unknown, output: unknown): string | null {
  const i = (input ?? {}) as Record<string, unknown>;
  const o = (output ?? {}) as Record<string, unknown>;
  const v = i.conferenceId ?? o.conferenceId ?? (procedure.startsWith('conference.') ? (i.id ?? o.id) : null);
  return typeof v === 'string' ? v : null;
}

/**
 * The effect of a check-in write, carried on its change event: eight desks scanning at once would
 * otherwise each refetch who is in after every scan of every other desk (a refetch storm).
 */
function checkinChangeOf(procedure: ProcedureName, output: unknown): { checkin?: CheckinChange } {
  if (!procedure.startsWith('checkin.') || !output || typeof output !== 'object') return {};
  const o = output as {
    status?: string;
    undone?: boolean;
    checkedInAt?: string;
    station?: string;
    delegate?: { id?: string };
  };
  const delegateId = o.delegate?.id;
  if (typeof delegateId !== 'string') return {};
  if (procedure === 'checkin.undo')
    return o.undone ? { checkin: { delegateId, checkedInAt: '', station: '', fresh: false, undone: true } } : {};
  if (typeof o.status !== 'string' || typeof o.checkedInAt !== 'string' || typeof o.station !== 'string') return {};
  return { checkin: { delegateId, checkedInAt: o.checkedInAt, station: o.station, fresh: o.status === 'checked_in' } };
}

export function toErrorBody(e: unknown): ApiErrorBody {
  if (e instanceof AppError) return e.toBody();
  if (isDiskFull(e)) return diskFullError('dữ liệu').toBody();
  console.error('[ThuKy] lỗi không lường trước:', e);
  return { code: 'INTERNAL', message: `Lỗi nội bộ: ${e instanceof Error ? e.message : String(e)}` };
}
