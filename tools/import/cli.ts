/**
 * The importer's command line: turns documents (.docx .doc .odt .pdf .txt .md .html) into Markdown files of
 * the documents collection, creating the unit of a commune new to the site when --unit names it.
 *
 *   npm run import -- <file or folder>... [--unit <province>/<unit>] [--out <dir>] [--force] [--dry-run] [--json] [--extract]
 *
 * Each file succeeds or fails alone: the good ones are written, the bad ones listed with their reasons.
 * Exit codes: 0 every file imported, 1 some file failed, 2 usage error. The modules are in cli/.
 */
import path from 'node:path';
import { contentDir } from '../../src/settings.ts';
import { loadUnits } from './load-units.ts';
import { parseCli, USAGE, UsageError, type CliOptions } from './cli/args.ts';
import { runBatch } from './cli/batch.ts';
import { extractImported } from './cli/extract.ts';
import { closingLine, jsonRecord, summarize, summaryTable } from './cli/report.ts';

function options(): CliOptions {
  try {
    return parseCli(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const cli = options();
  if (cli.help) {
    process.stdout.write(USAGE);
    return;
  }
  const out = cli.json ? process.stderr : process.stdout;
  const root = path.resolve(cli.out ?? contentDir());
  const outcomes = await runBatch({
    inputs: cli.inputs,
    unit: cli.unit,
    root,
    unitsDir: path.join(root, 'units'),
    units: loadUnits(path.join(contentDir(), 'units')),
    force: cli.force,
    dryRun: cli.dryRun,
    out,
  });
  const summary = summarize(outcomes, cli.dryRun);
  // A table for one file would only repeat its line.
  const lines = outcomes.length > 1 ? [...summaryTable(summary), closingLine(summary)] : [closingLine(summary)];
  out.write(`${lines.join('\n')}\n`);
  if (cli.extract && !cli.dryRun) extractImported(outcomes, root, contentDir(), (line) => out.write(`${line}\n`));
  if (cli.json) process.stdout.write(`${JSON.stringify({ files: outcomes.map(jsonRecord), summary }, null, 2)}\n`);
  process.exitCode = summary.failed > 0 ? 1 : 0;
}

await main();
