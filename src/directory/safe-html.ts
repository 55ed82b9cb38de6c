import sanitizeHtml from 'sanitize-html';

/**
 * Descriptions in other directories' feeds are often HTML written in a web editor. At build
 * time (never in the browser) sanitize-html keeps an allow-list and drops everything else:
 * scripts, styles, event handlers, iframes, images and any link that is not http(s).
 * Headings are demoted below the service page's h1 and h2 ("What they offer").
 */

const isWebLink = (href: string | undefined) => !!href && /^https?:\/\/[^\s]+$/i.test(href.trim());

const heading = (): sanitizeHtml.Transformer => (_tag, _attribs) => ({ tagName: 'h3', attribs: { class: 'govuk-heading-s' } });
const minorHeading = (): sanitizeHtml.Transformer => () => ({ tagName: 'h4', attribs: { class: 'govuk-heading-s' } });

const richOptions: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'b', 'strong', 'i', 'em', 'a', 'h3', 'h4'],
  allowedAttributes: { a: ['href', 'rel', 'class'], p: ['class'], ul: ['class'], ol: ['class'], li: [], h3: ['class'], h4: ['class'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Their text is code or fallback, never words for the reader.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'math', 'select', 'button'],
  transformTags: {
    h1: heading(),
    h2: heading(),
    h3: heading(),
    h4: minorHeading(),
    h5: minorHeading(),
    h6: minorHeading(),
    p: () => ({ tagName: 'p', attribs: { class: 'govuk-body' } }),
    ul: () => ({ tagName: 'ul', attribs: { class: 'govuk-list govuk-list--bullet' } }),
    ol: () => ({ tagName: 'ol', attribs: { class: 'govuk-list govuk-list--number' } }),
    div: () => ({ tagName: 'p', attribs: { class: 'govuk-body' } }),
    // target="" (or _blank) is dropped: links open in the same tab, and rel="noopener" in case a browser still opens one.
    // Any other link keeps its words and loses its address (the bare <a> is unwrapped below).
    a: (_tag, attribs) => ({ tagName: 'a', attribs: isWebLink(attribs.href) ? { href: attribs.href!.trim(), rel: 'noopener', class: 'govuk-link' } : ({} as sanitizeHtml.Attributes) }),
  },
  // A non-breaking space is how web editors make empty lines: read it as an ordinary space.
  textFilter: (text) => text.replace(/\u00a0/g, ' '),
  // Paragraphs and list items left empty (often <p>&nbsp;</p>) are dropped.
  exclusiveFilter: (frame) => ['p', 'li', 'h3', 'h4', 'b', 'strong', 'i', 'em'].includes(frame.tag) && !frame.text.replace(/\u00a0/g, ' ').trim() && !frame.mediaChildren.length && frame.tag !== 'br',
};

/** True when a description is HTML rather than plain words. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*[\s>/]/i.test(text) || /&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);
}

/** The allowed, formatted part of an HTML description, safe to write into a page as HTML. */
export function safeHtml(html: string): string {
  return sanitizeHtml(html, richOptions)
    .replace(/<a>([\s\S]*?)<\/a>/g, '$1')
    .replace(/(<br \/>\s*){2,}/g, '<br />')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

// sanitize-html writes text with only these entities; read back, the text is plain again.
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The words of an HTML fragment as plain text (for cards, search summaries and the export). */
export function plainText(html: string): string {
  const blocksSpaced = html.replace(/<\/?(br|p|li|h\d|div|ul|ol)\b[^>]*>/gi, ' $& ');
  return sanitizeHtml(blocksSpaced, { allowedTags: [], allowedAttributes: {}, nonTextTags: richOptions.nonTextTags, textFilter: (t) => t.replace(/\u00a0/g, ' ') })
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}
