/** The address of `path` (which starts and ends with "/") in a language: English unprefixed. Pure, so the Worker uses it too. */
export function localePath(code: string, path = '/'): string {
  return code === 'en' ? path : `/${code}${path}`;
}
