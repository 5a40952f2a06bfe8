/**
 * Reads one plan file in bounded memory, whatever its size: the resource lists (Terraform
 * `resource_changes`, Pulumi `steps`, CloudFormation `Changes`) are parsed one element at a time by
 * the format's own code, the large value trees a plan repeats (planned values, prior state) are
 * skipped, and only the rest is parsed whole. The file is hashed in the same read. Every way a file can
 * be wrong ends in an InputError naming the file, the JSON path or line, and how to produce a plan.
 */
import { constants } from 'node:buffer';
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, isInputError } from '../../core/errors.js';
import type { LoadedPlan } from '../../core/plans/types.js';
import { isObject, JsonPath, Obj } from '../reports/readers/json-path.js';
import { shape, syntaxErrorInParts } from '../reports/load.js';
import { JsonSplitter, StreamSyntaxError, type PathStep, type SplitHandler } from '../reports/stream/json-splitter.js';
import { utf8Chunks } from '../reports/stream/utf8-chunks.js';
import type { PlanFormat, PlanReading } from './format.js';
import { lookAlike, PLAN_FORMATS, SUPPORTED_PLANS } from './formats/index.js';

const MAX_STRING_LENGTH = constants.MAX_STRING_LENGTH;

/** Largest plan accepted: far beyond any real plan, small enough to stop a runaway file. */
const MAX_PLAN_BYTES = 4 * 1024 ** 3;

/** Arrays of values a plan repeats that no reading needs: skipped element by element, never kept. */
const SKIPPED: readonly string[] = [
  'planned_values/root_module/resources',
  'planned_values/root_module/child_modules',
  'prior_state/values/root_module/resources',
  'prior_state/values/root_module/child_modules',
];

/** The skipped arrays lie four levels down: prior_state → values → root_module → resources. */
const SHALLOW = 5;

const PRODUCE_ANY =
  'Write the plan as JSON with the tool itself and pass the file unchanged: `terraform show -json plan.tfplan > plan.json`, `pulumi preview --json > preview.json` or `aws cloudformation describe-change-set ... --output json > changeset.json`.';

interface Pending {
  format: PlanFormat;
  reading: PlanReading;
  /** The first problem met in this format's elements; reported only if the document is this format. */
  problem?: InputError;
}

export async function readPlan(path: string, cwd: string, maxBytes = MAX_PLAN_BYTES): Promise<LoadedPlan> {
  const file = resolve(cwd, path);
  await checkFile(path, file, maxBytes);

  const pending = new Map<string, Pending>();
  for (const format of PLAN_FORMATS) {
    const entry: Pending = { format, reading: format.start() };
    for (const array of format.arrays) pending.set(array, entry);
  }
  const handler: SplitHandler = {
    key() {},
    arrayOpens: (at: readonly PathStep[]) => (at.length === 1 && pending.has(String(at[0]))) || SKIPPED.includes(at.join('/')),
    element(at, index, value) {
      if (at.length !== 1) return;
      const array = String(at[0]);
      const entry = pending.get(array)!;
      if (entry.problem) return;
      try {
        entry.reading.element(array, value, JsonPath.root(path, entry.format.name).key(array).index(index));
      } catch (e) {
        if (!isInputError(e)) throw e;
        entry.problem = e;
      }
    },
  };

  const hash = createHash('sha256');
  const splitter = new JsonSplitter(handler, { shallow: SHALLOW, keepSkeleton: true });
  let bytes = 0;
  let started = false;
  let skeleton: Buffer;
  try {
    const chunks = utf8Chunks(file, (raw) => {
      bytes += raw.length;
      if (bytes > maxBytes) throw tooLarge(path, undefined, maxBytes);
      hash.update(raw);
    });
    for await (const chunk of chunks) {
      if (!started) started = startsLikeJson(path, chunk);
      splitter.write(chunk);
    }
    if (!started) throw new InputError(`${path}: the plan is empty (${bytes === 0 ? '0 bytes' : 'only whitespace'}).`, `The step that writes it produced nothing: check that it ran before the gate. ${PRODUCE_ANY}`);
    skeleton = splitter.end();
  } catch (e) {
    throw await asPlanError(path, file, e);
  }

  let root: unknown;
  try {
    root = JSON.parse(skeleton.toString('utf8'));
  } catch (e) {
    // Not JSON, or longer than a string can hold (then there is no text to point into).
    const text = skeleton.length <= MAX_STRING_LENGTH ? skeleton.toString('utf8') : '';
    throw await asPlanError(path, file, new StreamSyntaxError('skeleton', 0, text, undefined, splitter.elisions, (e as Error).message));
  }
  return finishPlan(path, root, pending, hash.digest('hex'));
}

