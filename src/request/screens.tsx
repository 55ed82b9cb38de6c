/**
 * The screens of a request form: the questions, check your answers, sent. Pure views:
 * the island drives them with JavaScript, the build renders the first one for everybody,
 * and the Worker renders them for people without JavaScript.
 */
import type { JSX } from 'preact';
import { FieldView } from './fields.tsx';
import { Rich } from '../components/rich-text/Rich.tsx';
import type { Segment } from '../i18n/translate.ts';
import { allFields, forms, isRequired, isShown, type Field, type Section, type Values } from './forms.ts';
import { inputId } from './form-data.ts';
import { honeypotField } from './choices.ts';
import type { FieldError } from './schema.ts';
import { errorText, type FormWords } from './words.ts';
import { fill } from '../i18n/fill.ts';

export const formAction = '/api/forms/request';

/** The error for a question, if any (children rows report under "children"). */
export const errorFor = (errors: FieldError[], name: string) => errors.find((e) => e.field === name || e.field.startsWith(`${name}.`));

/**
 * The GOV.UK error summary. Each error links to its question (`linkFor`: on Check your
 * answers, to the question's Change link); an error with no question on the page is said without a link.
 */
export function ErrorSummary({ words, errors, linkFor = (field) => `#${inputId(field)}` }: { words: FormWords; errors: FieldError[]; linkFor?: (field: string) => string | undefined }) {
  if (!errors.length) return null;
  return (
    <div class="govuk-error-summary" tabIndex={-1}>
      <div role="alert">
        <h2 class="govuk-error-summary__title">{words.ui.errorTitle}</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {errors.map((e) => {
              const href = linkFor(e.field);
              return <li key={e.field}>{href ? <a href={href}>{errorText(words, e.field, e.code)}</a> : errorText(words, e.field, e.code)}</li>;
            })}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** Translated text whose {{placeholders}} are phone numbers (rendered as links by the site's Rich text) or links to our pages. */
export function Say({ text, tel = {}, links = {} }: { text: string; tel?: Record<string, string>; links?: Record<string, { href: string; text: string }> }) {
  return (
    <>
      {text.split(/\{\{(\w+)\}\}/).map((part, i) => {
        if (i % 2 === 0) return part;
        const link = links[part];
        if (link) return <a class="govuk-link" href={link.href}>{link.text}</a>;
        const parts: Segment[] = [tel[part] ? { name: part } : { text: `{{${part}}}` }];
        return <Rich parts={parts} values={tel[part] ? { [part]: { tel: tel[part] } } : {}} />;
      })}
    </>
  );
}

/** "Answer this only if you chose …": said on the one-page form of a question only some people are asked. */
function whenToAnswer(words: FormWords, field: Field): string | undefined {
  if (!field.showIf || !words.ui.onlyIf) return undefined;
  const parent = allFields(words.kind).find((f) => f.name === field.showIf!.field)!;
  const answers = ([] as string[]).concat(field.showIf.is).map((v) => `“${words.options[parent.optionSet!]![v]}”`);
  return fill(words.ui.onlyIf, { answer: answers.join(` ${words.ui.or} `), question: words.fields[parent.name]!.label });
}

interface QuestionsProps {
  words: FormWords;
  sections: Section[];
  values: Values;
  errors: FieldError[];
  /** Step mode (JavaScript): one part per page, only the questions that apply. */
  part?: { number: number; total: number };
  /**
   * The island's one-page form, before its script runs. Where scripts will run (GOV.UK's
   * govuk-frontend-supported, set before the first paint) it is painted as part 1 will be
   * drawn (its later parts and the words about the one-page form hidden, "Part 1 of n"
   * shown), so nothing moves when the script takes over. Without scripts it is the whole form.
   */
  starting?: { total: number };
  onSubmit?: (event: JSX.TargetedEvent<HTMLFormElement>) => void;
  onInput?: (event: JSX.TargetedEvent<HTMLFormElement>) => void;
}

export function Questions({ words, sections, values, errors, part, starting, onSubmit, onInput }: QuestionsProps) {
  const shownErrors = errors.filter((e) => sections.some((s) => s.fields.some((f) => errorFor([e], f.name))));
  // Part 1 opens the form: its title and lead as on the one-page form, then "Part 1 of n".
  const opening = !part || part.number === 1;
  const partOf = part ?? (starting && { number: 1, total: starting.total });
  return (
    <div {...(starting ? { 'data-form-starting': '' } : {})}>
      <ErrorSummary words={words} errors={shownErrors} />
      {opening ? (
        <>
          <h1 class="govuk-heading-xl" tabIndex={-1}>{words.title}</h1>
          <p class="govuk-body-l">{words.lead}</p>
          {!part && <p class="govuk-body fhp-whole-form-only">{words.ui.noJavaScript}</p>}
          {partOf && <span class="govuk-caption-l fhp-with-js" data-pagefind-ignore>{fill(words.ui.partOf!, partOf)}</span>}
        </>
      ) : (
        <>
          <span class="govuk-caption-l">{words.title} – {fill(words.ui.partOf!, part)}</span>
          <h1 class="govuk-heading-l" tabIndex={-1}>{words.sections[sections[0]!.id]}</h1>
        </>
      )}
      <form method="post" action={formAction} novalidate onSubmit={onSubmit} onInput={onInput} onChange={onInput}>
        <input type="hidden" name="kind" value={words.kind} />
        <input type="hidden" name="language" value={words.language} />
        <input type="hidden" name="step" value="check" />
        <div class="fhp-honeypot" aria-hidden="true">
          <label for={honeypotField}>{words.ui.honeypot}</label>
          <input id={honeypotField} name={honeypotField} type="text" tabIndex={-1} autocomplete="off" value={(values[honeypotField] as string) ?? ''} />
        </div>
        {sections.map((section, index) => (
          <div key={section.id} class={index > 0 ? 'fhp-whole-form-only' : undefined}>
            {opening && <h2 class="govuk-heading-m">{words.sections[section.id]}</h2>}
            {section.fields
              .filter((f) => !part || isShown(f, values, words.kind))
              .map((f) => {
                const error = errorFor(shownErrors, f.name);
                // One part at a time, "(optional)" follows the answers so far; on one page, only questions never required say it.
                const optional = part ? !isRequired(f, values, words.kind) : !!f.optional;
                return (
                  <FieldView key={f.name} field={f} words={words} values={values} optional={optional} when={part ? undefined : whenToAnswer(words, f)}
                    error={error && errorText(words, error.field, error.code)} />
                );
              })}
          </div>
        ))}
        <button type="submit" class="govuk-button" data-module="govuk-button">{words.ui.continue}</button>
      </form>
    </div>
  );
}

/** The answers given, part by part, each with a way to change it. */
export function AnswerList({ words, values, onChange }: { words: FormWords; values: Values; onChange?: (section: number) => void }) {
  const sections = forms[words.kind].sections;
  return (
    <>
      {sections.map((section, index) => (
        <div key={section.id}>
          <h2 class="govuk-heading-m">{words.sections[section.id]}</h2>
          <dl class="govuk-summary-list">
            {section.fields.filter((f) => isShown(f, values, words.kind)).map((f) => (
              <div class="govuk-summary-list__row" key={f.name}>
                <dt class="govuk-summary-list__key">{words.fields[f.name]!.label}</dt>
                <dd class="govuk-summary-list__value">{answerText(words, f.name, f.optionSet, values)}</dd>
                {onChange && (
                  <dd class="govuk-summary-list__actions">
                    <button type="button" id={changeId(f.name)} class="fhp-link-button govuk-link" onClick={() => onChange(index)}>
                      {words.ui.change}<span class="govuk-visually-hidden"> {words.fields[f.name]!.label}</span>
                    </button>
                  </dd>
                )}
              </div>
            ))}
          </dl>
        </div>
      ))}
    </>
  );
}

/** The id of a question's Change link on Check your answers: where an error found only on sending links to. */
export const changeId = (field: string) => `change-${field.split('.')[0]}`;

function answerText(words: FormWords, name: string, optionSet: string | undefined, values: Values): string {
  if (name === 'children') {
    const rows = [0, 1, 2, 3].map((i) => [values[`children.${i}.name`], values[`children.${i}.age`]].filter((v) => typeof v === 'string' && v.trim()).join(', '));
    return rows.filter(Boolean).join('; ') || words.ui.notGiven!;
  }
  if (name === 'consent') return values.consent === 'yes' ? words.fields.consent!.agree as string : words.ui.notGiven!;
  const given = ([] as unknown[]).concat(values[name] ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (!given.length) return words.ui.notGiven!;
  return given.map((v) => (optionSet ? words.options[optionSet]![v] ?? v : v)).join(', ');
}

/** "Check your answers" without JavaScript: the answers travel on in hidden fields, never in the address. */
export function CheckAnswersForm({ words, values, idempotencyKey }: { words: FormWords; values: Values; idempotencyKey: string }) {
  const hidden = Object.entries(values).flatMap(([name, v]) => ([] as unknown[]).concat(v ?? []).map((value, i) => <input key={`${name}${i}`} type="hidden" name={name} value={String(value)} />));
  return (
    <div>
      <h1 class="govuk-heading-l" tabIndex={-1}>{words.ui.checkTitle}</h1>
      <p class="govuk-body">{words.ui.checkLead}</p>
      <AnswerList words={words} values={values} />
      <form method="post" action={formAction} novalidate>
        <input type="hidden" name="kind" value={words.kind} />
        <input type="hidden" name="language" value={words.language} />
        <input type="hidden" name="key" value={idempotencyKey} />
        {hidden}
        <p class="govuk-body">{words.ui.sendLead}</p>
        <div class="govuk-button-group">
          <button type="submit" name="step" value="send" class="govuk-button">{words.ui.send}</button>
          <button type="submit" name="step" value="edit" class="govuk-button govuk-button--secondary">{words.ui.changeAnswers}</button>
        </div>
      </form>
    </div>
  );
}

export interface SentProps {
  words: FormWords;
  answer: { reference: string; statusCode: string };
  /** What the sender told us that changes what happens next. */
  dangerNow: boolean;
  willContact: boolean;
}

/** The confirmation: a reference to read aloud, a one-time status code, what happens next, who to call. */
export function Sent({ words, answer, dangerNow, willContact }: SentProps) {
  const { sent } = words;
  const spelled = answer.reference.replace(/-/g, '').slice(3).split('').join(' ');
  return (
    <div>
      <div class="govuk-panel govuk-panel--confirmation">
        <h1 class="govuk-panel__title" tabIndex={-1}>{sent.title}</h1>
        <div class="govuk-panel__body">
          {sent.referenceLabel}<br />
          <strong class="fhp-reference" dir="ltr" data-reference>{answer.reference}</strong>
        </div>
      </div>
      <p class="govuk-body">{fill(sent.readAloud!, { spelled: `F H P, ${spelled}` })}</p>
      {dangerNow && (
        <div class="fhp-emergency"><p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0"><Say text={sent.danger!} tel={{ phone: words.phones.emergency }} /></p></div>
      )}
      <h2 class="govuk-heading-m">{sent.statusCodeLabel}</h2>
      <p class="govuk-body govuk-!-font-size-36 govuk-!-font-weight-bold fhp-ltr" dir="ltr" data-status-code>{answer.statusCode}</p>
      <p class="govuk-body">{sent.statusCodeHint}</p>
      <h2 class="govuk-heading-m">{sent.nextTitle}</h2>
      <p class="govuk-body">{sent.next}</p>
      <p class="govuk-body">{willContact ? sent.nextContact : sent.nextNoContact}</p>
      <p class="govuk-body">
        <Say text={sent.callUs!} tel={{ phone: words.phones.office, outOfHours: words.phones.outOfHours }} links={{ contactPage: { href: words.links.contactPage, text: sent.contactPageLink! } }} />
      </p>
      <p class="govuk-body"><a class="govuk-link" href={words.links.statusPage}>{sent.checkStatus}</a></p>
    </div>
  );
}

/** A child in danger now: stop and call 999 first. */
export function Danger({ words, onContinue }: { words: FormWords; onContinue: () => void }) {
  return (
    <div>
      <h1 class="govuk-heading-l" tabIndex={-1}>{words.danger.title}</h1>
      <div class="fhp-emergency"><p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0"><Say text={words.danger.body!} tel={{ phone: words.phones.emergency }} /></p></div>
      <p class="govuk-body">{words.danger.carryOn}</p>
      <button type="button" class="govuk-button govuk-button--secondary" onClick={onContinue}>{words.ui.continue}</button>
    </div>
  );
}
