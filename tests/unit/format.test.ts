import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmt } from '../../src/engine/format';

// The reference is en-US Intl.NumberFormat with no fraction digits, which fmt replaces.
const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

describe('fmt', () => {
  it('groups thousands like en-US Intl', () => {
    expect(fmt(0)).toBe('0');
    expect(fmt(999)).toBe('999');
    expect(fmt(1000)).toBe('1,000');
    expect(fmt(34944)).toBe('34,944'); // AlexNet conv1 params: 11·11·3·96 + 96
    expect(fmt(15470264320)).toBe('15,470,264,320'); // VGG-16 MACs (torchvision reference)
    expect(fmt(-1234567)).toBe('-1,234,567');
  });

  it('rounds halves away from zero', () => {
    expect(fmt(2.5)).toBe('3');
    expect(fmt(-2.5)).toBe('-3');
    expect(fmt(1234.4)).toBe('1,234');
  });

  it('agrees with Intl on integers and fractions up to 2^53', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.maxSafeInteger(), fc.double({ min: -1e15, max: 1e15, noNaN: true })),
        (n) => {
          const want = intl.format(n);
          expect(fmt(n)).toBe(want === '-0' ? '0' : want);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