function finishPlan(path: string, root: unknown, pending: Map<string, Pending>, sha256: string): LoadedPlan {
  const format = isObject(root) ? PLAN_FORMATS.find((f) => f.detect(root)) : undefined;
  if (format === undefined || !isObject(root)) {
    const other = isObject(root) ? lookAlike(root) : undefined;
    if (other) throw new InputError(`${path}: this is ${other.what}, not a plan.`, other.instead);
    throw new InputError(`${path}: not a supported plan (the file is ${shape(root)}). Supported: ${SUPPORTED_PLANS}.`, PRODUCE_ANY);
  }
  const entry = pending.get(format.arrays[0]!)!;
  try {
    if (entry.problem) throw entry.problem;
    return { path, sha256, ...entry.reading.finish(Obj.root(root, path, format.name)) };
  } catch (e) {
    if (!isInputError(e)) throw e;
    // The path readers' own hint speaks of scanners; a plan is regenerated with its tool.
    throw new InputError(e.message, format.produce);
  }
}

/** Checks the first bytes that are not whitespace: console output is the commonest wrong file. */
function startsLikeJson(path: string, chunk: Buffer): boolean {
  let i = 0;
  while (i < chunk.length && (chunk[i] === 0x20 || chunk[i] === 0x09 || chunk[i] === 0x0a || chunk[i] === 0x0d)) i += 1;
  if (i === chunk.length) return false;
  const start = chunk.toString('utf8', i, Math.min(chunk.length, i + 60));
  if (start.startsWith('[command]')) {
    throw new InputError(
      `${path}: not JSON: the file starts with "[command]", the line the setup-terraform wrapper adds to what Terraform prints.`,
      'Turn the wrapper off for the step that writes the plan (hashicorp/setup-terraform with `terraform_wrapper: false`), or write the JSON with `terraform show -json plan.tfplan > plan.json` in a shell step without it.',
    );
  }
  if (start[0] !== '{' && start[0] !== '[') {
    throw new InputError(
      `${path}: not JSON: it starts with ${JSON.stringify(start.split(/\r?\n/)[0])}; this looks like the console output of a plan, not the plan as JSON.`,
      PRODUCE_ANY,
    );
  }
  return true;
}

async function checkFile(path: string, file: string, maxBytes: number): Promise<void> {
  let s;
  try {
    s = await stat(file);
  } catch (e) {
    throw fileError(path, e);
  }
  if (s.isDirectory()) throw new InputError(`${path}: is a directory, not a plan file.`, `Name the plan files inside it, or use a glob such as ${path.replace(/\/$/, '')}/*.json.`);
  if (s.isFile() && s.size > maxBytes) throw tooLarge(path, s.size, maxBytes);
}

function tooLarge(path: string, size: number | undefined, limit: number): InputError {
  return new InputError(`${path}: the plan is ${size === undefined ? `more than ${limit}` : size} bytes; at most ${limit} are read.`, 'Check that the path names the plan JSON, or split the plan (one per root module or stack).');
}

function fileError(path: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new InputError(`${path}: plan file not found.`, 'Check the path, and that the job or step that writes the plan ran before the gate and handed the file over (an artifact).');
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${path}: the plan cannot be read (permission denied).`, 'Make the file readable by the user that runs the gate.');
  return e;
}

async function asPlanError(path: string, file: string, e: unknown): Promise<unknown> {
  if (isInputError(e)) return e;
  if (!(e instanceof StreamSyntaxError)) return fileError(path, e);
  const err = await syntaxErrorInParts(path, file, e);
  // The checker's hints speak of scanner reports; these are the two a plan file meets.
  if (/found more text/.test(err.message)) {
    return new InputError(
      err.message,
      'More follows the first JSON document. Several plans in one file (as from `terragrunt run-all show -json`) must each be written to a file of their own and passed together, e.g. --plans "plans/*.json"; otherwise the file was edited or cut and pasted together: regenerate it.',
    );
  }
  if (/the file ends/.test(err.message)) return new InputError(err.message, `The plan ends early: the step that wrote it was interrupted, or the artifact was cut. ${PRODUCE_ANY}`);
  return new InputError(err.message, PRODUCE_ANY);
}
