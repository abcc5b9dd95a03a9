// After a failed save, move focus to the first field that has an error.
import { tick } from 'svelte';

export function focusFirstError(
  form: { firstErrorField: (order: string[]) => string | null },
  order: readonly string[],
) {
  const f = form.firstErrorField([...order]);
  if (f) void tick().then(() => document.getElementById(`field-${f}`)?.focus());
}
