/**
 * A batch: every file read and imported first (with progress), then the files that would write the same
 * file refused, then each good document written — its .md, its source copy and a new unit's file together
 * or not at all. A bad file never stops the others.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { UnitRef } from '../units.ts';
import { writeFilesAtomic, type FileWrite } from '../write-atomic.ts';
import { expandInputs } from './inputs.ts';
import { shown, type Outcome } from './outcome.ts';
import { planFile, type PlanContext } from './plan.ts';
import { createProgress } from './progress.ts';
import { fileLines } from './report.ts';

export interface BatchOptions {
  inputs: string[];
  unit?: string;
  /** The content folder written to. */
  root: string;
  /** Where unit files go (<root>/units). */
  unitsDir: string;
  units: UnitRef[];
  force: boolean;
  dryRun: boolean;
  /** Where the log goes: stdout, or stderr with --json. */
  out: NodeJS.WriteStream;
}

type Log = (line: string) => void;

export async function runBatch(options: BatchOptions): Promise<Outcome[]> {
  const { files, missing } = expandInputs(options.inputs);
  const context: PlanContext = { unit: options.unit, root: options.root, force: options.force, units: options.units, unitsDir: options.unitsDir, created: new Map() };
  const progress = createProgress(files.length);
  const outcomes: Outcome[] = [];
  for (const [index, file] of files.entries()) {
    const outcome = await planFile(file, context);
    outcomes.push(outcome);
    progress.tick();
    // Reading a text file never waits on anything: without a turn of the event loop the bar's timer never redraws it.
    await new Promise((resolve) => setImmediate(resolve));
    for (const line of fileLines(outcome, `[${index + 1}/${files.length}]`)) progress.log(options.out, line);
  }
  progress.stop();
  const log: Log = (line) => options.out.write(`${line}\n`);
  for (const outcome of missing) log(outcome.failure!.message);
  for (const outcome of refuseCollisions(outcomes)) log(outcome.failure!.message);
  if (options.dryRun) describeWrites(outcomes, log);
  else writeAll(outcomes, log);
  return [...outcomes, ...missing];
}

/** Two inputs that would write the same document or source copy: both are refused, neither wins by order. */
function refuseCollisions(outcomes: Outcome[]): Outcome[] {
  const byTarget = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    if (outcome.failure || !outcome.output) continue;
    for (const target of new Set([outcome.output, outcome.sourceCopy!])) byTarget.set(target, [...(byTarget.get(target) ?? []), outcome]);
  }
  const refused: Outcome[] = [];
  for (const [target, sharing] of byTarget) {
    if (sharing.length < 2) continue;
    for (const outcome of sharing) {
      if (outcome.failure) continue;
      const others = sharing.filter((o) => o !== outcome).map((o) => o.input).join(', ');
      const reason = 'nhiều tệp cùng ghi vào một tệp (inputs that would write the same file)';
      outcome.failure = { message: `Lỗi: ${outcome.input} và ${others} cùng ghi vào một tệp (both would write): ${shown(target)}`, reason };
      refused.push(outcome);
    }
  }
  return refused;
}

/** The unit file to write with this document: the first written document of a new unit carries it. */
function unitToCreate(outcome: Outcome, created: Set<string>): Outcome['newUnit'] {
  const unit = outcome.newUnit;
  return unit && !created.has(unit.id) ? unit : undefined;
}

function describeWrites(outcomes: Outcome[], log: Log): void {
  const created = new Set<string>();
  for (const outcome of outcomes) {
    if (outcome.failure) continue;
    const unit = unitToCreate(outcome, created);
    if (unit) {
      created.add(unit.id);
      outcome.unitCreated = unit.id;
      log(`(thử) sẽ tạo đơn vị (would create unit): ${shown(unit.file)} (${unit.label})`);
    }
    const replacing = outcome.replaces ? `, thay (replacing) ${shown(outcome.replaces)}` : '';
    log(`(thử) sẽ ghi (would write): ${shown(outcome.output!)} và ${shown(outcome.sourceCopy!)}${replacing}`);
  }
}

function writeAll(outcomes: Outcome[], log: Log): void {
  const created = new Set<string>();
  for (const outcome of outcomes) {
    if (outcome.failure) continue;
    const unit = unitToCreate(outcome, created);
    const files: FileWrite[] = [];
    try {
      // The unit before the document, so that no moment has a document of an unknown unit on disk.
      if (unit) files.push({ file: unit.file, data: unit.yaml });
      files.push({ file: outcome.sourceCopy!, data: readFileSync(outcome.input) }, { file: outcome.output!, data: outcome.result!.markdown! });
      writeFilesAtomic(files);
      // Both would be one document with two files, which the content check refuses.
      if (outcome.replaces) rmSync(outcome.replaces);
    } catch (error) {
      const reason = 'không ghi được (write failed)';
      outcome.failure = { message: `Lỗi: ${reason}: ${shown(outcome.output!)}: ${error instanceof Error ? error.message : String(error)}`, reason };
      log(outcome.failure.message);
      continue;
    }
    if (outcome.replaces) log(`đã thay (replaced): ${shown(outcome.replaces)}`);
    if (unit) {
      created.add(unit.id);
      outcome.unitCreated = unit.id;
      log(`đã tạo đơn vị (unit created): ${shown(unit.file)} (${unit.label})`);
    }
    // The Markdown is on disk: a batch of thousands need not keep every document in memory.
    outcome.result!.markdown = undefined;
  }
}
