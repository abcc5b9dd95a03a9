// Types the UI needs that the Rust side does not (yet) generate.
// IpcError and AppInfo move to ./bindings once the app layer emits them; switch the imports then.
import type { ErrorCode } from './bindings/ErrorCode';
import type { FieldError } from './bindings/FieldError';

/** What every IPC command rejects with (mirrors the app layer's IpcError). */
export type IpcError = {
  code: ErrorCode;
  message: string;
  field: string | null;
  record: string | null;
  errors: FieldError[];
};

/** What `app_info` returns. */
export type AppInfo = { db_path: string; schema_version: number; version: string };

/** A code the UI adds for failures that never reached the Rust side (no window, a bug). */
export type UiErrorCode = ErrorCode | 'ipc';

/** Field name -> messages, as shown beside each field of a form. */
export type FieldErrors = Record<string, string[]>;
