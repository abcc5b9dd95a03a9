// After a failed save, move focus to the first field that has an error.
import { tick } from 'svelte';

export function focusFirstError(
  form: { firstErrorField: (order: string[]) => string | null },
  order: readonly string[],
) {
  const f = form.firstErrorField([...order]);
  if (!f) return;
  void tick().then(() => {
    const el = document.getElementById(`field-${f}`);
    el?.focus();
    el?.scrollIntoView({ block: 'center' });
  });
}
