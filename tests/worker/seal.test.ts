import { describe, expect, it } from 'vitest';
import { hashOf, keyringFrom, seal, unseal } from '../../functions/core/seal.ts';

const key = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));

describe('sealing requests at rest (AES-GCM, in the Workers runtime)', () => {
  it('opens what it sealed, and rows sealed with an older key after the keys rotate', async () => {
    const old = `k1:${key()}`;
    const before = await keyringFrom(old);
    const row = await seal(before, 'Name: Sam Example', 'FHP-AAAA-BBBB');
    expect(row.keyId).toBe('k1');
    expect(row.sealed).not.toContain('Sam');
    const after = await keyringFrom(`k2:${key()},${old}`);
    expect(after.current).toBe('k2');
    expect(await unseal(after, row.keyId, row.sealed, 'FHP-AAAA-BBBB')).toBe('Name: Sam Example');
    expect((await seal(after, 'x', 'r')).keyId).toBe('k2');
  });

  it('refuses a sealed value moved to another request', async () => {
    const keyring = await keyringFrom(`k1:${key()}`);
    const row = await seal(keyring, 'secret', 'FHP-AAAA-BBBB');
    await expect(unseal(keyring, row.keyId, row.sealed, 'FHP-CCCC-DDDD')).rejects.toThrow();
  });

  it('refuses a missing or malformed key setting, rather than storing anything in the clear', async () => {
    await expect(keyringFrom(undefined)).rejects.toThrow('REQUEST_KEYS is not set');
    await expect(keyringFrom('k1:dG9vIHNob3J0')).rejects.toThrow('32 bytes');
  });

  it('hashes the same way every time, and differently for different input', async () => {
    expect(await hashOf('a')).toBe(await hashOf('a'));
    expect(await hashOf('a')).not.toBe(await hashOf('b'));
  });
});
