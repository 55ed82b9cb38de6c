/**
 * A small GOV.UK Notify client (email only), on fetch and WebCrypto. Notify's API key is
 * "<name>-<service id>-<secret key>"; each call carries a JWT (HS256) signed with the secret.
 */

const base64url = (bytes: Uint8Array | string) =>
  btoa(typeof bytes === 'string' ? bytes : String.fromCharCode(...bytes)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

export function parseApiKey(apiKey: string): { serviceId: string; secret: string } {
  const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
  const m = new RegExp(`(${uuid})-(${uuid})$`).exec(apiKey);
  if (!m) throw new Error('NOTIFY_API_KEY is not a GOV.UK Notify API key');
  return { serviceId: m[1]!, secret: m[2]! };
}

export async function notifyToken(apiKey: string, now: Date): Promise<string> {
  const { serviceId, secret } = parseApiKey(apiKey);
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
  const claims = base64url(JSON.stringify({ iss: serviceId, iat: Math.floor(now.getTime() / 1000) }));
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${header}.${claims}`)));
  return `${header}.${claims}.${base64url(signature)}`;
}

export interface NotifyEmail {
  to: string;
  templateId: string;
  personalisation: Record<string, string>;
  /** Our request reference: Notify stores it, so a delivery can be traced without personal data. */
  reference: string;
}

/** Sends one email. Throws with Notify's status (never the content) when Notify says no. */
export async function sendEmail(baseUrl: string, apiKey: string, email: NotifyEmail, now = new Date()): Promise<string> {
  const res = await fetch(`${baseUrl.replace(/\/$/, '')}/v2/notifications/email`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await notifyToken(apiKey, now)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email_address: email.to, template_id: email.templateId, personalisation: email.personalisation, reference: email.reference }),
  });
  if (res.status !== 201) throw new Error(`Notify answered ${res.status}`);
  return ((await res.json()) as { id: string }).id;
}
