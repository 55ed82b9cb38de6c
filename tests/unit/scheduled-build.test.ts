import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from '../support/build-content.ts';

/**
 * Real builds of the site at fixed clocks (FHP_BUILD_TIME), with our own updates and alerts,
 * so what is "live" does not depend on the day the tests run.
 */
function fixtures(content: string) {
  for (const folder of ['updates', 'alerts']) rmSync(join(content, folder), { recursive: true, force: true });
  const write = (path: string, text: string) => writeFileSync(join(content, path), text);
  // The builds run in 2030: the security contact must have been checked within the year before.
  const site = readFileSync(join(content, 'site.yaml'), 'utf8');
  writeFileSync(join(content, 'site.yaml'), site.replace(/^(\s*expires:) \d{4}-\d{2}-\d{2}$/m, '$1 2030-06-30'));
  mkdirSync(join(content, 'updates', 'pl'), { recursive: true });
  mkdirSync(join(content, 'alerts'), { recursive: true });
  write('updates/open-now.md', '---\ntitle: Open on Saturdays now\nsummary: The hubs are open on Saturday mornings from today.\npublished: 2030-01-01\naudience: [families]\nexpires: 2030-02-01\n---\n\nCome along.\n');
  write('updates/pl/open-now.md', '---\ntitle: Otwarte w soboty\nsummary: Centra są otwarte w soboty rano od dzisiaj.\n---\n\nZapraszamy.\n');
  write('updates/later.md', '---\ntitle: New guidance for schools\nsummary: The guidance for schools changes on 10 January.\npublished: 2030-01-10\naudience: [professionals]\n---\n\nRead it.\n');
  write('alerts/ended.yaml', 'message: "The phone lines were down this morning."\nseverity: warning\nstarts: "2030-01-05T09:00:00+00:00"\nends: "2030-01-05T15:00:00+00:00"\n');
  write('alerts/current.yaml', 'message: "Our office is closed for training all of January."\nseverity: information\nstarts: "2030-01-01T09:00:00+00:00"\nends: "2030-01-31T17:00:00+00:00"\ntranslations:\n  pl: "Biuro jest zamknięte przez cały styczeń z powodu szkoleń."\n');
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const feedTitles = (dist: string, path: string) => {
  const feed = parser.parse(readFileSync(join(dist, path), 'utf8')).feed;
  return [feed.entry ?? []].flat().map((e: { title: string }) => e.title);
};

let before: ReturnType<typeof buildContent>;
let after: ReturnType<typeof buildContent>;
beforeAll(() => {
  before = buildContent(fixtures, { buildTime: '2030-01-06T12:00:00Z' });
  after = buildContent(fixtures, { buildTime: '2030-01-10T08:00:00Z' });
}, 240_000);
afterAll(() => {
  before?.remove();
  after?.remove();
});

describe('publishing by date, checked in real builds at fixed times', () => {
  it('builds without errors', () => {
    expect(before.status, before.output).toBe(0);
    expect(after.status, after.output).toBe(0);
  });

  it('leaves out an update dated in the future, and publishes it in a build on or after its date', () => {
    expect(page(before.dist, 'updates')).toContain('Open on Saturdays now');
    expect(page(before.dist, 'updates')).not.toContain('New guidance for schools');
    expect(existsSync(join(before.dist, 'updates/later/index.html'))).toBe(false);
    expect(feedTitles(before.dist, 'updates/feed.xml')).toEqual(['Open on Saturdays now']);

    expect(page(after.dist, 'updates')).toContain('New guidance for schools');
    expect(existsSync(join(after.dist, 'updates/later/index.html'))).toBe(true);
    expect(page(after.dist, 'updates/professionals')).toContain('New guidance for schools');
    expect(page(after.dist, 'updates/families')).not.toContain('New guidance for schools');
    expect(feedTitles(after.dist, 'updates/feed.xml')).toEqual(['New guidance for schools', 'Open on Saturdays now']);
  });

  it('shows a translation where there is one, and English marked as English where there is none', () => {
    const polish = page(after.dist, 'pl/updates');
    expect(polish).toContain('Otwarte w soboty');
    expect(polish).toMatch(/<h2[^>]*lang="en"[^>]*>\s*<a[^>]*>New guidance for schools/);
    expect(polish).toContain('Ta informacja jest na razie tylko po angielsku.');
    expect(feedTitles(after.dist, 'pl/updates/feed.xml')).toEqual(['New guidance for schools', 'Otwarte w soboty']);
  });

  it('puts only alerts that have not ended into pages, with their times for the browser to check', () => {
    for (const path of ['', 'pl/worried', 'ar/updates']) {
      const html = page(before.dist, path);
      expect(html).not.toContain('The phone lines were down');
      expect(html).toContain('data-alert-starts="2030-01-01T09:00:00+00:00"');
      expect(html).toContain('data-alert-ends="2030-01-31T17:00:00+00:00"');
    }
    expect(page(before.dist, 'pl')).toContain('Biuro jest zamknięte');
    // Arabic has no translation: English, marked as English, with a note in Arabic.
    expect(page(before.dist, 'ar')).toMatch(/lang="en" dir="ltr">Our office is closed for training all of January\./);
  });
});
