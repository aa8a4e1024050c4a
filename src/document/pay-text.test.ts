import { describe, expect, it } from 'vitest';
import { parseFigure, readGrades, readPay, type PayReading } from './pay-text.js';

/** The first pay a text states, as `form min max currency period` (`-` where unstated); `none` without one. */
function first(text: string, context = true, dollar?: string): string {
  const reading: PayReading | undefined = readPay(text, { context, ...(dollar ? { dollar } : {}) })[0];
  if (!reading) return 'none';
  const period = reading.period ? `${reading.period}${reading.periodInferred ? '?' : ''}` : '-';
  return [reading.open ? `${reading.form}:${reading.open}` : reading.form, reading.min ?? '-', reading.max ?? '-', reading.currency ?? '-', period].join(' ');
}

describe('readPay: pay strings as job posts write them', () => {
  // Each: the text (read as a pay field), then form, minimum, maximum, currency, period
  // (`?` where the period is read from the amount's size, not written).
  it.each([
    // The examples.
    ['$120,000–$150,000', 'range 120000 150000 USD year?'],
    ['$120k - 150k', 'range 120000 150000 USD year?'],
    ['£45,000 to £55,000 per annum', 'range 45000 55000 GBP year'],
    ['€60.000–€75.000', 'range 60000 75000 EUR year?'],
    ['CAD 95,000-110,000', 'range 95000 110000 CAD year?'],
    ['USD 100,000 - 120,000 per year', 'range 100000 120000 USD year'],
    ['$45/hr', 'amount 45 45 USD hour'],
    // Spaces around the slash (a privacy non-profit's intern post, held out).
    ['a contract paying $15 / hour USD, with renewal', 'amount 15 15 USD hour'],
    ['$50 - $65 per hour', 'range 50 65 USD hour'],
    ['$50/hr - $60/hr', 'range 50 60 USD hour'],
    ['£500-£600 per day', 'range 500 600 GBP day'],
    ['Day rate: £450–£550', 'range 450 550 GBP day'],
    ['$120K–$150K', 'range 120000 150000 USD year?'],
    ['$120-150k', 'range 120000 150000 USD year?'],
    ['120k-150k USD', 'range 120000 150000 USD year?'],
    ['US$90,000 to US$110,000 annually', 'range 90000 110000 USD year'],
    ['CA$85,000 – CA$95,000', 'range 85000 95000 CAD year?'],
    ['C$70,000–C$80,000 a year', 'range 70000 80000 CAD year'],
    ['AU$130,000 - AU$150,000 + super', 'range 130000 150000 AUD year?'],
    ['between $80,000 and $95,000', 'range 80000 95000 USD year?'],
    ['from $80,000 to $95,000 per year', 'range 80000 95000 USD year'],
    ['$85,000.00 - $95,000.00', 'range 85000 95000 USD year?'],
    ['$32.50 - $38.75 an hour', 'range 32.5 38.75 USD hour'],
    ['Hourly rate: $25 to $30', 'range 25 30 USD hour'],
    ['$4,000–$5,000 per month', 'range 4000 5000 USD month'],
    ['$1,200 a week', 'amount 1200 1200 USD week'],
    ['$95,000', 'amount 95000 95000 USD year?'],
    ['Annual salary: $72,500', 'amount 72500 72500 USD year'],
    ['49-53,000 Euros', 'range 49000 53000 EUR year?'],
    ['58,000 Euros + 0.195% stock options', 'amount 58000 58000 EUR year?'],
    ['1,200 Euros/month + accommodation', 'amount 1200 1200 EUR month'],
    ['60-70,000 Euros', 'range 60000 70000 EUR year?'],
    ['EUR 55,000 - 65,000 gross per year', 'range 55000 65000 EUR year'],
    ['€50k–€60k', 'range 50000 60000 EUR year?'],
    ['£38,000 - £42,000 pa', 'range 38000 42000 GBP year'],
    ['£30k-£35k p.a.', 'range 30000 35000 GBP year'],
    ['120,000 - 150,000', 'range 120000 150000 - year?'],
    ['CHF 110 000 – 130 000', 'range 110000 130000 CHF year?'],
    ['$150,000+', 'open:and-up 150000 - USD year?'],
    ['$150,000 and up', 'open:and-up 150000 - USD year?'],
    ['€60k+ DOE', 'open:and-up 60000 - EUR year?'],
    ['up to $120,000', 'open:up-to - 120000 USD year?'],
    ['Up to £50,000 per annum', 'open:up-to - 50000 GBP year'],
    ['from $90,000', 'open:from 90000 - USD year?'],
    ['starting at $25/hr', 'open:from 25 - USD hour'],
    ['Minimum salary of $60,000', 'open:from 60000 - USD year?'],
    ['DOE', 'open:unstated - - - -'],
    ['Competitive', 'open:unstated - - - -'],
    ['competitive market salary + 0.1% stock options', 'open:unstated - - - -'],
    ['Commensurate with experience', 'open:unstated - - - -'],
    ['Negotiable', 'open:unstated - - - -'],
    ['This is a paid internship.', 'open:unstated - - - -'],
    // `paid` naming a benefit under a pay title (`We offer unlimited paid vacations`, held out) is no pay.
    ['We offer unlimited paid vacations and paid parental leave.', 'none'],
    // Thousands run into a currency's code.
    ['Horquilla de salida entre 25KMXN y 30KMXN', 'range 25000 30000 MXN year?'],
    ['60kUSD - 80kUSD', 'range 60000 80000 USD year?'],
    // Roubles, run into the figure or not (a translated post's `salary: from 120,000rub.`), and other currencies' codes and signs.
    ['from 120,000rub.', 'open:from 120000 - RUB year?'],
    ['от 150 000 ₽', 'amount 150000 150000 RUB year?'],
    ['TRY 40,000 - 60,000', 'range 40000 60000 TRY year?'],
    // Indian posts: lakhs of rupees, `LPA` lakhs per annum.
    ['4.5-6 LPA CTC', 'range 450000 600000 INR year'],
    ['Salary: 6 lakhs per annum', 'amount 600000 600000 INR year'],
    // French.
    ['45 000 € - 55 000 € brut annuel', 'range 45000 55000 EUR year'],
    ['de 45 000 à 55 000 € par an', 'range 45000 55000 EUR year'],
    ['entre 40k€ et 50k€', 'range 40000 50000 EUR year?'],
    ['50 k€ - 60 k€', 'range 50000 60000 EUR year?'],
    ['TJM : 500 € à 600 €', 'range 500 600 EUR day'],
    ["jusqu'à 55 000 € brut/an", 'open:up-to - 55000 EUR year'],
    ['à partir de 42 000 €', 'open:from 42000 - EUR year?'],
    ['selon profil', 'open:unstated - - - -'],
    // A start-up's posts (held out).
    ['rémunération en fonction du profil', 'open:unstated - - - -'],
    ['2 500 € brut mensuel', 'amount 2500 2500 EUR month'],
    // German.
    ['60.000 € - 75.000 € brutto pro Jahr', 'range 60000 75000 EUR year'],
    ['zwischen 55.000 und 65.000 EUR', 'range 55000 65000 EUR year?'],
    ['50.000 bis 60.000 Euro jährlich', 'range 50000 60000 EUR year'],
    ['Jahresgehalt: 70.000 €', 'amount 70000 70000 EUR year'],
    ['ab 48.000 € brutto', 'open:from 48000 - EUR year?'],
    ['bis zu 80.000 €', 'open:up-to - 80000 EUR year?'],
    ['18,50 € pro Stunde', 'amount 18.5 18.5 EUR hour'],
    ['3.800 € monatlich', 'amount 3800 3800 EUR month'],
    ['65 TEUR', 'amount 65000 65000 EUR year?'],
    ['je nach Erfahrung', 'open:unstated - - - -'],
    // A Kita's post (held out): a collective agreement named without its group.
    ['tarifliche Vergütung inkl. Sozialleistungen (TVöD Land)', 'open:unstated - - - -'],
    // Spanish.
    ['30.000 € - 40.000 € brutos anuales', 'range 30000 40000 EUR year'],
    ['de 30.000 a 40.000 € al año', 'range 30000 40000 EUR year'],
    ['entre 35.000 y 45.000 euros', 'range 35000 45000 EUR year?'],
    ['40 mil euros', 'amount 40000 40000 EUR year?'],
    ['1.500 €/mes', 'amount 1500 1500 EUR month'],
    ['hasta 50.000 €', 'open:up-to - 50000 EUR year?'],
    ['desde 32.000 €', 'open:from 32000 - EUR year?'],
    ['salario competitivo', 'open:unstated - - - -'],
    ['a convenir', 'open:unstated - - - -'],
  ])('%s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it('reads a bare `$` as the dollar of the place the post names', () => {
    expect(first('$80,000 - $90,000', true, 'CAD')).toBe('range 80000 90000 CAD year?');
  });

  it('reads figures in English and continental writing', () => {
    expect([parseFigure('120,000'), parseFigure('120.000'), parseFigure('120 000'), parseFigure('45,50'), parseFigure('45.5'), parseFigure('1.234,56'), parseFigure('1,234.56')]).toEqual([
      120000, 120000, 120000, 45.5, 45.5, 1234.56, 1234.56,
    ]);
  });
});

