import fc from 'fast-check';
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const worker = (exports as unknown as { default: Fetcher }).default;
const origin = 'http://localhost';

/** Bodies that look a bit like requests: right and wrong kinds, types, sizes and extra fields. */
const field = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
const body = fc.oneof(
  fc.record(
    {
      kind: fc.oneof(fc.constantFrom('ask-for-help', 'report-a-concern', 'professional'), fc.string()),
      language: fc.oneof(fc.constantFrom('en', 'pl', 'ar'), fc.string()),
      name: field, email: field, phone: field, message: field, concern: field, anonymous: field, consent: field, consentVersion: field,
      children: fc.oneof(field, fc.array(fc.record({ name: field, age: field }, { requiredKeys: [] }), { maxLength: 8 })),
      helpWith: field, safeToContact: fc.oneof(fc.constantFrom('yes', 'no'), field), contactWays: fc.oneof(fc.constant(['phone', 'email']), field),
      dangerNow: field, familyConsent: fc.oneof(fc.constantFrom('yes', 'no'), field), level: field,
      role: field, agency: field, worries: field, childName: field, website: fc.oneof(fc.constant(''), fc.string()),
    },
    { requiredKeys: [] },
  ).map((o) => JSON.stringify(o)),
  fc.json(),
  fc.string(),
);

describe('POST /api/requests under thousands of generated bodies', () => {
  it('never answers with a server error', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (text, withKey) => {
        const res = await worker.fetch(`${origin}/api/requests`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json', Origin: origin, 'CF-Connecting-IP': `198.51.100.${n++ % 250}`,
            ...(withKey ? { 'Idempotency-Key': `k${n}` } : {}),
          },
          body: text,
        });
        await res.arrayBuffer();
        expect(res.status).toBeLessThan(500);
        expect([201, 400, 422, 429]).toContain(res.status);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});

/** Plain form posts (no JavaScript): any fields, any values, any step, any language. */
const formBody = fc
  .tuple(fc.constantFrom('ask-for-help', 'report-a-concern', 'professional', 'complaint'), fc.constantFrom('check', 'send', 'edit'), fc.array(
    fc.tuple(
      fc.oneof(fc.constantFrom('kind', 'language', 'step', 'key', 'name', 'children.0.name', 'helpWith', 'consent', 'safeToContact', 'contactWays', 'anonymous', 'dangerNow', 'concern', 'website'), fc.string()),
      fc.oneof(fc.constantFrom('ask-for-help', 'report-a-concern', 'professional', 'check', 'send', 'edit', 'yes', 'no', 'en', 'ar', 'xx', ''), fc.string()),
    ),
    { maxLength: 20 },
  ))
  .map(([kind, step, pairs]) => new URLSearchParams([['kind', kind], ['step', step], ...pairs]).toString());

describe('POST /api/forms/request under generated form posts', () => {
  it('never answers with a server error', async () => {
    let n = 0;
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(formBody, async (text) => {
        const res = await worker.fetch(`${origin}/api/forms/request`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin, 'CF-Connecting-IP': `198.51.100.${n++ % 250}` },
          body: text,
        });
        await res.arrayBuffer();
        seen.add(res.status);
        expect([200, 400, 422, 429]).toContain(res.status);
      }),
      { numRuns: 500 },
    );
    // The bodies reach the pages, not only the first refusal.
    expect([...seen].sort()).toEqual(expect.arrayContaining([200, 400, 422]));
  }, 120_000);
});
