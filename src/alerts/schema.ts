import { z } from 'zod';
import { moment } from '../site/formats.ts';
import type { SiteConfig } from '../site/config-schema.ts';

export const severities = ['information', 'warning'] as const;

const message = z.string().trim().min(10, 'Write a message of at least 10 characters').max(300, 'Keep the message under 300 characters');

/** An alert shown at the top of every page: content/alerts/<name>.yaml, for a site with these languages. */
export function alertSchemaFor(locales: SiteConfig['locales']) {
  const otherLocales = locales.map((l) => l.code).filter((c) => c !== 'en');
  return z
  .strictObject({
    message: message.meta({ title: 'Message', description: 'What has happened and what to do, like "Our phone lines are down until 3pm. Call 0113 496 0456 instead."', cmsWidget: 'text' }),
    severity: z.enum(severities, 'Choose information or warning').meta({ title: 'Type', description: 'Warning: something is not working or people must act. Information: anything else.' }),
    starts: moment.meta({ title: 'Show from', description: 'Date and time, UK time.' }),
    ends: moment.meta({ title: 'Show until', description: 'Date and time, UK time. The alert disappears after this, even from pages saved in a browser.' }),
    translations: z
      .strictObject(Object.fromEntries(otherLocales.map((code) => [code, message.optional().meta({ title: locales.find((l) => l.code === code)!.name })])))
      .optional()
      .meta({ title: 'Translations', description: 'Optional. Where a language has none, the English message is shown.' }),
  })
  .refine((a) => Date.parse(a.ends) > Date.parse(a.starts), { message: 'The end must be after the start', path: ['ends'] });
}
export type Alert = z.infer<ReturnType<typeof alertSchemaFor>>;

/**
 * The alerts to put in pages built at `now`: those showing now and those still to come
 * (the browser shows them when their time starts). Ended alerts are left out.
 */
export function alertsToBuild<T extends Pick<Alert, 'starts' | 'ends'>>(alerts: T[], now: Date): T[] {
  return alerts.filter((a) => Date.parse(a.ends) > now.getTime()).sort((a, b) => Date.parse(a.starts) - Date.parse(b.starts));
}

/** Whether an alert is showing at `now`. The browser script makes the same check. */
export function isShowing(alert: Pick<Alert, 'starts' | 'ends'>, now: Date): boolean {
  return Date.parse(alert.starts) <= now.getTime() && now.getTime() < Date.parse(alert.ends);
}
