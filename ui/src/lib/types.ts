// Types the UI needs beyond the generated bindings; the IPC ones are re-exported from there.
import type { ErrorCode } from './bindings/ErrorCode';

export type { IpcError } from './bindings/IpcError';
export type { AppInfo } from './bindings/AppInfo';

/** A code the UI adds for failures that never reached the Rust side (no window, a bug). */
export type UiErrorCode = ErrorCode | 'ipc';

/** Field name -> messages, as shown beside each field of a form. */
export type FieldErrors = Record<string, string[]>;
