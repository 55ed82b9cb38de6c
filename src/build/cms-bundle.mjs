// @ts-check
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Serves the editor (Sveltia CMS, installed from npm at a pinned version) from our own site
 * at /admin/, so it asks no other website for anything:
 * - its fonts, which it would fetch from cdn.jsdelivr.net, come from the same Fontsource
 *   packages on npm and are served from /admin/fonts/;
 * - its "new version available" check (unpkg.com) and GitHub status check (githubstatus.com)
 *   are answered in place, without the network.
 * Each change must apply exactly as expected: after an upgrade of @sveltia/cms the build
 * stops here until someone checks the new version again.
 */
const cmsDist = join(dirname(fileURLToPath(import.meta.resolve('@sveltia/cms'))), '..', 'dist');
const fontUrl = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[\d.]+\/([a-z0-9-]+\.woff2)/g;

/**
 * @param {string} source the CMS bundle
 * @returns {{ code: string, fonts: { file: string, from: string }[] }}
 */
export function selfHostedBundle(source) {
  /** @type {{ file: string, from: string }[]} */
  const fonts = [];
  let code = source.replace(fontUrl, (_url, name, variable, file) => {
    const local = `${name}-${file}`;
    fonts.push({ file: local, from: `@fontsource${variable ? '-variable' : ''}/${name}/files/${local}` });
    return `/admin/fonts/${local}`;
  });
  if (fonts.length !== 3) throw new Error(`cms-bundle: expected 3 font addresses in Sveltia CMS, found ${fonts.length}. Check the new version.`);
  const replace = (/** @type {RegExp} */ pattern, /** @type {string} */ by, /** @type {string} */ what) => {
    const found = code.match(new RegExp(pattern, 'g'))?.length ?? 0;
    if (found !== 1) throw new Error(`cms-bundle: expected the ${what} once in Sveltia CMS, found it ${found} times. Check the new version.`);
    code = code.replace(pattern, by);
  };
  replace(/`\$\{\w+\}\/package\.json`/, '`data:application/json,{}`', 'new-version check');
  replace(/https:\/\/www\.githubstatus\.com\/api\/v2\/status\.json/, 'data:application/json,{"status":{"indicator":"none"}}', 'GitHub status check');
  return { code, fonts };
}

/**
 * Writes the editor's script and fonts into a folder of the built site.
 * @param {string} admin
 */
function writeEditor(admin) {
  const { code, fonts } = selfHostedBundle(readFileSync(join(cmsDist, 'sveltia-cms.js'), 'utf8'));
  mkdirSync(join(admin, 'fonts'), { recursive: true });
  mkdirSync(join(admin, 'chunks'), { recursive: true });
  writeFileSync(join(admin, 'sveltia-cms.js'), code.replace(/\n\/\/# sourceMappingURL=.*$/, '\n'));
  for (const font of fonts) copyFileSync(fileURLToPath(import.meta.resolve(font.from)), join(admin, 'fonts', font.file));
  // Loaded by some field types only, from next to the main script.
  for (const name of readdirSync(join(cmsDist, 'chunks')).filter((n) => n.endsWith('.js'))) {
    copyFileSync(join(cmsDist, 'chunks', name), join(admin, 'chunks', name));
  }
}

/** @returns {import('astro').AstroIntegration} */
export default function cmsBundle() {
  return {
    name: 'fhp-cms-bundle',
    hooks: {
      'astro:build:done': ({ dir }) => writeEditor(join(fileURLToPath(dir), 'admin')),
    },
  };
}
