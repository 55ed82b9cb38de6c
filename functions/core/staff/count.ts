/**
 * POST /api/count/worried { outcome, language }: the "worried about a child?" questions say
 * which outcome someone reached, and the day's count for that outcome and language goes up
 * by one. Nothing else is kept: no answers, no IP address, no cookie, no time of day.
 */
import { problem } from '../http.ts';
import { checkJson, endpoints } from '../http-checks.ts';
import type { StaffSiteConfig, StaffStore } from './store.ts';
import { localDate } from '../working-days.ts';

export interface CountDeps {
  store: Pick<StaffStore, 'countWorried'>;
  site: () => Promise<StaffSiteConfig>;
  now: () => Date;
}

export async function countWorried(request: Request, deps: CountDeps): Promise<Response> {
  const checked = await checkJson(request, endpoints.worriedCount);
  if (checked instanceof Response) return checked;
  const data = checked.data as { outcome?: unknown; language?: unknown } | null;
  const site = await deps.site();
  const errors = [
    ...(typeof data?.outcome === 'string' && site.worriedOutcomes.includes(data.outcome) ? [] : [{ field: 'outcome', code: 'invalid' }]),
    ...(typeof data?.language === 'string' && site.locales.includes(data.language) ? [] : [{ field: 'language', code: 'invalid' }]),
  ];
  if (errors.length) return problem(400, 'invalid_count', 'Unknown outcome or language.', {}, { errors });
  await deps.store.countWorried(localDate(deps.now(), site.calendar.timeZone), data?.outcome as string, data?.language as string);
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
