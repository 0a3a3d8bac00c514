import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

/**
 * The CI pipelines in the repository (docs/ci.md) are valid YAML, and the shard runner commands they run are the
 * ones tests/dist/shards-separate-machines.test.ts proves: plan as a matrix, one part per job, merge of the parts.
 */
const pipelines = ['.github/workflows/national-build.yml', 'ci/gitlab/national-build.gitlab-ci.yml', 'ci/kubernetes/national-build.yaml'];
const testedForms = [
  ['--content', '--plan', '--json', '--plan-file'],
  ['--content', '--only', '--plan-file', '--work', '--part-out'],
  ['--content', '--merge-only', '--plan-file', '--parts', '--out'],
].map((flags) => flags.sort().join(' '));

function documents(file: string): unknown[] {
  const parsed = parseAllDocuments(fs.readFileSync(file, 'utf8'));
  for (const doc of parsed) expect(doc.errors, file).toEqual([]);
  return parsed.map((doc) => doc.toJS());
}

/** Every `npm run build:shards -- …` command in a pipeline's text, as its sorted list of flags. */
function shardCommands(file: string): string[] {
  // Comments show commands to run by hand; only the pipeline's own steps count.
  const text = fs.readFileSync(file, 'utf8').split('\n').filter((line) => !/^\s*#/.test(line)).join('\n');
  return [...text.matchAll(/npm run (?:--silent )?build:shards -- ([^\n|]+)/g)].map((m) => [...m[1].matchAll(/--[a-z-]+/g)].map((f) => f[0]).sort().join(' '));
}

describe('the CI pipelines of the national build', () => {
  it.each(pipelines)('%s is valid YAML and runs the tested commands: plan, one part, merge', (file) => {
    expect(documents(file).length).toBeGreaterThan(0);
    const commands = shardCommands(file);
    expect(new Set(commands)).toEqual(new Set(testedForms));
  });

  it('runs on GitHub Actions as plan → matrix of parts → merge, each part cached on its own', () => {
    const [workflow] = documents(pipelines[0]) as Array<{ jobs: Record<string, { needs?: string | string[]; strategy?: { matrix: string }; steps: Array<{ uses?: string; with?: Record<string, string> }> }> }>;
    expect(Object.keys(workflow.jobs)).toEqual(['plan', 'part', 'merge']);
    expect(workflow.jobs.part.needs).toBe('plan');
    expect(workflow.jobs.part.strategy?.matrix).toContain('fromJSON(needs.plan.outputs.matrix)');
    expect(workflow.jobs.part.steps.find((s) => s.uses?.startsWith('actions/cache@'))?.with?.key).toContain('matrix.part');
    expect(workflow.jobs.merge.needs).toEqual(['plan', 'part']);
  });

  it('runs on GitLab with parallel:matrix, and on Kubernetes as a plan Job, an Indexed Job of parts and a merge Job', () => {
    const [gitlab] = documents(pipelines[1]) as Array<Record<string, { parallel?: { matrix: Array<{ PART: string[] }> } }>>;
    expect(gitlab.part.parallel?.matrix[0].PART[0]).toBe('global');
    const jobs = documents(pipelines[2]) as Array<{ kind: string; spec: { completionMode?: string } }>;
    expect(jobs.map((j) => [j.kind, j.spec.completionMode])).toEqual([['Job', undefined], ['Job', 'Indexed'], ['Job', undefined]]);
    expect(fs.readFileSync(pipelines[2], 'utf8')).toContain('--only "$JOB_COMPLETION_INDEX"');
  });
});
