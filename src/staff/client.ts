/** Small helpers the staff pages share (in the browser). */

export type Words = { [key: string]: string | Words };

/** A word by its path ("queue.columns.due"), with {{name}} filled in. */
export function say(words: Words, path: string, values: Record<string, string | number> = {}): string {
  const found = path.split('.').reduce<unknown>((at, key) => (at as Words | undefined)?.[key], words);
  const text = typeof found === 'string' ? found : path;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** "Mon 23 Nov 2026, 17:00" in the council's time zone. */
export function when(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(iso))
    .replace(/^(\w+),/, '$1')
    .replace(' at ', ', ');
}

export class SignedOut extends Error {}

/** JSON from the staff API; a 403 means the sign-in ended. */
export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (res.status === 403) throw new SignedOut();
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}
