/**
 * The pages that make the questions work without JavaScript: one per question reached by
 * some answers, one check-your-answers page per way through, one result page per outcome.
 * Addresses are opaque tokens and titles are generic ("Question 3"), so browser history
 * shows nothing of the answers. Build time only.
 */
import { createHash } from 'node:crypto';
import { allPaths, answerTarget, isOutcome, tagsOnPath, type Answers, type NodeId } from './engine.ts';
import type { Flow } from './flow-schema.ts';

type Trail = [NodeId, string][];

export type StepPage =
  /**
   * `outcome` (check pages): counted on the way to the outcome's page without JavaScript. An
   * answer that leads straight to an immediate outcome (999) stays a plain link: the way to
   * a child in danger never waits on the Worker, so it is not counted without JavaScript.
   */
  | { kind: 'question'; token: string; question: NodeId; number: number; trail: Trail; back: string | null; answers: { id: string; token: string }[] }
  | { kind: 'check'; token: string; trail: Trail; back: string; change: { question: NodeId; token: string }[]; result: string; outcome: NodeId }
  | { kind: 'result'; token: string; outcome: NodeId; services: string[] };

export function stepPages(flow: Flow): StepPage[] {
  // Tokens change when the flow changes, so an old address cannot show a page of a different flow.
  const salt = createHash('sha256').update(JSON.stringify(flow)).digest('hex');
  const token = (...parts: unknown[]) => createHash('sha256').update(salt + JSON.stringify(parts)).digest('hex').slice(0, 12);
  const asAnswers = (trail: Trail): Answers => Object.fromEntries(trail);
  const questionToken = (trail: Trail) => token('q', trail);
  const resultToken = (outcome: NodeId, trail: Trail) => token('r', outcome, tagsOnPath(flow, asAnswers(trail), 'services').sort());
  const endToken = (outcome: NodeId, trail: Trail) => (flow.outcomes[outcome]!.immediate ? resultToken(outcome, trail) : token('c', trail));

  const pages = new Map<string, StepPage>();
  for (const path of allPaths(flow)) {
    path.answers.forEach(([question], i) => {
      const trail = path.answers.slice(0, i);
      const here = questionToken(trail);
      if (pages.has(here)) return;
      const q = flow.questions[question]!;
      pages.set(here, {
        kind: 'question', token: here, question, number: i + 1, trail,
        back: i === 0 ? null : questionToken(path.answers.slice(0, i - 1)),
        answers: q.answers.map((a) => {
          const next = answerTarget(q, a.id);
          const nextTrail: Trail = [...trail, [question, a.id]];
          return { id: a.id, token: isOutcome(flow, next) ? endToken(next, nextTrail) : questionToken(nextTrail) };
        }),
      });
    });
    const result = resultToken(path.outcome, path.answers);
    pages.set(result, { kind: 'result', token: result, outcome: path.outcome, services: tagsOnPath(flow, asAnswers(path.answers), 'services') });
    if (!flow.outcomes[path.outcome]!.immediate) {
      const check = token('c', path.answers);
      pages.set(check, {
        kind: 'check', token: check, trail: path.answers, result, outcome: path.outcome,
        back: questionToken(path.answers.slice(0, -1)),
        change: path.answers.map(([question], i) => ({ question, token: questionToken(path.answers.slice(0, i)) })),
      });
    }
  }
  return [...pages.values()];
}

/** The first question's page: where "Start now" goes without JavaScript. */
export const firstStep = (pages: StepPage[]) => pages.find((p) => p.kind === 'question' && p.number === 1)!.token;
