/**
 * Walks every request form through every combination of shown and hidden questions it can
 * reach, and proves that what the island checks one part at a time, the "(optional)"
 * labels and the final schema (the one the Worker applies) agree.
 */
import { describe, expect, it } from 'vitest';
import { allFields, forms, isRequired, isShown, sectionOf, type Condition, type Field, type Values } from '../../src/request/forms.ts';
import { toRequest } from '../../src/request/form-data.ts';
import { requestErrors, stepErrors, type FieldError } from '../../src/request/schema.ts';
import { requestKinds, type RequestKind } from '../../src/request/choices.ts';

const fixed = { language: 'en', consentVersion: '2026-11-01' };

/** A valid answer a person might give to each kind of question. */
function sampleAnswer(field: Field): Values {
  switch (field.type) {
    case 'children':
      return { 'children.0.name': 'Alex' };
    case 'consent':
      return { consent: 'yes' };
    case 'email':
      return { [field.name]: 'sam@home.example' };
    case 'tel':
      return { [field.name]: '07700 900123' };
    case 'radios':
      return { [field.name]: field.options![0]! };
    case 'checkboxes':
      return { [field.name]: [field.options![0]!] };
    default:
      return { [field.name]: 'Some words about it' };
  }
}

const conditionsOf = (field: Field): Condition[] => [field.showIf, field.requiredIf].filter((c): c is Condition => !!c);

/** The states each question that others depend on can be in: unanswered, each choice (or set of ticks), or given. */
function statesOf(field: Field): Values[] {
  if (field.type === 'radios') return [{}, ...field.options!.map((o) => ({ [field.name]: o }))];
  if (field.type === 'checkboxes') {
    const subsets = field.options!.reduce<string[][]>((all, o) => [...all, ...all.map((s) => [...s, o])], [[]]);
    return subsets.map((s) => (s.length ? { [field.name]: s } : {}));
  }
  return [{}, sampleAnswer(field)];
}

/** The questions other questions depend on. */
const controllingNames = (kind: RequestKind) => new Set(allFields(kind).flatMap((f) => conditionsOf(f).map((c) => c.field)));

/** Every reachable combination: the product of the states of the questions others depend on. */
function combinations(kind: RequestKind): Values[] {
  const controlling = controllingNames(kind);
  return allFields(kind)
    .filter((f) => controlling.has(f.name))
    .reduce<Values[]>((all, f) => all.flatMap((values) => statesOf(f).map((state) => ({ ...values, ...state }))), [{}]);
}

/** A person's answers for one combination: every other required question answered, every optional one left empty. */
function answersFor(kind: RequestKind, controlling: Values): Values {
  const fixedByCombination = controllingNames(kind);
  let values = { ...controlling };
  for (const field of allFields(kind)) {
    if (fixedByCombination.has(field.name)) continue;
    if (isRequired(field, values, kind)) values = { ...values, ...sampleAnswer(field) };
  }
  return values;
}

/** What the island checks before leaving part `section`: only the answers given so far. */
function islandStep(kind: RequestKind, section: number, values: Values): FieldError[] {
  const askedSoFar = new Set(forms[kind].sections.slice(0, section + 1).flatMap((s) => s.fields.flatMap((f) => (f.type === 'children' ? ['children'] : [f.name]))));
  const soFar = Object.fromEntries(Object.entries(values).filter(([name]) => askedSoFar.has(name.split('.')[0]!)));
  return stepErrors(kind, section, toRequest(kind, soFar, fixed));
}

/** Required questions that are shown and empty: what a person must be told, each at its own part. */
function expectedErrors(kind: RequestKind, values: Values): string[] {
  const request = toRequest(kind, values, fixed);
  return allFields(kind)
    .filter((f) => isRequired(f, values, kind) && request[f.name] === undefined)
    .map((f) => f.name)
    .sort();
}

const names = (errors: FieldError[]) => errors.map((e) => e.field.split('.')[0]!).sort();

