/** Attributes for words left in English on another language's page (WCAG 3.1.2), so they are read and laid out as English. */
export const inEnglish = (yes: boolean | undefined): { lang?: string; dir?: 'ltr' } => (yes ? { lang: 'en', dir: 'ltr' } : {});
