import { describe, expect, it } from 'vitest';
import { parseConnectedOn, parseInvitationDate, parseMessageDate } from '../../../src/storage/linkedin-export/dates';

// The date formats LinkedIn's export has used, each variant a row of some real export shape
// (the people and times made up): what each reads to, and what it refuses.

describe('Connections.csv "Connected On"', () => {
  it('reads day, month name and year, with or without the rest of the month name, around spaces', () => {
    expect(parseConnectedOn('  7 jan 2019 ')).toBe(Date.UTC(2019, 0, 7));
    expect(parseConnectedOn('31 DECEMBER 2024')).toBe(Date.UTC(2024, 11, 31));
    expect(parseConnectedOn('1 Mar 2020')).toBe(Date.UTC(2020, 2, 1));
  });

  it('refuses what only looks like a date', () => {
    for (const bad of ['123 Nov 2026', '23 No 2026', '23 Nov 26', '23 Nov 2026 extra', 'on 23 Nov 2026', '23  Nov 2026', '23 Nov1 2026']) {
      expect(parseConnectedOn(bad), bad).toBeNull();
    }
  });

  it('reads the older US format as the UTC midnight of its day', () => {
    expect(parseConnectedOn('1/8/18, 6:14 PM')).toBe(Date.UTC(2018, 0, 8));
    expect(parseConnectedOn(' 12/31/19, 11:59 PM ')).toBe(Date.UTC(2019, 11, 31));
    expect(parseConnectedOn('1/8/18, late')).toBeNull();
    expect(parseConnectedOn('x 1/8/18, 6:14 PM')).toBeNull();
    // The messages format is the invitations' fallback, not a connection date's, even with a US date after it.
    expect(parseConnectedOn('2025-03-04 05:06 UTC')).toBeNull();
    expect(parseConnectedOn('2025-03-04 05:06 1/8/18')).toBeNull();
  });
});

describe('messages.csv "DATE"', () => {
  it('reads with or without seconds, with a space or a T, and ignores what follows the time', () => {
    expect(parseMessageDate('2025-03-04 05:06 UTC')).toBe(Date.UTC(2025, 2, 4, 5, 6, 0));
    expect(parseMessageDate('2025-03-04T05:06:07Z')).toBe(Date.UTC(2025, 2, 4, 5, 6, 7));
    expect(parseMessageDate(' 2025-12-31 23:59:58 UTC')).toBe(Date.UTC(2025, 11, 31, 23, 59, 58));
  });

  it('refuses other orders and short fields', () => {
    for (const bad of ['25-03-04 05:06', '2025-3-04 05:06', '2025-03-4 05:06', '2025-03-04_05:06', '2025-03-04 5:06', 'x2025-03-04 05:06']) {
      expect(parseMessageDate(bad), bad).toBeNull();
    }
  });
});

describe('Invitations.csv "Sent At"', () => {
  it('reads 12-hour times both sides of noon and midnight', () => {
    expect(parseInvitationDate('3/9/25, 12:30 PM')).toBe(Date.UTC(2025, 2, 9, 12, 30));
    expect(parseInvitationDate('3/9/25, 12:30 AM')).toBe(Date.UTC(2025, 2, 9, 0, 30));
    expect(parseInvitationDate('3/9/25, 11:05 am')).toBe(Date.UTC(2025, 2, 9, 11, 5));
    expect(parseInvitationDate('3/9/25, 1:05 pm')).toBe(Date.UTC(2025, 2, 9, 13, 5));
  });

  it('reads a 24-hour time without AM/PM, a four-digit year, no comma and no space before the half of the day', () => {
    expect(parseInvitationDate('3/9/25, 14:05')).toBe(Date.UTC(2025, 2, 9, 14, 5));
    expect(parseInvitationDate('3/9/2025 9:05PM')).toBe(Date.UTC(2025, 2, 9, 21, 5));
    expect(parseInvitationDate(' 10/11/99, 0:00 ')).toBe(Date.UTC(2099, 9, 11, 0, 0));
  });

  it('falls back to the messages format and refuses the rest', () => {
    expect(parseInvitationDate('2025-03-04 05:06:07 UTC')).toBe(Date.UTC(2025, 2, 4, 5, 6, 7));
    for (const bad of ['3/9/25, 2:03 PM and more', '3/9/205, 2:03 PM', '3/9/25, 2:3 PM', '3/9/25,  2:03 PM', '123/9/25, 2:03 PM', '3/9/25, 2:03 XM', 'soon']) {
      expect(parseInvitationDate(bad), bad).toBeNull();
    }
  });
});
