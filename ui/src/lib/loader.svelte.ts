// Loads one thing for a page and keeps only the newest answer: a slow reply to an old
// request (a previous id, an older search) never overwrites a newer one.
import { toIpcError } from './errors';

export class Loader<T> {
  // Raw: an answer is only ever replaced whole, never edited in place, so deep proxies over
  // every row (5,000 sponsors on a large database) would cost memory and time for nothing.
  data = $state.raw<T | null>(null);
  error = $state<string | null>(null);
  loading = $state(true);
  #seq = 0;

  /** Call from an $effect that reads whatever the request depends on. */
  run(fetch: () => Promise<T>, { keepOnError = false } = {}) {
    const mine = ++this.#seq;
    this.loading = true;
    fetch()
      .then((d) => {
        if (mine !== this.#seq) return;
        this.data = d;
        this.error = null;
      })
      .catch((raw) => {
        if (mine !== this.#seq) return;
        if (!keepOnError) this.data = null;
        this.error = toIpcError(raw).message;
      })
      .finally(() => {
        if (mine === this.#seq) this.loading = false;
      });
  }
}
