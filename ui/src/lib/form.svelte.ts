// One controller per open form: validates as the person types through a check_* command
// (debounced), keeps field errors for display, and turns a failed save into field errors
// plus a banner. The Save button never disables; an invalid save just shows the errors.
import type { FieldError } from './bindings/FieldError';
import { debounce } from './debounce';
import { filledFields } from './filled';
import { focusFirstError } from './focus';
import { bannerText, groupFieldErrors, toIpcError, unplacedErrors } from './errors';
import type { FieldErrors, IpcError } from './types';

export type FieldAttrs = {
  id: string;
  name: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
};

export class FormController<I> {
  /** Every error the last check or save returned, by field. */
  all = $state<FieldErrors>({});
  /** Fields the person has edited; empty fields show errors only once touched or saved. */
  touched = $state<Record<string, true>>({});
  /** Fields that hold a value: their errors show at once, not only after a touch. */
  filled = $state<Record<string, true>>({});
  submitted = $state(false);
  saving = $state(false);
  banner = $state<string | null>(null);
  bannerDetails = $state<string[]>([]);

  #seq = 0;
  #bannerFromValidation = false;
  #check: (input: I) => Promise<FieldError[]>;
  #fields: ReadonlySet<string>;
  #order: string[];
  #debounced: ReturnType<typeof debounce<[I]>>;

  /**
   * @param check the check_* command for this record kind
   * @param fields the field names this form shows, in form order (others' errors go to the
   *   banner; a failed save focuses the first bad one)
   */
  constructor(check: (input: I) => Promise<FieldError[]>, fields: readonly string[]) {
    this.#check = check;
    this.#order = [...fields];
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- fixed at construction, never reactive
    this.#fields = new Set(fields);
    this.#debounced = debounce((input: I) => void this.#runCheck(input), 150);
  }

  shows(field: string): boolean {
    if (this.#fields.has(field)) return true;
    // Nested errors (`milestones[0].title`, `required_coverage.tier3`) belong to their list.
    const base = field.split(/[.[]/)[0];
    return base !== field && this.#fields.has(base);
  }

  /** Errors to show beside `field` now. */
  errorsFor(field: string): string[] {
    if (!this.submitted && !this.touched[field] && !this.filled[field]) return [];
    return this.all[field] ?? [];
  }

  /** Errors of a list item or group: `milestones[2]` gathers `milestones[2].title`, ... */
  errorsUnder(prefix: string): string[] {
    const base = prefix.split(/[.[]/)[0];
    if (!this.submitted && !this.touched[base] && !this.touched[prefix]) return [];
    const out: string[] = [];
    for (const [f, msgs] of Object.entries(this.all)) {
      if (f.startsWith(`${prefix}.`) || f.startsWith(`${prefix}[`)) out.push(...msgs);
    }
    return out;
  }

  /** Errors of one nested field (`milestones[0].title`), shown once its list was edited. */
  errorsAt(field: string): string[] {
    const base = field.split(/[.[]/)[0];
    if (!this.submitted && !this.touched[base] && !this.touched[field]) return [];
    return this.all[field] ?? [];
  }

  attrs(field: string): FieldAttrs {
    const bad = this.errorsFor(field).length > 0;
    return {
      id: `field-${field}`,
      name: field,
      'aria-invalid': bad ? 'true' : undefined,
      'aria-describedby': bad ? `error-${field}` : undefined,
    };
  }

  /** Mark fields edited; `milestones[0].title` also marks its list, `milestones`. */
  touch(...fields: string[]) {
    for (const f of fields) {
      this.touched[f] = true;
      const base = f.split(/[.[]/)[0];
      if (base !== f) this.touched[base] = true;
    }
  }

  /** Call on every change of the input; checks after 150 ms of quiet. */
  validate(input: I) {
    this.filled = filledFields(input);
    this.#debounced(input);
  }

  async #runCheck(input: I) {
    const seq = ++this.#seq;
    try {
      const errs = await this.#check(input);
      if (seq !== this.#seq) return; // a newer check is on its way
      this.all = groupFieldErrors(errs);
      if (this.submitted && this.#bannerFromValidation) {
        // The banner only summarised field problems: keep it in step with them.
        this.bannerDetails = unplacedErrors(errs, (f) => this.shows(f));
        if (errs.length === 0) this.banner = null;
      }
    } catch {
      // A failed check is not the person's problem; the save reports real errors.
    }
  }

  /** Save: returns the result, or null after showing what went wrong and focusing it. */
  async submit<T>(save: () => Promise<T>): Promise<T | null> {
    this.#debounced.cancel();
    this.#seq++;
    this.submitted = true;
    this.saving = true;
    this.banner = null;
    this.bannerDetails = [];
    try {
      return await save();
    } catch (raw) {
      this.fail(toIpcError(raw));
      focusFirstError(this, this.#order);
      return null;
    } finally {
      this.saving = false;
    }
  }

  fail(err: IpcError) {
    this.all = groupFieldErrors(err.errors);
    this.#bannerFromValidation = err.code === 'validation';
    this.banner = bannerText(err);
    this.bannerDetails = unplacedErrors(err.errors, (f) => this.shows(f)).filter(
      (m) => m !== this.banner,
    );
  }

  /** The first field (in form order) with an error; nested ones resolve to the exact input. */
  firstErrorField(order: string[]): string | null {
    const keys = Object.keys(this.all).filter((k) => (this.all[k] ?? []).length > 0);
    for (const f of order) {
      if (keys.includes(f)) return f;
      const nested = keys.find((k) => k.startsWith(`${f}[`) || k.startsWith(`${f}.`));
      if (nested) return nested;
    }
    return null;
  }
}
