/**
 * References people read aloud on the phone: FHP-7K3M-9Q2D. No 0/O or 1/I, which sound
 * or look alike: 32 symbols, 8 characters, 40 bits.
 */
export const referenceAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export function newReference(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const chars: string[] = [];
  // Rejection sampling keeps every symbol equally likely.
  while (chars.length < 8) {
    for (const byte of random(16)) {
      if (byte < 256 - (256 % referenceAlphabet.length) && chars.length < 8) chars.push(referenceAlphabet[byte % referenceAlphabet.length]!);
    }
  }
  return `FHP-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

// The pattern lives with the status check's schema, which the page and the Worker share.
export { referencePattern } from '../../src/check-status/schema.ts';
