import { describe, expect, it } from 'vitest';
import { toProblem } from '#shared/http/problem';
import { ConflictError } from '#shared/platform/errors';
import { logger } from '#shared/platform/logger';

describe('problem+json', () => {
  it('keeps the status, type and title whatever an extension is called', () => {
    // an extension once named `status` (with an undefined value) made a 409 leave as 200
    const problem = toProblem(new ConflictError('No.', { status: undefined, type: 'x', title: 'y', detail: 'z' }), {
      correlationId: 'c-1',
      log: logger,
    });
    expect(problem).toMatchObject({ status: 409, type: '/v1/problems/conflict', title: 'Conflict', detail: 'No.' });
  });
});
