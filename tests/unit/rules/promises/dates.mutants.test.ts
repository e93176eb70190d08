import { describe, expect, it } from 'vitest';
import { findPromises } from '../../../../src/rules/promises/detect';

const at = (iso: string): number => Date.parse(`${iso}T10:00:00Z`);
const dueOf = (text: string, day = '2026-12-01'): (string | null)[] => findPromises(text, at(day)).map((p) => p.due);
const spanOf = (text: string, day = '2026-12-01'): string[] => findPromises(text, at(day)).map((p) => text.slice(p.start, p.end));

// First in this file on purpose: the phrase tables are built once per module, by the first test that
// needs them, so a test of what the build reads (every month and weekday of every language) goes first.
describe('the phrase tables', () => {
  it('hold every month and weekday of every language', () => {
    expect(dueOf('Ik stuur het op 3 maart.')).toEqual(['2027-03-03']);
    expect(dueOf('Jag skickar den den 9 juni.')).toEqual(['2027-06-09']);
    expect(dueOf('Vă trimit oferta pe 20 octombrie.')).toEqual(['2027-10-20']);
    expect(dueOf("I'll send it on November 30.")).toEqual(['2027-11-30']);
    expect(dueOf('Te mando el informe el domingo.')).toEqual(['2026-12-06']);
    expect(dueOf('Je vous envoie ça samedi.')).toEqual(['2026-12-05']);
  });
});

// 2026-11-30 is a Monday; 2026-12-04 a Friday, 12-05 a Saturday, 12-06 a Sunday.
describe('relative deadlines from every day of the week', () => {
  it('the end of the week is its Friday; said at the weekend, it is that day', () => {
    expect(dueOf("I'll send it by the end of the week.", '2026-11-30')).toEqual(['2026-12-04']);
    expect(dueOf("I'll send it by the end of the week.", '2026-12-04')).toEqual(['2026-12-04']);
    expect(dueOf("I'll send it by the end of the week.", '2026-12-05')).toEqual(['2026-12-05']);
    expect(dueOf("I'll send it by the end of the week.", '2026-12-06')).toEqual(['2026-12-06']);
  });

  it('next week is the Friday after this week, whichever day it is said', () => {
    expect(dueOf("I'll send it next week.", '2026-11-30')).toEqual(['2026-12-11']);
    expect(dueOf("I'll send it next week.", '2026-12-06')).toEqual(['2026-12-11']);
    expect(dueOf("I'll send it next week.", '2026-12-07')).toEqual(['2026-12-18']);
  });

  it('next month is the last day of the month after this one, across a year', () => {
    expect(dueOf("I'll send it next month.", '2026-12-01')).toEqual(['2027-01-31']);
    expect(dueOf("I'll send it next month.", '2027-01-15')).toEqual(['2027-02-28']);
    expect(dueOf("I'll send it by the end of the month.", '2027-04-30')).toEqual(['2027-04-30']);
  });

  it('the day after tomorrow is two days on, today is today', () => {
    expect(dueOf("I'll send it the day after tomorrow.", '2026-12-31')).toEqual(['2027-01-02']);
    expect(dueOf("I'll send it today.", '2026-12-06')).toEqual(['2026-12-06']);
  });
});

describe('weekdays', () => {
  it('"this" weekday is the coming one, today included; a bare one later than today is this week\'s', () => {
    expect(dueOf("I'll send it this Tuesday.", '2026-12-02')).toEqual(['2026-12-08']);
    expect(dueOf("I'll send it this Friday.", '2026-12-04')).toEqual(['2026-12-04']);
    expect(dueOf("I'll send it on Thursday.", '2026-12-01')).toEqual(['2026-12-03']);
    expect(dueOf("I'll send it on Monday.", '2026-12-06')).toEqual(['2026-12-07']);
  });

  it('"next" weekday is the one in next week, also said on a Sunday or a Monday', () => {
    expect(dueOf("I'll send it next Monday.", '2026-12-01')).toEqual(['2026-12-07']);
    expect(dueOf("I'll send it next Friday.", '2026-12-06')).toEqual(['2026-12-11']);
    expect(dueOf("I'll send it next Sunday.", '2026-11-30')).toEqual(['2026-12-13']);
  });

  it('a weekday word after it ("vendredi prochain") is part of the date and of the span', () => {
    expect(spanOf('Je vous envoie ça vendredi prochain, merci.')).toEqual(['Je vous envoie ça vendredi prochain']);
    expect(spanOf('Ich schicke es diesen Freitag, danke.')).toEqual(['Ich schicke es diesen Freitag']);
    expect(dueOf('Ich schicke es diesen Freitag.', '2026-12-04')).toEqual(['2026-12-04']);
  });
});

