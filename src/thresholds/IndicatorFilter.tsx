/**
 * Every sign at every level, with combined filters (concern, domain, age). Rendered at
 * build time with every sign showing; the filters appear only once JavaScript runs, so
 * nobody sees controls that do nothing. Without JavaScript the pre-built concern pages do the job.
 */
import { useEffect, useState } from 'preact/hooks';
import { anyChoice, filterIndicators, type Choice } from './filter.ts';

interface Option { id: string; title: string }
export interface FilterProps {
  indicators: { id: string; level: string; domain: string; concerns: string[]; ages: string[]; text: string; href: string }[];
  levels: { id: string; name: string; href: string }[];
  domains: Option[];
  concerns: Option[];
  ages: Option[];
  labels: Record<'heading' | 'concern' | 'domain' | 'age' | 'all' | 'matching' | 'noMatch' | 'linkToSign', string>;
}

export default function IndicatorFilter({ indicators, levels, domains, concerns, ages, labels }: FilterProps) {
  const [ready, setReady] = useState(false);
  const [choice, setChoice] = useState<Choice>(anyChoice);
  useEffect(() => setReady(true), []);
  const shown = filterIndicators(indicators, choice);

  const select = (key: keyof Choice, label: string, options: Option[]) => (
    <div class="govuk-form-group fhp-filter__field">
      <label class="govuk-label" for={`filter-${key}`}>{label}</label>
      <select class="govuk-select" id={`filter-${key}`} value={choice[key]} onChange={(e) => setChoice({ ...choice, [key]: e.currentTarget.value })}>
        <option value="">{labels.all}</option>
        {options.map((o) => <option key={o.id} value={o.id}>{o.title}</option>)}
      </select>
    </div>
  );

  return (
    <div data-indicator-filter={ready ? 'ready' : 'static'}>
      {/* Built into the page too, shown from the first paint where scripts run, so nothing
          moves when the filter starts working. */}
      <div class="fhp-filter fhp-with-js" data-pagefind-ignore>
        <h2 class="govuk-heading-m">{labels.heading}</h2>
        <div class="fhp-filter__fields">
          {select('concern', labels.concern, concerns)}
          {select('domain', labels.domain, domains)}
          {select('age', labels.age, ages)}
        </div>
        <p class="govuk-body govuk-!-font-weight-bold" role="status">{shown.length ? labels.matching.replace('{{count}}', String(shown.length)) : labels.noMatch}</p>
      </div>
      {levels.map((level) => {
        const items = shown.filter((i) => i.level === level.id);
        if (!items.length) return null;
        return (
          <section key={level.id}>
            <h2 class="govuk-heading-l"><a class="govuk-link" href={level.href}>{level.name}</a></h2>
            {domains.map((d) => {
              const inDomain = items.filter((i) => i.domain === d.id);
              return inDomain.length ? (
                <div key={d.id}>
                  <h3 class="govuk-heading-s">{d.title}</h3>
                  <ul class="govuk-list govuk-list--bullet">
                    {inDomain.map((i) => (
                      <li key={i.id} data-indicator={i.id}>
                        {i.text} <a class="govuk-link govuk-body-s" href={i.href} data-pagefind-ignore><span class="govuk-visually-hidden">{labels.linkToSign} </span>{i.id}</a>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null;
            })}
          </section>
        );
      })}
    </div>
  );
}