describe('every form, walked through every combination of questions it can show', () => {
  for (const kind of requestKinds) {
    const walks = combinations(kind);

    it(`${kind}: a question depends only on answers given in its own part or before`, () => {
      for (const field of allFields(kind)) {
        for (const condition of conditionsOf(field)) {
          expect(sectionOf(kind, condition.field), `${field.name} depends on ${condition.field}`).toBeGreaterThanOrEqual(0);
          expect(sectionOf(kind, condition.field), `${field.name} depends on ${condition.field}`).toBeLessThanOrEqual(sectionOf(kind, field.name));
        }
      }
    });

    it(`${kind}: the parts refuse exactly what the final schema refuses, each where it is asked (${walks.length} combinations)`, () => {
      expect(walks.length).toBeGreaterThan(1);
      for (const controlling of walks) {
        const values = answersFor(kind, controlling);
        const final = requestErrors(toRequest(kind, values, fixed));
        const label = `${kind} ${JSON.stringify(controlling)}`;
        expect(names(final), label).toEqual(expectedErrors(kind, values));
        const byPart = forms[kind].sections.flatMap((_, i) => islandStep(kind, i, values).map((e) => ({ ...e, part: i })));
        expect(names(byPart), label).toEqual(names(final));
        for (const error of byPart) {
          // Refused at the part that asks it, where it is on screen.
          expect(sectionOf(kind, error.field), label).toBe(error.part);
          expect(isShown(allFields(kind).find((f) => f.name === error.field.split('.')[0])!, values, kind), label).toBe(true);
        }
      }
    });

    it(`${kind}: a question labelled "(optional)" is accepted empty; one that is not is refused empty, at its own part`, () => {
      for (const controlling of walks) {
        const values = answersFor(kind, controlling);
        if (requestErrors(toRequest(kind, values, fixed)).length) continue; // only from a complete set of answers
        for (const field of allFields(kind).filter((f) => isShown(f, values, kind) && !controllingNames(kind).has(f.name))) {
          const without = Object.fromEntries(Object.entries(values).filter(([name]) => name.split('.')[0] !== field.name));
          const label = `${kind} ${field.name} empty, after ${JSON.stringify(controlling)}`;
          const partErrors = names(islandStep(kind, sectionOf(kind, field.name), without));
          const finalErrors = names(requestErrors(toRequest(kind, without, fixed)));
          if (!isRequired(field, values, kind)) {
            expect(partErrors, label).toEqual([]);
            expect(finalErrors, label).toEqual([]);
          } else {
            expect(partErrors, label).toEqual([field.name]);
            expect(finalErrors, label).toEqual([field.name]);
          }
        }
      }
    });

    it(`${kind}: on the one-page form, "(optional)" is said only of a question no combination requires`, () => {
      for (const field of allFields(kind).filter((f) => f.optional)) {
        for (const controlling of walks) expect(isRequired(field, answersFor(kind, controlling), kind), field.name).toBe(false);
      }
    });
  }

  it('includes the journeys people were stopped on', () => {
    // "Phone call" ticked, no number, no answer about messages: refused at part 4, not at Send.
    const firstParts = { name: 'Sam', 'children.0.name': 'Alex', helpWith: ['money'], message: 'Bills' };
    const phoneCall = islandStep('ask-for-help', 3, { ...firstParts, safeToContact: 'yes', contactWays: ['phone'] });
    expect(phoneCall).toEqual([{ field: 'phone', code: 'required' }, { field: 'leaveMessage', code: 'chooseOne' }]);
    expect(islandStep('ask-for-help', 3, firstParts)).toEqual([{ field: 'safeToContact', code: 'chooseOne' }]);
    // A teacher with a phone and no email can send.
    expect(requestErrors(toRequest('professional', answersFor('professional', { phone: '0113 496 0000', familyConsent: 'yes' }), fixed))).toEqual([]);
  });
});
