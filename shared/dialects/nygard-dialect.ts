import { defineDialect } from './define-dialect';
import { LINE_KEYS } from './dialect-profile';

/**
 * adr-tools / Michael Nygard: `# 7. Title`, `Date: …`, the status and links in a "## Status" section
 * ("Superseded by [8. …](0008-….md)", "Amends …"), then Context, Decision, Consequences. Sections
 * MADR has (drivers, options) are written as extra "##" sections adr-tools leaves alone; people, tags
 * and a review date as `Key: value` lines under the date.
 */
export const nygardDialect = defineDialect({
  id: 'nygard',
  metadata: { home: 'lines', style: { kind: 'plain' } },
  keys: LINE_KEYS,
  statusHome: 'status-section',
  statusCase: 'capital',
  statusWhenAbsent: null,
  numberedTitle: true,
  listMarker: '* ',
  sections: [
    { role: 'status', heading: 'Status' },
    { role: 'context', heading: 'Context' },
    { role: 'drivers', heading: 'Decision Drivers' },
    { role: 'options', heading: 'Considered Options' },
    { role: 'outcome', heading: 'Decision' },
    { role: 'consequences', heading: 'Consequences' },
    { role: 'confirmation', heading: 'Confirmation' },
    { role: 'option-details', heading: 'Pros and Cons of the Options' },
    { role: 'moreInformation', heading: 'More Information' },
  ],
  outcomeParts: [],
});
