// The guided tour of the coverage matrix and the warnings: its steps (where each one goes and
// what it points at) and whether it is open. Offered once the demo organisation is opened, and
// from the palette and the side bar at any time. Tour.svelte draws it.
import type { Section } from './route';

export type TourStep = {
  section: Section;
  /** The element the step points at; the first one found wins. */
  targets: string[];
  title: string;
  body: string;
};

export const TOUR_STEPS: TourStep[] = [
  {
    section: 'coverage',
    targets: ['table.matrix thead', 'table.matrix', '.page h1'],
    title: 'The coverage matrix',
    body: 'One row per live initiative, one column per kind of sponsor it needs. Each cell counts the active sponsors against what the initiative requires.',
  },
  {
    section: 'coverage',
    targets: ['table.matrix td.short', 'table.matrix', '.page h1'],
    title: 'A short cell is a gap',
    body: 'Red cells have fewer sponsors than required. Open the initiative to add one, or try What-if to see who could step in before someone leaves.',
  },
  {
    section: 'warnings',
    targets: ['[data-testid="warning"]', '#warning-count', '.page h1'],
    title: 'Warnings say why and what next',
    body: 'Turnover and gap warnings, most severe first. Each card names who or what it is about, why it fired and the next step to take.',
  },
  {
    section: 'warnings',
    targets: ['[data-testid="warning"] .acts', '[data-testid="warning"]', '.page h1'],
    title: 'Handle a warning',
    body: 'Acknowledge a warning once it is handled, or snooze it until a date. Home lists the most urgent ones every morning.',
  },
];

class TourState {
  /** The step shown, or null when the tour is closed. */
  step = $state<number | null>(null);
  /** Offered on Home after the demo organisation was opened, until taken or declined. */
  offered = $state(false);

  get open(): boolean {
    return this.step !== null;
  }

  start() {
    this.offered = false;
    this.step = 0;
  }

  /** The next step, or the end after the last one. */
  next() {
    if (this.step === null) return;
    this.step = this.step + 1 < TOUR_STEPS.length ? this.step + 1 : null;
  }

  back() {
    if (this.step !== null && this.step > 0) this.step -= 1;
  }

  close() {
    this.step = null;
  }
}

export const tour = new TourState();
