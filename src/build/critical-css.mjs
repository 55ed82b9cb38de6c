/**
 * PostCSS plugin: the critical CSS, the parts of the site's stylesheet a page needs to paint its
 * first screen (src/styles/critical-parts.mjs). They go inline in every page's <head>, each
 * allowed by its hash in the CSP, so the first screen paints from the first round trip; the
 * whole stylesheet follows at the end of <body> without holding up the first paint. Applied
 * only to the stylesheet imported as `site.scss?inline&part=<part>&critical` (src/styles/critical.ts).
 *
 * A rule is in a part when every class it needs is in that part or in `base` (or starts with
 * one of the prefixes), and, for a part other than base, one of them is in that part. Rules that
 * need no class (the page, headings, links) are in base.
 */
import { classesIn } from './unused-css.mjs';

/** The custom property that carries a rule's place in the stylesheet, until the build's end. */
export const orderProperty = '--fhp-critical-order';

/** @param {{ parts: Record<string, string[]>; prefixes?: string[] }} options */
export default function criticalCss({ parts, prefixes = [] }) {
  const blockOf = (name) => name.replace(/(__|--).*$/, '');
  const inPart = (part, name) => parts[part].includes(blockOf(name)) || parts[part].includes(name);
  return {
    postcssPlugin: 'critical-css',
    OnceExit(root, { result }) {
      const from = result.opts.from ?? '';
      if (!/[?&]critical\b/.test(from)) return;
      const part = /[?&]part=(\w+)/.exec(from)?.[1] ?? 'base';
      if (!parts[part]) throw new Error(`critical CSS: no part "${part}" in src/styles/critical-parts.mjs`);
      const allowed = (name) => inPart('base', name) || inPart(part, name) || prefixes.some((p) => name.startsWith(p));
      const wanted = (classes) => classes.every(allowed) && (part === 'base' || classes.some((name) => inPart(part, name)));
      // Animations start after the first paint, and print is not the screen.
      root.walkAtRules(/keyframes$|^font-face$/, (atRule) => atRule.remove());
      root.walkAtRules('media', (atRule) => {
        if (atRule.params.trim() === 'print') atRule.remove();
      });
      // Each rule's place in the whole stylesheet, for putting a page's parts together in order
      // (src/build/critical-parts-trim.mjs reads and removes it; a minifier keeps custom properties).
      let place = 0;
      root.walkRules((rule) => {
        rule.append({ prop: orderProperty, value: String(place++) });
      });
      root.walkRules((rule) => {
        const selectors = rule.selectors.filter((selector) => wanted(classesIn(selector)));
        if (selectors.length === 0) rule.remove();
        else if (selectors.length < rule.selectors.length) rule.selectors = selectors;
      });
      for (let emptied = true; emptied; ) {
        emptied = false;
        root.walkAtRules((atRule) => {
          if (atRule.nodes && atRule.nodes.length === 0) (atRule.remove(), (emptied = true));
        });
      }
    },
  };
}
criticalCss.postcss = true;
