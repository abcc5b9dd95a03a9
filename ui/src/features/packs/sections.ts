// The sections a person may leave out of a pack, in print order, with the words the preview
// dialog shows. The keys are the Rust `Section` values.
import type { Section } from '../../lib/bindings/Section';

export const BRIEF_SECTIONS: [Section, string][] = [
  ['sponsorships', 'What they sponsor'],
  ['touchpoints', 'Recent touchpoints'],
  ['open_items', 'Open asks and commitments'],
  ['talking_points', 'Talking points'],
  ['wins', 'Quick wins'],
  ['stories', 'Success stories'],
  ['decisions', 'Decisions needed'],
  ['next_step', 'Next step'],
];

export const COMMITTEE_SECTIONS: [Section, string][] = [
  ['status', 'Initiative status'],
  ['decisions', 'Decisions required'],
  ['register', 'Decision register'],
  ['actions', 'Open and overdue actions'],
  ['wins', 'Quick wins and savings'],
  ['stories', 'Success stories'],
  ['coverage', 'Sponsor coverage and warnings'],
  ['metrics', 'Programme metrics'],
];
