import { referenceAlphabet } from './reference.ts';

/** A one-time code for checking a request's status: 8 symbols, easy to read, never stored as is. */
export function newStatusCode(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  return [...random(8)].map((b) => referenceAlphabet[b % referenceAlphabet.length]).join('');
}
