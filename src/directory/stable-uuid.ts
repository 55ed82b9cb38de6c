import { createHash } from 'node:crypto';

/**
 * A uuid (version 5 layout) made from a seed such as "<service id>/schedules/0": the same
 * seed always gives the same id, so ORUK consumers see stable ids for nested records that
 * editors never had to invent.
 */
export function stableUuid(seed: string): string {
  const h = createHash('sha1').update(`fhp-oruk:${seed}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
