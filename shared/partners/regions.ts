/**
 * CSP regions, their markets (countries) and each market's currency: versioned reference data shipped with
 * the code, so a deploy and `npm start` load the same version. A new version is added as data. An
 * organization's region follows from its legal country (seed 003, "Your CSP country/region"). Pure.
 */
export interface Market {
  country: string;
  name: string;
  currency: string;
}

export interface Region {
  regionId: string;
  name: string;
  markets: Market[];
}

export const regionsVersion = '2026-01';

const m = (country: string, name: string, currency: string): Market => ({ country, name, currency });

export const regions: Region[] = [
  {
    regionId: 'Europe',
    name: 'Europe',
    markets: [
      m('AT', 'Austria', 'EUR'),
      m('BE', 'Belgium', 'EUR'),
      m('CH', 'Switzerland', 'CHF'),
      m('CZ', 'Czechia', 'CZK'),
      m('DE', 'Germany', 'EUR'),
      m('DK', 'Denmark', 'DKK'),
      m('ES', 'Spain', 'EUR'),
      m('FI', 'Finland', 'EUR'),
      m('FR', 'France', 'EUR'),
      m('GB', 'United Kingdom', 'GBP'),
      m('GR', 'Greece', 'EUR'),
      m('IE', 'Ireland', 'EUR'),
      m('IT', 'Italy', 'EUR'),
      m('NL', 'Netherlands', 'EUR'),
      m('NO', 'Norway', 'NOK'),
      m('PL', 'Poland', 'PLN'),
      m('PT', 'Portugal', 'EUR'),
      m('SE', 'Sweden', 'SEK'),
    ],
  },
  {
    regionId: 'NorthAmerica',
    name: 'North America',
    markets: [m('US', 'United States', 'USD'), m('CA', 'Canada', 'CAD'), m('PR', 'Puerto Rico', 'USD')],
  },
  {
    regionId: 'LatinAmerica',
    name: 'Latin America',
    markets: [
      m('MX', 'Mexico', 'MXN'),
      m('BR', 'Brazil', 'BRL'),
      m('AR', 'Argentina', 'USD'),
      m('CL', 'Chile', 'CLP'),
      m('CO', 'Colombia', 'COP'),
      m('PE', 'Peru', 'USD'),
    ],
  },
  {
    regionId: 'AsiaPacific',
    name: 'Asia Pacific',
    markets: [
      m('AU', 'Australia', 'AUD'),
      m('NZ', 'New Zealand', 'NZD'),
      m('JP', 'Japan', 'JPY'),
      m('IN', 'India', 'INR'),
      m('SG', 'Singapore', 'SGD'),
      m('KR', 'Korea', 'KRW'),
    ],
  },
  {
    regionId: 'MiddleEastAfrica',
    name: 'Middle East and Africa',
    markets: [
      m('AE', 'United Arab Emirates', 'AED'),
      m('SA', 'Saudi Arabia', 'SAR'),
      m('ZA', 'South Africa', 'ZAR'),
      m('KE', 'Kenya', 'USD'),
      m('NG', 'Nigeria', 'USD'),
      m('EG', 'Egypt', 'USD'),
    ],
  },
];

const byCountry = new Map(
  regions.flatMap((region) => region.markets.map((market) => [market.country, { region, market }] as const)),
);
export const regionIds = regions.map((region) => region.regionId);

/** The region an organization belongs to, from its legal country; undefined where CSP is not offered. */
export function regionOf(country: string): Region | undefined {
  return byCountry.get(country.toUpperCase())?.region;
}

export function marketOf(country: string): Market | undefined {
  return byCountry.get(country.toUpperCase())?.market;
}

/** True when `country` is a market of one of `regionIds`. */
export function isInRegions(country: string, regionIdsToCheck: readonly string[]): boolean {
  const region = regionOf(country);
  return region !== undefined && regionIdsToCheck.includes(region.regionId);
}

/**
 * The one region rule: where a partner may serve customers in a role. As an indirect provider, the regions it is
 * designated for (the directory lists the same); as a reseller (or direct-bill partner), its home region.
 */
export function servedRegions(
  partner: { country: string; providerRegions?: readonly string[] },
  role: 'Reseller' | 'IndirectProvider',
): string[] {
  if (role === 'IndirectProvider') return [...(partner.providerRegions ?? [])];
  const home = regionOf(partner.country)?.regionId;
  return home ? [home] : [];
}

/** The names of regions, for messages. */
export function regionNames(regionIdsToName: readonly string[]): string {
  return regionIdsToName.map((id) => regions.find((region) => region.regionId === id)?.name ?? id).join(', ') || 'none';
}

/** A country's name in a language (Intl's CLDR data), e.g. IT -> "Italia" in Spanish. */
export function countryName(country: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}
