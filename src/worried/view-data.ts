import type { Segment } from '../i18n/translate.ts';
import type { SiteConfig } from '../site/config-schema.ts';
import type { Flow, FlowText } from './flow-schema.ts';

/** Everything the question views need, resolved at build time for one language. */
export interface ViewData {
  flow: Flow;
  text: FlowText;
  /** worried.* and a few shared strings, already translated. */
  ui: Record<string, string>;
  serviceKinds: Record<string, string>;
  /** Messages with a phone number or email inside, split so the value renders as a link. */
  rich: Record<'emergency' | 'callUs' | 'outOfHours' | 'nspcc' | 'rightNow' | 'consult' | 'helplineCall' | 'helpThemAsk', Segment[]>;
  contact: Pick<SiteConfig['contact'], 'phone' | 'email' | 'officeHours' | 'outOfHours' | 'bankHolidays' | 'timeZone'> & {
    emergency: string;
    nspcc: SiteConfig['nspcc'];
    domesticAbuse: SiteConfig['domesticAbuse'];
    /** "Monday to Thursday: 8:30am to 5pm", one line each. */
    hours: string[];
  };
  links: { start: string; reportConcern: string; askForHelp: string; services: string; categories: string; professionals: string; requestSupport: string; howItWorks: string; safety: string };
}
