/**
 * POST /api/count/worried { outcome, language }: the "worried about a child?" questions say
 * which outcome someone reached, and the day's count for that outcome and language goes up
 * by one. Nothing else is kept: no answers, no IP address, no cookie, no time of day.
 *
 * POST /api/forms/worried (outcome, next): the same count for the pages that work without
 * JavaScript, whose last step to an outcome is a form (ToOutcome in src/worried/views.tsx):
 * the outcome is counted for the day and the language of the page it leads to, and the
 * browser is sent on to that page.
 */
import { problem } from '../http.ts';
import { checkHttp, checkJson, endpoints, sameOrigin } from '../http-checks.ts';
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

/** A step page of the questions without JavaScript: English at /worried/s/<token>/, other languages under /<code>/. */
const stepPage = /^(?:\/([a-z]{2,3}))?\/worried\/s\/[0-9a-f]{12}\/$/;

/**
 * The form's way to an outcome page. The page is reached whatever happens to the count: a
 * count that cannot be made (another site's form, an unknown outcome, the database down) is
 * simply lost. Only an address that is not one of the step pages is refused, so this can
 * never send anyone elsewhere.
 */
export async function countWorriedForm(request: Request, deps: CountDeps): Promise<Response> {
  const checked = await checkHttp(request, endpoints.worriedCountForm);
  if (checked instanceof Response) return checked;
  const form = new URLSearchParams(checked.body);
  const next = form.get('next') ?? '';
  const page = stepPage.exec(next);
  if (!page) return problem(400, 'invalid_count', 'The form must name one of the questions’ pages.', {}, { errors: [{ field: 'next', code: 'invalid' }] });
  if (sameOrigin(request)) {
    try {
      const site = await deps.site();
      const outcome = form.get('outcome') ?? '';
      const language = page[1] ?? 'en';
      if (site.worriedOutcomes.includes(outcome) && site.locales.includes(language) && page[1] !== 'en') {
        await deps.store.countWorried(localDate(deps.now(), site.calendar.timeZone), outcome, language);
      }
    } catch (error) {
      console.error('worried count lost', error instanceof Error ? error.name : 'unknown');
    }
  }
  return new Response(null, { status: 303, headers: { Location: next, 'Cache-Control': 'no-store' } });
}
