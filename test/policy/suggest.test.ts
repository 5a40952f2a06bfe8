import { closest, distance } from '../../src/core/schema/suggest.js';

describe('closest', () => {
  it('suggests the nearest key for a typo', () => {
    expect(closest('max_critcal', ['max_critical', 'max_high', 'scope'])).toBe('max_critical');
    expect(closest('fail_at', ['fail-at', 'levels'])).toBe('fail-at');
  });
  it('says nothing when nothing is near', () => {
    expect(closest('zzzzzz', ['scope', 'max'])).toBeUndefined();
  });
  it('computes edit distance', () => {
    expect(distance('kitten', 'sitting')).toBe(3);
  });
});
