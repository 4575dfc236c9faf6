import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mutants } from '../mutation/mutants';

describe('the mutation run’s protections', () => {
  it('are each found exactly once where the mutant looks (a moved protection must move its mutant too)', () => {
    for (const mutant of mutants)
      expect(readFileSync(mutant.file, 'utf8').split(mutant.from).length - 1, mutant.name).toBe(1);
  });
});
