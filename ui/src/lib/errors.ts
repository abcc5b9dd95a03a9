// Turns whatever a rejected invoke() gives us into a typed IpcError, and IpcErrors into
// what a form shows: messages per field and a plain-words banner for the rest. Pure, tested.
import type { ErrorCode } from './bindings/ErrorCode';
import type { FieldError } from './bindings/FieldError';
import type { FieldErrors, IpcError } from './types';

const CODES: readonly ErrorCode[] = [
  'validation',
  'not_found',
  'conflict',
  'invalid_import',
  'newer_schema',
  'database',
  'io',
];

function isFieldError(v: unknown): v is FieldError {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as FieldError).field === 'string' &&
    typeof (v as FieldError).message === 'string'
  );
}

/** Normalise a rejection from invoke(): a structured IpcError, a string, an Error, or anything. */
export function toIpcError(raw: unknown): IpcError {
  if (typeof raw === 'object' && raw !== null && 'message' in raw) {
    const r = raw as Record<string, unknown>;
    const code = CODES.includes(r.code as ErrorCode) ? (r.code as ErrorCode) : 'io';
    const errors = Array.isArray(r.errors) ? r.errors.filter(isFieldError) : [];
    const field = typeof r.field === 'string' ? r.field : null;
    const record = typeof r.record === 'string' ? r.record : null;
    const message = typeof r.message === 'string' ? r.message : String(r.message);
    if (errors.length === 0 && field !== null) errors.push({ field, message });
    return { code, message, field, record, errors };
  }
  const message =
    typeof raw === 'string' ? raw : raw === undefined ? 'Unknown error' : String(raw);
  return { code: 'io', message, field: null, record: null, errors: [] };
}

export function isIpcError(v: unknown): v is IpcError {
  return (
    typeof v === 'object' &&
    v !== null &&
    CODES.includes((v as IpcError).code) &&
    typeof (v as IpcError).message === 'string' &&
    Array.isArray((v as IpcError).errors)
  );
}

/** Group field errors by field name, keeping every message. */
export function groupFieldErrors(errors: FieldError[]): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) (out[e.field] ??= []).push(e.message);
  return out;
}

/** Field errors whose field the form does not show: they go in the banner so none is lost. */
export function unplacedErrors(errors: FieldError[], shown: (field: string) => boolean): string[] {
  return errors.filter((e) => !shown(e.field)).map((e) => e.message);
}

const PLAIN: Record<ErrorCode, string> = {
  validation: 'Some fields need attention.',
  not_found: 'That record no longer exists. It may have been deleted.',
  conflict: 'This change conflicts with other records.',
  invalid_import: 'The import file is not valid.',
  newer_schema: 'This database was written by a newer Sponsor Desk.',
  database: 'The database reported a problem.',
  io: 'Something went wrong.',
};

/** One sentence for a banner: the server's message if it has one, else a plain default. */
export function bannerText(err: IpcError): string {
  const msg = err.message.trim();
  if (err.code === 'validation') return PLAIN.validation;
  return msg.length > 0 ? msg : PLAIN[err.code];
}

export function plainHeadline(code: ErrorCode): string {
  return PLAIN[code];
}
