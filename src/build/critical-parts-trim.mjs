import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import { partsFor } from '../styles/critical-parts.mjs';
import { mainStart } from '../directory/service-pages.ts';
import { orderProperty } from './critical-css.mjs';

/**
 * Astro integration: every page is built with every critical CSS part inline
 * (<style data-critical="…">, src/site/Layout.astro); after the build each page keeps only the
 * parts its own classes need (src/styles/critical-parts.mjs), so a page without a form carries
 * no form CSS. The Worker's answers to forms are these pages with the form swapped. A service
 * page shell keeps what its language's service parts use as well: the Worker puts them into it.
 *
 * The parts a page keeps become one <style>, its rules in the whole stylesheet's order: a rule
 * in one part may override one in another (a warning alert's smaller margin, in base, overrides
 * GOV.UK's notification banner's, in warnings), and parts one after another would reverse that.
 */
export default function criticalPartsTrim() {
  return {
    name: 'critical-parts-trim',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const merged = new Map();
        const walk = (folder) => {
          for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) walk(path);
            else if (entry.name.endsWith('.html')) {
              const html = readFileSync(path, 'utf8');
              if (!html.includes('data-critical=')) continue;
              const keep = partsFor(html.includes(mainStart) ? html + serviceParts(join(folder, '..', 'parts')) : html);
              const css = Object.fromEntries([...html.matchAll(/<style data-critical="(\w+)">([\s\S]*?)<\/style>/g)].map((m) => [m[1], m[2]]));
              const key = keep.join(' ');
              if (!merged.has(key)) merged.set(key, inSourceOrder(keep.map((part) => css[part] ?? '')));
              let first = true;
              const trimmed = html.replace(/<style data-critical="(\w+)">[\s\S]*?<\/style>/g, () => {
                if (!first) return '';
                first = false;
                return `<style data-critical="${key}">${merged.get(key)}</style>`;
              });
              writeFileSync(path, trimmed);
            }
          }
        };
        walk(dist);
      },
    },
  };
}

/** Every service part of a language, one after another (src/directory/service-pages.ts). */
function serviceParts(folder) {
  return readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => readFileSync(join(folder, e.name, 'index.html'), 'utf8')).join('');
}

/** "@media (…) > @supports (…)": the at-rules a rule is inside. */
const contextOf = (node) => {
  const chain = [];
  for (let p = node.parent; p && p.type === 'atrule'; p = p.parent) chain.unshift(`@${p.name} ${p.params}`);
  return chain;
};

/** The parts' rules together, in the whole stylesheet's order, each in its at-rules. */
export function inSourceOrder(parts) {
  const rules = [];
  const seen = new Set();
  parts.forEach((css, part) => {
    let last = -1;
    postcss.parse(css).walkRules((rule) => {
      let at = Infinity;
      rule.walkDecls(orderProperty, (decl) => {
        at = Math.min(at, Number(decl.value));
        decl.remove();
      });
      // A rule without its place (a minifier joined it to another) keeps its place in its part.
      last = Number.isFinite(at) ? at : last + 0.001;
      const text = `${rule.selector}{${rule.nodes.map((n) => n.toString()).join(';')}}`;
      const context = contextOf(rule);
      const key = `${last}|${context.join(' > ')}|${text}`;
      if (rule.nodes.length && !seen.has(key)) (seen.add(key), rules.push({ at: last, part, context, text }));
    });
  });
  rules.sort((a, b) => a.at - b.at || a.part - b.part);
  let out = '';
  let open = [];
  for (const rule of rules) {
    let same = 0;
    while (same < open.length && same < rule.context.length && open[same] === rule.context[same]) same += 1;
    out += '}'.repeat(open.length - same) + rule.context.slice(same).map((c) => `${c}{`).join('') + rule.text;
    open = rule.context;
  }
  return out + '}'.repeat(open.length);
}
