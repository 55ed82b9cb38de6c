/** Fills {{name}} placeholders in text resolved at build time, in the browser or the Worker (i18next stays at build time). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
