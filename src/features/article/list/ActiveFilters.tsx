import type { FacetIndex } from './facetIndex';
import type { FilterKey, ListFilters } from './listFilters';

interface Chip {
  key: FilterKey;
  label: string;
}

/**
 * What each active filter says on its chip; names come from the file that answered the filter (`names`)
 * or from the facet index once it has loaded, else the id.
 */
export function activeFilterChips(filters: ListFilters, index: FacetIndex | null, names: { person?: string; topic?: string } = {}): Chip[] {
  const chips: Chip[] = [];
  const nameOf = (choices: FacetIndex['topics'] | undefined, byId: ReadonlyMap<string, number> | undefined, id: string) => {
    const i = byId?.get(id);
    return (i !== undefined ? choices?.[i]?.name : undefined) ?? id;
  };
  if (filters.section) chips.push({ key: 'section', label: `Section: ${filters.section}` });
  if (filters.topic) chips.push({ key: 'topic', label: `Topic: ${names.topic ?? nameOf(index?.topics, index?.topicById, filters.topic)}` });
  if (filters.person) chips.push({ key: 'person', label: `Person: ${names.person ?? nameOf(index?.people, index?.personById, filters.person)}` });
  if (filters.from) chips.push({ key: 'from', label: `From ${filters.from}` });
  if (filters.to) chips.push({ key: 'to', label: `To ${filters.to}` });
  if (filters.q) chips.push({ key: 'q', label: `Words: “${filters.q}”` });
  return chips;
}

/** The active filters as removable chips, and "Clear all". */
export function ActiveFilters({
  chips,
  onRemove,
  onClearAll,
}: {
  chips: readonly Chip[];
  onRemove: (key: FilterKey) => void;
  onClearAll: () => void;
}) {
  if (chips.length === 0) return null;
  return (
    <div className="active-filters">
      <h2 className="visually-hidden">Active filters</h2>
      <ul className="active-filters__list">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button type="button" className="filter-chip" aria-label={`Remove filter ${chip.label}`} onClick={() => onRemove(chip.key)}>
              {chip.label}
              <span aria-hidden="true" className="filter-chip__x">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--small" onClick={onClearAll}>
        Clear all
      </button>
    </div>
  );
}
