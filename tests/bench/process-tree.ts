/**
 * Runs a command and measures it as a whole: wall time and the peak memory of the command
 * and everything it starts (Astro's workers, Pagefind's binary), sampled from /proc every
 * 100 ms, the sum of their resident sets. Linux only (the bench's machines are).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident bytes of `root` and all its descendants, now. */
function treeResidentBytes(root: number): number {
  const children = new Map<number, number[]>();
  const resident = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start at the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      resident.set(pid, Number(fields[21]) * 4096); // rss in pages
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += resident.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface Measured {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakBytes: number;
}

export function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env });
    let stdout = '';
    let stderr = '';
    let peakBytes = 0;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const sample = () => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeResidentBytes(child.pid));
    };
    const timer = setInterval(sample, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, stdout, stderr, seconds: (performance.now() - started) / 1000, peakBytes });
    });
  });
}