describe('readPay: what is not the role\'s pay', () => {
  it.each([
    ['Occasional travel may be required up to 10% per year.'],
    ['You will manage a $5M budget across three programs.'],
    ['We raised $40 million in funding last year.'],
    ['Please note the maximum salary available for the GS pay system is $183,500.'],
    ['A $5,000 signing bonus.'],
    ['Relocation assistance up to $10,000.'],
    ['[$200/month budget towards coworking or café working](/handbook/people/spending-money)'],
    ['A $1,500 per year allowance for your home setup.'],
    ['1:30-2:30pm ET (10:30am -11:30am PT)'],
    ['Number of vacancies: 4'],
    ['a dataset of +60M code repositories'],
    ['Tel.: 0251-98101-12'],
    ['Opens 2023-10-26, closes 2023-10-31'],
    ['To qualify, you must have one (1) year of specialized experience at the next lower GS-grade.'],
    ['We offer competitive benefits and a great team.'],
  ])('%s', (text) => {
    expect(readPay(text)).toEqual([]);
  });

  it('a figure without a currency counts only under a pay label', () => {
    expect(readPay('We have 120,000 - 150,000 users')).toEqual([]);
    expect(first('120,000 - 150,000')).toBe('range 120000 150000 - year?');
  });

  it('an amount in a sentence about pay counts without a label; a bonus beside it does not', () => {
    expect(first('The salary for this role is $100,000 - $120,000, plus a $10,000 signing bonus.', false)).toBe('range 100000 120000 USD year?');
    expect(readPay('The salary for this role is $100,000 - $120,000, plus a $10,000 signing bonus.')).toHaveLength(1);
  });

  it('an amount set by experience is pay, whatever its clause calls it; a budget or funding otherwise is not', () => {
    expect(first('We have between 36,000 USD and 42,000 USD available to complete this assignment, depending on experience.', false)).toBe('range 36000 42000 USD year?');
    expect(first('Compensation: we have a budget between USD 40,000 and 50,000 per year depending on experience')).toBe('range 40000 50000 USD year');
    expect(readPay('Compensation: a $1,000 learning budget, and a salary that is competitive.')).toEqual([expect.objectContaining({ form: 'open', open: 'unstated' })]);
    expect(readPay('The project has 40,000 USD of funding. Salary depending on experience.').filter((r) => r.form !== 'open')).toEqual([]);
  });

  it('a range of money on a line of its own is pay without a pay word, as a listing puts it under its title; a single amount or a range in a sentence is not', () => {
    expect(first('US - Remote\n $110k - $150k \nHealthvana is hiring.', false)).toBe('range 110000 150000 USD year?');
    expect(first('$120,000.00 - $200,000.00 + bonus', false)).toBe('range 120000 200000 USD year?');
    expect(first('€55.000 – €65.000 brutto', false)).toBe('range 55000 65000 EUR year?');
    expect(readPay('$5M')).toEqual([]);
    expect(readPay('$20M - $30M raised')).toEqual([]);
    expect(readPay('Revenue grew to $110k - $150k')).toEqual([]);
  });
});

