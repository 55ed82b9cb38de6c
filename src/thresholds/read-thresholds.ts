import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseOrThrow } from '../site/validate.ts';
import { structureProblems, textProblems } from './check.ts';
import { documentSchema, structureSchema, textSchema, type Structure, type ThresholdDocument, type ThresholdText } from './schema.ts';

export interface Thresholds {
  structure: Structure;
  document: ThresholdDocument;
  text: Record<string, ThresholdText>;
}

/** Reads and checks a thresholds folder in each of these languages; throws naming the file and field. */
export function readThresholds(dir: string, locales: readonly string[]): Thresholds {
  const name = (file: string) => `content/thresholds/${file}`;
  const read = (file: string) => {
    try {
      return parse(readFileSync(`${dir}${file}`, 'utf8'));
    } catch (error) {
      throw new Error(`${name(file)} could not be read: ${(error as Error).message}`);
    }
  };
  const structure = parseOrThrow(structureSchema, read('thresholds.yaml'), name('thresholds.yaml'));
  const problems = structureProblems(structure);
  if (problems.length) throw new Error(`${name('thresholds.yaml')} has problems:\n  - ${problems.join('\n  - ')}`);
  const document = parseOrThrow(documentSchema, read('document.yaml'), name('document.yaml'));
  if (document.changes[0]!.version !== document.version) {
    throw new Error(`${name('document.yaml')} is not valid:\n  - changes.0.version: the newest change must be version ${document.version}`);
  }
  const text: Record<string, ThresholdText> = {};
  for (const code of locales) {
    text[code] = parseOrThrow(textSchema, read(`${code}.yaml`), name(`${code}.yaml`));
    const gaps = textProblems(structure, document, text[code]);
    if (gaps.length) throw new Error(`${name(`${code}.yaml`)} does not match thresholds.yaml:\n  - ${gaps.join('\n  - ')}`);
  }
  return { structure, document, text };
}
