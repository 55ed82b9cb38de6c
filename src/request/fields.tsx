/**
 * One question of a request form, in GOV.UK markup: label or legend, hint, error message,
 * the input. Rendered the same by the build, the island and the Worker.
 */
import type { ComponentChildren } from 'preact';
import { childRows, type Field, type Values } from './forms.ts';
import type { FormWords } from './words.ts';
import { fill } from '../i18n/fill.ts';

interface Props {
  field: Field;
  words: FormWords;
  values: Values;
  /** The error message for this question, if its answer has a problem. */
  error?: string;
  /** Labelled "(optional)": it may be left empty. */
  optional: boolean;
  /** On the one-page form: when to answer a question that only some people are asked. */
  when?: string;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
const one = (v: unknown): string => (Array.isArray(v) ? String(v[0] ?? '') : typeof v === 'string' ? v : '');

function Group({ error, children }: { error?: string; children: ComponentChildren }) {
  return <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>{children}</div>;
}

function ErrorMessage({ id, error, words }: { id: string; error?: string; words: FormWords }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} class="govuk-error-message">
      <span class="govuk-visually-hidden">{words.ui.errorPrefix} </span>
      {error}
    </p>
  );
}

function Label({ id, text, optional, words }: { id: string; text: string; optional?: boolean; words: FormWords }) {
  return (
    <label class="govuk-label govuk-label--s" for={id}>
      {text}
      {optional && ` ${words.ui.optional}`}
    </label>
  );
}

export function FieldView({ field, words, values, error, optional, when }: Props) {
  const w = words.fields[field.name]!;
  const id = field.name;
  const hintId = w.hint || when ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const hint = hintId && (
    <div id={hintId} class="govuk-hint">
      {when && <span class="fhp-when">{when}</span>}
      {when && w.hint && ' '}
      {w.hint}
    </div>
  );

  if (field.type === 'radios' || field.type === 'checkboxes') {
    const kind = field.type === 'radios' ? 'radios' : 'checkboxes';
    const chosen = ([] as unknown[]).concat(values[field.name] ?? []);
    return (
      <Group error={error}>
        <fieldset class="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
            {w.label}
            {optional && ` ${words.ui.optional}`}
          </legend>
          {hint}
          <ErrorMessage id={id} error={error} words={words} />
          <div class={`govuk-${kind}${field.options!.length === 2 && kind === 'radios' ? ' govuk-radios--inline' : ''}`}>
            {field.options!.map((option, i) => {
              const optionId = i === 0 ? id : `${id}-${option}`;
              return (
                <div class={`govuk-${kind}__item`} key={option}>
                  <input class={`govuk-${kind}__input`} id={optionId} name={field.name} type={kind === 'radios' ? 'radio' : 'checkbox'} value={option} checked={chosen.includes(option)} />
                  <label class={`govuk-label govuk-${kind}__label`} for={optionId}>{words.options[field.optionSet!]![option]}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </Group>
    );
  }

  if (field.type === 'consent') {
    return (
      <Group error={error}>
        <fieldset class="govuk-fieldset" aria-describedby={describedBy(`${id}-text`, errorId)}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{w.label}</legend>
          <p id={`${id}-text`} class="govuk-body">{w.text as string}</p>
          <p class="govuk-body">
            <a class="govuk-link" href={words.links.privacyPage} target="_blank" rel="noopener noreferrer">{w.privacyLink as string}</a>
          </p>
          <ErrorMessage id={id} error={error} words={words} />
          <div class="govuk-checkboxes">
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id={id} name={id} type="checkbox" value="yes" checked={values[id] === 'yes'} />
              <label class="govuk-label govuk-checkboxes__label" for={id}>{w.agree as string}</label>
            </div>
          </div>
        </fieldset>
      </Group>
    );
  }

  if (field.type === 'children') {
    return (
      <Group error={error}>
        <fieldset class="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{w.label}</legend>
          {hint}
          <ErrorMessage id={id} error={error} words={words} />
          {Array.from({ length: childRows }, (_, i) => (
            <div class="fhp-child-row" key={i}>
              {(['name', 'age'] as const).map((part) => {
                const name = `children.${i}.${part}`;
                const label = fill((part === 'name' ? w.childName : w.childAge) as string, { number: i + 1 });
                return (
                  <div class="govuk-form-group" key={part}>
                    <Label id={name} text={label} optional={i > 0 || part === 'age'} words={words} />
                    <input class={`govuk-input govuk-input--width-${part === 'name' ? 20 : 10}`} id={name} name={name} type="text" value={one(values[name])} />
                  </div>
                );
              })}
            </div>
          ))}
        </fieldset>
      </Group>
    );
  }

  const common = {
    id,
    name: field.name,
    'aria-describedby': describedBy(hintId, errorId),
    autocomplete: field.autocomplete,
    value: one(values[field.name]),
    spellcheck: field.type === 'textarea' ? true : false,
  };
  return (
    <Group error={error}>
      <Label id={id} text={w.label} optional={optional} words={words} />
      {hint}
      <ErrorMessage id={id} error={error} words={words} />
      {field.type === 'textarea' ? (
        <textarea class={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`} rows={5} {...common} />
      ) : (
        <input
          class={`govuk-input${field.width ? ` govuk-input--width-${field.width}` : ''}${error ? ' govuk-input--error' : ''}`}
          type={field.type}
          dir={field.type === 'text' ? undefined : 'ltr'}
          {...common}
        />
      )}
    </Group>
  );
}
