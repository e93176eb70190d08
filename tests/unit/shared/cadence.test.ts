import { describe, expect, it } from 'vitest';
import { CADENCE_DAYS, cadenceDueAt, isCadenceDue } from '../../../src/shared/cadence';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 10, 12);

describe('keep-in-touch cadence', () => {
  it('is due one cadence after the last touch, not a moment before', () => {
    const monthly = { every: '1m' as const, since: T0 - 100 * DAY };
    expect(cadenceDueAt(monthly, T0)).toBe(T0 + 30 * DAY);
    expect(isCadenceDue(monthly, T0, T0 + 30 * DAY - 1)).toBe(false);
    expect(isCadenceDue(monthly, T0, T0 + 30 * DAY)).toBe(true);
  });

  it('a touch resets it', () => {
    const monthly = { every: '1m' as const, since: T0 };
    expect(isCadenceDue(monthly, T0, T0 + 40 * DAY)).toBe(true);
    expect(isCadenceDue(monthly, T0 + 39 * DAY, T0 + 40 * DAY)).toBe(false);
  });

  it('someone never touched is due one cadence after the cadence was set', () => {
    expect(cadenceDueAt({ every: '2w', since: T0 }, null)).toBe(T0 + 14 * DAY);
  });

  it('someone last touched long ago is due at once when the cadence is set', () => {
    expect(isCadenceDue({ every: '3m', since: T0 }, T0 - 200 * DAY, T0)).toBe(true);
  });

  it('each cadence is its length in days', () => {
    expect(CADENCE_DAYS).toEqual({ '2w': 14, '1m': 30, '3m': 91, '6m': 182, '1y': 365 });
  });
});
