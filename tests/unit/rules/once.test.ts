import { describe, expect, it } from 'vitest';
import { once } from '../../../src/rules/once';

describe('once', () => {
  it('builds nothing until the first call, then keeps what it built', () => {
    let builds = 0;
    const value = once(() => ({ n: ++builds }));
    expect(builds).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(builds).toBe(1);
  });

  it('keeps an undefined value too, instead of building it again', () => {
    let builds = 0;
    const value = once(() => {
      builds += 1;
      return undefined;
    });
    value();
    value();
    expect(builds).toBe(1);
  });
});
