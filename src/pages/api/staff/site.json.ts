/**
 * /api/staff/site.json: what the Worker's staff workspace needs from content/ (the working
 * calendar, the council's email domain, the worried flow's outcomes, the languages). Under
 * /api/ the Worker runs first, so only it reads this file (through the assets binding).
 */
import type { APIRoute } from 'astro';
import { content } from 'virtual:fhp/content';
import type { StaffSiteConfig } from '../../../../functions/core/staff/store.ts';

export const GET: APIRoute = () => {
  const config: StaffSiteConfig = {
    calendar: { officeHours: content.site.contact.officeHours, bankHolidays: content.site.contact.bankHolidays, timeZone: content.site.contact.timeZone },
    staffEmailDomain: content.site.contact.email.split('@')[1]!,
    worriedOutcomes: Object.keys(content.questions.flow.outcomes),
    locales: content.site.locales.map((l) => l.code),
  };
  return new Response(JSON.stringify(config));
};
