/**
 * The answers people can choose, shared by the schema and the forms. Kept apart from the
 * schema so the forms can be drawn without loading zod (it loads when first needed).
 */
export const yesNo = ['yes', 'no'] as const;
export const contactWays = ['phone', 'text', 'email'] as const;
export const helpTopics = [
  'parenting', 'behaviour', 'money', 'housing', 'health', 'school', 'send', 'relationships',
  'domestic-abuse', 'drugs-alcohol', 'young-carer', 'other',
] as const;
export const levels = ['1', '2', '3', '4', 'unsure'] as const;
export const requestTypes = ['support', 'consultation'] as const;
export const noConsentReasons = ['risk-of-harm', 'other'] as const;

export const requestKinds = ['ask-for-help', 'report-a-concern', 'professional'] as const;
export type RequestKind = (typeof requestKinds)[number];

/** A field people never see (hidden by CSS); bots fill it in. Must be empty. */
export const honeypotField = 'website';
