/**
 * /api/staff/site.json: what the Worker's staff workspace needs from content/ (the working
 * calendar, the council's email domain, the worried flow's outcomes, the languages). Under
 * /api/ the Worker runs first, so only it reads this file (through the assets binding).
 */
import type { APIRoute } from 'astro';
import { site } from '../../../site/config.ts';
import { loadFlow } from '../../../worried/load-flow.ts';
import type { StaffSiteConfig } from '../../../../functions/core/staff/store.ts';

export const GET: APIRoute = () => {
  const config: StaffSiteConfig = {
    calendar: { officeHours: site.contact.officeHours, bankHolidays: site.contact.bankHolidays, timeZone: site.contact.timeZone },
    staffEmailDomain: site.contact.email.split('@')[1]!,
    worriedOutcomes: Object.keys(loadFlow().flow.outcomes),
    locales: site.locales.map((l) => l.code),
  };
  return new Response(JSON.stringify(config));
};
