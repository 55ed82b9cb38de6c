import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent } from '../support/build-content.ts';

const built: ReturnType<typeof buildContent>[] = [];
afterAll(() => built.forEach((b) => b.remove()));

/** Builds the site from a changed copy of content/ and returns what the build said. */
function buildWith(change: (contentDir: string) => void) {
  const result = buildContent(change);
  built.push(result);
  return result;
}

describe('the build stops on bad content, naming the file and the field', () => {
  it('stops on a bad site config', () => {
    const { status, output } = buildWith((content) => {
      const file = join(content, 'site.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('phone: "999"', 'phone: "nine nine nine"'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/site.yaml is not valid');
    expect(output).toContain('emergency.phone: Use digits and spaces only');
  });

  it('stops when a language lacks a piece of text', () => {
    const { status, output } = buildWith((content) => {
      const file = join(content, 'i18n', 'ro.json');
      const messages = JSON.parse(readFileSync(file, 'utf8'));
      delete messages.exit.button;
      writeFileSync(file, JSON.stringify(messages));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/i18n/ro.json does not match en.json');
    expect(output).toContain('missing: exit.button');
  });

  it('stops on a question whose answer leads nowhere, naming it', () => {
    const { status, output } = buildWith((content) => {
      const file = join(content, 'questionnaire', 'flow.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('{ id: managing, next: universal }', '{ id: managing, next: univresal }'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/questionnaire/flow.yaml has problems');
    expect(output).toContain('parent-coping: answer "managing" leads to "univresal", which does not exist');
  });

  it('stops when a language lacks the words for an answer, naming the node', () => {
    const { status, output } = buildWith((content) => {
      const file = join(content, 'questionnaire', 'ur.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n      struggling: .*\n/, '\n'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/questionnaire/ur.yaml does not match flow.yaml');
    expect(output).toContain('parent-coping: no words for answer "struggling"');
  });
});
