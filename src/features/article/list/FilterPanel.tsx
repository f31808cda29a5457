import { useDeferredValue, useId, useState } from 'react';
import type { FacetChoice, FacetIndex, FacetResult } from './facetIndex';
import { shownChoices, storiesLabel } from './facetChoices';
import type { ListFilters } from './listFilters';
import './filters.css';
import { formatCount } from '../../layout/formatCount';

const SHOWN_CHOICES = 8;

/** A choice's visible label: the name, and the count beside it. */
function ChoiceLabel({ name, count }: { name: string; count: number }) {
  return (
    <>
      <span className="facet-choice__name">{name}</span>{' '}
      <span className="facet-choice__count">{formatCount(count)}</span>
    </>
  );
}

/**
 * The control's accessible name, "Politics, 375 stories": set as a label because browsers read the
 * flex-laid-out name and count as separate words and drop a visually hidden comma between them.
 */
const choiceName = (name: string, count: number) => `${name}, ${storiesLabel(count)}`;

/**
 * The list's filter controls. Every change goes to the URL (a new history entry, page 1); counts beside
 * each choice are what the list would show with that choice, the other filters kept.
 */
export function FilterPanel({
  id,
  index,
  result,
  filters,
  setFilters,
}: {
  id: string;
  index: FacetIndex;
  result: FacetResult;
  filters: ListFilters;
  setFilters: (patch: Partial<ListFilters>) => void;
}) {
  return (
    <section id={id} className="filter-panel" aria-label="Filter stories">
      <SectionFilter index={index} result={result} value={filters.section} onChange={(section) => setFilters({ section })} />
      <ChoiceFilter
        legend="Topic"
        findLabel="Find a topic"
        noun={['topic', 'topics']}
        choices={index.topics}
        counts={result.topicCounts}
        value={filters.topic}
        onChange={(topic) => setFilters({ topic })}
      />
      <ChoiceFilter
        legend="Person"
        findLabel="Find a person"
        noun={['person', 'people']}
        choices={index.people}
        counts={result.personCounts}
        value={filters.person}
        onChange={(person) => setFilters({ person })}
      />
      {index.dateRange && <DateFilter range={index.dateRange} from={filters.from} to={filters.to} onChange={setFilters} />}
    </section>
  );
}

function SectionFilter({
  index,
  result,
  value,
  onChange,
}: {
  index: FacetIndex;
  result: FacetResult;
  value: string | null;
  onChange: (section: string | null) => void;
}) {
  const name = useId();
  if (index.sections.length === 0) return null;
  const chosen = value?.toLocaleLowerCase('en-GB') ?? null;
  return (
    <fieldset className="filter-group filter-group--sections">
      <legend className="filter-group__legend">Section</legend>
      <ul className="facet-options">
        <li>
          <label className="facet-option">
            <input
              type="radio"
              name={name}
              checked={value === null}
              aria-label={choiceName('All sections', result.anySection)}
              onChange={() => onChange(null)}
            />
            <ChoiceLabel name="All sections" count={result.anySection} />
          </label>
        </li>
        {index.sections.map((section, i) => (
          <li key={section.name}>
            <label className="facet-option">
              <input
                type="radio"
                name={name}
                checked={chosen === section.name.toLocaleLowerCase('en-GB')}
                aria-label={choiceName(section.name, result.sectionCounts[i] ?? 0)}
                onChange={() => onChange(section.name)}
              />
              <ChoiceLabel name={section.name} count={result.sectionCounts[i] ?? 0} />
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function ChoiceFilter({
  legend,
  findLabel,
  noun,
  choices,
  counts,
  value,
  onChange,
}: {
  legend: string;
  findLabel: string;
  noun: [string, string];
  choices: readonly FacetChoice[];
  counts: Int32Array;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const inputId = useId();
  const noteId = useId();
  const [text, setText] = useState('');
  // Typing stays responsive over thousands of names: the list catches up a beat later.
  const deferred = useDeferredValue(text);
  const { shown, matching } = shownChoices(choices, counts, deferred, value, SHOWN_CHOICES);
  const hidden = matching - shown.filter((c) => !c.selected).length;
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{legend}</legend>
      <label htmlFor={inputId} className="field-label">
        {findLabel}
      </label>
      <input
        id={inputId}
        className="text-input filter-group__find"
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={noteId}
      />
      {shown.length > 0 && (
        <ul className="facet-choices">
          {shown.map((choice) => (
            <li key={choice.id}>
              <button
                type="button"
                className="facet-choice"
                aria-pressed={choice.selected}
                aria-label={choiceName(choice.name, choice.count)}
                onClick={() => onChange(choice.selected ? null : choice.id)}
              >
                <ChoiceLabel name={choice.name} count={choice.count} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <p id={noteId} className="filter-group__note">
        {matching === 0 && !value
          ? `No ${noun[1]} match.`
          : hidden > 0
            ? `${formatCount(hidden)} more ${hidden === 1 ? noun[0] : noun[1]}: type to find them.`
            : ''}
      </p>
    </fieldset>
  );
}

function DateFilter({
  range,
  from,
  to,
  onChange,
}: {
  range: { min: string; max: string };
  from: string | null;
  to: string | null;
  onChange: (patch: Partial<ListFilters>) => void;
}) {
  const fromId = useId();
  const toId = useId();
  const hintId = useId();
  // Only a complete date (or an emptied field) changes the URL; a half-typed one waits.
  const pick = (key: 'from' | 'to', value: string) => {
    if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) onChange({ [key]: value || null });
  };
  return (
    <fieldset className="filter-group filter-group--dates">
      <legend className="filter-group__legend">Date</legend>
      <p id={hintId} className="filter-group__note">
        Stories run from {range.min} to {range.max}.
      </p>
      <div className="date-fields">
        <div>
          <label htmlFor={fromId} className="field-label">
            From
          </label>
          <input
            id={fromId}
            className="text-input"
            type="date"
            min={range.min}
            max={to ?? range.max}
            value={from ?? ''}
            aria-describedby={hintId}
            onChange={(e) => pick('from', e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={toId} className="field-label">
            To
          </label>
          <input
            id={toId}
            className="text-input"
            type="date"
            min={from ?? range.min}
            max={range.max}
            value={to ?? ''}
            aria-describedby={hintId}
            onChange={(e) => pick('to', e.target.value)}
          />
        </div>
      </div>
    </fieldset>
  );
}
