import { describe, expect, it } from 'vitest';
import { validateAddress } from '#shared/enrollment/address';
import { addBusinessDays, isBusinessDay, localeOf } from '#shared/platform/calendar';

const day = (iso: string) => new Date(`${iso}T09:30:00Z`);
const weekday = (iso: string) => day(iso).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });

describe('business days (date-holidays: national, regional, observed and substitute days)', () => {
  it('United States: a Saturday 4th of July is observed on the Friday before, a Sunday one on the Monday after', () => {
    expect(weekday('2026-07-04')).toBe('Saturday');
    expect(isBusinessDay(day('2026-07-03'), { country: 'US' })).toBe(false);
    expect(weekday('2027-07-04')).toBe('Sunday');
    expect(isBusinessDay(day('2027-07-05'), { country: 'US' })).toBe(false);
    expect(isBusinessDay(day('2026-07-06'), { country: 'US' })).toBe(true);
    // Thursday 2 July 2026 + 1 business day: Friday is the observed holiday, then the weekend
    expect(addBusinessDays(day('2026-07-02'), 1, { country: 'US' }).toISOString()).toBe('2026-07-06T09:30:00.000Z');
  });

  it('United States: a state holiday counts only in its state', () => {
    // César Chávez Day, 31 March, a California state holiday
    expect(isBusinessDay(day('2027-03-31'), { country: 'US', region: 'CA' })).toBe(false);
    expect(isBusinessDay(day('2027-03-31'), { country: 'US', region: 'NY' })).toBe(true);
  });

  it('United Kingdom: Boxing Day on a Saturday is substituted by the Monday, and Scotland keeps 2 January', () => {
    expect(weekday('2026-12-26')).toBe('Saturday');
    expect(isBusinessDay(day('2026-12-28'), { country: 'GB' })).toBe(false);
    expect(isBusinessDay(day('2026-12-29'), { country: 'GB' })).toBe(true);
    // 2027: Christmas on a Saturday, Boxing Day on a Sunday: both Monday and Tuesday are bank holidays
    expect(isBusinessDay(day('2027-12-27'), { country: 'GB' })).toBe(false);
    expect(isBusinessDay(day('2027-12-28'), { country: 'GB' })).toBe(false);
    expect(addBusinessDays(day('2026-12-24'), 1, { country: 'GB' }).toISOString()).toBe('2026-12-29T09:30:00.000Z');
    expect(isBusinessDay(day('2026-01-02'), { country: 'GB', region: 'Scotland' })).toBe(false);
    expect(isBusinessDay(day('2026-01-02'), { country: 'GB', region: 'England' })).toBe(true);
  });

  it('Spain: a Sunday holiday moves to the Monday where the community says so (Madrid), not elsewhere', () => {
    expect(weekday('2026-12-06')).toBe('Sunday');
    // the address validation standardizes "Madrid" to the province code M, which is in the Comunidad de Madrid
    const madrid = validateAddress({
      line1: 'Calle Mayor 1',
      city: 'Madrid',
      region: 'Madrid',
      postalCode: '28013',
      country: 'ES',
    });
    expect(madrid.suggestedAddresses[0]?.region ?? madrid.originalAddress.region).toBe('M');
    expect(isBusinessDay(day('2026-12-07'), { country: 'ES', region: 'M' })).toBe(false);
    expect(isBusinessDay(day('2026-12-07'), { country: 'ES', region: 'B' })).toBe(true);
    // Catalonia's own day, 11 September, counts in Barcelona and not in Madrid
    expect(isBusinessDay(day('2026-09-11'), { country: 'ES', region: 'B' })).toBe(false);
    expect(isBusinessDay(day('2026-09-11'), { country: 'ES', region: 'M' })).toBe(true);
  });

  it('Italy: holidays are not moved (a Saturday 25 April leaves the Monday a business day), and Milan keeps Sant’Ambrogio', () => {
    expect(weekday('2026-04-25')).toBe('Saturday');
    expect(isBusinessDay(day('2026-04-27'), { country: 'IT' })).toBe(true);
    expect(isBusinessDay(day('2026-04-24'), { country: 'IT' })).toBe(true);
    expect(isBusinessDay(day('2026-12-07'), { country: 'IT', region: 'MI' })).toBe(false);
    expect(isBusinessDay(day('2026-12-07'), { country: 'IT', region: 'RM' })).toBe(true);
    // Friday 4 December + 2 business days in Milan: Monday 7 (Sant'Ambrogio) and Tuesday 8 (Immacolata) are holidays
    expect(addBusinessDays(day('2026-12-04'), 2, { country: 'IT', region: 'MI' }).toISOString()).toBe(
      '2026-12-10T09:30:00.000Z',
    );
  });

  it('Mexico: Benito Juárez’s birthday is observed on the third Monday of March', () => {
    expect(isBusinessDay(day('2026-03-16'), { country: 'MX' })).toBe(false);
    expect(isBusinessDay(day('2026-03-21'), { country: 'MX' })).toBe(false); // a Saturday
    expect(isBusinessDay(day('2026-03-20'), { country: 'MX' })).toBe(true);
  });

  it('reads the region from the address as a code, a name or a region inside a state, and ignores unknown ones', () => {
    expect(localeOf({ country: 'de', region: 'Bayern' })).toEqual({ country: 'DE', state: 'BY' });
    expect(localeOf({ country: 'US', region: 'ca' })).toEqual({ country: 'US', state: 'CA' });
    expect(localeOf({ country: 'IT', region: 'MI' })).toEqual({ country: 'IT', state: '25', region: 'MI' });
    expect(localeOf({ country: 'ES', region: 'BI' })).toEqual({ country: 'ES', state: 'PV' });
    expect(localeOf({ country: 'FR', region: 'Nowhere' })).toEqual({ country: 'FR' });
    expect(localeOf({ country: 'FR' })).toEqual({ country: 'FR' });
    // a country without data counts weekends only
    expect(addBusinessDays(day('2026-12-24'), 1, { country: 'ZZ' }).toISOString()).toBe('2026-12-25T09:30:00.000Z');
  });
});
