/** Error codes every transport maps to an HTTP status; messages are Vietnamese and say what and where. */
export const ERROR_STATUS = {
  BAD_INPUT: 400,
  IMPORT_INVALID: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_PROCEDURE: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  STORE_TOO_NEW: 500,
  MIGRATION_FAILED: 500,
  DISK_FULL: 507,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** Thrown by services; the dispatcher turns it into {error:{code,message,details}}. */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
  toBody(): ApiErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const notFound = (what: string, id: string) =>
  new AppError('NOT_FOUND', `Không tìm thấy ${what} có mã "${id}"`, { id });

/** Result as Signal Desktop shapes it: no throwing across a transport. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
