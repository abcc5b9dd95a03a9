// Plain words for the quick-win enums (the Rust side owns the values).
import type { EvidenceKind } from '../../lib/bindings/EvidenceKind';
import type { Recurrence } from '../../lib/bindings/Recurrence';
import type { WinStatus } from '../../lib/bindings/WinStatus';

export const WIN_STATUSES: WinStatus[] = ['planned', 'in_progress', 'delivered', 'dropped'];
export const WIN_STATUS_WORDS: Record<WinStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  delivered: 'Delivered',
  dropped: 'Dropped',
};
export const RECURRENCE_WORDS: Record<Recurrence, string> = {
  one_off: 'one-off',
  per_year: 'per year',
};
export const EVIDENCE_KIND_WORDS: Record<EvidenceKind, string> = {
  link: 'Link',
  file: 'File or document',
};
