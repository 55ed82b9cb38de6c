import type { Content } from '../content/load-content.ts';
import type { Messages } from '../i18n/schema.ts';

export interface StatusWords {
  language: string;
  text: Record<string, string>;
  statuses: Record<string, string>;
  /** The front door's decisions in plain words (ids from src/staff/decisions.ts). */
  outcomes: Record<string, string>;
  errors: Record<string, string>;
  ui: { errorTitle: string; errorPrefix: string };
  phone: string;
}

/** The words of "Check your request" in one language (build time). */
export function statusWords({ site, words }: Pick<Content, 'site' | 'words'>, locale: string): StatusWords {
  const m = words[locale]!;
  const section = m.checkStatus as Messages;
  const forms = m.requestForms as Record<string, string>;
  return {
    language: locale,
    text: Object.fromEntries(Object.entries(section).filter(([, v]) => typeof v === 'string')) as Record<string, string>,
    statuses: section.statuses as Record<string, string>,
    outcomes: section.outcomes as Record<string, string>,
    errors: section.errors as Record<string, string>,
    ui: { errorTitle: forms.errorTitle!, errorPrefix: forms.errorPrefix! },
    phone: site.contact.phone,
  };
}
