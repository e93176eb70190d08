/**
 * Time of a message that has no URN yet (an optimistic send): the run's clock time ("10:02 AM",
 * "14:44") on the day of the last day heading ("Today", "Yesterday", "Monday", "Mar 3",
 * "Mar 3, 2025"). English day words only; anything else gives no time rather than a wrong one.
 */
const CLOCK = /\b(\d{1,2})[:.](\d{2})(?:\s?([ap])\.?\s?m\b\.?)?/i;
const MONTH_DAY = /^([a-z]{3,9})\.?\s(\d{1,2})(?:,\s?(\d{4}))?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface Clock { hours: number; minutes: number }

export function parseClock(text: string): Clock | null {
  const match = CLOCK.exec(text);
  if (!match?.[1] || !match[2]) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const meridiem = match[3]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  }
  return hours < 24 && minutes < 60 ? { hours, minutes } : null;
}

export function isClock(text: string): boolean {
  return parseClock(text) !== null;
}

/** Local midnight of the day a heading names, or null when it is not an English day heading. */
export function parseDay(label: string, now = new Date()): Date | null {
  const text = label.trim().toLowerCase();
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (text === 'today') return today;
  if (text === 'yesterday') return shift(today, -1);
  const weekday = WEEKDAYS.indexOf(text);
  if (weekday >= 0) return shift(today, -((today.getDay() - weekday + 7) % 7 || 7));
  const match = MONTH_DAY.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const month = MONTHS.indexOf(match[1].slice(0, 3));
  if (month < 0) return null;
  const year = match[3] === undefined ? now.getFullYear() : Number(match[3]);
  const day = new Date(year, month, Number(match[2]));
  // "Dec 30" read in January is last year's.
  if (match[3] === undefined && day > today) day.setFullYear(year - 1);
  return day;
}

export function timeOf(dayLabel: string | undefined, clock: Clock | undefined, now = new Date()): number | undefined {
  if (dayLabel === undefined || clock === undefined) return undefined;
  const day = parseDay(dayLabel, now);
  if (day === null) return undefined;
  day.setHours(clock.hours, clock.minutes, 0, 0);
  return day.getTime();
}

function shift(day: Date, days: number): Date {
  const copy = new Date(day);
  copy.setDate(copy.getDate() + days);
  return copy;
}
