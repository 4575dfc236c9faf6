import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';

/**
 * Address validation per country, answering like Partner Center's address validation: a status, the
 * original address and up to three suggested standardized addresses. Postal code formats come from
 * postcode-validator; required fields, region codes and standard forms are ours. Pure: no I/O.
 */
export const addressStatuses = [
  'VerifiedShippable',
  'Verified',
  'InteractionRequired',
  'StreetPartial',
  'PremisesPartial',
  'Multiple',
  'None',
  'NotValidated',
] as const;
export type AddressStatus = (typeof addressStatuses)[number];

export interface PostalAddress {
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode?: string;
  country: string;
}

export interface AddressValidation {
  status: AddressStatus;
  originalAddress: PostalAddress;
  suggestedAddresses: PostalAddress[];
  issues: { field: string; message: string }[];
}

interface CountryRules {
  postalCode: 'required' | 'optional';
  region: 'required' | 'optional';
  /** Region names (lowercase) to their standard codes. */
  regions?: Record<string, string>;
  /** Standard form of a valid postal code. */
  formatPostalCode?: (code: string) => string;
  /** Whether street lines carry a house number (premises) we can expect. */
  expectsPremises?: boolean;
}

const usStates: Record<string, string> = {
  alabama: 'AL',
  alaska: 'AK',
  arizona: 'AZ',
  arkansas: 'AR',
  california: 'CA',
  colorado: 'CO',
  connecticut: 'CT',
  delaware: 'DE',
  'district of columbia': 'DC',
  florida: 'FL',
  georgia: 'GA',
  hawaii: 'HI',
  idaho: 'ID',
  illinois: 'IL',
  indiana: 'IN',
  iowa: 'IA',
  kansas: 'KS',
  kentucky: 'KY',
  louisiana: 'LA',
  maine: 'ME',
  maryland: 'MD',
  massachusetts: 'MA',
  michigan: 'MI',
  minnesota: 'MN',
  mississippi: 'MS',
  missouri: 'MO',
  montana: 'MT',
  nebraska: 'NE',
  nevada: 'NV',
  'new hampshire': 'NH',
  'new jersey': 'NJ',
  'new mexico': 'NM',
  'new york': 'NY',
  'north carolina': 'NC',
  'north dakota': 'ND',
  ohio: 'OH',
  oklahoma: 'OK',
  oregon: 'OR',
  pennsylvania: 'PA',
  'rhode island': 'RI',
  'south carolina': 'SC',
  'south dakota': 'SD',
  tennessee: 'TN',
  texas: 'TX',
  utah: 'UT',
  vermont: 'VT',
  virginia: 'VA',
  washington: 'WA',
  'west virginia': 'WV',
  wisconsin: 'WI',
  wyoming: 'WY',
  'puerto rico': 'PR',
};
const caProvinces: Record<string, string> = {
  alberta: 'AB',
  'british columbia': 'BC',
  manitoba: 'MB',
  'new brunswick': 'NB',
  'newfoundland and labrador': 'NL',
  'nova scotia': 'NS',
  ontario: 'ON',
  'prince edward island': 'PE',
  quebec: 'QC',
  québec: 'QC',
  saskatchewan: 'SK',
  'northwest territories': 'NT',
  nunavut: 'NU',
  yukon: 'YT',
};
const auStates: Record<string, string> = {
  'new south wales': 'NSW',
  victoria: 'VIC',
  queensland: 'QLD',
  'western australia': 'WA',
  'south australia': 'SA',
  tasmania: 'TAS',
  'australian capital territory': 'ACT',
  'northern territory': 'NT',
};
const itProvinces: Record<string, string> = {
  milano: 'MI',
  roma: 'RM',
  torino: 'TO',
  napoli: 'NA',
  firenze: 'FI',
  bologna: 'BO',
  venezia: 'VE',
  genova: 'GE',
  palermo: 'PA',
  bari: 'BA',
};
const esProvinces: Record<string, string> = {
  madrid: 'M',
  barcelona: 'B',
  valencia: 'V',
  sevilla: 'SE',
  málaga: 'MA',
  malaga: 'MA',
  zaragoza: 'Z',
  bizkaia: 'BI',
  vizcaya: 'BI',
};

