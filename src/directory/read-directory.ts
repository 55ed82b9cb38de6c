import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseOrThrow } from '../site/validate.ts';
import { onlyOffered } from '../site/offered.ts';
import { categoriesSchema, localLocationSchema, organisationSchema, serviceSchema } from './schema.ts';
import type { Category, Location, Organisation, Service } from './schema.ts';
import { referenceProblems } from './references.ts';

export interface Directory {
  services: Service[];
  organisations: Map<string, Organisation>;
  locations: Map<string, Location>;
  categories: Category[];
}

function readYaml(contentDir: string, relative: string): unknown {
  try {
    return parse(readFileSync(`${contentDir}${relative}`, 'utf8'));
  } catch (error) {
    throw new Error(`content/${relative} could not be read as YAML: ${(error as Error).message}`);
  }
}

/** Every YAML file in a content folder, parsed and checked; the build stops naming file and field. */
function readFolder<T>(contentDir: string, folder: string, parseOne: (raw: unknown, label: string) => T): T[] {
  return readdirSync(`${contentDir}${folder}`)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parseOne(readYaml(contentDir, `${folder}/${f}`), `content/${folder}/${f}`));
}

/** What services refer to (<contentDir>directory/): categories, organisations and places, checked. */
export function readReferenceData(contentDir: string, codes: readonly string[]): { categories: Category[]; organisations: Organisation[]; locations: Location[] } {
  const parsed = parseOrThrow(categoriesSchema, readYaml(contentDir, 'directory/categories.yaml'), 'content/directory/categories.yaml');
  // Names in languages the site does not offer are left out (named once in the build log).
  const categories = parsed.categories.map((c) => ({ ...c, name: onlyOffered(c.name, codes) }));
  for (const c of categories) {
    for (const field of ['name', 'words'] as const) {
      const missing = codes.filter((code) => !c[field][code]);
      if (missing.length) throw new Error(`content/directory/categories.yaml is not valid:\n  - ${c.id}.${field}: none in ${missing.join(', ')}`);
    }
  }
  const organisations = readFolder(contentDir, 'directory/organisations', (raw, label) => parseOrThrow(organisationSchema, raw, label));
  const locations = readFolder(contentDir, 'directory/locations', (raw, label) => parseOrThrow(localLocationSchema, raw, label));
  return { categories, organisations, locations };
}

/** Reads the whole directory from a content folder (its own services, not feeds); throws on any broken file or reference. */
export function readDirectory(contentDir: string, codes: readonly string[]): Directory {
  const { categories, organisations, locations } = readReferenceData(contentDir, codes);
  const files = readdirSync(`${contentDir}services`).filter((f) => f.endsWith('.yaml')).sort();
  const services = files.map((f) => parseOrThrow(serviceSchema, readYaml(contentDir, `services/${f}`), `content/services/${f}`));
  const directory: Directory = {
    services,
    organisations: new Map(organisations.map((o) => [o.id, o])),
    locations: new Map(locations.map((l) => [l.id, l])),
    categories,
  };
  const problems = services.flatMap((s, i) => referenceProblems(s, directory).map((p) => `content/services/${files[i]}: ${p}`));
  if (problems.length) throw new Error(`The service directory has broken references:\n  - ${problems.join('\n  - ')}`);
  return directory;
}
