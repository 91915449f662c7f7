// The components a standards page (content/standards/*.mdx) may use without importing them: every target, hour and
// contact comes from content/agency.yaml through these, so the standards have one source (issue 10 §3).
import ClockExample from './ClockExample.astro';
import Contacts from './Contacts.astro';
import Escalation from './Escalation.astro';
import SupportHours from './SupportHours.astro';
import Target from './Target.astro';
import Targets from './Targets.astro';
import Warranty from './Warranty.astro';

export const standardsComponents = { ClockExample, Contacts, Escalation, SupportHours, Target, Targets, Warranty };

/** Their names, for the check that a standards page uses no other capitalised tag it did not import. */
export const STANDARDS_COMPONENT_NAMES = Object.keys(standardsComponents);
