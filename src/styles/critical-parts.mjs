/**
 * The critical CSS, in parts: the classes (BEM blocks, with their __elements and --modifiers)
 * that some page shows on its first screen, on a phone or a wide screen. Each part's CSS goes
 * inline in <head> (src/build/critical-css.mjs makes it, each part allowed by its hash in the
 * CSP); `base` is in every page, any other part only in the pages that use one of its classes
 * (src/build/critical-parts-trim.mjs). tests/e2e/critical-css.test.ts fails, naming the page,
 * when a first screen needs CSS that is not inline.
 */
export const criticalParts = {
  base: [
    // Every page: the template, header, languages, banners and alerts, Exit this page, footer.
    'govuk-template', 'govuk-skip-link', 'govuk-generic-header', 'govuk-width-container', 'govuk-main-wrapper',
    'govuk-language-navigation', 'fhp-languages', 'govuk-visually-hidden', 'govuk-tag', 'fhp-banner', 'fhp-alert',
    'govuk-exit-this-page', 'govuk-js-exit-this-page-button',
    'govuk-button', 'govuk-frontend-supported', 'govuk-footer', 'fhp-no-print', 'fhp-ltr',
    // Words.
    'govuk-heading-xl', 'govuk-heading-l', 'govuk-heading-m', 'govuk-heading-s', 'govuk-caption-l',
    'govuk-body', 'govuk-body-l', 'govuk-body-s', 'govuk-link', 'govuk-list', 'govuk-inset-text', 'fhp-prose',
    // Pages of their own kind.
    'fhp-cards', 'fhp-card', 'fhp-emergency', 'fhp-levels', 'fhp-level', 'fhp-columns', 'fhp-document-details',
    'fhp-guide-list', 'fhp-service-list', 'fhp-service', 'fhp-facts', 'fhp-tags', 'fhp-az-nav', 'fhp-az-current',
    'fhp-shortlist', 'fhp-shortlist-button', 'fhp-without-js', 'fhp-answers', 'fhp-answer', 'fhp-search-answer',
  ],
  // A warning alert, and the warnings on the threshold guidance.
  warnings: ['govuk-notification-banner', 'govuk-warning-text'],
  // Forms near the top: the request forms, search, check your request, the filters.
  forms: [
    'govuk-form-group', 'govuk-label', 'govuk-hint', 'govuk-input', 'govuk-textarea', 'govuk-fieldset', 'govuk-select',
    'fhp-honeypot', 'fhp-with-js', 'fhp-whole-form-only', 'fhp-filter', 'fhp-filters', 'fhp-filter-grid',
  ],
  radios: ['govuk-radios'],
  details: ['govuk-details'],
  summaryList: ['govuk-summary-list'],
  backLink: ['govuk-back-link'],
  diagram: ['fhp-diagram'],
};

/** Classes every part may use however they are named (GOV.UK's overrides, `govuk-!-margin-0`…). */
export const criticalPrefixes = ['govuk-!-'];

/** The parts a page needs: base, and each part one of whose classes the page uses. */
export function partsFor(html) {
  const used = new Set([...html.matchAll(/\bclass="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)));
  const inPart = (blocks) => [...used].some((name) => blocks.includes(name.replace(/(__|--).*$/, '')));
  return Object.keys(criticalParts).filter((part) => part === 'base' || inPart(criticalParts[part]));
}
