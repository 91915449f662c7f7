import { availabilityExample, responseExample, WORKED_EXAMPLE, type AvailabilityExample, type ClockExample } from '../lib/sla/worked-example.ts';
import type { PriorityLevel, SupportHours } from '../schemas/support.ts';
import { getAgency } from './agency.ts';

/** The worked examples of "How we measure", computed by src/lib with the agency's default support hours and P2. */
export interface WorkedExampleView {
  input: typeof WORKED_EXAMPLE;
  availability: AvailabilityExample;
  response: ClockExample;
  level: PriorityLevel;
  supportHours: SupportHours;
}

let view: Promise<WorkedExampleView> | undefined;

export function getWorkedExample(): Promise<WorkedExampleView> {
  view ??= (async () => {
    const { defaults } = await getAgency();
    const level = defaults.priorities[WORKED_EXAMPLE.response.priority];
    return {
      input: WORKED_EXAMPLE,
      availability: availabilityExample(WORKED_EXAMPLE.availability),
      response: responseExample({ ...WORKED_EXAMPLE.response, level, supportHours: defaults.supportHours }),
      level,
      supportHours: defaults.supportHours,
    };
  })();
  return view;
}
