import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadSiteConfig } from '../support/content.ts';

const demo = parse(readFileSync('content/site.yaml', 'utf8'));

/** Writes a changed copy of the demo config and loads it. */
function loadWith(change: (config: any) => void) {
  const config = structuredClone(demo);
  change(config);
  const dir = mkdtempSync(join(tmpdir(), 'fhp-config-'));
  const file = join(dir, 'content', 'site.yaml');
  mkdirSync(join(dir, 'content'));
  writeFileSync(file, stringify(config));
  return () => loadSiteConfig(file);
}

describe('site config (content/site.yaml)', () => {
  it('loads the demo council and says it is a demo', () => {
    const config = loadSiteConfig();
    expect(config.demo).toBe(true);
    expect(config.locales.map((l) => l.code)).toEqual(['en', 'pl', 'ro', 'uk', 'ar', 'ur']);
    expect(config.locales.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar', 'ur']);
  });

  const broken: [string, (c: any) => void, RegExp][] = [
    ['a brand colour white text cannot be read on', (c) => (c.brand.colour = '#ffdd00'), /brand\.colour: White text on this colour is too hard to read/],
    ['a phone number with letters', (c) => (c.contact.phone = '0113 FAMILY'), /contact\.phone: Use digits and spaces only/],
    ['a missing out-of-hours number', (c) => delete c.contact.outOfHours.phone, /contact\.outOfHours\.phone/],
    ['a bank holiday that is not a date', (c) => (c.contact.bankHolidays[2] = '31/12/2026'), /contact\.bankHolidays\.2: Use a date like 2026-12-25/],
    ['office hours that close before they open', (c) => (c.contact.officeHours.friday = { opens: '17:00', closes: '09:00' }), /contact\.officeHours\.friday: The closing time must be after the opening time/],
    ['a domestic abuse helpline number with letters', (c) => (c.domesticAbuse[0].phone = '0808 HELP'), /domesticAbuse\.0\.phone: Use digits and spaces only/],
    ['no domestic abuse helpline at all', (c) => (c.domesticAbuse = []), /domesticAbuse: List at least one domestic abuse helpline/],
    ['an Exit this page address that is not https', (c) => (c.exitThisPage.url = 'http://example.com'), /exitThisPage\.url/],
    ['a misspelt field', (c) => (c.contact.emial = 'x@y.z'), /contact: .*emial/],
    ['an editor repository that is not owner/name', (c) => (c.editor.repository = 'https://github.com/eastvale/site'), /editor\.repository: Use the GitHub repository as owner\/name/],
    ['a category list name with spaces', (c) => (c.directory.taxonomy = 'Eastvale categories'), /directory\.taxonomy: Use lower-case letters, numbers and dashes/],
    ['Polish listed before English', (c) => c.locales.unshift(c.locales.splice(1, 1)[0]), /locales: English \("en"\) must come first/],
  ];
  for (const [name, change, message] of broken) {
    it(`stops on ${name}, naming the file and field`, () => {
      const load = loadWith(change);
      expect(load).toThrow(/content\/site\.yaml is not valid/);
      expect(load).toThrow(message);
    });
  }
});
