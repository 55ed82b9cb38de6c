import { describe, expect, it } from 'vitest';
import { newReference, referenceAlphabet, referencePattern } from '../../functions/core/reference.ts';

describe('request references', () => {
  it('look like FHP-7K3M-9Q2D and never use 0, O, 1 or I', () => {
    for (let i = 0; i < 2000; i++) {
      const ref = newReference();
      expect(ref).toMatch(referencePattern);
      expect(ref.slice(4)).not.toMatch(/[01IO]/);
    }
  });

  it('use every symbol about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++) for (const c of newReference().replace(/^FHP-|-/g, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(referenceAlphabet.length);
    const expected = (4000 * 8) / referenceAlphabet.length;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.2);
  });
});
