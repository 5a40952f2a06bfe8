/**
 * Bench baseline for the organisation report: the least a Node program can do with JSON Lines — stream
 * the file in the same 64 KiB reads, JSON.parse each line, and count records by repository. No record
 * reading, no aggregation, no report.
 *
 * Usage: bare-lines FILE
 */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: bare-lines FILE');
const decoder = new StringDecoder('utf8');
const perRepository = new Map<string, number>();
let records = 0;
let rest = '';
for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
  const text = rest + decoder.write(chunk as Buffer);
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end < 0) break;
    const record = JSON.parse(text.slice(start, end)) as { repository: string };
    perRepository.set(record.repository, (perRepository.get(record.repository) ?? 0) + 1);
    records++;
    start = end + 1;
  }
  rest = text.slice(start);
}
process.stdout.write(JSON.stringify({ records, repositories: perRepository.size, maxRssKB: process.resourceUsage().maxRSS }) + '\n');
