// Small lists many screens need (org units for selects and names, initiatives for pickers),
// loaded once and again after each save.
import { listInitiatives, listOrgUnits } from './api';
import type { InitiativeRow } from './bindings/InitiativeRow';
import type { OrgUnit } from './bindings/OrgUnit';
import { toIpcError } from './errors';
import { flattenTree, type TreeRow } from './orgTree';

class Lookups {
  // Raw: replaced whole on each load, never edited in place (see Loader).
  orgUnits = $state.raw<OrgUnit[]>([]);
  initiatives = $state.raw<InitiativeRow[]>([]);
  error = $state<string | null>(null);
  tree: TreeRow[] = $derived(flattenTree(this.orgUnits));

  async load() {
    try {
      const [units, inits] = await Promise.all([listOrgUnits(), listInitiatives()]);
      this.orgUnits = units;
      this.initiatives = inits;
      this.error = null;
    } catch (raw) {
      this.error = toIpcError(raw).message;
    }
  }

  unitName(id: number | null): string {
    return this.orgUnits.find((u) => u.id === id)?.name ?? '';
  }

  initiativeName(id: number): string {
    return this.initiatives.find((i) => i.id === id)?.name ?? `Initiative #${id}`;
  }

  /** The initiatives as options of a select, by name. */
  get initiativeOptions(): { value: number; label: string }[] {
    return this.initiatives.map((i) => ({ value: i.id, label: i.name }));
  }
}

export const lookups = new Lookups();
