/**
 * How job posts say what time an amount pays for, in English, French, German and Spanish: after
 * the amount (`per annum`, `/hr`, `brut annuel`, `pro Jahr`, `brutos anuales`) or before it
 * (`Annual salary`, `Stundenlohn`, `taux horaire`, `TJM`). Matched case-insensitively as whole
 * words; a period read nowhere is inferred from the amount's size (payPeriodOf).
 */

export type PayPeriod = 'year' | 'month' | 'week' | 'day' | 'hour';

/** Written right after an amount or a range (filler such as `gross` or `brut` may stand between). */
export const periodsAfter: Readonly<Record<PayPeriod, readonly string[]>> = {
  year: [
    'per year', 'a year', 'per annum', 'p.a.', 'pa', 'p/a', '/year', '/yr', '/y', 'annually', 'annual', 'yearly', 'each year', 'per yr',
    'par an', '/an', 'annuel', 'annuels', 'brut annuel', 'brut/an', 'pro jahr', 'im jahr', 'jährlich', '/jahr', 'jahresbrutto',
    'al año', 'por año', 'anual', 'anuales', '/año', 'brutos anuales', 'brutos al año',
  ],
  month: [
    'per month', 'a month', '/month', '/mo', 'monthly', 'each month', 'per mensem', 'par mois', '/mois', 'mensuel', 'mensuels',
    'brut mensuel', 'pro monat', 'im monat', 'monatlich', '/monat', 'monatsbrutto', 'al mes', 'por mes', 'mensual', 'mensuales', '/mes',
  ],
  week: ['per week', 'a week', '/week', '/wk', 'weekly', 'par semaine', 'pro woche', '/woche', 'por semana', 'a la semana', 'semanal'],
  day: [
    'per day', 'a day', '/day', 'daily', 'per diem', 'par jour', '/jour', 'journalier', 'pro tag', '/tag', 'täglich', 'por día', 'al día',
    '/día', 'diario', 'diarios',
  ],
  hour: [
    'per hour', 'an hour', 'a hour', '/hour', '/hr', '/h', 'hourly', 'per hr', "de l'heure", 'par heure', '/heure', 'horaire', 'brut horaire',
    'pro stunde', '/stunde', '/std', '/std.', 'stündlich', 'por hora', 'la hora', 'a la hora', '/hora',
  ],
};

/** Written before an amount, naming what it is (`Annual salary: $X`, `Stundenlohn 18 €`). */
export const periodsBefore: Readonly<Record<PayPeriod, readonly string[]>> = {
  year: [
    'annual', 'annually', 'yearly', 'per annum', 'salary per year', 'annual salary', 'annual base', 'annual pay', 'annual compensation',
    'salaire annuel', 'rémunération annuelle', 'brut annuel', 'jahresgehalt', 'jahresbruttogehalt', 'jahresbrutto', 'jährlich', 'salario anual',
    'sueldo anual', 'retribución anual', 'bruto anual',
  ],
  month: ['monthly', 'monthly salary', 'monthly stipend', 'salaire mensuel', 'monatsgehalt', 'monatlich', 'monatsbrutto', 'salario mensual', 'sueldo mensual'],
  week: ['weekly', 'weekly pay', 'wochenlohn'],
  day: ['daily rate', 'day rate', 'daily', 'taux journalier', 'tjm', 'tagessatz', 'tarifa diaria'],
  hour: ['hourly', 'hourly rate', 'hourly wage', 'hourly pay', 'rate per hour', 'taux horaire', 'stundenlohn', 'stundensatz', 'tarifa por hora', 'salario por hora'],
};

/**
 * Where no period is written: a figure of this much or more is a year's pay, one under
 * `hourlyBelow` an hour's (in any of the currencies posts use, yen and rupees aside, which are
 * left unread); between the two it is not guessed.
 */
export const yearlyFrom = 15000;
export const hourlyBelow = 200;
