// Matching for the command palette / quick switcher: rank items by how well they fit
// what was typed. Pure and tested; the component only renders the ranked list.

export type PaletteItem = {
  /** Stable key, e.g. `sponsor:12`, `cmd:new-sponsor`. */
  key: string;
  label: string;
  /** Shown dimmed after the label: "Sponsor", "Initiative", "Command". */
  kind: string;
  /** Extra words to match on (title, org unit). */
  detail?: string;
  run: () => void;
};

/**
 * Score how well `query` fits `text`: higher is better, -1 means no match.
 * Prefix > word start > substring > all letters in order (fuzzy).
 */
export function score(text: string, query: string): number {
  const t = text.toLowerCase();
  const q = query.trim().toLowerCase();
  if (q === '') return 0;
  if (t === q) return 1000;
  if (t.startsWith(q)) return 800 - t.length;
  const wordStart = t.split(/[\s\-_/.,()]+/).some((w) => w.startsWith(q));
  if (wordStart) return 600 - t.length;
  const idx = t.indexOf(q);
  if (idx >= 0) return 400 - idx - t.length / 100;
  // Every query letter in order, gaps cost.
  let ti = 0;
  let gaps = 0;
  for (const ch of q) {
    if (ch === ' ') continue;
    const found = t.indexOf(ch, ti);
    if (found < 0) return -1;
    gaps += found - ti;
    ti = found + 1;
  }
  return Math.max(1, 200 - gaps);
}

/** Items matching every space-separated word of the query, best first, at most `limit`. */
export function matchItems(items: PaletteItem[], query: string, limit = 50): PaletteItem[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return items.slice(0, limit);
  const scored: { item: PaletteItem; s: number }[] = [];
  for (const item of items) {
    const hay = `${item.label} ${item.kind} ${item.detail ?? ''}`;
    // The whole query against the label decides the order; each word must match somewhere.
    let ok = true;
    for (const w of words) {
      if (score(hay, w) < 0) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const whole = score(item.label, query);
    scored.push({ item, s: whole >= 0 ? whole + 100 : 50 });
  }
  scored.sort((a, b) => b.s - a.s || a.item.label.localeCompare(b.item.label));
  return scored.slice(0, limit).map((x) => x.item);
}
