/** Every failure that crosses the process boundary carries one of these codes. */
export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'CONFLICT',
  'STORE_LOCKED',
  'WRITE_FAILED',
  'READ_FAILED',
  'FORBIDDEN',
  'NOT_ALLOWED',
  'EMBARGOED',
  'UNKNOWN_CHANNEL',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure as a press officer reads it: what went wrong and what to do next. */
export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** What every handler answers across IPC: results, never thrown errors. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The typed error thrown by the core and re-thrown in the renderer. */
export class DatelineError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatelineError';
    this.code = code;
  }
}

export function isDatelineError(value: unknown): value is DatelineError {
  return value instanceof DatelineError;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
