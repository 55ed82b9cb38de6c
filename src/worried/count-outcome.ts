/** Without JavaScript, the last step to an outcome posts here instead (see ToOutcome in views.tsx). */
export const countFormAction = '/api/forms/worried';

/**
 * Tells the Worker that someone reached an outcome, for the partnership's day counts
 * (functions/core/staff/count.ts): only the outcome and the page's language, no answers, no
 * cookie (credentials omitted), nothing stored here. A failed count is simply lost.
 */
export function countOutcome(outcome: string): void {
  fetch('/api/count/worried', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'omit',
    keepalive: true,
    body: JSON.stringify({ outcome, language: document.documentElement.lang }),
  }).catch(() => undefined);
}
