/** Text made safe to put into HTML, SVG or XML, as element text or a double-quoted attribute. Pure. */
export const escapeMarkup = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
