import type { Point } from './postcodes.ts';

/**
 * Distances for "Near me", as the crow flies. Pure: used in the browser and in tests.
 */

const earthRadiusMiles = 3958.8;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in miles (haversine). */
export function milesBetween(a: Point, b: Point): number {
  const dLat = radians(b[0] - a[0]);
  const dLon = radians(b[1] - a[1]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a[0])) * Math.cos(radians(b[0])) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusMiles * Math.asin(Math.min(1, Math.sqrt(h)));
}

const mileFormats = new Map<string, Intl.NumberFormat>();
const mileFormat = (locale: string, digits: number) => {
  const key = `${locale}:${digits}`;
  if (!mileFormats.has(key)) mileFormats.set(key, new Intl.NumberFormat(`${locale}-u-nu-latn`, { style: 'unit', unit: 'mile', unitDisplay: 'long', maximumFractionDigits: digits }));
  return mileFormats.get(key)!;
};

/**
 * A distance in words: "less than 1 mile" under a mile (never "0 miles"), "2.4 miles" under
 * ten, whole miles beyond. `lessThan` is the language's "less than {{distance}}".
 */
export function distanceText(locale: string, miles: number, lessThan: string): string {
  if (miles < 1) return lessThan.replace('{{distance}}', mileFormat(locale, 0).format(1));
  return mileFormat(locale, miles < 10 ? 1 : 0).format(miles);
}

/** A service's places as written in its page's Pagefind meta: "53.7962 -1.5471;53.8003 -1.5555". */
export function placesText(points: Point[]): string {
  return points.map(([lat, lon]) => `${lat} ${lon}`).join(';');
}

export function parsePlaces(text: string | undefined): Point[] {
  if (!text) return [];
  return text.split(';').map((pair) => pair.trim().split(/\s+/).map(Number) as Point)
    .filter((p) => p.length === 2 && p.every(Number.isFinite));
}

/**
 * Items nearest first (each by its nearest place), and apart those with no place at all
 * (online or phone only), in their original order: they have no distance to sort by.
 */
export function byDistance<T>(items: T[], placesOf: (item: T) => Point[], from: Point): { near: (T & { miles: number })[]; noPlace: T[] } {
  const near: (T & { miles: number })[] = [];
  const noPlace: T[] = [];
  for (const item of items) {
    const places = placesOf(item);
    if (places.length) near.push({ ...item, miles: Math.min(...places.map((p) => milesBetween(from, p))) });
    else noPlace.push(item);
  }
  near.sort((a, b) => a.miles - b.miles);
  return { near, noPlace };
}
