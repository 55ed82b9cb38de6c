import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { alertSchema } from '../support/content.ts';
import { serviceSchema } from '../../src/directory/schema.ts';
import { parseOrThrow } from '../../src/site/validate.ts';
import { updateSchema } from '../../src/updates/schema.ts';
import { launchBrowser, watchedPage } from '../support/browser.ts';

/**
 * The editor as the comms team uses it on this machine: "Work with Local Repository". A
 * person would pick the project folder in Chromium's folder picker; a test cannot click
 * through that dialog, so the browser's private file system (OPFS), filled with a copy of
 * content/, stands in for the folder. Everything else is the real editor and our config.
 */
const base = inject('siteUrl');
/** The editor writes a save to its folder in its own time: on a busy machine, seconds. */
const saving = { timeout: 20_000, interval: 250 };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

function contentFiles(): Record<string, string> {
  const files: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n' };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[path] = readFileSync(path, 'utf8');
    }
  };
  walk('content');
  return files;
}

async function openEditor() {
  const watched = await watchedPage(browser, base);
  const { page } = watched;
  await page.goto(`${base}/admin/`);
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => root;
  }, contentFiles());
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await page.getByText('Updates').first().waitFor();
  return watched;
}

/** The files in one folder of the editor's working copy. */
const folder = (page: Page, path: string) =>
  page.evaluate(async (path) => {
    let dir = await navigator.storage.getDirectory();
    for (const part of path.split('/')) dir = await dir.getDirectoryHandle(part);
    const out: Record<string, string> = {};
    for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
      if (handle.kind === 'file') out[name] = await (await (handle as FileSystemFileHandle).getFile()).text();
    }
    return out;
  }, path);

const frontMatter = (text: string) => parse(text.split(/^---$/m)[1]!);

/** Every value in a file with its place (like schedules.0.opens_at); a list of words is one value. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

/** What the editor shows for a value it offers as a choice with a name (an organisation, a place, a category). */
const names = new Map<string, string>(
  [
    ...readdirSync('content/directory/organisations').map((f) => parse(readFileSync(`content/directory/organisations/${f}`, 'utf8'))).map((o) => [o.id, o.name]),
    ...readdirSync('content/directory/locations').map((f) => parse(readFileSync(`content/directory/locations/${f}`, 'utf8'))).map((l) => [l.id, `${l.name}, ${l.address_1}`]),
    ...parse(readFileSync('content/directory/categories.yaml', 'utf8')).categories.map((c: { id: string; name: { en: string } }) => [c.id, c.name.en]),
  ] as [string, string][],
);
const label = (value: string) => names.get(value) ?? value;

/** The editor draws fields as they scroll into view: scroll until every one is drawn. */
async function showAllFields(page: Page) {
  const placeholders = page.locator('[data-mode="edit"] div.placeholder');
  for (let i = 0; i < 100 && (await placeholders.count()); i++) {
    // The editor swaps a placeholder for its field as it comes into view: one may go while we reach for it.
    await placeholders.first().scrollIntoViewIfNeeded({ timeout: 5_000 }).catch(() => {});
    await page.waitForTimeout(50);
  }
}

