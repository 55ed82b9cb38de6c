import { z } from 'zod';

/** The shape of content/questionnaire/flow.yaml: questions, answers and where each leads. */

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens, like "parent-help"');
const tags = z.array(id).optional();

export const answerSchema = z.strictObject({ id, next: id, concerns: tags, services: tags });

export const questionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('radios'), answers: z.array(answerSchema).min(2, 'A question needs at least 2 answers') }),
  // Several answers may be chosen; all lead to the same next step.
  z.strictObject({
    type: z.literal('checkboxes'),
    next: id,
    answers: z.array(answerSchema.omit({ next: true }).extend({ next: id.optional() })).min(2, 'A question needs at least 2 answers'),
  }),
]);

export const outcomeActions = [
  'call-999', 'domestic-abuse-help', 'safety-advice', 'contact-now', 'report-online', 'ask-online', 'services', 'consult', 'nspcc', 'help-them-ask', 'report-instead',
] as const;
export const outcomeSchema = z.strictObject({
  actions: z.array(z.enum(outcomeActions)).min(1),
  /** Show at once, without a check-your-answers page first (a child in danger now). */
  immediate: z.boolean().default(false),
});

export const flowSchema = z.strictObject({
  start: id,
  questions: z.record(id, questionSchema),
  outcomes: z.record(id, outcomeSchema),
});

export type Flow = z.infer<typeof flowSchema>;
export type Question = z.infer<typeof questionSchema>;
export type OutcomeAction = (typeof outcomeActions)[number];

/** The words of the flow in one language (content/questionnaire/<locale>.yaml). */
const words = z.string().trim().min(1, 'Empty text');
export const flowTextSchema = z.strictObject({
  questions: z.record(id, z.strictObject({ title: words, hint: words.optional(), answers: z.record(z.string(), words) })),
  outcomes: z.record(id, z.strictObject({ title: words, lead: words, body: z.array(words).default([]) })),
});
export type FlowText = z.infer<typeof flowTextSchema>;
