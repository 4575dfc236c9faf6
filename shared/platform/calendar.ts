/**
 * The one business calendar: weekends and public holidays per country. Pure.
 * Holidays are national ones (fixed dates and Easter-based); regional holidays are not modelled.
 */
type Rule = { month: number; day: number } | { easterOffset: number } | { month: number; weekday: number; nth: number };

const fixed = (month: number, day: number): Rule => ({ month, day });
const easter = (offset: number): Rule => ({ easterOffset: offset });
/** The nth weekday (0 Sunday .. 6 Saturday) of a month; nth -1 is the last. */
const nthWeekday = (month: number, weekday: number, nth: number): Rule => ({ month, weekday, nth });

const holidayRules: Record<string, Rule[]> = {
  IT: [
    fixed(1, 1),
    fixed(1, 6),
    easter(1),
    fixed(4, 25),
    fixed(5, 1),
    fixed(6, 2),
    fixed(8, 15),
    fixed(11, 1),
    fixed(12, 8),
    fixed(12, 25),
    fixed(12, 26),
  ],
  ES: [
    fixed(1, 1),
    fixed(1, 6),
    easter(-2),
    fixed(5, 1),
    fixed(8, 15),
    fixed(10, 12),
    fixed(11, 1),
    fixed(12, 6),
    fixed(12, 8),
    fixed(12, 25),
  ],
  US: [
    fixed(1, 1),
    nthWeekday(1, 1, 3),
    nthWeekday(2, 1, 3),
    nthWeekday(5, 1, -1),
    fixed(6, 19),
    fixed(7, 4),
    nthWeekday(9, 1, 1),
    nthWeekday(10, 1, 2),
    fixed(11, 11),
    nthWeekday(11, 4, 4),
    fixed(12, 25),
  ],
  GB: [
    fixed(1, 1),
    easter(-2),
    easter(1),
    nthWeekday(5, 1, 1),
    nthWeekday(5, 1, -1),
    nthWeekday(8, 1, -1),
    fixed(12, 25),
    fixed(12, 26),
  ],
  FR: [
    fixed(1, 1),
    easter(1),
    fixed(5, 1),
    fixed(5, 8),
    easter(39),
    easter(50),
    fixed(7, 14),
    fixed(8, 15),
    fixed(11, 1),
    fixed(11, 11),
    fixed(12, 25),
  ],
  DE: [
    fixed(1, 1),
    easter(-2),
    easter(1),
    fixed(5, 1),
    easter(39),
    easter(50),
    fixed(10, 3),
    fixed(12, 25),
    fixed(12, 26),
  ],
  PT: [
    fixed(1, 1),
    easter(-2),
    easter(0),
    fixed(4, 25),
    fixed(5, 1),
    easter(60),
    fixed(6, 10),
    fixed(8, 15),
    fixed(10, 5),
    fixed(11, 1),
    fixed(12, 1),
    fixed(12, 8),
    fixed(12, 25),
  ],
  MX: [
    fixed(1, 1),
    nthWeekday(2, 1, 1),
    nthWeekday(3, 1, 3),
    fixed(5, 1),
    fixed(9, 16),
    nthWeekday(11, 1, 3),
    fixed(12, 25),
  ],
};

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

function dateOf(rule: Rule, year: number): Date {
  if ('easterOffset' in rule) {
    const sunday = easterSunday(year);
    return new Date(sunday.getTime() + rule.easterOffset * 86_400_000);
  }
  if ('day' in rule) return new Date(Date.UTC(year, rule.month - 1, rule.day));
  if (rule.nth > 0) {
    const first = new Date(Date.UTC(year, rule.month - 1, 1));
    const shift = (rule.weekday - first.getUTCDay() + 7) % 7;
    return new Date(Date.UTC(year, rule.month - 1, 1 + shift + (rule.nth - 1) * 7));
  }
  const last = new Date(Date.UTC(year, rule.month, 0));
  const shift = (last.getUTCDay() - rule.weekday + 7) % 7;
  return new Date(Date.UTC(year, rule.month - 1, last.getUTCDate() - shift));
}

const dayKey = (date: Date) => date.toISOString().slice(0, 10);

export function isHoliday(date: Date, country: string): boolean {
  const rules = holidayRules[country.toUpperCase()] ?? [];
  const key = dayKey(date);
  return rules.some((rule) => dayKey(dateOf(rule, date.getUTCFullYear())) === key);
}

export function isBusinessDay(date: Date, country: string): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isHoliday(date, country);
}

/**
 * The moment `days` business days after `start` in `country`: the same time of day on the business day
 * reached by counting only business days (UTC dates).
 */
export function addBusinessDays(start: Date, days: number, country: string): Date {
  let cursor = new Date(start.getTime());
  let left = days;
  while (left > 0) {
    cursor = new Date(cursor.getTime() + 86_400_000);
    if (isBusinessDay(cursor, country)) left -= 1;
  }
  return cursor;
}

export const countriesWithHolidays = Object.keys(holidayRules);
