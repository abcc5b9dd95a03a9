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

/** A colour of the page's theme (app.css custom properties), so charts follow light and dark. */
function themeColour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** Axis labels, legend and grid in the theme's muted text and border colours. */
function applyTheme() {
  Chart.defaults.color = themeColour('--text-muted', '#3b4452');
  Chart.defaults.borderColor = themeColour('--border', '#d5dbe3');
}
applyTheme();
// The system can switch between light and dark while a chart is on screen: redraw in the new colours.
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
  applyTheme();
  for (const chart of Object.values(Chart.instances)) chart.update();
});

/** One row of a chart and of its table. */
export type Series = { label: string; data: (number | null)[]; kind?: 'bar' | 'line' };

/** Okabe-Ito colours: told apart with the common kinds of colour blindness. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export function colour(i: number): string {
  const c = PALETTE[i % PALETTE.length];
  // Okabe-Ito's black would vanish on the dark background: the theme's text colour stands in.
  return c === '#000000' ? themeColour('--text', c) : c;
}

export { Chart };
