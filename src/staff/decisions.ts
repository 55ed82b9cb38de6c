import * as z from 'zod/mini';

/**
 * What the front door can decide about a request (the Families First Partnership reforms'
 * list), plus "more information needed", which is not a decision: the clock keeps running.
 * Shared by the staff pages and the Worker; the words are in content/staff/en.yaml and, for
 * senders, content/i18n/<locale>.json (checkStatus.outcomes).
 */
export const decisionOutcomes = [
  'immediate-protection',
  'section-47',
  'child-in-need',
  'family-help',
  'family-group-conference',
  'specialist-assessment',
  'early-help-universal',
  'no-further-action',
] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export const moreInformation = 'more-information';
export const outcomeChoices = [...decisionOutcomes, moreInformation] as const;
export type OutcomeChoice = (typeof outcomeChoices)[number];

export const maxReasonLength = 2000;

/** What someone who reported a concern about a family sees once a decision is made: that there is one, not what it is. */
export const decidedPrivately = 'decided-privately';

/**
 * The outcome a sender is shown when they check their request. A parent who asked for help,
 * and a professional who asked for support, see the decision. Someone who reported a concern
 * about another family sees only that it was decided: what happens next is that family's
 * private business.
 */
export function outcomeShownTo(kind: string, outcome: string): string {
  return kind === 'report-a-concern' ? decidedPrivately : outcome;
}

export const decisionSchema = z.strictObject({
  outcome: z.enum(outcomeChoices, { error: 'chooseOne' }),
  reason: z.string({ error: 'required' }).check(z.trim(), z.minLength(1, 'required'), z.maxLength(maxReasonLength, 'tooLong')),
});
export type Decision = z.infer<typeof decisionSchema>;
export type DecisionField = 'outcome' | 'reason';
export type DecisionErrorCode = 'chooseOne' | 'required' | 'tooLong';

/** Field errors, one per field, for the form and the API. */
export function decisionErrors(data: unknown): { field: DecisionField; code: DecisionErrorCode }[] {
  const parsed = decisionSchema.safeParse(data);
  if (parsed.success) return [];
  const seen = new Map<DecisionField, DecisionErrorCode>();
  for (const issue of parsed.error.issues) {
    const field = (issue.path[0] === 'reason' ? 'reason' : 'outcome') as DecisionField;
    const code = (['chooseOne', 'required', 'tooLong'].includes(issue.message) ? issue.message : field === 'outcome' ? 'chooseOne' : 'required') as DecisionErrorCode;
    if (!seen.has(field)) seen.set(field, code);
  }
  // Missing or unknown fields (a strict object) are reported against the field they meant.
  if (typeof data !== 'object' || data === null) return [{ field: 'outcome', code: 'chooseOne' }, { field: 'reason', code: 'required' }];
  return [...seen].map(([field, code]) => ({ field, code }));
}

/** What the sender's status check says once staff have decided. */
export function statusAfter(outcome: OutcomeChoice): 'being-looked-at' | 'passed-to-a-service' | 'closed' {
  if (outcome === moreInformation) return 'being-looked-at';
  return outcome === 'early-help-universal' || outcome === 'no-further-action' ? 'closed' : 'passed-to-a-service';
}

/** Urgent by its answers: someone in danger now, or a professional's level 4 (child protection). */
export function isUrgent(request: { kind: string; dangerNow?: string; level?: string }): boolean {
  return (request.kind === 'report-a-concern' && request.dangerNow === 'yes') || (request.kind === 'professional' && request.level === '4');
}
