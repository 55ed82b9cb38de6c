import { describe, expect, it } from 'vitest';
import { findPostcode, parsePostcode, type PostcodeTable } from '../../src/directory/postcodes.ts';
import { byDistance, milesBetween, parsePlaces, placesText } from '../../src/directory/distance.ts';
import { loadPostcodeTable, loadDirectory } from '../support/content.ts';
import { areasOf } from '../../src/directory/areas.ts';
import { filterValues } from '../../src/directory/filters.ts';

const table: PostcodeTable = { sectors: { 'NB1 1': [53.795, -1.549], 'NB1 3': [53.7975, -1.543], 'NB9 8': [53.7513, -1.4878] } };

describe('reading a typed postcode', () => {
  it('understands whole postcodes in any case and spacing, sectors and districts', () => {
    expect(parsePostcode('nb1 3un')).toEqual({ district: 'NB1', sector: 'NB1 3' });
    expect(parsePostcode('  NB13UN ')).toEqual({ district: 'NB1', sector: 'NB1 3' });
    expect(parsePostcode('NB1  3')).toEqual({ district: 'NB1', sector: 'NB1 3' });
    expect(parsePostcode('nb1')).toEqual({ district: 'NB1' });
    expect(parsePostcode('SW1A 1AA')).toEqual({ district: 'SW1A', sector: 'SW1A 1' });
  });

  it('refuses what is not a postcode', () => {
    for (const typed of ['', 'hello', '12345', 'NB1 3U', 'NB 3UN', 'NB1 3UN X', '<script>']) expect(parsePostcode(typed), typed).toBeUndefined();
  });

  it('finds a sector, falls back to the middle of a known district, and says why a postcode cannot be used', () => {
    expect(findPostcode(table, 'NB1 3UN')).toEqual({ ok: true, point: [53.7975, -1.543] });
    const district = findPostcode(table, 'NB1 9ZZ');
    expect(district.ok && district.point[0]).toBeCloseTo((53.795 + 53.7975) / 2, 6);
    expect(findPostcode(table, 'LS1 4AP')).toEqual({ ok: false, problem: 'unknown' });
    expect(findPostcode(table, 'not a postcode')).toEqual({ ok: false, problem: 'malformed' });
  });
});

describe('distances', () => {
  it('measures miles as the crow flies (London to Leeds is about 170 miles)', () => {
    expect(milesBetween([51.5074, -0.1278], [53.8008, -1.5491])).toBeGreaterThan(165);
    expect(milesBetween([51.5074, -0.1278], [53.8008, -1.5491])).toBeLessThan(175);
    expect(milesBetween([53.8, -1.5], [53.8, -1.5])).toBe(0);
  });

  it('writes and reads places for the Pagefind meta, ignoring junk', () => {
    expect(parsePlaces(placesText([[53.7962, -1.5471], [53.8, -1.55]]))).toEqual([[53.7962, -1.5471], [53.8, -1.55]]);
    expect(parsePlaces(undefined)).toEqual([]);
    expect(parsePlaces('53.8 x;1 2 3')).toEqual([]);
  });

  it('sorts by each item’s nearest place and keeps items with no place apart, in order', () => {
    const items = [
      { name: 'far', places: [[53.7513, -1.4878]] as [number, number][] },
      { name: 'online', places: [] },
      { name: 'two places, one near', places: [[53.7513, -1.4878], [53.7962, -1.5471]] as [number, number][] },
      { name: 'phone', places: [] },
    ];
    const { near, noPlace } = byDistance(items, (i) => i.places, [53.795, -1.549]);
    expect(near.map((i) => i.name)).toEqual(['two places, one near', 'far']);
    expect(near[0]!.miles).toBeLessThan(0.2);
    expect(noPlace.map((i) => i.name)).toEqual(['online', 'phone']);
  });
});

describe('the Northbridge postcode table and areas', () => {
  const postcodes = loadPostcodeTable()!;
  const directory = loadDirectory();

  it('has every place’s sector, close to where the place is', () => {
    for (const place of directory.locations.values()) {
      const found = findPostcode(postcodes, place.postal_code);
      expect(found.ok, place.postal_code).toBe(true);
      if (found.ok) expect(milesBetween(found.point, [place.latitude!, place.longitude!]), place.name).toBeLessThan(1.5);
    }
  });

  it('gives a service the towns of its places as the "area" filter, and none to a service with no place', () => {
    const withPlaces = directory.services.find((s) => s.service_at_locations.length > 1)!;
    const towns = areasOf(withPlaces, directory.locations);
    expect(towns.length).toBeGreaterThan(0);
    expect(filterValues(withPlaces, towns).area).toEqual(towns);
    const noPlace = directory.services.find((s) => s.service_at_locations.length === 0)!;
    expect(areasOf(noPlace, directory.locations)).toEqual([]);
    expect(filterValues(noPlace, [])).not.toHaveProperty('area');
  });
});
