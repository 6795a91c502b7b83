import fs from 'node:fs';
import path from 'node:path';
import { syntheticLog, type SyntheticLogOptions } from './synthetic-log';

/** Writes a synthetic log into `folder` (created if needed); returns how many files and bytes. */
export function writeSyntheticLog(folder: string, options: SyntheticLogOptions): { files: number; bytes: number } {
  fs.mkdirSync(folder, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const file of syntheticLog(options)) {
    const data = Buffer.from(file.text, 'utf8');
    fs.writeFileSync(path.join(folder, file.name), data);
    files++;
    bytes += data.length;
  }
  return { files, bytes };
}
