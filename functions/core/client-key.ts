/**
 * The per-client key the rate limits count under: an HMAC of the client's address and the
 * day under a secret (RATE_LIMIT_KEYS). A plain hash of an IPv4 address can be reversed by
 * trying all four billion; without the secret, a copy of the database cannot be.
 *
 * RATE_LIMIT_KEYS holds "id:base64key" pairs, newest first (make a key with
 * `openssl rand -base64 32`). Rotate without downtime: put the new key first and keep the
 * old one after it. New counts use the newest key; a client's count restarts once, for at
 * most the minute in which the key changed. Remove the old key a minute later.
 */
export interface ClientKeys {
  /** The key id new counts are made with. */
  current: string;
  key: CryptoKey;
}

export async function clientKeysFrom(secret: string | undefined): Promise<ClientKeys> {
  if (!secret) throw new Error('RATE_LIMIT_KEYS is not set');
  // Every entry is checked, the old ones too: a mistyped old key is found when it is set, not
  // on the day it becomes the newest.
  const keys: ClientKeys[] = [];
  for (const pair of secret.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [id, material, ...rest] = pair.split(':');
    let raw = new Uint8Array(0);
    try {
      raw = Uint8Array.from(atob(material ?? ''), (c) => c.charCodeAt(0));
    } catch {
      // Not base64: refused below.
    }
    if (!id || rest.length || raw.byteLength < 32) throw new Error('RATE_LIMIT_KEYS: each entry must be id:base64 of at least 32 bytes');
    if (keys.some((k) => k.current === id)) throw new Error(`RATE_LIMIT_KEYS: the id "${id}" is used twice`);
    keys.push({ current: id, key: await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']) });
  }
  if (!keys[0]) throw new Error('RATE_LIMIT_KEYS is not set');
  return keys[0];
}

/** The key a client's counts are kept under, for one purpose ("requests", "status") and one day. */
export async function clientKey(keys: ClientKeys, purpose: string, client: string, day: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', keys.key, new TextEncoder().encode(`${purpose}|${client}|${day}`)));
  let text = '';
  for (const byte of mac) text += String.fromCharCode(byte);
  return `${keys.current}:${btoa(text)}`;
}
