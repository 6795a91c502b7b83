import type { Decision } from '../domain/decision';

/**
 * The search index is a few scripts (a page opened from file:// may not fetch a JSON file), each with
 * the entries of SEARCH_PART_SIZE decisions in the table's order: a new decision, numbered last,
 * changes the last part only, so an incremental build writes a few kilobytes, not the whole index.
 */
export const SEARCH_PART_SIZE = 500;

/** The file of the search index's part `part` (from 1), in the order the index page loads them. */
export function searchIndexFile(part: number): string {
  return `search/part-${part}.js`;
}
/** The global the search index file sets, which the filters script reads. */
export const SEARCH_INDEX_GLOBAL = 'CAIRN_SITE_INDEX';

/** What the filters know of one decision, in the index table's order. */
export interface SearchEntry {
  status: string | null;
  tags: readonly string[];
  people: string[];
  date: string | null;
  /** Every distinct word of the decision (title, text, tags, people), folded, separated by spaces. */
  words: string;
}

/**
 * Lower case without accents, so "Café" is found by "cafe": the filters script folds a query the
 * same way (FOLD_SOURCE is that code, for the script).
 */
export function foldWords(text: string): string[] {
  // Most records are plain ASCII, where folding is lower case alone: the same words without normalising every text.
  if (!BEYOND_ASCII.test(text)) return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
/** Any character past ASCII (without the u flag, each half of an astral one too). */
const BEYOND_ASCII = /[\u0080-\uffff]/;
const FOLD_SOURCE = `function foldWords(text) {
  return text.normalize('NFKD').replace(/\\p{M}+/gu, '').toLowerCase().split(/[^\\p{L}\\p{N}]+/u).filter(Boolean);
}`;

/** Everyone named in a decision, each once, sorted. */
export function decisionPeople(decision: Decision): string[] {
  return [...new Set([...decision.decisionMakers, ...decision.consulted, ...decision.informed])].sort();
}

/** One entry per decision; `text` is the decision's Markdown, the words a reader may search for. */
export function searchEntry(decision: Decision, text: string): SearchEntry {
  const people = decisionPeople(decision);
  const words = new Set(foldWords([decision.title, text, decision.tags.join(' '), people.join(' ')].join(' ')));
  return { status: decision.status, tags: decision.tags, people, date: decision.date, words: [...words].join(' ') };
}

/**
 * One part of the search index: a script adding its entries to one global, so no server is needed.
 * The parts load in order (deferred scripts run in document order), so the global ends in the table's order.
 */
export function searchIndexScript(entries: readonly SearchEntry[]): string {
  return `// Decisions the index page filters and searches, in its table's order (written by Cairn).\nwindow.${SEARCH_INDEX_GLOBAL} = (window.${SEARCH_INDEX_GLOBAL} || []).concat(${JSON.stringify(entries)});\n`;
}

/** The file of the filters script. */
export const FILTERS_FILE = 'filters.js';

/**
 * The index page's filters: shown only where scripts run (the table and the status and tag pages
 * serve a reader without them), they hide the table rows that do not match. Every query word must
 * begin a word of the decision; all filters must hold.
 */
export const FILTERS_SCRIPT = `// Filters and search for the index page of a site Cairn published.
'use strict';
(function () {
  ${FOLD_SOURCE}
  var entries = window.${SEARCH_INDEX_GLOBAL};
  var form = document.getElementById('filters');
  var rows = document.querySelectorAll('#decisions tbody tr');
  var count = document.getElementById('filter-count');
  if (!form || !count || !Array.isArray(entries) || entries.length !== rows.length) return;
  var field = function (name) { return form.elements.namedItem(name); };
  function matches(entry, terms, status, tag, person, from, to) {
    if (status && entry.status !== status) return false;
    if (tag && entry.tags.indexOf(tag) < 0) return false;
    if (person && entry.people.indexOf(person) < 0) return false;
    if ((from || to) && entry.date === null) return false;
    if (from && entry.date < from) return false;
    if (to && entry.date > to) return false;
    var words = ' ' + entry.words;
    return terms.every(function (term) { return words.indexOf(' ' + term) >= 0; });
  }
  function apply() {
    var terms = foldWords(field('q').value);
    var shown = 0;
    entries.forEach(function (entry, i) {
      var keep = matches(entry, terms, field('status').value, field('tag').value, field('person').value, field('from').value, field('to').value);
      rows[i].hidden = !keep;
      if (keep) shown++;
    });
    count.textContent = shown === entries.length ? 'Showing all ' + shown + ' decisions.' : 'Showing ' + shown + ' of ' + entries.length + ' decisions.';
  }
  form.addEventListener('input', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.hidden = false;
  apply();
})();
`;
