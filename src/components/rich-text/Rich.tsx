import type { Segment } from '../../i18n/translate.ts';

type Value = { tel: string } | { email: string } | { text: string };

/** Translated text with phone numbers and emails as links that stay left-to-right. */
export function Rich({ parts, values }: { parts: Segment[]; values: Record<string, Value> }) {
  return (
    <>
      {parts.map((part) => {
        if ('text' in part) return part.text;
        const v = values[part.name]!;
        if ('tel' in v) return <a class="govuk-link fhp-ltr" dir="ltr" href={`tel:${v.tel.replace(/\s+/g, '')}`}>{v.tel}</a>;
        if ('email' in v) return <a class="govuk-link fhp-ltr" dir="ltr" href={`mailto:${v.email}`}>{v.email}</a>;
        return <bdi>{v.text}</bdi>;
      })}
    </>
  );
}
