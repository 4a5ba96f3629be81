import { describe, expect, it } from 'vitest';
import { formatters } from './format.js';

describe('formatters().number', () => {
  it('writes whole numbers below 1,000 as they are, the same as Intl would', () => {
    for (const locale of ['en', 'fr', 'de-CH']) {
      for (const value of [0, 7, 999]) expect(formatters(locale).number(value)).toBe(new Intl.NumberFormat(locale).format(value));
    }
  });

  it('groups larger numbers the locale’s way', () => {
    expect(formatters('en').number(1000)).toBe('1,000');
    expect(formatters('de').number(1000)).toBe('1.000');
    expect(formatters('fr').number(1000)).toBe(new Intl.NumberFormat('fr').format(1000));
  });

  it('keeps native digits for languages that use them', () => {
    expect(formatters('fa').number(7)).toBe(new Intl.NumberFormat('fa').format(7));
    expect(formatters('fa').number(7)).not.toBe('7');
    // By the language alone, whatever region follows it.
    expect(formatters('ar-EG').number(7)).toBe('٧');
  });

  it('leaves fractions and negative numbers to Intl', () => {
    expect(formatters('de').number(1.5)).toBe('1,5');
    expect(formatters('en').number(-3)).toBe(new Intl.NumberFormat('en').format(-3));
  });
});
