import type { Directory } from './read-directory.ts';
import type { Service } from './schema.ts';

/** Links from a service to things that must exist: its organisation, locations, categories. */
export function referenceProblems(service: Service, directory: Pick<Directory, 'organisations' | 'locations' | 'categories'>): string[] {
  const problems: string[] = [];
  if (!directory.organisations.has(service.organization_id)) problems.push(`organization_id: no organisation has the id "${service.organization_id}"`);
  service.service_at_locations.forEach((sal, i) => {
    if (!directory.locations.has(sal.location_id)) problems.push(`service_at_locations.${i}.location_id: no location has the id "${sal.location_id}"`);
  });
  const known = new Set(directory.categories.map((c) => c.id));
  service.categories.forEach((c, i) => {
    if (!known.has(c)) problems.push(`categories.${i}: "${c}" is not a category in content/directory/categories.yaml`);
  });
  return problems;
}
