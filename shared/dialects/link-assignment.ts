import type { AdrLink } from './adr-document';
import { isSupersededByLink, sameLink } from './link-text';
import type { LinkPlace } from './written-values';

/** Where each link of a document is written. */
export interface LinkAssignment {
  assigned: Map<LinkPlace, AdrLink[]>;
  /** The successor a status line writes ("Superseded by [10. …](…)"), for a status home that had none. */
  statusLink: AdrLink | null;
  /** Links no written place holds: they go to the dialect's link section. */
  homeless: AdrLink[];
}

/**
 * Gives each link of a document a place: first the place that wrote an equal link; then the status
 * line, for the successor of a record that is now superseded; then, in place, a written link of the
 * same kind that changed (a renumbered target). A status line holds a link only while the status is
 * "superseded"; what is left is homeless.
 */
export function assignLinks(places: readonly LinkPlace[], links: readonly AdrLink[], status: { now: string | null; changed: boolean }): LinkAssignment {
  const open = [...links];
  const take = (test: (link: AdrLink) => boolean) => {
    const i = open.findIndex(test);
    return i < 0 ? null : (open.splice(i, 1)[0] as AdrLink);
  };
  const superseded = status.now === 'superseded';
  const assigned = new Map<LinkPlace, AdrLink[]>(places.map((place) => [place, []]));
  const unmatched = new Map<LinkPlace, AdrLink[]>();
  // A title's status prefix holds the successor only where no status line does.
  const ordered = [...places.filter((p) => p.kind !== 'title'), ...places.filter((p) => p.kind === 'title')];
  for (const place of ordered) {
    if ((place.kind === 'status-line' || place.kind === 'title') && !superseded) continue;
    for (const written of place.links) {
      const link = take((l) => sameLink(l, written));
      if (link) assigned.get(place)?.push(link);
      else unmatched.set(place, [...(unmatched.get(place) ?? []), written]);
    }
  }
  const statusPlace = places.find((p) => p.kind === 'status-line');
  let statusLink: AdrLink | null = null;
  if (superseded && (statusPlace ? assigned.get(statusPlace)?.length === 0 : status.changed)) {
    const successor = take(isSupersededByLink);
    if (successor && statusPlace) assigned.get(statusPlace)?.push(successor);
    else statusLink = successor;
  }
  for (const [place, written] of unmatched) {
    if (place.kind === 'status-line' || place.kind === 'title') continue;
    for (const old of written) {
      const link = take((l) => l.kind === old.kind && l.direction === old.direction);
      if (link) assigned.get(place)?.push(link);
    }
  }
  if (statusPlace && superseded) statusLink = assigned.get(statusPlace)?.[0] ?? null;
  return { assigned, statusLink, homeless: open };
}
