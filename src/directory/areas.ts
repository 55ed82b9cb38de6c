import type { Location, Service } from './schema.ts';

/**
 * A service's areas: the towns of the places it runs from (ORUK address city), for the
 * "Town or area" filter and the service page. A service with no place (online or by phone)
 * has none: it is found by the other filters. Pure.
 */
export function areasOf(service: Pick<Service, 'service_at_locations'>, locations: Map<string, Location>): string[] {
  const towns = service.service_at_locations.map((sal) => locations.get(sal.location_id)?.city).filter((c): c is string => !!c);
  return [...new Set(towns)].sort((a, b) => a.localeCompare(b, 'en'));
}
