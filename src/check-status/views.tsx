/** "Check your request": the form and the answer, as the island, the build and the Worker show them. */
import type { JSX } from 'preact';
import type { StatusWords } from './words.ts';
import { fill } from '../i18n/fill.ts';

export const statusFormAction = '/api/forms/status';
export type StatusError = 'reference' | 'statusCode';

interface FormProps {
  words: StatusWords;
  errors?: StatusError[];
  /** A problem with the whole check (not found, too many tries, could not check). */
  problem?: string;
  values?: { reference?: string };
  onSubmit?: (event: JSX.TargetedEvent<HTMLFormElement>) => void;
}

export function StatusForm({ words, errors = [], problem, values = {}, onSubmit }: FormProps) {
  const { text } = words;
  const field = (name: StatusError, label: string, hint?: string) => {
    const error = errors.includes(name);
    const described = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label class="govuk-label govuk-label--s" for={name}>{label}</label>
        {hint && <div class="govuk-hint" id={`${name}-hint`}>{hint}</div>}
        {error && <p class="govuk-error-message" id={`${name}-error`}><span class="govuk-visually-hidden">{words.ui.errorPrefix} </span>{words.errors[name]}</p>}
        <input class={`govuk-input govuk-input--width-10${error ? ' govuk-input--error' : ''}`} id={name} name={name} type="text" dir="ltr"
          autocomplete="off" spellcheck={false} autocapitalize="characters" aria-describedby={described} value={name === 'reference' ? values.reference ?? '' : ''} />
      </div>
    );
  };
  return (
    <div>
      {(errors.length > 0 || problem) && (
        <div class="govuk-error-summary" tabIndex={-1}>
          <div role="alert">
            <h2 class="govuk-error-summary__title">{words.ui.errorTitle}</h2>
            <div class="govuk-error-summary__body">
              <ul class="govuk-list govuk-error-summary__list">
                {problem && <li>{problem}</li>}
                {errors.map((e) => <li key={e}><a href={`#${e}`}>{words.errors[e]}</a></li>)}
              </ul>
            </div>
          </div>
        </div>
      )}
      <form method="post" action={statusFormAction} novalidate onSubmit={onSubmit}>
        <input type="hidden" name="language" value={words.language} />
        {field('reference', text.reference!, text.referenceHint)}
        {field('statusCode', text.statusCode!)}
        <button type="submit" class="govuk-button">{text.submit}</button>
      </form>
    </div>
  );
}

export function StatusResult({ words, reference, status, outcome }: { words: StatusWords; reference: string; status: string; outcome?: string }) {
  const decided = outcome ? words.outcomes[outcome] : undefined;
  return (
    <div class="govuk-inset-text" data-status={status}>
      <h2 class="govuk-heading-m" tabIndex={-1}>{fill(words.text.resultTitle!, { reference })}</h2>
      <p class={`govuk-body${decided ? '' : ' govuk-!-margin-bottom-0'}`}>{words.statuses[status]}</p>
      {decided && (
        <>
          <h3 class="govuk-heading-s">{words.text.outcomeTitle}</h3>
          <p class="govuk-body govuk-!-margin-bottom-0" data-outcome={outcome}>{decided}</p>
        </>
      )}
    </div>
  );
}
