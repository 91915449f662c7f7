import { describe, expect, it } from 'vitest';
import { memo } from './memo.ts';

describe('memo', () => {
  it('computes a key once, undefined included', () => {
    const cached = memo<number | undefined>();
    let calls = 0;
    const compute = () => (calls++, undefined);
    cached('a', compute);
    cached('a', compute);
    expect(calls).toBe(1);
  });
  it('never holds more than its limit', () => {
    const cached = memo<number>(2);
    let calls = 0;
    for (const key of ['a', 'b', 'c', 'a']) cached(key, () => ++calls);
    // 'c' cleared the full cache, so 'a' is computed again.
    expect(calls).toBe(4);
  });
  it('does not cache a throw', () => {
    const cached = memo<number>();
    expect(() => cached('x', () => { throw new Error('no'); })).toThrow('no');
    expect(cached('x', () => 1)).toBe(1);
  });
});
