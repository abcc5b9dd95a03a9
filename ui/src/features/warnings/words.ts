// Plain words and links for warnings: severity and code labels, and where a warning's subject
// lives in the UI. Pure and tested; the rules and their wording come from the core.
import type { Severity } from '../../lib/bindings/Severity';
import type { Subject } from '../../lib/bindings/Subject';
import type { Warning } from '../../lib/bindings/Warning';
import type { WarningCode } from '../../lib/bindings/WarningCode';
import { href } from '../../lib/route';

export const SEVERITIES: Severity[] = ['critical', 'warning', 'info'];
export const SEVERITY_WORDS: Record<Severity, string> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Info',
};

export const CODES: WarningCode[] = [
  'orphaned',
  'tier-gap',
  'single-point',
  'departing-uncovered',
  'departed-unreplaced',
  'pet-project',
  'unit-gap',
  'concentration',
  'stale-engagement',
  'stance-slipping',
  'follow-up-overdue',
  'committee-lapsed',
  'decision-stalled',
  'action-overdue',
  'quick-win-late',
  'story-drought',
];

/** "tier-gap" -> "Tier gap". */
export function codeWords(code: WarningCode): string {
  const words = code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Where the subject's record is shown, or null when it has no page of its own. */
export function subjectHref(subject: Subject): string | null {
  switch (subject.kind) {
    case 'sponsor':
      return href('sponsors', subject.id);
    case 'initiative':
      return href('initiatives', subject.id);
    // The committee screens' routes (issue 5), spelled out so this file does not depend on
    // which sections a build has.
    case 'committee':
      return `#/committees/${subject.id}`;
    case 'decision':
      return `#/decisions/${subject.id}`;
    case 'action':
      return `#/actions/${subject.id}`;
    default:
      return null;
  }
}

/** The warnings of each severity, most severe first; severities with none are left out. */
export function bySeverity(list: Warning[]): { severity: Severity; items: Warning[] }[] {
  return SEVERITIES.map((severity) => ({
    severity,
    items: list.filter((w) => w.severity === severity),
  })).filter((g) => g.items.length > 0);
}

/** A stable key for a warning in a keyed list. */
export const warningKey = (w: Warning) => `${w.code}:${w.subject.kind}:${w.subject.id}`;
