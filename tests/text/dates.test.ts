import { describe, expect, it } from 'vitest';
import { dateTimeAttribute, dayNumber, formatDate, formatDateSpan, formatMonth, formatShortDate, formatShortMonth, isoDateOfDay, spanBounds } from '../../src/text/dates';

describe('formatDateSpan', () => {
  it('formats day and month precision', () => {
    expect(formatDate('2024-03-07')).toBe('7 March 2024');
    expect(formatMonth('2014-02-01')).toBe('February 2014');
  });

  it('gives a single day, month or year at its precision', () => {
    expect(formatDateSpan({ date: '2024-03-22', precision: 'day' })).toBe('22 March 2024');
    expect(formatDateSpan({ date: '2014-04-01', precision: 'month' })).toBe('April 2014');
    expect(formatDateSpan({ date: '2014-04-01', precision: 'year' })).toBe('2014');
  });

  it('writes the parts a range of days shares once', () => {
    expect(formatDateSpan({ date: '1999-09-04', endDate: '1999-09-16', precision: 'day' })).toBe('4–16 September 1999');
    expect(formatDateSpan({ date: '2024-03-30', endDate: '2024-04-02', precision: 'day' })).toBe('30 March – 2 April 2024');
    expect(formatDateSpan({ date: '2023-12-30', endDate: '2024-01-02', precision: 'day' })).toBe('30 December 2023 – 2 January 2024');
    expect(formatDateSpan({ date: '2024-03-22', endDate: '2024-03-22', precision: 'day' })).toBe('22 March 2024');
  });

  it('writes ranges of months and years', () => {
    expect(formatDateSpan({ date: '2014-02-01', endDate: '2014-03-18', precision: 'month' })).toBe('February–March 2014');
    expect(formatDateSpan({ date: '2013-12-01', endDate: '2014-01-31', precision: 'month' })).toBe('December 2013 – January 2014');
    expect(formatDateSpan({ date: '2014-03-01', endDate: '2014-03-18', precision: 'month' })).toBe('March 2014');
    expect(formatDateSpan({ date: '1999-09-04', endDate: '2024-01-03', precision: 'year' })).toBe('1999–2024');
  });
});

describe('date helpers', () => {
  it('gives the machine-readable start at the precision known', () => {
    expect(dateTimeAttribute({ date: '1999-09-04', precision: 'day' })).toBe('1999-09-04');
    expect(dateTimeAttribute({ date: '2014-02-01', precision: 'month' })).toBe('2014-02');
    expect(dateTimeAttribute({ date: '2014-02-01', precision: 'year' })).toBe('2014');
  });

  it('widens a span to every day it may cover', () => {
    expect(spanBounds({ date: '2024-03-15', endDate: '2024-03-17', precision: 'day' })).toEqual({ first: '2024-03-15', last: '2024-03-17' });
    expect(spanBounds({ date: '2024-02-10', precision: 'month' })).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(spanBounds({ date: '2025-06-01', endDate: '2025-11-01', precision: 'month' })).toEqual({ first: '2025-06-01', last: '2025-11-30' });
    expect(spanBounds({ date: '2014-04-01', precision: 'year' })).toEqual({ first: '2014-01-01', last: '2014-12-31' });
  });

  it('counts days across months and years, both ways', () => {
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('2025-01-01') - dayNumber('2024-01-01')).toBe(366);
    expect(isoDateOfDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
  });

  it('abbreviates for chart labels', () => {
    expect(formatShortDate('2024-03-07')).toBe('7 Mar');
    expect(formatShortDate('2024-03-07', { year: true })).toBe('7 Mar 2024');
    expect(formatShortMonth('2025-06-01')).toBe('Jun');
    expect(formatShortMonth('2025-06-01', { year: true })).toBe('Jun 2025');
  });
});
