const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function valid(ms: number): number | null {
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Connections.csv "Connected On": `23 Nov 2026`, or in exports from before mid-2023 `1/8/18, 6:14 PM`
 * (US order); the UTC midnight of that day.
 */
export function parseConnectedOn(value: string): number | null {
  const m = /^(\d{1,2}) ([A-Za-z]{3})[A-Za-z]* (\d{4})$/u.exec(value.trim());
  if (!m) {
    const at = parseUsDate(value);
    return at === null ? null : at - (at % 86_400_000);
  }
  // Stryker disable next-line StringLiteral: group 2 of a match is never missing (the pattern requires it); the fallback only satisfies the type
  const month = MONTHS.indexOf((m[2] ?? '').toLowerCase());
  if (month < 0) return null;
  return valid(Date.UTC(Number(m[3]), month, Number(m[1])));
}

/** messages.csv "DATE": `2026-11-02 14:03:22 UTC`. */
export function parseMessageDate(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/u.exec(value.trim());
  if (!m) return null;
  return valid(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)));
}

/** Invitations.csv "Sent At": `11/23/26, 2:03 PM` (US order, local to the export: taken as UTC), or the messages format. */
export function parseInvitationDate(value: string): number | null {
  return parseUsDate(value) ?? parseMessageDate(value);
}

/** `11/23/26, 2:03 PM`, US order, as UTC. */
function parseUsDate(value: string): number | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),? (\d{1,2}):(\d{2}) ?([AP]M)?$/iu.exec(value.trim());
  if (!m) return null;
  const year = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
  let hour = Number(m[4]) % 12;
  if (m[6]?.toUpperCase() === 'PM') hour += 12;
  else if (!m[6]) hour = Number(m[4]);
  return valid(Date.UTC(year, Number(m[1]) - 1, Number(m[2]), hour, Number(m[5])));
}
