// Which top-level fields of an input hold a value. A form shows an error beside a field with a
// value at once (it is a real conflict), but waits for an empty field to be touched or saved.
export function filledFields(input: unknown): Record<string, true> {
  const out: Record<string, true> = {};
  if (typeof input !== 'object' || input === null) return out;
  for (const [k, v] of Object.entries(input)) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = true;
  }
  return out;
}
