import { useId, useState, type ReactNode } from 'react';
import type { SearchDecisionsOutput } from '../../../shared/api/contract';
import { NO_DATE } from '../../../shared/domain/calendar-date';
import { statusLabel } from '../../../shared/domain/decision-status';
import { statusTone } from '../components/status-tone';
import { useDecisionListStore } from '../stores/decision-list-store';
import { statusOptions, tagOptions } from './facet-options';

const TAGS_SHOWN = 12;

/** The facet filters beside the list: status, tags, person, and date range or "No date". */
export function FiltersPanel({ facets }: { facets: SearchDecisionsOutput['facets'] | null }) {
  const filters = useDecisionListStore((state) => state.filters);
  const store = useDecisionListStore.getState;
  const [allTags, setAllTags] = useState(false);
  const id = useId();

  const statuses = statusOptions(facets?.statuses ?? [], filters.statuses);
  const tags = tagOptions(facets?.tags ?? [], filters.tags);
  const shownTags = allTags ? tags : tags.slice(0, TAGS_SHOWN).concat(tags.slice(TAGS_SHOWN).filter((t) => filters.tags.includes(t.value)));

  return (
    <aside className="filters" aria-label="Filters">
      <div className="filters-head">
        <h2 className="filters-title">Filters</h2>
        <button type="button" className="button button-link" onClick={() => store().clearFilters()}>
          Clear filters
        </button>
      </div>

      <fieldset className="facet-group">
        <legend>Status</legend>
        {facets && statuses.length === 0 && <p className="facet-empty">No statuses yet</p>}
        {statuses.map((option) => (
          <FacetCheckbox
            key={option.value ?? ''}
            option={option}
            label={statusLabel(option.value)}
            marker={<span className={`status-dot status-dot-${statusTone(option.value)}`} aria-hidden="true" />}
            checked={filters.statuses.includes(option.value)}
            onToggle={() => store().toggleStatus(option.value)}
          />
        ))}
      </fieldset>

      <fieldset className="facet-group">
        <legend>Tags</legend>
        {facets && tags.length === 0 && <p className="facet-empty">No tags yet</p>}
        {shownTags.map((option) => (
          <FacetCheckbox
            key={option.value}
            option={option}
            label={option.value}
            marker={
              <span className="tag-hash" aria-hidden="true">
                #
              </span>
            }
            checked={filters.tags.includes(option.value)}
            onToggle={() => store().toggleTag(option.value)}
          />
        ))}
        {tags.length > TAGS_SHOWN && (
          <button type="button" className="button button-link facet-more" onClick={() => setAllTags(!allTags)}>
            {allTags ? 'Show fewer tags' : `Show all ${tags.length} tags`}
          </button>
        )}
      </fieldset>

      <div className="field">
        <label htmlFor={`${id}-input`}>Person</label>
        <input
          id={`${id}-input`}
          className="input"
          list={`${id}-people`}
          value={filters.person}
          onChange={(event) => store().setPerson(event.target.value)}
          placeholder="Decided, consulted or informed"
          autoComplete="off"
        />
        <datalist id={`${id}-people`}>
          {(facets?.people ?? []).map((person) => (
            <option key={person.value} value={person.value} />
          ))}
        </datalist>
      </div>

      <fieldset className="facet-group">
        <legend>Date</legend>
        <div className="date-range">
          <div className="field">
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              type="date"
              className="input"
              value={filters.dateFrom}
              max={filters.dateTo || undefined}
              onChange={(event) => store().setDateFrom(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>To</label>
            <input
              id={`${id}-to`}
              type="date"
              className="input"
              value={filters.dateTo}
              min={filters.dateFrom || undefined}
              onChange={(event) => store().setDateTo(event.target.value)}
            />
          </div>
        </div>
        {((facets?.undated ?? 0) > 0 || filters.undated) && (
          <FacetCheckbox
            option={{ count: facets?.undated ?? 0 }}
            label={NO_DATE}
            marker={null}
            checked={filters.undated}
            onToggle={() => store().toggleUndated()}
          />
        )}
      </fieldset>
    </aside>
  );
}

interface FacetCheckboxProps {
  option: { count: number };
  label: string;
  marker: ReactNode;
  checked: boolean;
  onToggle: () => void;
}

/** One facet value; its accessible name starts with the value ("Accepted (3)"), the marker is decoration. */
function FacetCheckbox({ option, label, marker, checked, onToggle }: FacetCheckboxProps) {
  return (
    <label className="facet">
      <input type="checkbox" className="checkbox" checked={checked} onChange={onToggle} />
      {marker}
      <span className="facet-label">{label}</span>{' '}
      <span className="facet-count">
        <span className="sr-only">(</span>
        {option.count}
        <span className="sr-only">)</span>
      </span>
    </label>
  );
}
