import { describe, expect, it } from 'vitest';
import { allPaths, answersOnPath, checkFlow, tagsOnPath, walk } from '../../src/worried/engine.ts';
import type { Flow } from '../../src/worried/flow-schema.ts';
import { textProblems } from '../../src/worried/read-flow.ts';
import { loadFlow } from '../support/content.ts';

const { flow, text } = loadFlow();

describe('"Are you worried about a child?": every way through the questions', () => {
  const paths = allPaths(flow);
  console.log(`The questions have ${paths.length} paths from the start to an outcome.`);

  it('has a sound graph: no dead ends, no loops, nothing unreachable', () => {
    expect(checkFlow(flow)).toEqual([]);
  });

  it('ends every path in an outcome, and reaches every outcome', () => {
    for (const path of paths) expect(Object.keys(flow.outcomes)).toContain(path.outcome);
    expect(new Set(paths.map((p) => p.outcome))).toEqual(new Set(Object.keys(flow.outcomes)));
  });

  it('sends every path where a child is in danger now to 999, at once', () => {
    const danger = paths.filter((p) => p.answers.some(([q, a]) => q === 'danger-now' && a === 'yes'));
    expect(danger.length).toBeGreaterThan(0);
    for (const path of danger) expect(path.outcome).toBe('emergency');
    expect(flow.outcomes.emergency!.immediate).toBe(true);
    expect(flow.start).toBe('danger-now');
  });

  it('walks each path to the same outcome the enumeration found', () => {
    for (const path of paths) expect(walk(flow, Object.fromEntries(path.answers)).at).toBe(path.outcome);
  });

  it('asks who is asking second, with a way for parents, the public and professionals', () => {
    expect(flow.questions['danger-now']!.answers.find((a) => a.id === 'no')!.next).toBe('who');
    expect(flow.questions.who!.answers.map((a) => a.id)).toEqual(['parent', 'other-child', 'professional']);
  });

  it('sends anyone who thinks a child is harmed, or is not sure, to the Family Help Point', () => {
    for (const [question, answer] of [['other-harm', 'yes'], ['other-harm', 'not-sure'], ['professional-harm', 'yes']]) {
      const path = paths.find((p) => p.answers.some(([q, a]) => q === question && a === answer))!;
      expect(path.outcome, `${question}=${answer}`).toBe('concern');
    }
  });

  it('gives a parent who is hurt or scared at home domestic abuse help first, then 999, safety and a way to ask for themselves', () => {
    for (const answer of ['yes', 'not-sure']) {
      const path = paths.find((p) => p.answers.some(([q, a]) => q === 'parent-safe' && a === answer))!;
      expect(path.outcome, `parent-safe=${answer}`).toBe('safe-at-home');
    }
    expect(flow.outcomes['safe-at-home']!.actions).toEqual(['call-999', 'domestic-abuse-help', 'safety-advice', 'ask-online', 'contact-now']);
    // Not the anonymous-report words meant for neighbours.
    expect(flow.outcomes['safe-at-home']!.actions).not.toContain('report-online');
  });

  it('shows a neighbour who thinks a family needs support how to help them ask, not a form about their own family', () => {
    const path = paths.find((p) => p.answers.some(([q, a]) => q === 'other-harm' && a === 'no'))!;
    expect(path.outcome).toBe('help-them-ask');
    const actions = flow.outcomes['help-them-ask']!.actions;
    expect(actions).toContain('help-them-ask');
    expect(actions).toContain('report-instead');
    expect(actions).not.toContain('ask-online');
  });

  it('puts 999 first on every outcome that offers it', () => {
    for (const [id, o] of Object.entries(flow.outcomes)) if (o.actions.includes('call-999')) expect(o.actions[0], id).toBe('call-999');
  });

  it('has words for every question, answer and outcome in every language', () => {
    for (const [locale, words] of Object.entries(text)) expect(textProblems(flow, words), locale).toEqual([]);
  });
});

