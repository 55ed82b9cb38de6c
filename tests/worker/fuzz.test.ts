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
