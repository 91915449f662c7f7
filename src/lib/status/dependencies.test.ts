import { describe, expect, it } from 'vitest';
import { DEPENDENCY_GROUP, withDependencyGroup } from './dependencies.ts';
import { rollup } from './rollup.ts';

describe('withDependencyGroup', () => {
  const components = [
    { id: 'pay', group: 'E-commerce', dependency: true, status: 'major_outage' as const },
    { id: 'www', group: 'Production', status: 'operational' as const },
    { id: 'cdn', group: 'Production', dependency: true, status: 'operational' as const },
    { id: 'shop', group: 'E-commerce', status: 'operational' as const },
  ];

  it('puts dependencies last, in their own group, and leaves the agency’s components as they were', () => {
    expect(withDependencyGroup(components).map((c) => [c.id, c.group])).toEqual([
      ['www', 'Production'],
      ['shop', 'E-commerce'],
      ['pay', DEPENDENCY_GROUP],
      ['cdn', DEPENDENCY_GROUP],
    ]);
  });

  it('so the rollup shows a provider’s outage in the providers’ group, not in the agency’s', () => {
    const groups = rollup(withDependencyGroup(components)).groups.map((g) => [g.name, g.status]);
    expect(groups).toEqual([
      ['Production', 'operational'],
      ['E-commerce', 'operational'],
      ['Upstream providers', 'major_outage'],
    ]);
  });
});
