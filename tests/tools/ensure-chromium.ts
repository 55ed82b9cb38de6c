/** Finds Chromium for the browser tests, installing Debian's package when there is none. */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export function ensureChromium(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.getuid?.() !== 0) {
    throw new Error(`No Chromium at ${path}. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  console.log("Installing Debian's Chromium for the browser tests (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(path)) throw new Error(`apt-get installed chromium, but not at ${path}`);
  return path;
}
