// Chart.js set up once for this app: only the pieces the charts use (a smaller bundle), no
// animation (print and screenshots show the final picture at once), and a colour-blind-safe
// palette. Chart.js draws on <canvas> and sets sizes through the CSSOM, never a style attribute
// or eval, so it runs under our CSP with style-src 'self'.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);
Chart.defaults.animation = false;
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
Chart.defaults.color = '#3b4452';

/** One row of a chart and of its table. */
export type Series = { label: string; data: (number | null)[]; kind?: 'bar' | 'line' };

/** Okabe-Ito colours: told apart with the common kinds of colour blindness. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export function colour(i: number): string {
  return PALETTE[i % PALETTE.length];
}

export { Chart };