const spaced = (at: number) => (code: string) => {
  const compact = code.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, compact.length - at)} ${compact.slice(compact.length - at)}`;
};
const upper = (code: string) => code.replace(/\s+/g, '').toUpperCase();

const rules: Record<string, CountryRules> = {
  IT: { postalCode: 'required', region: 'optional', regions: itProvinces, expectsPremises: true },
  ES: { postalCode: 'required', region: 'optional', regions: esProvinces, expectsPremises: true },
  US: { postalCode: 'required', region: 'required', regions: usStates, expectsPremises: true },
  GB: { postalCode: 'required', region: 'optional', formatPostalCode: spaced(3), expectsPremises: true },
  CA: {
    postalCode: 'required',
    region: 'required',
    regions: caProvinces,
    formatPostalCode: spaced(3),
    expectsPremises: true,
  },
  AU: { postalCode: 'required', region: 'required', regions: auStates, expectsPremises: true },
  FR: { postalCode: 'required', region: 'optional', expectsPremises: true },
  DE: { postalCode: 'required', region: 'optional', expectsPremises: true },
  PT: { postalCode: 'required', region: 'optional', expectsPremises: true },
  NL: { postalCode: 'required', region: 'optional', formatPostalCode: spaced(2), expectsPremises: true },
  BE: { postalCode: 'required', region: 'optional', expectsPremises: true },
  CH: { postalCode: 'required', region: 'optional', expectsPremises: true },
  AT: { postalCode: 'required', region: 'optional', expectsPremises: true },
  IE: { postalCode: 'optional', region: 'optional', formatPostalCode: spaced(4) },
  SE: { postalCode: 'required', region: 'optional', formatPostalCode: spaced(2), expectsPremises: true },
  NO: { postalCode: 'required', region: 'optional', expectsPremises: true },
  DK: { postalCode: 'required', region: 'optional', expectsPremises: true },
  PL: { postalCode: 'required', region: 'optional', expectsPremises: true },
  BR: { postalCode: 'required', region: 'required', expectsPremises: true },
  MX: { postalCode: 'required', region: 'required', expectsPremises: true },
  JP: { postalCode: 'required', region: 'required' },
  IN: { postalCode: 'required', region: 'required' },
};

export const countriesWithAddressRules = Object.keys(rules);

const titleCase = (value: string) =>
  value
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
const tidy = (value: string | undefined) => (value === undefined ? undefined : value.trim().replace(/\s+/g, ' '));

export function validateAddress(address: PostalAddress): AddressValidation {
  const country = address.country.toUpperCase();
  const original = { ...address, country };
  const rule = rules[country];
  if (!rule) return { status: 'NotValidated', originalAddress: original, suggestedAddresses: [], issues: [] };

  const issues: AddressValidation['issues'] = [];
  const postal = tidy(address.postalCode);
  let standardPostal = postal;
  if (!postal) {
    if (rule.postalCode === 'required') issues.push({ field: 'postalCode', message: `is required in ${country}` });
  } else if (postcodeValidatorExistsForCountry(country) && !postcodeValidator(postal, country)) {
    issues.push({ field: 'postalCode', message: `is not a valid postal code for ${country}` });
  } else {
    standardPostal = (rule.formatPostalCode ?? upper)(postal);
  }

  const region = tidy(address.region);
  let standardRegion = region;
  if (!region) {
    if (rule.region === 'required') issues.push({ field: 'region', message: `is required in ${country}` });
  } else if (rule.regions) {
    const code =
      rule.regions[region.toLowerCase()] ??
      (Object.values(rule.regions).includes(region.toUpperCase()) ? region.toUpperCase() : undefined);
    if (code) standardRegion = code;
    else if (rule.region === 'required')
      issues.push({ field: 'region', message: `is not a known region of ${country}` });
  }

  if (issues.length > 0)
    return { status: 'InteractionRequired', originalAddress: original, suggestedAddresses: [], issues };

  const standardized: PostalAddress = {
    line1: tidy(address.line1)!,
    ...(tidy(address.line2) ? { line2: tidy(address.line2) } : {}),
    city: titleCase(address.city),
    ...(standardRegion ? { region: standardRegion } : {}),
    ...(standardPostal ? { postalCode: standardPostal } : {}),
    country,
  };
  if (rule.expectsPremises && !/\d/.test(`${address.line1} ${address.line2 ?? ''}`)) {
    return {
      status: 'PremisesPartial',
      originalAddress: original,
      suggestedAddresses: [standardized],
      issues: [{ field: 'line1', message: 'has no house or building number' }],
    };
  }
  const same =
    JSON.stringify(standardized) ===
    JSON.stringify(Object.fromEntries(Object.entries(original).filter(([, v]) => v !== undefined && v !== '')));
  return same
    ? { status: 'VerifiedShippable', originalAddress: original, suggestedAddresses: [], issues: [] }
    : { status: 'Verified', originalAddress: original, suggestedAddresses: [standardized], issues: [] };
}

/** Statuses with which a business profile passes the check without a person looking at the address. */
export const acceptedAddressStatuses: readonly AddressStatus[] = ['VerifiedShippable', 'Verified', 'NotValidated'];
