/**
 * Private at rest: personal details are sealed with AES-GCM before they reach the
 * database. Keys come from a Worker secret; each row records which key sealed it, so keys
 * can be rotated (add a new key first in the secret; old rows still open with old keys).
 */

export interface Keyring {
  /** The key id new rows are sealed with. */
  current: string;
  keys: Map<string, CryptoKey>;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/**
 * Reads the secret REQUEST_KEYS: "id:base64key" pairs separated by commas, newest first,
 * each key 32 random bytes (make one with `openssl rand -base64 32`).
 */
export async function keyringFrom(secret: string | undefined): Promise<Keyring> {
  if (!secret) throw new Error('REQUEST_KEYS is not set');
  const keys = new Map<string, CryptoKey>();
  for (const pair of secret.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [id, material] = pair.split(':');
    const raw = fromBase64(material ?? '');
    if (!id || raw.byteLength !== 32) throw new Error('REQUEST_KEYS: each entry must be id:base64 of 32 bytes');
    keys.set(id, await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']));
  }
  return { current: secret.split(':')[0]!.trim(), keys };
}

/** Seals text for one request; `context` (the reference) is bound in, so rows cannot be swapped. */
export async function seal(keyring: Keyring, text: string, context: string): Promise<{ keyId: string; sealed: string }> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = keyring.keys.get(keyring.current)!;
  const data = new TextEncoder().encode(text);
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) }, key, data);
  const out = new Uint8Array(iv.byteLength + cipher.byteLength);
  out.set(iv);
  out.set(new Uint8Array(cipher), iv.byteLength);
  return { keyId: keyring.current, sealed: toBase64(out) };
}

export async function unseal(keyring: Keyring, keyId: string, sealed: string, context: string): Promise<string> {
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error(`No key "${keyId}" in REQUEST_KEYS`);
  const bytes = fromBase64(sealed);
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: bytes.slice(0, 12), additionalData: new TextEncoder().encode(context) },
    key,
    bytes.slice(12),
  );
  return new TextDecoder().decode(plain);
}

/** A one-way hash for things we check but never need to read back (status codes, idempotency keys, clients). */
export async function hashOf(text: string): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}
