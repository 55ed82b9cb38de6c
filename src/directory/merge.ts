import type { Directory } from './read-directory.ts';
import type { Imported } from './oruk-import.ts';

/**
 * The local YAML plus services imported from an ORUK feed. The local file wins when both
 * have the same id: an editor's correction must not be overwritten by the next import.
 */
export function mergeImported(local: Directory, imported: Imported[]): { directory: Directory; skipped: string[] } {
  const ids = new Set(local.services.map((s) => s.id));
  const organisations = new Map(local.organisations);
  const locations = new Map(local.locations);
  const services = [...local.services];
  const skipped: string[] = [];
  for (const { service, organisation, locations: places } of imported) {
    if (ids.has(service.id)) {
      skipped.push(`ORUK record ${service.id}: a file in content/services/ has the same id; the local file is used`);
      continue;
    }
    if (organisation && !organisations.has(organisation.id)) organisations.set(organisation.id, organisation);
    if (!organisations.has(service.organization_id)) {
      skipped.push(`ORUK record ${service.id}: organization_id: no organisation "${service.organization_id}" in the feed or content/; skipped`);
      continue;
    }
    for (const place of places) if (!locations.has(place.id)) locations.set(place.id, place);
    ids.add(service.id);
    services.push(service);
  }
  return { directory: { ...local, services, organisations, locations }, skipped };
}
