import { describe, expect, it } from 'vitest';
import {
  cleanIds, idFromServiceUrl, idsFromFragment, readShortlist, saveShortlist, shareFragment, shortlistKey, shortlistLimit, withService, withoutService,
} from '../../src/directory/shortlist.ts';
import { cardJson, parseCard, type ServiceCard } from '../../src/directory/service-card.ts';

const a = '4cfb19d8-477d-5ef3-a800-9ed53a06e0c4';
const b = 'f0633db0-e1c3-5e73-bc9a-dd06692e9e15';

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}

describe('the shortlist', () => {
  it('keeps only well-formed service ids, once each, up to a limit', () => {
    expect(cleanIds([a, a.toUpperCase(), 'x', 7, null, ` ${b} `])).toEqual([a, b]);
    expect(cleanIds('nope')).toEqual([]);
    const many = Array.from({ length: 80 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(cleanIds(many)).toHaveLength(shortlistLimit);
  });

  it('reads and saves through the storage it is given, and an empty list removes the key', () => {
    const store = memoryStore();
    expect(readShortlist(store)).toEqual([]);
    expect(saveShortlist(store, withService([a], b))).toBe(true);
    expect(JSON.parse(store.data.get(shortlistKey)!)).toEqual([a, b]);
    expect(readShortlist(store)).toEqual([a, b]);
    saveShortlist(store, withoutService(withoutService([a, b], a), b));
    expect(store.data.has(shortlistKey)).toBe(false);
  });

  it('survives broken or blocked storage', () => {
    expect(readShortlist(memoryStore({ [shortlistKey]: '{not json' }))).toEqual([]);
    const blocked = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); }, removeItem: () => undefined };
    expect(readShortlist(blocked)).toEqual([]);
    expect(saveShortlist(blocked, [a])).toBe(false);
  });

  it('shares only ids, in the fragment, and reads nothing else back', () => {
    expect(shareFragment([a, 'evil<script>', b])).toBe(`#ids=${a},${b}`);
    expect(idsFromFragment(`#ids=${a},${b}`)).toEqual([a, b]);
    expect(idsFromFragment(`#ids=${a}&name=Jo`)).toEqual([]);
    expect(idsFromFragment('#main-content')).toEqual([]);
  });

  it('finds the id in a service page address in any language', () => {
    expect(idFromServiceUrl(`/pl/services/${a}/`)).toBe(a);
    expect(idFromServiceUrl(`/services/${a}/#x`)).toBe(a);
    expect(idFromServiceUrl('/services/categories/youth/')).toBeUndefined();
  });
});

describe('a service card', () => {
  const card: ServiceCard = { id: a, name: 'Family hub </script><b>', nameInEnglish: false, facts: 'Free', runBy: 'Run by X', phones: [{ number: 'Young Minds Helpline: 0113 496 0201'.slice(-13), note: 'Young Minds Helpline' }, { number: '0113 496 0999' }], places: [], times: [] };

  it('cannot close its <script> early and reads back the same', () => {
    const json = cardJson(card);
    expect(json).not.toContain('</script>');
    expect(parseCard(json)).toEqual({ ...card, email: undefined, website: undefined, phones: [card.phones[0], { number: '0113 496 0999', note: undefined }] });
  });

  it('keeps each phone number with its note, so the shortlist shows which line is which', () => {
    expect(parseCard(cardJson(card))?.phones[0]).toEqual({ number: '0113 496 0201', note: 'Young Minds Helpline' });
    expect(parseCard(JSON.stringify({ id: a, name: 'x', phones: ['0113 496 0201', { note: 'no number' }, 7] }))?.phones).toEqual([{ number: '0113 496 0201' }]);
  });

  it('is refused when it is not a card', () => {
    expect(parseCard('[]')).toBeUndefined();
    expect(parseCard('{"id":1}')).toBeUndefined();
    expect(parseCard(null)).toBeUndefined();
  });
});
