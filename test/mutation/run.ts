/**
 * The mutation run of issue 13: each ownership, permission and link protection is removed in turn (one
 * textual mutation of the source), the tests that guard it run against a fresh local stack, and the mutant
 * must make at least one of them fail ("killed"). A surviving mutant is a protection no test proves.
 *
 *   npm run test:mutation            # every mutant (about 20 minutes on 2 cores)
 *   npm run test:mutation -- csrf    # the mutants whose name contains "csrf"
 *
 * The source is restored after each mutant, also when the run is interrupted.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { type Mutant, mutants } from './mutants';

function run(mutant: Mutant): 'killed' | 'survived' {
  const original = readFileSync(mutant.file, 'utf8');
  const occurrences = original.split(mutant.from).length - 1;
  if (occurrences !== 1)
    throw new Error(`${mutant.name}: the protection is found ${occurrences} times in ${mutant.file}`);
  const restore = () => writeFileSync(mutant.file, original);
  process.once('SIGINT', restore);
  writeFileSync(mutant.file, original.replace(mutant.from, mutant.to));
  try {
    // the project whose files the mutant's tests are (unit, infra: no local stack; integration: one)
    const kind = (['unit', 'infra'] as const).find((name) => mutant.tests.every((f) => f.startsWith(`test/${name}/`)));
    const project = ['--project', kind ?? 'integration'];
    execFileSync('npx', ['vitest', 'run', ...project, '--bail', '1', ...mutant.tests], {
      stdio: 'ignore',
      env: { ...process.env, LINK_TIMING_SAMPLES: process.env.LINK_TIMING_SAMPLES ?? '300' },
    });
    return 'survived';
  } catch {
    return 'killed';
  } finally {
    restore();
    process.removeListener('SIGINT', restore);
  }
}

if (process.argv[2] === '--check') {
  // every protection is still where its mutant looks for it (a refactor that moves one fails here first)
  for (const mutant of mutants) {
    const count = readFileSync(mutant.file, 'utf8').split(mutant.from).length - 1;
    if (count !== 1) throw new Error(`${mutant.name}: found ${count} times in ${mutant.file}`);
  }
  console.log(`${mutants.length} protections located`);
  process.exit(0);
}

const only = process.argv[2];
const chosen = mutants.filter((mutant) => !only || mutant.name.includes(only));
const rows: string[] = [];
let killed = 0;
for (const mutant of chosen) {
  const started = Date.now();
  const outcome = run(mutant);
  if (outcome === 'killed') killed += 1;
  const row = `| ${mutant.name} | \`${mutant.file}\` | ${outcome} | ${Math.round((Date.now() - started) / 1000)} s |`;
  rows.push(row);
  console.log(row);
}
console.log(`\n| protection removed | where | outcome | time |\n| --- | --- | --- | --- |\n${rows.join('\n')}`);
console.log(`\nmutation score: ${killed}/${chosen.length} killed`);
process.exitCode = killed === chosen.length ? 0 : 1;
