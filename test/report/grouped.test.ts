/** Counts are written as toLocaleString('en-US') writes them, without its locale data. */
import fc from 'fast-check';
import { params, testTimeout } from '../fuzz/support/fuzz.js';
import { grouped } from '../../src/core/render/grouped.js';

describe('grouped', () => {
  it('writes every number as toLocaleString("en-US") does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double(), fc.constantFrom(0, -0, 999, 1000, -1000, 1e21, Number.NaN)), (n) => {
        expect(grouped(n)).toBe(n.toLocaleString('en-US'));
      }),
      params(2000),
    );
  }, testTimeout());
});
