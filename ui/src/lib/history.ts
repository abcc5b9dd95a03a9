// Computes "which fields changed, old -> new" from a history entry's JSON snapshots.
// Pure and tested; the page only formats what this returns.
import type { HistoryEntry } from './bindings/HistoryEntry';

export type FieldChange = { field: string; old: string; new: string };

/** Bookkeeping fields that change on every write and say nothing to a person. */
const IGNORED = new Set(['id', 'created_at', 'updated_at']);

type Json = Record<string, unknown>;

/** Flatten nested objects one level deep per step: `required_coverage.tier3`. */
export function flatten(obj: Json | null, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!obj) return out;
  for (const [k, v] of Object.entries(obj)) {
    if (prefix === '' && IGNORED.has(k)) continue;
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k2, v2] of flatten(v as Json, key)) out.set(k2, v2);
    } else {
      out.set(key, v);
    }
  }
  return out;
}

export function formatValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '(empty)';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Treat null, undefined and '' as the same "nothing": a cleared field is not a change.
  const empty = (x: unknown) => x === null || x === undefined || x === '';
  if (empty(a) && empty(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields that differ between old and new, in a stable order (new record's key order). */
export function diffValues(oldV: Json | null, newV: Json | null): FieldChange[] {
  const a = flatten(oldV);
  const b = flatten(newV);
  const keys = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  const changes: FieldChange[] = [];
  for (const k of keys) {
    const o = a.get(k);
    const n = b.get(k);
    if (!same(o, n)) changes.push({ field: k, old: formatValue(o), new: formatValue(n) });
  }
  return changes;
}

export function diffEntry(e: HistoryEntry): FieldChange[] {
  return diffValues(e.old_values, e.new_values);
}

/** "2026-03-01 14:05" in the viewer's local time, from an RFC 3339 timestamp. */
export function formatTime(rfc3339: string): string {
  const d = new Date(rfc3339);
  if (Number.isNaN(d.getTime())) return rfc3339;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
