// The sponsors list's filters and scroll position outlive the page, so opening a sponsor
// and coming back finds the list as it was left.
import { DEFAULT_FILTERS } from '../../lib/query';

export const listState = $state({
  filters: { ...DEFAULT_FILTERS },
  orgUnit: null as number | null,
  /** The search text after the debounce; the box binds filters.search. */
  search: '',
  scrollTop: 0,
});

export function resetListState() {
  listState.filters = { ...DEFAULT_FILTERS };
  listState.orgUnit = null;
  listState.search = '';
}
