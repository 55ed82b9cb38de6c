/**
 * A service's key facts, in one language, as plain data: written into each service page
 * (a JSON <script> that never runs) and read by the shortlist page, which fetches the pages
 * of the services on the list from this site. Only text: the shortlist renders it itself.
 */
export interface ServiceCard {
  id: string;
  name: string;
  /** True when the name is in English on a page in another language. */
  nameInEnglish: boolean;
  facts: string;
  runBy: string;
  /** Each number with its note from the directory (like "Young Minds Helpline" or "text only"). */
  phones: CardPhone[];
  email?: string;
  website?: string;
  places: string[];
  times: string[];
}

export interface CardPhone {
  number: string;
  note?: string;
}

/** The element id of the card in a service page. */
export const serviceCardId = 'fhp-service-card';

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const optional = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
/** Phones as cards hold them; a plain string is a number without a note (pages built before notes). */
const phones = (v: unknown): CardPhone[] =>
  (Array.isArray(v) ? v : []).flatMap((p: unknown) => {
    if (typeof p === 'string') return [{ number: p }];
    const raw = (p ?? {}) as Record<string, unknown>;
    return typeof raw.number === 'string' ? [{ number: raw.number, note: optional(raw.note) }] : [];
  });

/** The card in a service page's JSON, checked field by field; undefined when it is not one. */
export function parseCard(json: string | null | undefined): ServiceCard | undefined {
  try {
    const raw = JSON.parse(json ?? '') as Record<string, unknown>;
    if (typeof raw.id !== 'string' || typeof raw.name !== 'string') return undefined;
    return {
      id: raw.id, name: raw.name, nameInEnglish: raw.nameInEnglish === true, facts: optional(raw.facts) ?? '', runBy: optional(raw.runBy) ?? '',
      phones: phones(raw.phones), email: optional(raw.email), website: /^https?:\/\//.test(String(raw.website)) ? String(raw.website) : undefined, places: strings(raw.places), times: strings(raw.times),
    };
  } catch {
    return undefined;
  }
}

/** Safe inside <script type="application/json">: no "</script>" can close it early. */
export function cardJson(card: ServiceCard): string {
  return JSON.stringify(card).replace(/</g, '\\u003c');
}
