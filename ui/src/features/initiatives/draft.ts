// The initiative form's editable state and its conversion to InitiativeInput.
import type { InitiativeDetail } from '../../lib/bindings/InitiativeDetail';
import type { InitiativeInput } from '../../lib/bindings/InitiativeInput';
import type { RequiredCoverage } from '../../lib/bindings/RequiredCoverage';
import { dateOrNull } from '../../lib/dates';

export type InitiativeDraft = Omit<InitiativeInput, 'start_date' | 'target_date'> & {
  start_date: string;
  target_date: string;
};

export const INITIATIVE_FIELDS = [
  'name',
  'kind',
  'status',
  'owner',
  'business_problem',
  'measurable_goal',
  'start_date',
  'target_date',
  'maturity_baseline',
  'required_coverage',
  'org_unit_ids',
  'milestones',
  'assessments',
] as const;

/** The coverage lines a person can set, with plain words. */
export const COVERAGE_KEYS: { key: keyof RequiredCoverage; label: string }[] = [
  { key: 'executive', label: 'Executive (tier 1 or 2)' },
  { key: 'tier1', label: 'Tier 1 top executives' },
  { key: 'tier2', label: 'Tier 2 directors' },
  { key: 'tier3', label: 'Tier 3 line managers' },
  { key: 'tier4', label: 'Tier 4 champions' },
];

/** DOMAIN.md's default: one executive sponsor and one tier-3 line manager. */
export const DEFAULT_COVERAGE: RequiredCoverage = {
  executive: 1,
  tier1: 0,
  tier2: 0,
  tier3: 1,
  tier4: 0,
};

export function emptyInitiativeDraft(): InitiativeDraft {
  return {
    name: '',
    kind: 'programme',
    business_problem: '',
    measurable_goal: '',
    owner: '',
    status: 'proposed',
    start_date: '',
    target_date: '',
    maturity_baseline: null,
    required_coverage: { ...DEFAULT_COVERAGE },
    org_unit_ids: [],
    milestones: [],
    assessments: [],
  };
}

export function draftFromDetail(d: InitiativeDetail): InitiativeDraft {
  const i = d.initiative;
  return {
    name: i.name,
    kind: i.kind,
    business_problem: i.business_problem,
    measurable_goal: i.measurable_goal,
    owner: i.owner,
    status: i.status,
    start_date: i.start_date ?? '',
    target_date: i.target_date ?? '',
    maturity_baseline: i.maturity_baseline,
    required_coverage: { ...i.required_coverage },
    org_unit_ids: [...d.org_unit_ids],
    milestones: d.milestones.map((m) => ({ quarter: m.quarter, title: m.title, done: m.done })),
    assessments: d.assessments.map((a) => ({
      assessed_on: a.assessed_on,
      level: a.level,
      note: a.note,
    })),
  };
}

/** A cleared number box binds null; a requirement of nothing is 0. */
function count(n: number | null | undefined): number {
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

export function toInitiativeInput(d: InitiativeDraft): InitiativeInput {
  const rc = d.required_coverage;
  return {
    ...d,
    start_date: dateOrNull(d.start_date),
    target_date: dateOrNull(d.target_date),
    required_coverage: {
      executive: count(rc.executive),
      tier1: count(rc.tier1),
      tier2: count(rc.tier2),
      tier3: count(rc.tier3),
      tier4: count(rc.tier4),
    },
    org_unit_ids: [...d.org_unit_ids],
    milestones: d.milestones.map((m) => ({ ...m, quarter: m.quarter.trim() })),
    assessments: d.assessments.map((a) => ({ ...a, assessed_on: a.assessed_on.trim() })),
  };
}

/** Milestones grouped by quarter, quarters in order. */
export function byQuarter<T extends { quarter: string }>(items: T[]): [string, T[]][] {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const list = m.get(it.quarter) ?? [];
    list.push(it);
    m.set(it.quarter, list);
  }
  return [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}
