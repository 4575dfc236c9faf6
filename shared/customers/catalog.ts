/**
 * The offer catalogue and currency reference rates. Offers are operator-managed data (seeded locally);
 * prices are per market currency. USD rates turn order amounts into the USD revenue that direct-bill
 * eligibility reads (seed 001: "USD 300K"). Pure.
 */
export interface Offer {
  offerId: string;
  name: string;
  /** Monthly price per license, by currency. */
  prices: Record<string, number>;
  maxQuantity: number;
}

export const seedOffers: Offer[] = [
  {
    offerId: 'M365-BUSINESS-BASIC',
    name: 'Microsoft 365 Business Basic',
    prices: { EUR: 5.6, USD: 6, GBP: 4.9, CHF: 5.6, MXN: 110, BRL: 30, JPY: 900, AUD: 9, CAD: 8.1 },
    maxQuantity: 300,
  },
  {
    offerId: 'M365-BUSINESS-PREMIUM',
    name: 'Microsoft 365 Business Premium',
    prices: { EUR: 20.6, USD: 22, GBP: 18.1, CHF: 20.6, MXN: 400, BRL: 110, JPY: 3300, AUD: 33, CAD: 29.7 },
    maxQuantity: 300,
  },
  {
    offerId: 'AZURE-PLAN',
    name: 'Azure plan',
    prices: { EUR: 100, USD: 100, GBP: 85, CHF: 95, MXN: 1800, BRL: 500, JPY: 15000, AUD: 150, CAD: 135 },
    maxQuantity: 1,
  },
];

/** USD per unit of each currency (reference rates, versioned with the code). */
export const usdRates: Record<string, number> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  CHF: 1.13,
  CZK: 0.044,
  DKK: 0.145,
  NOK: 0.094,
  PLN: 0.25,
  SEK: 0.095,
  CAD: 0.74,
  MXN: 0.055,
  BRL: 0.2,
  CLP: 0.0011,
  COP: 0.00025,
  AUD: 0.66,
  NZD: 0.6,
  JPY: 0.0067,
  INR: 0.012,
  SGD: 0.74,
  KRW: 0.00075,
  AED: 0.27,
  SAR: 0.27,
  ZAR: 0.055,
};

export function toUsd(amount: number, currency: string): number {
  const rate = usdRates[currency];
  if (rate === undefined) throw new Error(`no USD rate for ${currency}`);
  return Math.round(amount * rate * 100) / 100;
}
