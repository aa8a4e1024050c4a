/**
 * A job post's facts as a reviewer reads them at a glance: the pay it states (a range, one figure,
 * open-ended, only a grade, or none), whether it describes benefits, where the work is, and when
 * applications close. Pure: the facts in, short phrases out.
 */
import type { JobFactsReport, PayReport } from '../core/types.js';

const periods: Readonly<Record<NonNullable<PayReport['period']>, string>> = { year: 'a year', month: 'a month', week: 'a week', day: 'a day', hour: 'an hour' };

const amount = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const unit = (p: PayReport) => [p.currency, p.period ? periods[p.period] : undefined].filter(Boolean).join(' ');
const withUnit = (figure: string, p: PayReport) => (unit(p) ? `${figure} ${unit(p)}` : figure);

/** `120,000–150,000 USD a year`, `up to 150,000 USD a year (open-ended)`, `grade GS-13, no range`, `none`. */
export function payPhrase(facts: JobFactsReport): string {
  const p = facts.bestPay;
  if (facts.pay === 'grade') {
    const grade = facts.grades[0];
    return grade ? `grade ${grade.grade}${grade.upTo ? ' at most' : ''}, no range` : 'a grade, no range';
  }
  if (facts.pay === 'unpaid') return 'unpaid';
  if (facts.pay === 'elsewhere') return 'in the advert';
  if (!p) return 'none';
  if (p.form === 'range') return withUnit(`${amount(p.min!)}–${amount(p.max!)}`, p);
  if (p.form === 'amount') return withUnit(amount(p.min!), p);
  if (p.open === 'unstated') return `not stated (\`${p.text}\`)`;
  if (p.open === 'up-to') return `${withUnit(`up to ${amount(p.max!)}`, p)} (open-ended)`;
  return `${withUnit(`from ${amount(p.min!)}`, p)} (open-ended)`;
}

const benefits: Readonly<Record<JobFactsReport['benefits'], string>> = { described: 'described', linked: 'a link to them', vague: 'only praise', none: 'none' };

export function benefitsPhrase(facts: JobFactsReport): string {
  return benefits[facts.benefits];
}

/** `Denver, CO (hybrid)`; the arrangement added where the location does not say it. */
export function locationPhrase(facts: JobFactsReport): string {
  const where = facts.location ?? '';
  const how = facts.arrangement && !where.toLowerCase().includes(facts.arrangement.replace('-', '')) && !where.toLowerCase().includes(facts.arrangement) ? facts.arrangement : '';
  if (where && how) return `${where} (${how})`;
  return where || how || 'not stated';
}

/** `2027-01-31`, `2023-09-20 (passed)`, `until filled`, `not stated`. */
export function closesPhrase(facts: JobFactsReport): string {
  const closes = facts.closes;
  if (!closes) return 'not stated';
  const when = closes.date ?? closes.text;
  return closes.passed ? `${when} (passed)` : when;
}
