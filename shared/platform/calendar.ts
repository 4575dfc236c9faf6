import Holidays from 'date-holidays';

/**
 * The one business calendar: weekends and public holidays of a place, from the maintained date-holidays data
 * (national and regional holidays, with observed and substitute days: US 2026-07-03 for the 4th of July, GB
 * 2026-12-28 for Boxing Day). A place is a country and, when its address names one, a region: a state or
 * province code or name as date-holidays knows it (Bayern, CA), or a region inside one (Milan, in Lombardy).
 * Dates are counted in UTC. Pure: no I/O.
 */
export interface Place {
  country: string;
  /** The address's region (state, province); unknown regions count as the country alone. */
  region?: string;
}

interface Locale {
  country: string;
  state?: string;
  region?: string;
}

const directory = new Holidays();

/**
 * Province codes our address validation standardizes to, where date-holidays keys the holidays by the larger
 * unit: Spain's provinces belong to autonomous communities.
 */
const provinceToState: Record<string, Record<string, string>> = {
  ES: { M: 'MD', B: 'CT', V: 'VC', SE: 'AN', MA: 'AN', Z: 'AR', BI: 'PV' },
};

const matches = (names: Record<string, string> | undefined, wanted: string) =>
  Object.entries(names ?? {}).find(
    ([code, name]) => code.toLowerCase() === wanted || name.toLowerCase() === wanted,
  )?.[0];

/** Where an address's holidays are kept in date-holidays: a state, a region of a state, or the country alone. */
export function localeOf(place: Place): Locale {
  const country = place.country.toUpperCase();
  const wanted = place.region?.trim().toLowerCase();
  if (!wanted) return { country };
  const states = directory.getStates(country);
  const state = provinceToState[country]?.[wanted.toUpperCase()] ?? matches(states, wanted);
  if (state) return { country, state };
  for (const code of Object.keys(states ?? {})) {
    const region = matches(directory.getRegions(country, code), wanted);
    if (region) return { country, state: code, region };
  }
  return { country };
}

const holidaysByYear = new Map<string, Set<string>>();

/** The dates (YYYY-MM-DD) of a locale's public holidays in a year, substitute days included. */
function publicHolidays(locale: Locale, year: number): Set<string> {
  const key = `${locale.country}.${locale.state ?? ''}.${locale.region ?? ''}.${year}`;
  let dates = holidaysByYear.get(key);
  if (!dates) {
    const calendar = new Holidays(locale.country, locale.state ?? '', locale.region ?? '', { types: ['public'] });
    dates = new Set((calendar.getHolidays(year) || []).map((holiday) => holiday.date.slice(0, 10)));
    holidaysByYear.set(key, dates);
  }
  return dates;
}

export function isHoliday(date: Date, place: Place): boolean {
  return publicHolidays(localeOf(place), date.getUTCFullYear()).has(date.toISOString().slice(0, 10));
}

export function isBusinessDay(date: Date, place: Place): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isHoliday(date, place);
}

/**
 * The moment `days` business days after `start` at `place`: the same time of day on the business day
 * reached by counting only business days (UTC dates).
 */
export function addBusinessDays(start: Date, days: number, place: Place): Date {
  let cursor = new Date(start.getTime());
  let left = days;
  while (left > 0) {
    cursor = new Date(cursor.getTime() + 86_400_000);
    if (isBusinessDay(cursor, place)) left -= 1;
  }
  return cursor;
}
