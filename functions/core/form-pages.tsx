/**
 * The forms without JavaScript. A form posts here as a plain form; the answer is a whole
 * page: the form's own page from the build, with the form swapped for errors, check your
 * answers, or the confirmation, rendered by the same views the island uses. Answers and
 * references travel only in POST bodies and pages marked no-store, never in an address.
 */
import { render } from 'preact-render-to-string';
import type { VNode } from 'preact';
import { forms, fieldNames } from '../../src/request/forms.ts';
import { toRequest, valuesFrom, whatHappensNext } from '../../src/request/form-data.ts';
import { requestKinds, requestSchema, fieldErrors, type FieldError, type RequestKind } from '../../src/request/schema.ts';
import { CheckAnswersForm, Questions, Say, Sent } from '../../src/request/screens.tsx';
import { StatusForm, StatusResult, type StatusError } from '../../src/check-status/views.tsx';
import type { LocaleWords } from '../../src/request/page-words.ts';
import type { FormWords } from '../../src/request/words.ts';
import { fill } from '../../src/i18n/fill.ts';
import { htmlPage } from './html-page.ts';
import { escapeMarkup } from '../../src/site/escape-markup.ts';
import { acceptRequest, clientOf, type RequestDeps } from './requests.ts';
import { checkHttp, endpoints, type EndpointRules } from './http-checks.ts';
import { lookUpStatus, type StatusDeps } from './status.ts';
import { problem } from './http.ts';
import { localePath } from '../../src/i18n/locale-path.ts';
import { localeWords } from './messages.ts';

export interface FormPageDeps {
  /** A file from the built site (dist/), read through the static assets binding. */
  asset: (path: string) => Promise<Response>;
}


/** Reads a plain form post, or the answer to give when it is not one we take. */
export async function formPost(request: Request, rules: EndpointRules): Promise<URLSearchParams | Response> {
  const checked = await checkHttp(request, rules);
  return checked instanceof Response ? checked : new URLSearchParams(checked.body);
}

/** The built page at `path`, with the part between the form markers replaced by `content`. */
export async function page(deps: FormPageDeps, path: string, retitle: (title: string) => string, content: VNode, status: number): Promise<Response> {
  const res = await deps.asset(path);
  if (!res.ok) throw new Error(`page ${path}: ${res.status}`);
  const html = await res.text();
  const start = html.indexOf('<!--fhp:form-->');
  const end = html.indexOf('<!--/fhp:form-->');
  if (start === -1 || end === -1) throw new Error(`page ${path} has no form markers`);
  const body = html.slice(0, start) + render(content) + html.slice(end + '<!--/fhp:form-->'.length);
  const titled = body.replace(/<title>([^<]*)<\/title>/, (_, title: string) => `<title>${escapeMarkup(retitle(title))}</title>`);
  return htmlPage(titled, status, 'no-store');
}

/** POST /api/forms/request: step "check" (to check your answers), "edit" (back to the form) or "send". */
export async function requestFormPost(request: Request, deps: FormPageDeps & RequestDeps): Promise<Response> {
  const form = await formPost(request, endpoints.requestForm);
  if (form instanceof Response) return form;
  const kind = form.get('kind') as RequestKind;
  if (!requestKinds.includes(kind)) return problem(400, 'unknown_form', 'This form is not one of ours.');
  const { language, all } = await localeWords(deps, form.get('language'));
  const words = all[kind];
  const known = new Set([...fieldNames(kind), 'website']);
  const values = valuesFrom([...form].filter(([name]) => known.has(name)), kind);
  const path = localePath(language, forms[kind].path);
  const title = (text: string, error = false) => () => `${error ? `${words.ui.errorPrefix} ` : ''}${text} – ${words.titleSuffix}`;
  const showForm = (errors: FieldError[], status: number) =>
    page(deps, path, title(words.title, errors.length > 0), <Questions words={words} sections={forms[kind].sections} values={values} errors={errors} />, status);

  const candidate = toRequest(kind, values, { language, consentVersion: words.consentVersion });
  const step = form.get('step');
  if (step === 'edit') return showForm([], 200);
  if (step !== 'send') {
    const parsed = requestSchema.safeParse(candidate);
    if (!parsed.success) return showForm(fieldErrors(parsed.error), 422);
    return page(deps, path, title(words.ui.checkTitle!), <CheckAnswersForm words={words} values={values} idempotencyKey={crypto.randomUUID()} />, 200);
  }

  const result = await acceptRequest(candidate, { idempotencyKey: form.get('key'), client: clientOf(request) }, deps);
  switch (result.outcome) {
    case 'invalid':
      return showForm(result.errors, 422);
    case 'honeypot':
      return problem(422, 'honeypot', 'This form could not be sent.');
    case 'rate-limited':
      return page(deps, path, title(words.title, true), <Problem words={words} text={words.ui.tooMany!} />, 429);
    case 'accepted':
      // A replayed send has no request to hand: what it told us was said on its first answer.
      return page(deps, path, title(words.sent.title!), <Sent words={words} answer={result.answer} {...whatHappensNext(result.request ?? {})} />, 200);
  }
}

/** A problem with the whole request (not one answer): said in an error summary, with the phone number. */
function Problem({ words, text }: { words: FormWords; text: string }) {
  return (
    <div class="govuk-error-summary" tabIndex={-1}>
      <div role="alert">
        <h2 class="govuk-error-summary__title">{words.ui.errorTitle}</h2>
        <div class="govuk-error-summary__body"><p class="govuk-body"><Say text={text} tel={{ phone: words.phones.office }} /></p></div>
      </div>
    </div>
  );
}

/** POST /api/forms/status: "Check your request" without JavaScript. */
export async function statusFormPost(request: Request, deps: FormPageDeps & StatusDeps): Promise<Response> {
  const form = await formPost(request, endpoints.statusForm);
  if (form instanceof Response) return form;
  const { language, all } = await localeWords(deps, form.get('language'));
  const words = all.status;
  const path = localePath(language, '/check-status/');
  const answer = await lookUpStatus({ reference: form.get('reference') ?? '', statusCode: form.get('statusCode') ?? '', language }, clientOf(request), deps);
  const same = (title: string) => title;
  const error = (title: string) => `${words.ui.errorPrefix} ${title}`;
  if (answer.outcome === 'found') {
    return page(deps, path, same, <div><StatusResult words={words} reference={answer.reference} status={answer.status} outcome={answer.decision} /><StatusForm words={words} /></div>, 200);
  }
  const reference = form.get('reference') ?? '';
  if (answer.outcome === 'invalid') {
    return page(deps, path, error, <StatusForm words={words} errors={answer.fields as StatusError[]} values={{ reference }} />, 422);
  }
  const say = fill(answer.outcome === 'rate-limited' ? words.text.tooMany! : words.text.notFound!, { phone: words.phone });
  return page(deps, path, error, <StatusForm words={words} problem={say} values={{ reference }} />, answer.outcome === 'rate-limited' ? 429 : 404);
}
