// The touchpoint form's editable state and its conversion to the TouchpointInput the API
// takes. Asks come first in `items`, then commitments, so an error at `items[i]` maps back.
import type { ItemKind } from '../../lib/bindings/ItemKind';
import type { Stance } from '../../lib/bindings/Stance';
import type { Touchpoint } from '../../lib/bindings/Touchpoint';
import type { TouchpointItem } from '../../lib/bindings/TouchpointItem';
import type { TouchpointInput } from '../../lib/bindings/TouchpointInput';
import type { TouchpointKind } from '../../lib/bindings/TouchpointKind';
import { dateOrNull } from '../../lib/dates';

export type TouchpointDraft = {
  kind: TouchpointKind;
  occurred_on: string;
  sponsors: { id: number; name: string }[];
  summary: string;
  asks: string[];
  commitments: string[];
  stance_observed: Stance | '';
  follow_up_on: string;
  /** When editing: the stored item behind each ask and commitment (same index), so its id,
   *  status and resolution date survive the save; `null` (or missing) for a new line. */
  kept: Record<ItemKind, (TouchpointItem | null)[]>;
};

export const TOUCHPOINT_FIELDS = [
  'kind',
  'occurred_on',
  'sponsor_ids',
  'summary',
  'items',
  'stance_observed',
  'follow_up_on',
] as const;

export const TOUCHPOINT_KINDS: TouchpointKind[] = [
  'one_to_one_brief',
  'call',
  'email',
  'event',
  'training',
  'committee',
];
export const TOUCHPOINT_KIND_WORDS: Record<TouchpointKind, string> = {
  one_to_one_brief: '1:1 brief',
  training: 'Training',
  event: 'Event',
  committee: 'Committee meeting',
  email: 'Email',
  call: 'Call',
};

export function emptyTouchpointDraft(
  day: string,
  sponsors: { id: number; name: string }[] = [],
): TouchpointDraft {
  return {
    kind: 'one_to_one_brief',
    occurred_on: day,
    sponsors: [...sponsors],
    summary: '',
    asks: [],
    commitments: [],
    stance_observed: '',
    follow_up_on: '',
    kept: { ask: [], commitment: [] },
  };
}

/** The draft for editing `t`, with its sponsors' names for the chips. */
export function touchpointDraftFrom(
  t: Touchpoint,
  sponsors: { id: number; name: string }[],
): TouchpointDraft {
  const of = (kind: ItemKind) => t.items.filter((i) => i.kind === kind);
  return {
    kind: t.kind,
    occurred_on: t.occurred_on,
    sponsors: [...sponsors],
    summary: t.summary,
    asks: of('ask').map((i) => i.text),
    commitments: of('commitment').map((i) => i.text),
    stance_observed: t.stance_observed ?? '',
    follow_up_on: t.follow_up_on ?? '',
    kept: { ask: of('ask'), commitment: of('commitment') },
  };
}

export function toTouchpointInput(d: TouchpointDraft): TouchpointInput {
  const item = (kind: ItemKind) => (text: string, i: number) => {
    const kept = d.kept[kind][i] ?? null;
    return {
      id: kept?.id ?? null,
      kind,
      text,
      status: kept?.status ?? ('open' as const),
      resolved_on: kept?.resolved_on ?? null,
    };
  };
  return {
    kind: d.kind,
    occurred_on: dateOrNull(d.occurred_on),
    summary: d.summary,
    stance_observed: d.stance_observed === '' ? null : d.stance_observed,
    follow_up_on: dateOrNull(d.follow_up_on),
    sponsor_ids: d.sponsors.map((s) => s.id),
    items: [...d.asks.map(item('ask')), ...d.commitments.map(item('commitment'))],
  };
}

/** Where the `index`-th item of a list lives in `items`. */
export function itemIndex(d: TouchpointDraft, kind: ItemKind, index: number): number {
  return kind === 'ask' ? index : d.asks.length + index;
}
