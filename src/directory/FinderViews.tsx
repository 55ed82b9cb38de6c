import type { ComponentChildren, JSX, Ref, VNode } from 'preact';
import { formatCount } from '../search/plural-forms.ts';
import { distanceText } from './distance.ts';
import type { Choice } from './filters.ts';
import { inEnglish } from '../i18n/in-english.ts';
import type { FilterStrings, FinderItem, Option, SelectKey } from './finder.ts';

/**
 * The finder's form and results as plain views: the filter island renders them in the browser,
 * the Worker renders them for a page of results without JavaScript (functions/core/finder.tsx).
 * The form is a real form: without JavaScript it posts to the Worker.
 */

export const shownResults = 50;

interface FormProps {
  strings: FilterStrings;
  options: Record<SelectKey, Option[]>;
  choice: Choice;
  /** Where the form posts without JavaScript; `locale` (a hidden field) says in which language the answer comes. */
  action: string;
  locale: string;
  /** Offer "sort by distance from a postcode". */
  postcode: boolean;
  postcodeError?: string;
  /** True in the island: the postcode stays on the device; without JavaScript it goes to the site to sort the list. */
  postcodeStaysHere?: boolean;
  postcodeInput?: Ref<HTMLInputElement>;
  onChange?: (key: keyof Choice) => (e: JSX.TargetedEvent<HTMLInputElement | HTMLSelectElement>) => void;
  onSubmit?: (e: JSX.TargetedEvent<HTMLFormElement>) => void;
  children?: ComponentChildren;
}

export function FinderForm({ strings, options, choice, action, locale, postcode, postcodeError, postcodeStaysHere, postcodeInput, onChange, onSubmit, children }: FormProps) {
  const select = (key: SelectKey, label: string) => options[key].length > 0 && (
    <div class="govuk-form-group fhp-filter">
      <label class="govuk-label" for={`filter-${key}`}>{label}</label>
      <select class="govuk-select" id={`filter-${key}`} name={key} value={choice[key]} onChange={onChange?.(key)}>
        <option value="" selected={!choice[key]}>{strings.any}</option>
        {options[key].map(([v, l]) => <option value={v} selected={choice[key] === v}>{l}</option>)}
      </select>
    </div>
  );
  const check = (key: 'free' | 'self', label: string) => (
    <div class="govuk-checkboxes__item">
      <input class="govuk-checkboxes__input" id={`filter-${key}`} name={key} value="yes" type="checkbox" checked={choice[key]} onChange={onChange?.(key)} />
      <label class="govuk-label govuk-checkboxes__label" for={`filter-${key}`}>{label}</label>
    </div>
  );
  return (
    <form class="fhp-filters" role="search" aria-labelledby="filters-heading" method="post" action={action} onSubmit={onSubmit}>
      {postcodeError && !postcodeStaysHere && (
        <div class="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2 class="govuk-error-summary__title">{strings.errorTitle}</h2>
            <div class="govuk-error-summary__body">
              <ul class="govuk-list govuk-error-summary__list"><li><a href="#filter-postcode">{postcodeError}</a></li></ul>
            </div>
          </div>
        </div>
      )}
      <h2 class="govuk-heading-l" id="filters-heading">{strings.heading}</h2>
      <input type="hidden" name="locale" value={locale} />
      <div class="govuk-form-group">
        <label class="govuk-label" for="filter-words">{strings.words}</label>
        <input class="govuk-input" id="filter-words" name="words" type="search" autocomplete="off" value={choice.words} onInput={onChange?.('words')} />
      </div>
      <div class="fhp-filter-grid">
        {select('category', strings.category)}
        {select('age', strings.age)}
        {select('area', strings.area)}
        {select('language', strings.language)}
        {select('mode', strings.mode)}
        {select('day', strings.day)}
      </div>
      <div class="govuk-checkboxes govuk-checkboxes--small govuk-form-group">{check('free', strings.free)}{check('self', strings.self)}</div>
      {postcode && (
        <div class={`govuk-form-group${postcodeError ? ' govuk-form-group--error' : ''}`}>
          <label class="govuk-label" for="filter-postcode">{strings.postcode}</label>
          <div class="govuk-hint" id="filter-postcode-hint">{postcodeStaysHere ? strings.postcodeHint : strings.postcodeHintSent}</div>
          {postcodeError && <p class="govuk-error-message" id="filter-postcode-error"><span class="govuk-visually-hidden">{strings.errorPrefix}</span> {postcodeError}</p>}
          <input class={`govuk-input govuk-input--width-10${postcodeError ? ' govuk-input--error' : ''}`} id="filter-postcode" name="postcode" type="text" autocomplete="postal-code" spellcheck={false}
            aria-describedby={`filter-postcode-hint${postcodeError ? ' filter-postcode-error' : ''}`} value={choice.postcode} onInput={onChange?.('postcode')} ref={postcodeInput} />
        </div>
      )}
      <button type="submit" class="govuk-button">{strings.button}</button>
      {children}
    </form>
  );
}

export interface Found { count: number; items: FinderItem[]; noPlace: FinderItem[]; nearest: boolean; tooMany: boolean }

/** "12 services found. Nearest first." or "No services match…". */
export function foundText(strings: FilterStrings, locale: string, found: Found): string {
  return found.count ? `${formatCount(strings.count, locale, found.count)}${found.nearest ? ` ${strings.nearestFirst}` : ''}` : strings.none;
}

interface ResultsProps {
  strings: FilterStrings;
  locale: string;
  found: Found;
  /** Under each result, e.g. the island's "add to shortlist" button. */
  extra?: (item: FinderItem) => VNode | false | undefined;
}

/** The results, GOV.UK finder style: the count is the list's name; services with no place apart when sorting by distance. */
export function FinderResults({ strings, locale, found, extra }: ResultsProps) {
  const result = (r: FinderItem) => (
    <li key={r.url}>
      <a class="govuk-link govuk-!-font-size-24" href={r.url} {...inEnglish(r.english)}>{r.title}</a>
      <p class="govuk-body-s govuk-!-margin-bottom-1">{r.facts}</p>
      {r.miles !== undefined && <p class="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1 fhp-distance">{strings.away.replace('{{distance}}', distanceText(locale, r.miles, strings.lessThan))}</p>}
      {extra?.(r)}
    </li>
  );
  const more = <p class="govuk-body">{strings.showingFirst.replace('{{shown}}', String(shownResults))}</p>;
  return (
    <>
      {found.tooMany && <p class="govuk-inset-text">{strings.tooManyToSort}</p>}
      {found.items.length > 0 && <ul class="fhp-search-results" aria-labelledby="filter-status">{found.items.slice(0, shownResults).map(result)}</ul>}
      {found.items.length > shownResults && more}
      {found.noPlace.length > 0 && (
        <>
          <h3 class="govuk-heading-m" id="filter-no-place">{strings.noPlaceHeading}</h3>
          <p class="govuk-body">{strings.noPlace}</p>
          <ul class="fhp-search-results fhp-no-place" aria-labelledby="filter-no-place">{found.noPlace.slice(0, shownResults).map(result)}</ul>
        </>
      )}
      {!found.nearest && found.count > shownResults && more}
    </>
  );
}
