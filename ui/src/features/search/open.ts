// Where a search hit opens, and the words for each group. A touchpoint has no page of its own:
// it opens on the page of the first sponsor it was with.
import { getTouchpoint } from '../../lib/api';
import type { SearchHit } from '../../lib/bindings/SearchHit';
import type { SearchKind } from '../../lib/bindings/SearchKind';
import { href } from '../../lib/route';

export const KIND_WORDS: Record<SearchKind, string> = {
  sponsor: 'Sponsors',
  touchpoint: 'Touchpoints',
  decision: 'Decisions',
  story: 'Success stories',
  quote: 'Quotes',
};

/** The hits in their groups, in the order the core returned them (kind order, best first). */
export function groupHits(hits: SearchHit[]): { kind: SearchKind; hits: SearchHit[] }[] {
  const groups: { kind: SearchKind; hits: SearchHit[] }[] = [];
  for (const h of hits) {
    const last = groups[groups.length - 1];
    if (last && last.kind === h.kind) last.hits.push(h);
    else groups.push({ kind: h.kind, hits: [h] });
  }
  return groups;
}

/** The hash route that shows `hit`. */
export async function hitHref(hit: SearchHit): Promise<string> {
  switch (hit.kind) {
    case 'sponsor':
      return href('sponsors', hit.id);
    case 'story':
      return href('stories', hit.id);
    case 'quote':
      return href('stories', hit.parent_id ?? null);
    case 'decision':
      // The decision register's route (issue 5), spelled out so this file does not depend on it.
      return `#/decisions/${hit.id}`;
    case 'touchpoint': {
      const t = await getTouchpoint(hit.id);
      return t.sponsor_ids.length ? href('sponsors', t.sponsor_ids[0]) : href('home');
    }
  }
}