describe('numeric dates', () => {
  it('day first, with a two- or four-digit year or none', () => {
    expect(dueOf("I'll send it by 4/12/27.")).toEqual(['2027-12-04']);
    expect(dueOf("I'll send it by 4.1.2027.")).toEqual(['2027-01-04']);
    expect(dueOf("I'll send it by 4/1.")).toEqual(['2027-01-04']);
    expect(dueOf("I'll send it by 1/12.")).toEqual(['2026-12-01']);
  });

  it('a year must use the same separator and have two or four digits', () => {
    expect(dueOf("I'll send it by 4/12 2027.")).toEqual(['2026-12-04']);
    expect(dueOf("I'll send it by 4.1.2028.")).toEqual(['2028-01-04']);
    expect(dueOf("I'll send it by 4/12.123.")).toEqual(['2026-12-04']);
  });

  it('a dash joins only a four-digit year, its month and its day; two numbers with a dash are a range', () => {
    expect(dueOf("I'll send you 2-3 pages.")).toEqual([null]);
    expect(dueOf("I'll send it by 12-12-24.")).toEqual([null]);
    expect(dueOf("I'll send it by 2026-12/24.")).toEqual([null]);
  });

  it('a date that does not exist, in either order, gives no date', () => {
    expect(dueOf("I'll send it by 31.04.")).toEqual([null]);
    expect(dueOf("I'll send it by 2027-02-30.")).toEqual([null]);
    expect(dueOf("I'll send it by 2027-13-01.")).toEqual([null]);
  });

  it('an ISO date needs dashes on both sides of its month; other numbers are no date', () => {
    expect(dueOf("I'll send it by 2027-01-05.")).toEqual(['2027-01-05']);
    expect(dueOf("I'll send you 123/45 pages.")).toEqual([null]);
    expect(dueOf("I'll send you 12-45 pages.")).toEqual([null]);
  });
});

describe('named dates', () => {
  it('take a four-digit year after them, not a two-digit one', () => {
    expect(dueOf("I'll send it on 24 December 2027.")).toEqual(['2027-12-24']);
    expect(dueOf("I'll send it on December 24 2027.")).toEqual(['2027-12-24']);
    expect(spanOf("I'll send it on 24 December 27, ok?")).toEqual([]);
    expect(dueOf("I'll send it on 24 December 27 copies.")).toEqual(['2026-12-24']);
  });

  it('a day number is one or two digits with at most an ordinal ending', () => {
    expect(dueOf("I'll send it on 124 December.")).toEqual([null]);
    expect(dueOf("I'll send it on 24x December.")).toEqual([null]);
    expect(dueOf("I'll send it on the 2nd of December.")).toEqual(['2026-12-02']);
  });

  it('a day number is 1 to 31', () => {
    expect(dueOf("I'll send it on 32 December.")).toEqual([null]);
    expect(dueOf("I'll send it on 0 December.")).toEqual([null]);
    expect(dueOf("I'll send it on 31st December.")).toEqual(['2026-12-31']);
    expect(dueOf("I'll send it on 1st December.")).toEqual(['2026-12-01']);
  });

  it('a month first only where the language writes it so', () => {
    expect(dueOf('Ich schicke es Dezember 24.')).toEqual([null]);
    expect(dueOf("I'll send it December 24.")).toEqual(['2026-12-24']);
    expect(dueOf("I'll send it December.")).toEqual([null]);
  });

  it('a date with a year that has passed stays in that year', () => {
    expect(dueOf("I'll send it on 3 February 2026.")).toEqual(['2026-02-03']);
    expect(dueOf("I'll send it on 29 February.", '2027-03-01')).toEqual(['2028-02-29']);
  });
});

describe('within a number of days or weeks', () => {
  it('counts days and weeks, in digits of up to three or in words', () => {
    expect(dueOf("I'll send it within 3 weeks.")).toEqual(['2026-12-22']);
    expect(dueOf("I'll send it in 100 days.")).toEqual(['2027-03-11']);
    expect(dueOf("I'll send it in 1000 days.")).toEqual([null]);
    expect(dueOf("I'll send it in five days.")).toEqual(['2026-12-06']);
  });

  it('needs a count and a unit after it', () => {
    expect(dueOf("I'll send it in 3 parts.")).toEqual([null]);
    expect(dueOf("I'll send it in parts.")).toEqual([null]);
    expect(dueOf("I'll send the rest in")).toEqual([null]);
  });
});

describe('where a date ends', () => {
  // An earlier promise of a sentence ends at its date; only the last runs on to the end of its clause.
  const first = (text: string): string | undefined => spanOf(text)[0];

  it('with its year, its "of", its count and unit', () => {
    expect(first("I'll send it on the 24th of December and I'll call you.")).toBe("I'll send it on the 24th of December");
    expect(first("I'll send it on 24 December 2027 and I'll call you.")).toBe("I'll send it on 24 December 2027");
    expect(first("I'll send it on December 24 2027 and I'll call you.")).toBe("I'll send it on December 24 2027");
    expect(first("I'll send it on December 24 and I'll call you.")).toBe("I'll send it on December 24");
    expect(first("I'll send it in 3 days and I'll call you.")).toBe("I'll send it in 3 days");
    expect(first("I'll send it within a few days and I'll call you.")).toBe("I'll send it within a few days");
    expect(first("I'll send it by 4/12/2027 and I'll call you.")).toBe("I'll send it by 4/12/2027");
    expect(first("I'll send it by 4/12 and I'll call you.")).toBe("I'll send it by 4/12");
    expect(first("I'll send it next Friday and I'll call you.")).toBe("I'll send it next Friday");
  });
});