describe('changing an answer', () => {
  it('re-routes, and forgets answers that are no longer on the path', () => {
    const parent = { 'danger-now': 'no', who: 'parent', 'parent-safe': 'no', 'parent-help': 'school', 'parent-coping': 'struggling' };
    expect(walk(flow, parent).at).toBe('family-help');
    const changed = { ...parent, who: 'other-child' };
    expect(walk(flow, changed)).toEqual({ asked: ['danger-now', 'who'], at: 'other-harm' });
    expect(answersOnPath(flow, changed)).toEqual({ 'danger-now': 'no', who: 'other-child' });
    expect(walk(flow, { ...changed, 'other-harm': 'not-sure' }).at).toBe('concern');
  });

  it('collects the kinds of service and the concerns on the path', () => {
    const answers = { 'danger-now': 'no', who: 'parent', 'parent-safe': 'no', 'parent-help': 'own-wellbeing', 'parent-coping': 'managing' };
    expect(tagsOnPath(flow, answers, 'services')).toEqual(['mental-health', 'drugs-alcohol']);
    expect(tagsOnPath(flow, answers, 'concerns')).toEqual(['parental-mental-health', 'drugs-alcohol']);
  });

  it('ignores an answer that is not one of the choices', () => {
    expect(walk(flow, { 'danger-now': 'maybe' })).toEqual({ asked: [], at: 'danger-now' });
  });
});

describe('checking a flow', () => {
  const base = (): Flow => ({
    start: 'a',
    questions: { a: { type: 'radios', answers: [{ id: 'x', next: 'b' }, { id: 'y', next: 'done' }] }, b: { type: 'radios', answers: [{ id: 'x', next: 'done' }, { id: 'y', next: 'done' }] } },
    outcomes: { done: { actions: ['contact-now'], immediate: false }, other: { actions: ['contact-now'], immediate: false } },
  });

  it('names an outcome that cannot be reached', () => {
    expect(checkFlow(base())).toEqual(['other: cannot be reached from the start']);
  });

  it('names an answer that leads nowhere', () => {
    const flow = base();
    delete flow.outcomes.other;
    flow.questions.b!.answers[1]!.next = 'nowhere';
    expect(checkFlow(flow)).toEqual(['b: answer "y" leads to "nowhere", which does not exist']);
  });

  it('names a loop', () => {
    const flow = base();
    delete flow.outcomes.other;
    flow.questions.b!.answers[0]!.next = 'a';
    expect(checkFlow(flow)).toEqual(['a: the questions loop (a → b → a)']);
  });

  it('names an outcome where 999 is not first', () => {
    const flow = base();
    flow.outcomes.other!.actions = ['contact-now', 'call-999'];
    expect(checkFlow(flow)).toEqual(['other: call-999 must come first', 'other: cannot be reached from the start']);
  });

  it('names missing words in a language', () => {
    const words = structuredClone(text.pl!);
    delete words.questions.who!.answers.professional;
    delete words.outcomes.universal;
    expect(textProblems(flow, words)).toEqual(['who: no words for answer "professional"', 'universal: no words for this outcome']);
  });

  it('walks checkbox questions: any valid choice moves on', () => {
    const flow: Flow = {
      start: 'needs',
      questions: { needs: { type: 'checkboxes', next: 'done', answers: [{ id: 'money', services: ['money'] }, { id: 'school', services: ['school-attendance'] }] } },
      outcomes: { done: { actions: ['services'], immediate: false } },
    };
    expect(checkFlow(flow)).toEqual([]);
    expect(walk(flow, { needs: ['money', 'school'] }).at).toBe('done');
    expect(walk(flow, { needs: [] }).at).toBe('needs');
    expect(walk(flow, { needs: ['money', 'bogus'] }).at).toBe('needs');
    expect(tagsOnPath(flow, { needs: ['money', 'school'] }, 'services')).toEqual(['money', 'school-attendance']);
  });
});
