/**
 * The JSON files inside a zip archive (a GitHub workflow artifact, a GitLab job's artifacts archive),
 * read with fflate. Entries are size-checked against what their headers declare before they are
 * inflated, so a crafted archive cannot exhaust memory.
 */
import { unzipSync } from 'fflate';

interface ZipEntry {
  name: string;
  text: string;
}

/** Larger entries are skipped with a problem: no audit record comes near this. */
const MAX_ENTRY_BYTES = 256 * 2 ** 20;

const JSON_NAME = /\.(json|jsonl|ndjson)$/i;

export interface ZipContents {
  entries: ZipEntry[];
  /** Entries left out for their size. */
  tooLarge: string[];
}

export function readZip(data: Uint8Array): ZipContents {
  const tooLarge: string[] = [];
  const files = unzipSync(data, {
    filter: (file) => {
      if (!JSON_NAME.test(file.name) || file.name.endsWith('/')) return false;
      if (file.originalSize > MAX_ENTRY_BYTES) {
        tooLarge.push(file.name);
        return false;
      }
      return true;
    },
  });
  const decoder = new TextDecoder('utf-8');
  const entries = Object.keys(files)
    .sort()
    .map((name) => ({ name, text: decoder.decode(files[name]) }));
  return { entries, tooLarge };
}
