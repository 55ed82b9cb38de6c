import { describe, expect, it } from 'vitest';
import { contactNow } from '../../src/site/contact-now.ts';
import { site } from '../support/content.ts';

const office = { open: true, phone: site.contact.phone };
const outOfHours = { open: false, phone: site.contact.outOfHours.phone };

describe('the right number for the moment', () => {
  const cases: [string, string, typeof office][] = [
    ['a weekday at 10:00', '2026-11-24T10:00:00Z', office],
    ['a weekday at 18:30', '2026-11-24T18:30:00Z', outOfHours],
    ['a Friday at 16:45, after Friday closing', '2026-11-27T16:45:00Z', outOfHours],
    ['a Saturday at 11:00', '2026-11-28T11:00:00Z', outOfHours],
    ['a bank holiday (Christmas Day, a Friday) at 10:00', '2026-12-25T10:00:00Z', outOfHours],
    ['a summer weekday at 08:45 London time (07:45 UTC)', '2026-06-15T07:45:00Z', office],
    ['a summer weekday at 08:15 London time (07:15 UTC)', '2026-06-15T07:15:00Z', outOfHours],
  ];
  for (const [name, at, expected] of cases) {
    it(name, () => expect(contactNow(site.contact, new Date(at))).toEqual(expected));
  }
});
