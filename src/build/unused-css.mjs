/**
 * PostCSS plugin: drops the CSS rules (most of them GOV.UK Frontend's) for classes no page
 * uses, so every page downloads only what some page of the site can show. A class counts as
 * used when its name is written anywhere in the code or content that makes the pages
 * (`sources`), or it matches one of `keep`: the few class names made up while rendering
 * (`govuk-${kind}__item` for radios and checkboxes, `govuk-input--width-${width}`…).
 * A selector is kept when every class it needs is used; a class inside :not() is not needed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const textFiles = /\.(astro|tsx?|mjs|md|ya?ml|json)$/;

/**
 * Every word that could be a class name in the files under these folders.
 * @param {string[]} folders
 */
export function usedWords(folders) {
  const words = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (textFiles.test(entry.name)) for (const word of readFileSync(path, 'utf8').match(/[\w!-]+/g) ?? []) words.add(word);
    }
  };
  for (const folder of folders) walk(folder);
  return words;
}

/** The selector without its :not(…) parts (nested brackets included). */
function withoutNot(selector) {
  let out = '';
  for (let i = 0; i < selector.length; i++) {
    if (selector.startsWith(':not(', i)) {
      let depth = 0;
      for (; i < selector.length; i++) {
        if (selector[i] === '(') depth++;
        else if (selector[i] === ')' && --depth === 0) break;
      }
    } else out += selector[i];
  }
  return out;
}

/** The class names a selector needs, unescaped (".govuk-\!-margin-0" needs "govuk-!-margin-0"). */
export function classesIn(selector) {
  return [...withoutNot(selector).matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1].replace(/\\(.)/g, '$1'));
}

/** @param {{ sources: string[]; keep?: RegExp[] }} options */
export default function unusedCss({ sources, keep = [] }) {
  const words = usedWords(sources);
  const used = (name) => words.has(name) || keep.some((pattern) => pattern.test(name));
  return {
    postcssPlugin: 'unused-css',
    OnceExit(root) {
      root.walkRules((rule) => {
        if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return;
        const selectors = rule.selectors.filter((selector) => classesIn(selector).every(used));
        if (selectors.length === 0) rule.remove();
        else if (selectors.length < rule.selectors.length) rule.selectors = selectors;
      });
      // At-rules left with nothing in them (a media query whose rules all went), inside out.
      for (let emptied = true; emptied; ) {
        emptied = false;
        root.walkAtRules((atRule) => {
          if (atRule.nodes && atRule.nodes.length === 0) (atRule.remove(), (emptied = true));
        });
      }
    },
  };
}
unusedCss.postcss = true;
