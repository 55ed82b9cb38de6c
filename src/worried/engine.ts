/**
 * The decision engine for "Are you worried about a child?". Pure: no DOM, no framework.
 * The island, the pages that work without JavaScript, the tests and the diagram all use it.
 */
import type { Flow, Question } from './flow-schema.ts';

export type NodeId = string;
/** A radio answer is one answer id; a checkbox answer is a list of them. */
export type Answers = Record<NodeId, string | string[]>;

export const isOutcome = (flow: Flow, id: NodeId) => id in flow.outcomes;

/** Where one answer leads: its own `next` for radios; the question's `next` for checkboxes. */
export function answerTarget(question: Question, answerId: string): NodeId {
  if (question.type === 'checkboxes') return question.next;
  return question.answers.find((a) => a.id === answerId)!.next;
}
export const isQuestion = (flow: Flow, id: NodeId) => id in flow.questions;

/** Where an answer to a question leads, or undefined when the answer is not a valid one. */
export function nextNode(flow: Flow, questionId: NodeId, answer: string | string[] | undefined): NodeId | undefined {
  const question = flow.questions[questionId];
  if (!question || answer === undefined) return undefined;
  if (question.type === 'radios') {
    return typeof answer === 'string' ? question.answers.find((a) => a.id === answer)?.next : undefined;
  }
  const chosen = typeof answer === 'string' ? [answer] : answer;
  const valid = chosen.length > 0 && chosen.every((c) => question.answers.some((a) => a.id === c));
  return valid ? question.next : undefined;
}

export interface Walk {
  /** The questions answered on the way, in order. */
  asked: NodeId[];
  /** Where the answers lead: the next question to answer, or an outcome. */
  at: NodeId;
}

/**
 * Follows the answers from the start. Answers to questions no longer on the path (after
 * someone changes an earlier answer) are ignored, so changed answers re-route.
 */
export function walk(flow: Flow, answers: Answers): Walk {
  const asked: NodeId[] = [];
  let at = flow.start;
  while (isQuestion(flow, at) && !asked.includes(at)) {
    const next = nextNode(flow, at, answers[at]);
    if (!next) break;
    asked.push(at);
    at = next;
  }
  return { asked, at };
}

/** Only the answers that are on the current path. */
export function answersOnPath(flow: Flow, answers: Answers): Answers {
  return Object.fromEntries(walk(flow, answers).asked.map((q) => [q, answers[q]!]));
}

/** The tags (concerns or services) of the answers on the current path, without repeats. */
export function tagsOnPath(flow: Flow, answers: Answers, kind: 'concerns' | 'services'): string[] {
  const tags = new Set<string>();
  for (const q of walk(flow, answers).asked) {
    const chosen = ([] as string[]).concat(answers[q]!);
    for (const a of flow.questions[q]!.answers) if (chosen.includes(a.id)) a[kind]?.forEach((t) => tags.add(t));
  }
  return [...tags];
}

export interface Path {
  answers: [NodeId, string][];
  outcome: NodeId;
}

/** Every path from the start to an outcome (a checkbox question counts as one way through). */
export function allPaths(flow: Flow): Path[] {
  const paths: Path[] = [];
  const visit = (at: NodeId, soFar: [NodeId, string][], seen: Set<NodeId>) => {
    if (isOutcome(flow, at)) return void paths.push({ answers: soFar, outcome: at });
    const question = flow.questions[at];
    if (!question || seen.has(at)) return; // reported by checkFlow
    const ways = question.type === 'radios' ? question.answers.map((a) => [a.id, a.next] as const) : [[question.answers[0]!.id, question.next] as const];
    for (const [answer, next] of ways) visit(next, [...soFar, [at, answer]], new Set(seen).add(at));
  };
  visit(flow.start, [], new Set());
  return paths;
}

/** Everything wrong with a flow's graph, each naming its node. Empty when the flow is sound. */
export function checkFlow(flow: Flow): string[] {
  const problems: string[] = [];
  const exists = (id: NodeId) => isQuestion(flow, id) || isOutcome(flow, id);
  for (const id of Object.keys(flow.questions)) if (isOutcome(flow, id)) problems.push(`${id}: is both a question and an outcome`);
  if (!isQuestion(flow, flow.start)) problems.push(`start: "${flow.start}" is not a question`);
  const edges = new Map<NodeId, NodeId[]>();
  for (const [id, q] of Object.entries(flow.questions)) {
    const targets = q.type === 'radios' ? q.answers.map((a) => a.next) : [q.next];
    edges.set(id, targets);
    const ids = q.answers.map((a) => a.id);
    ids.filter((a, i) => ids.indexOf(a) !== i).forEach((a) => problems.push(`${id}: answer "${a}" appears twice`));
    if (q.type === 'radios') q.answers.filter((a) => !exists(a.next)).forEach((a) => problems.push(`${id}: answer "${a.id}" leads to "${a.next}", which does not exist`));
    else if (!exists(q.next)) problems.push(`${id}: leads to "${q.next}", which does not exist`);
  }
  // Where someone may be in danger now, 999 is the first thing they see.
  for (const [id, o] of Object.entries(flow.outcomes)) {
    if (o.actions.includes('call-999') && o.actions[0] !== 'call-999') problems.push(`${id}: call-999 must come first`);
  }
  // Loops: a question reachable from itself.
  const state = new Map<NodeId, 'open' | 'done'>();
  const dfs = (id: NodeId, trail: NodeId[]) => {
    if (state.get(id) === 'open') return void problems.push(`${id}: the questions loop (${[...trail.slice(trail.indexOf(id)), id].join(' → ')})`);
    if (state.get(id) === 'done' || !isQuestion(flow, id)) return;
    state.set(id, 'open');
    for (const next of edges.get(id) ?? []) dfs(next, [...trail, id]);
    state.set(id, 'done');
  };
  if (isQuestion(flow, flow.start)) dfs(flow.start, []);
  const reachable = new Set<NodeId>([flow.start]);
  for (const id of reachable) for (const next of edges.get(id) ?? []) reachable.add(next);
  for (const id of [...Object.keys(flow.questions), ...Object.keys(flow.outcomes)]) {
    if (!reachable.has(id)) problems.push(`${id}: cannot be reached from the start`);
  }
  return problems;
}
