/**
 * POST /api/forms/services: the directory's filter form. Without JavaScript the answer is the
 * /services/ page from the build with the form filled in and the matching services under it
 * (GOV.UK finder style); the filter island asks the same question for JSON. The choices travel
 * only in the POST body and the answer is never cached, so they stay out of addresses,
 * history, referrers and caches.
 */
import { byDistance } from '../../src/directory/distance.ts';
import { choiceFrom, findServices, toItem, type FinderData } from '../../src/directory/finder.ts';
import { FinderForm, FinderResults, foundText, shownResults, type Found } from '../../src/directory/FinderViews.tsx';
import { findPostcode, type Point, type PostcodeTable } from '../../src/directory/postcodes.ts';
import { localePath } from '../../src/i18n/locale-path.ts';
import { json } from './http.ts';
import { endpoints } from './http-checks.ts';
import { formPost, page, type FormPageDeps } from './form-pages.tsx';

/** Sorting by distance needs every match's place: more than this, and people are asked to narrow first. */
const sortLimit = 300;
export const servicesFormPath = '/api/forms/services';

/** Each language's index, read once per Worker instance (it changes only with a new build). */
const indexes = new Map<string, Promise<FinderData>>();

async function finderData(deps: FormPageDeps, asked: string): Promise<FinderData> {
  for (const language of /^[a-z]{2,3}$/.test(asked) ? [asked, 'en'] : ['en']) {
    const known = indexes.get(language);
    if (known) return known;
    const res = await deps.asset(localePath(language, '/services/finder.json'));
    if (!res.ok) continue;
    const data = res.json() as Promise<FinderData>;
    indexes.set(language, data);
    return data;
  }
  throw new Error('no finder index');
}

/** Where a typed postcode is, or the words saying why it cannot be used. */
async function placeOf(deps: FormPageDeps, data: FinderData, typed: string): Promise<Point | string> {
  const res = await deps.asset('/services/postcodes.json');
  if (!res.ok) return data.strings.postcodeFailed;
  const found = findPostcode((await res.json()) as PostcodeTable, typed);
  return found.ok ? found.point : found.problem === 'malformed' ? data.strings.postcodeMalformed : data.strings.postcodeUnknown;
}

export async function servicesFormPost(request: Request, deps: FormPageDeps): Promise<Response> {
  const form = await formPost(request, endpoints.servicesForm);
  if (form instanceof Response) return form;
  const data = await finderData(deps, form.get('locale') ?? '');
  const choice = choiceFrom(form, data.options);
  const matches = findServices(data, choice);

  if (/application\/json/.test(request.headers.get('Accept') ?? '')) {
    const limit = Math.min(sortLimit, Math.max(1, Number(form.get('limit')) || shownResults));
    return json(200, { count: matches.length, items: matches.slice(0, limit).map(toItem) });
  }

  const { strings, locale } = data;
  const from = data.hasPostcodes && choice.postcode.trim() ? await placeOf(deps, data, choice.postcode) : undefined;
  const postcodeError = typeof from === 'string' ? from : undefined;
  const sorting = Array.isArray(from) && matches.length <= sortLimit;
  const items = matches.slice(0, sorting ? sortLimit : shownResults).map(toItem);
  const sorted = sorting ? byDistance(items, (i) => i.places, from) : { near: items, noPlace: [] };
  const found: Found = { count: matches.length, items: sorted.near, noPlace: sorted.noPlace, nearest: sorting, tooMany: Array.isArray(from) && !sorting };
  const title = (pageTitle: string) => `${postcodeError ? `${strings.errorPrefix} ` : ''}${strings.resultsTitle}: ${pageTitle}`;
  return page(deps, localePath(locale, '/services/'), title, (
    <FinderForm strings={strings} options={data.options} choice={choice} action={servicesFormPath} locale={locale} postcode={data.hasPostcodes} postcodeError={postcodeError}>
      {!postcodeError && <p class="govuk-body govuk-!-font-weight-bold" id="filter-status">{foundText(strings, locale, found)}</p>}
      {!postcodeError && <FinderResults strings={strings} locale={locale} found={found} />}
    </FinderForm>
  ), postcodeError ? 422 : 200);
}
