import { describe, expect, it } from 'vitest';
import { askForHelp, fieldErrors, professionalRequest, reportConcern, requestSchema, withoutHiddenAnswers, wantsConfirmation, type FamilyHelpRequest } from '../../src/request/schema.ts';
import { childRows, forms, fieldNames } from '../../src/request/forms.ts';
import { toRequest, valuesFrom } from '../../src/request/form-data.ts';
import { validAskForHelp, validConcern, validProfessional } from '../fixtures/requests.ts';

const errorsOf = (body: object) => {
  const result = requestSchema.safeParse(body);
  return result.success ? [] : fieldErrors(result.error);
};

describe('the request schema', () => {
  it('accepts a full request of each kind', () => {
    for (const body of [validAskForHelp, validConcern, validProfessional]) expect(errorsOf(body)).toEqual([]);
  });

  it('takes as many children as the form has rows for, with the limits the form declares', () => {
    const child = (i: number) => ({ name: `Child ${i}`, age: String(i) });
    const family = (n: number) => ({ ...validAskForHelp, children: Array.from({ length: n }, (_, i) => child(i)) });
    expect(errorsOf(family(childRows))).toEqual([]);
    expect(errorsOf(family(childRows + 1))).toEqual([{ field: 'children', code: 'tooLong' }]);
    expect(errorsOf({ ...validAskForHelp, children: [{ name: 'x'.repeat(101) }] })).toEqual([{ field: 'children.0.name', code: 'tooLong' }]);
    expect(errorsOf({ ...validAskForHelp, children: [{ name: 'Alex', age: 'x'.repeat(31) }] })).toEqual([{ field: 'children.0.age', code: 'tooLong' }]);
  });

  it('names every problem at once, each with its field and a code the site words in six languages', () => {
    const errors = errorsOf({ kind: 'ask-for-help', language: 'en', name: 'x'.repeat(101), children: [], helpWith: [], message: ' ', email: 'not-an-email', phone: '12', safeToContact: 'yes', consent: false, consentVersion: '1', extra: 1 });
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'tooLong' },
        { field: 'children', code: 'required' },
        { field: 'helpWith', code: 'chooseAtLeastOne' },
        { field: 'message', code: 'required' },
        { field: 'email', code: 'email' },
        { field: 'phone', code: 'phone' },
        { field: 'consent', code: 'consentRequired' },
      ]),
    );
    expect(errors.map((e) => e.field)).toContain('extra');
  });

  it('asks how to contact someone only when it is safe, and needs the number or address for each way chosen', () => {
    expect(errorsOf({ ...validAskForHelp, safeToContact: undefined })).toEqual([{ field: 'safeToContact', code: 'chooseOne' }]);
    expect(errorsOf({ ...validAskForHelp, safeToContact: 'no', contactWays: undefined, phone: undefined })).toEqual([]);
    expect(errorsOf({ ...validAskForHelp, contactWays: [] })).toEqual([{ field: 'contactWays', code: 'chooseAtLeastOne' }]);
    expect(errorsOf({ ...validAskForHelp, contactWays: ['email', 'phone'] })).toEqual([
      { field: 'leaveMessage', code: 'chooseOne' },
      { field: 'email', code: 'required' },
    ]);
  });

  it('lets a concern be anonymous, and needs a name only from someone who gives one', () => {
    expect(errorsOf({ ...validConcern, anonymous: 'no' })).toEqual([{ field: 'name', code: 'required' }, { field: 'safeToContact', code: 'chooseOne' }]);
    expect(errorsOf({ ...validConcern, dangerNow: undefined })).toEqual([{ field: 'dangerNow', code: 'chooseOne' }]);
    const anonymous = requestSchema.parse({ ...validConcern, name: 'Typed before choosing', email: 'a@b.example' }) as FamilyHelpRequest;
    expect(withoutHiddenAnswers(anonymous)).not.toHaveProperty('name');
    expect(withoutHiddenAnswers(anonymous)).not.toHaveProperty('email');
  });

  it('records why a professional has not got the family’s consent', () => {
    expect(errorsOf({ ...validProfessional, noConsentReason: undefined, noConsentDetails: undefined })).toEqual([
      { field: 'noConsentReason', code: 'chooseOne' },
      { field: 'noConsentDetails', code: 'required' },
    ]);
    expect(errorsOf({ ...validProfessional, familyConsent: 'yes', noConsentReason: undefined, noConsentDetails: undefined })).toEqual([]);
  });

  it('needs a way to reach a professional, a phone number or an email address, and not the child’s name', () => {
    const { email: _email, childName: _child, ...withoutEmailOrChild } = validProfessional;
    expect(errorsOf({ ...withoutEmailOrChild, phone: '0113 496 0000' })).toEqual([]);
    expect(errorsOf(withoutEmailOrChild)).toEqual([{ field: 'phone', code: 'required' }, { field: 'email', code: 'required' }]);
    // A professional is not asked the family's "Is it safe for us to contact you?".
    expect(errorsOf({ ...validProfessional, safeToContact: 'yes' })).toEqual([{ field: 'safeToContact', code: 'invalid' }]);
  });

  it('sends a confirmation only to someone who asked for one, gave an email and said it is safe', () => {
    const parse = (extra: object) => requestSchema.parse({ ...validAskForHelp, ...extra });
    expect(wantsConfirmation(parse({ email: 'sam@home.example', contactWays: ['email'], confirmByEmail: 'yes' }))).toBe(true);
    expect(wantsConfirmation(parse({ email: 'sam@home.example', contactWays: ['email'], confirmByEmail: 'no' }))).toBe(false);
    expect(wantsConfirmation(parse({ email: 'sam@home.example', safeToContact: 'no', contactWays: undefined, confirmByEmail: 'yes' }))).toBe(false);
    expect(wantsConfirmation(parse({ email: 'sam@home.example', contactWays: ['text'], confirmByEmail: 'yes' }))).toBe(false);
  });
});