describe('readGrades', () => {
  it.each([
    ['GS-13', 'GS-13'],
    ['Login.gov: Engineer GS15', 'GS-15'],
    ['IT Specialist (INFOSEC), GS-2210-14', 'GS-14'],
    ['GS-12/13', 'GS-12/13'],
    ['IT-04', 'IT-04'],
    ['AS-2', 'AS-02'],
    ['Vergütung bis Entgeltgruppe E 13', 'E 13'],
    ['E13 TVöD', 'E 13'],
    ['TV-L E 14', 'E 14'],
    ['Vergütung in Anlehnung an TV-L 11, Stufe 1', 'E 11'],
    ['Bezahlung nach TVöD 9b', 'E 9b'],
    ['Pay: Band 6 (Agenda for Change)', 'Band 6'],
    ['Level: L5', 'L5'],
    ['Grade: SEO', 'SEO'],
    ['Grade 7 (Lead)', 'G7'],
    ['Pay grade: SCS PB2', 'SCS2'],
  ])('%s is %s', (text, grade) => {
    expect(readGrades(text).map((g) => g.grade)).toEqual([grade]);
  });

  it('a level code without a word about levels or pay is no grade', () => {
    expect(readGrades('Provide L2 support to customers')).toEqual([]);
    expect(readGrades('Senior Engineer (L5)', true).map((g) => g.grade)).toEqual(['L5']);
    expect(readGrades('the next lower GS-grade (or equivalent)')).toEqual([]);
    expect(readGrades('Der TV-L 2024 gilt seit Januar')).toEqual([]);
  });

  it('a UK Civil Service grade only after the word grade, on its line or the label\'s line above (`SEO` is also search-engine optimisation)', () => {
    expect(readGrades('Experience with SEO at a senior level; a G6 chip')).toEqual([]);
    expect(readGrades('SEO', false, 'Grade\n    \n      ').map((g) => g.grade)).toEqual(['SEO']);
  });
});
