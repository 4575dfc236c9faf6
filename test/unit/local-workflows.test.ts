import '../../local/polyfills';
import { afterEach, describe, expect, it } from 'vitest';
import { advanceClock } from '#shared/platform/clock';
import { LocalStepFunctions } from '../../local/workflows';

// The local Step Functions runner is test infrastructure the whole suite leans on: prove its callback,
// timeout and retry behaviour on a small definition.
const arn = 'arn:aws:states:us-east-1:000000000000:stateMachine:Test';
const definition = {
  StartAt: 'Ask',
  States: {
    Ask: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: { FunctionName: 'ask', Payload: { 'token.$': '$$.Task.Token', 'who.$': '$.who' } },
      TimeoutSeconds: 3600,
      ResultPath: '$.answer',
      Retry: [{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 2, IntervalSeconds: 0 }],
      Catch: [{ ErrorEquals: ['States.Timeout'], ResultPath: '$.error', Next: 'Expired' }],
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
    Expired: { Type: 'Succeed' },
  },
};

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
};

describe('the local Step Functions runner', () => {
  let runner: LocalStepFunctions;
  afterEach(() => runner.close());

  const start = (onAsk: (payload: { token: string; who: string }) => void) => {
    runner = new LocalStepFunctions();
    runner.register({
      arn,
      definition,
      taskHandlers: { Ask: async () => async (payload) => onAsk(payload as { token: string; who: string }) },
    });
  };

  it('hands each waiting task a fresh token and resumes it with SendTaskSuccess', async () => {
    let token = '';
    start((payload) => (token = payload.token));
    const execution = runner.startExecution(arn, 'one', JSON.stringify({ who: 'ada' }));
    await until(() => token !== '');
    expect(token).not.toBe('__LOCAL_TASK_TOKEN__');
    runner.handle('SendTaskSuccess', { taskToken: token, output: JSON.stringify({ ok: true }) });
    await until(() => execution.status === 'SUCCEEDED');
    expect(JSON.parse(execution.output!)).toEqual({ who: 'ada', answer: { ok: true } });
    expect(() => runner.handle('SendTaskSuccess', { taskToken: token, output: '{}' })).toThrow(/Timed Out/);
  });

  it('refuses a second execution with the same name', () => {
    start(() => {});
    runner.startExecution(arn, 'same', '{"who":"a"}');
    expect(() => runner.startExecution(arn, 'same', '{"who":"a"}')).toThrow(/Already Exists/);
  });

  it('times a callback out on the application clock, caught as States.Timeout and not retried', async () => {
    let asked = 0;
    start(() => (asked += 1));
    const execution = runner.startExecution(arn, 'late', '{"who":"b"}');
    await until(() => asked === 1);
    advanceClock(3601 * 1000);
    runner.expireDueTasks();
    await until(() => execution.status === 'SUCCEEDED');
    expect(JSON.parse(execution.output!).error.Error).toBe('States.Timeout');
    expect(asked).toBe(1);
  });
});
