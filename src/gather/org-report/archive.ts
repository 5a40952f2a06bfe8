/** The records in a zip archive (a workflow artifact, a job's artifacts, a downloaded file). */
import { addDocuments, type RecordSink } from './documents.js';
import { readZip } from './zip.js';

export function addArchive(bytes: Uint8Array, source: string, sink: RecordSink): void {
  let zip;
  try {
    zip = readZip(bytes);
  } catch (e) {
    sink.problem(source, `not a readable zip file: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  for (const name of zip.tooLarge) sink.problem(`${source}!${name}`, 'entry too large to be an audit record');
  for (const e of zip.entries) addDocuments(e.text, e.name, `${source}!${e.name}`, sink, false);
}