describe('the forms and the schema', () => {
  it('ask every question the schema knows, and nothing it does not', () => {
    for (const [kind, form] of Object.entries(forms)) {
      const option = { 'ask-for-help': askForHelp, 'report-a-concern': reportConcern, professional: professionalRequest }[kind]!.def;
      const asked = form.sections.flatMap((s) => s.fields.map((f) => f.name));
      const known = Object.keys(option.shape).filter((k) => !['kind', 'language', 'website', 'consentVersion'].includes(k));
      expect(asked.sort(), kind).toEqual(known.sort());
    }
  });

  it('turn a posted form into the same request the island sends', () => {
    const posted = new URLSearchParams([
      ['name', 'Sam Example'], ['children.0.name', 'Alex'], ['children.0.age', '4'], ['children.1.name', 'Jo'], ['children.1.age', 'due in March'],
      ['children.2.name', ''], ['children.2.age', ''], ['helpWith', 'parenting'], ['helpWith', 'money'], ['message', 'We are struggling with bedtimes and bills.'],
      ['phone', '07700 900123'], ['email', ''], ['safeToContact', 'yes'], ['contactWays', 'text'], ['contactTimes', ''], ['consent', 'yes'], ['website', ''],
    ]);
    const request = toRequest('ask-for-help', valuesFrom(posted, 'ask-for-help'), { language: 'en', consentVersion: '2026-11-01' });
    expect(request).toEqual({ ...validAskForHelp, website: '' });
    expect(fieldNames('ask-for-help')).toContain('children.3.age');
  });

  it('drop answers to questions that no longer apply', () => {
    const values = { dangerNow: 'no', concern: 'Worried', anonymous: 'yes', name: 'Typed first', safeToContact: 'yes', contactWays: ['phone'] };
    expect(toRequest('report-a-concern', values, { language: 'en', consentVersion: '1' })).toEqual({ kind: 'report-a-concern', language: 'en', dangerNow: 'no', concern: 'Worried', anonymous: 'yes' });
  });
});
