import { describe, expect, it } from 'vitest';
import { fieldErrors, requestSchema } from '../../src/request/schema.ts';

describe('the request schema', () => {
  it('accepts each kind of request', () => {
    expect(requestSchema.safeParse({ kind: 'ask-for-help', language: 'ur', name: 'A', contact: '07700 900123', message: 'Help with sleep', consent: true }).success).toBe(true);
    expect(requestSchema.safeParse({ kind: 'report-a-concern', language: 'en', concern: 'x', anonymous: true }).success).toBe(true);
    expect(requestSchema.safeParse({ kind: 'professional', language: 'en', name: 'B', role: 'Teacher', agency: 'School', message: 'Advice' }).success).toBe(true);
  });

  it('gives one error per field, as a code the site words in each language', () => {
    const result = requestSchema.safeParse({ kind: 'ask-for-help', language: 'en', name: 'x'.repeat(101), contact: '', message: 'm', consent: 'yes', extra: 1 });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual([
      { field: 'name', code: 'tooLong' },
      { field: 'contact', code: 'required' },
      { field: 'consent', code: 'consentRequired' },
      { field: 'extra', code: 'invalid' },
    ]);
  });
});
