import { defineDialect } from './define-dialect';
import { FRONT_MATTER_KEYS } from './dialect-profile';

/** MADR 3: YAML front matter (`status`, `date`, `deciders`, `consulted`, `informed`), "### Consequences" in the outcome, "## Validation". */
export const madr3Dialect = defineDialect({
  id: 'madr3',
  metadata: { home: 'front-matter' },
  keys: { ...FRONT_MATTER_KEYS, decisionMakers: 'deciders' },
  statusHome: 'metadata',
  statusCase: 'lower',
  statusWhenAbsent: null,
  numberedTitle: false,
  listMarker: '* ',
  sections: [
    { role: 'context', heading: 'Context and Problem Statement' },
    { role: 'drivers', heading: 'Decision Drivers' },
    { role: 'options', heading: 'Considered Options' },
    { role: 'outcome', heading: 'Decision Outcome' },
    { role: 'confirmation', heading: 'Validation' },
    { role: 'option-details', heading: 'Pros and Cons of the Options' },
    { role: 'moreInformation', heading: 'More Information' },
    { role: 'links', heading: 'Links' },
  ],
  outcomeParts: [{ role: 'consequences', heading: 'Consequences' }],
});
