import { describe, expect, it } from 'vitest';
import { monitorSchema } from '../../schemas/monitor.ts';
import { loadSource, SOURCE_KINDS } from '../registry.ts';

describe('source registry', () => {
  it('lists exactly the source kinds client.yaml accepts', () => {
    const accepted = monitorSchema.options.map((o) => o.shape.source.value);
    expect([...SOURCE_KINDS].sort()).toEqual([...accepted].sort());
  });

  it.each(SOURCE_KINDS)('loads %s, whose module exports a source of that kind', async (kind) => {
    const source = await loadSource(kind);
    expect(source.kind).toBe(kind);
    expect(typeof source.pull).toBe('function');
  });
});