describe('the editor, working on a local copy', () => {
  it('lists each update once (translations are not extra entries) and will not save an update without a title', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openEditor();
    const englishUpdates = readdirSync('content/updates').filter((n) => n.endsWith('.md')).length;
    await page.getByText(`which has ${englishUpdates} entries`).waitFor();
    await page.getByText('A shorter phone menu from 1 December').click();
    const before = (await folder(page, 'content/updates'))['new-phone-menu.md'];
    await page.getByRole('textbox', { name: /^Title/ }).fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('This field is required.').waitFor();
    expect((await folder(page, 'content/updates'))['new-phone-menu.md']).toBe(before);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('opens a service with every field of its file filled in, and will not save a phone number the build would refuse', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openEditor();
    const file = 'central-family-hub.yaml';
    const service = parse(readFileSync(`content/services/${file}`, 'utf8'));
    await page.goto(`${base}/admin/#/collections/services`);
    await page.getByText(`which has ${readdirSync('content/services').filter((n) => n.endsWith('.yaml')).length} entries`).waitFor();
    // The list draws entries as they scroll into view; open this one by its address.
    await page.goto(`${base}/admin/#/collections/services/entries/${file.replace('.yaml', '')}`);
    await page.getByRole('textbox', { name: /^Name of the service/ }).waitFor();
    await showAllFields(page);
    const missing: string[] = [];
    for (const [path, value] of leaves(service)) {
      const section = page.locator(`[data-mode="edit"] section[data-key-path="${path}"]`);
      if ((await section.count()) !== 1) {
        missing.push(`${path}: no field`);
        continue;
      }
      const shown = await section.evaluate((el) => {
        const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>('input:not([type="radio"]):not([type="checkbox"]), textarea');
        const boxes = [...el.querySelectorAll<HTMLElement>('input[type="radio"], input[type="checkbox"], [role="radio"], [role="checkbox"]')];
        const isTicked = (b: HTMLElement) => (b as HTMLInputElement).checked || b.getAttribute('aria-checked') === 'true';
        const ticked = boxes.filter(isTicked).map((b) => b.getAttribute('value') ?? '');
        const choices = boxes.length;
        return { input: input?.value, choices, ticked, text: (el as HTMLElement).innerText };
      });
      const want = (Array.isArray(value) ? value : [value]).map(String);
      // A text box holds the value; radio buttons and tick boxes are ticked; a drop-down shows its name.
      const ok =
        shown.input !== undefined ? want.length === 1 && shown.input === want[0]
        : shown.choices ? JSON.stringify(shown.ticked.sort()) === JSON.stringify(want.sort())
        : want.every((w) => shown.text.includes(label(w)));
      if (!ok) missing.push(`${path}: the file has ${JSON.stringify(value)}, the editor shows ${JSON.stringify(shown)}`);
    }
    expect(missing).toEqual([]);

    const before = (await folder(page, 'content/services'))[file];
    await page.locator('[data-mode="edit"] section[data-key-path="phones.0.number"] input').fill('ring the hub');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Check the format: Digits and spaces only').first().waitFor();
    expect((await folder(page, 'content/services'))[file]).toBe(before);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('saves an edited service with everything else in it unchanged, in the form the build accepts', async () => {
    const { page, context, consoleErrors } = await openEditor();
    const file = 'short-breaks.yaml';
    const original = parseOrThrow(serviceSchema, parse(readFileSync(`content/services/${file}`, 'utf8')), file);
    await page.goto(`${base}/admin/#/collections/services/entries/${file.replace('.yaml', '')}`);
    const before = (await folder(page, 'content/services'))[file];
    await page.getByRole('textbox', { name: /^Name of the service/ }).fill('Short breaks for disabled children and young people');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await folder(page, 'content/services'))[file], saving).not.toBe(before);
    const saved = parseOrThrow(serviceSchema, parse((await folder(page, 'content/services'))[file]!), `content/services/${file}`);
    expect(saved).toEqual({ ...original, name: 'Short breaks for disabled children and young people' });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('saves a new alert in exactly the form the build accepts', async () => {
    const { page, context } = await openEditor();
    await page.goto(`${base}/admin/#/collections/alerts/new`);
    await page.getByRole('textbox', { name: /Message/ }).fill('Our phone lines are down until 3pm. Call 0113 496 0456 instead.');
    await page.getByRole('radio', { name: 'warning' }).click();
    const times = page.locator('input[type="datetime-local"]');
    await times.nth(0).fill('2026-11-22T09:00');
    await times.nth(1).fill('2026-11-22T15:00');
    const before = Object.keys(await folder(page, 'content/alerts'));
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => Object.keys(await folder(page, 'content/alerts')).length, saving).toBe(before.length + 1);
    const files = await folder(page, 'content/alerts');
    const name = Object.keys(files).find((n) => !before.includes(n))!;
    const alert = parseOrThrow(alertSchema, parse(files[name]!), `content/alerts/${name}`);
    expect(alert).toEqual({
      message: 'Our phone lines are down until 3pm. Call 0113 496 0456 instead.',
      severity: 'warning',
      starts: '2026-11-22T09:00:00+00:00',
      ends: '2026-11-22T15:00:00+00:00',
    });
    await context.close();
  });

  it('saves a new update in exactly the form the build accepts', async () => {
    const { page, context } = await openEditor();
    await page.goto(`${base}/admin/#/collections/updates/new`);
    await page.getByRole('textbox', { name: /^Title/ }).fill('Summer play schemes are open for booking');
    await page.getByRole('textbox', { name: /^Summary/ }).fill('Book a free place for children aged 5 to 11 from 1 June.');
    await page.locator('input[type="date"]').first().fill('2027-05-01');
    await page.getByRole('checkbox', { name: 'families' }).click();
    await page.locator('[contenteditable="true"]').first().fill('Book at any family hub.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => Object.keys(await folder(page, 'content/updates')), saving).toContain('summer-play-schemes-are-open-for-booking.md');
    const file = (await folder(page, 'content/updates'))['summer-play-schemes-are-open-for-booking.md']!;
    expect(parseOrThrow(updateSchema, frontMatter(file), 'content/updates/summer-play-schemes-are-open-for-booking.md')).toEqual({
      title: 'Summer play schemes are open for booking',
      summary: 'Book a free place for children aged 5 to 11 from 1 June.',
      published: '2027-05-01',
      audience: ['families'],
    });
    expect(file).toContain('Book at any family hub.');
    await context.close();
  });
});
