import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes and files below a folder, for the bench's dist and Pagefind figures. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += statSync(join(entry.parentPath, entry.name)).size;
      files += 1;
    }
  }
  return { bytes, files };
}
