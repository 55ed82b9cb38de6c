/**
 * Delivery to a case-management system: a POST signed with HMAC-SHA256, so the receiver
 * can check it came from us and was not changed. The Idempotency-Key lets it ignore repeats.
 */

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

export async function signature(secret: string, timestamp: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return `sha256=${hex(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${timestamp}.${body}`)))}`;
}

export async function postToWebhook(url: string, secret: string, reference: string, payload: unknown, now = new Date()): Promise<void> {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-FHP-Timestamp': timestamp,
      'X-FHP-Signature': await signature(secret, timestamp, body),
      'Idempotency-Key': `${reference}:case-management`,
    },
    body,
  });
  if (!res.ok) throw new Error(`webhook answered ${res.status}`);
}
