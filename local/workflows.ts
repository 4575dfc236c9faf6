import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { StateMachine } from 'aws-local-stepfunctions';
import { clock, clockRate } from '#shared/platform/clock';
import { readJson, sendJson } from './http-util';

/**
 * A local Step Functions endpoint (AWS JSON 1.0, `X-Amz-Target: AWSStepFunctions.<Action>`) in front of
 * aws-local-stepfunctions, so application code uses @aws-sdk/client-sfn unchanged. It runs the ASL that CDK
 * synthesized, with each Task bound to the same handler module the Lambda function runs.
 *
 * What the interpreter lacks, done here: `.waitForTaskToken` (a token per task, resolved by
 * SendTaskSuccess/Failure) and callback timeouts measured on the application clock, so tests and a faster
 * clock under `npm start` can make a 7-day wait pass.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type TaskHandler = (event: unknown) => Promise<unknown>;

export interface LocalMachineSpec {
  arn: string;
  definition: Record<string, unknown>;
  /** State name -> the handler its Lambda function runs. */
  taskHandlers: Record<string, () => Promise<TaskHandler>>;
}

export interface ExecutionRecord {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  input: string;
  output?: string;
  error?: string;
  cause?: string;
  startDate: Date;
  stopDate?: Date;
  abort?: () => void;
  /** The state each running execution is waiting in, for people and tests watching. */
  waitingIn?: string;
}

interface PendingTask {
  executionArn: string;
  stateName: string;
  /** Application-clock deadline (ms since epoch), from the state's TimeoutSeconds. */
  deadline?: number;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

const tokenPlaceholder = '__LOCAL_TASK_TOKEN__';
/** The interpreter's own task timer, pushed out of the way: callback deadlines are checked on the app clock. */
const interpreterTimeoutSeconds = 2_000_000;

class AwsError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export class LocalStepFunctions {
  readonly executions = new Map<string, ExecutionRecord>();
  private readonly machines = new Map<
    string,
    { machine: StateMachine; spec: LocalMachineSpec; timeouts: Map<string, Timeout>; waits: Map<string, number> }
  >();
  private readonly pending = new Map<string, PendingTask>();
  private readonly ticker: NodeJS.Timeout;
  private server?: http.Server;

  constructor(private readonly log: (message: string, fields?: Record<string, unknown>) => void = () => {}) {
    this.ticker = setInterval(() => this.expireDueTasks(), 200);
    this.ticker.unref();
  }

  register(spec: LocalMachineSpec): void {
    const { definition, timeouts, waits } = localize(spec.definition);
    const machine = new StateMachine(definition as never, {
      validationOptions: { checkArn: false, checkPaths: false },
    });
    this.machines.set(spec.arn, { machine, spec, timeouts, waits });
  }

  /** Fails every callback task whose deadline has passed on the application clock (States.Timeout). */
  expireDueTasks(): void {
    const now = clock.now().getTime();
    for (const [token, task] of this.pending) {
      if (task.deadline !== undefined && task.deadline <= now) {
        this.pending.delete(token);
        const error = Object.assign(new Error(`${task.stateName} timed out`), {
          name: 'States.Timeout',
          isRetryable: false,
        });
        task.reject(error);
      }
    }
  }

  startExecution(stateMachineArn: string, name: string | undefined, input: string | undefined): ExecutionRecord {
    const entry = this.machines.get(stateMachineArn);
    if (!entry) throw new AwsError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${stateMachineArn}'`);
    const executionName = name ?? randomUUID();
    const executionArn = `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${executionName}`;
    if (this.executions.has(executionArn))
      throw new AwsError('ExecutionAlreadyExists', `Execution Already Exists: '${executionArn}'`);
    const parsedInput = JSON.parse(input ?? '{}') as Json;
    const record: ExecutionRecord = {
      executionArn,
      stateMachineArn,
      name: executionName,
      status: 'RUNNING',
      input: input ?? '{}',
      startDate: new Date(),
    };
    this.executions.set(executionArn, record);

    const rate = clockRate();
    const waitTimeOverrides = Object.fromEntries(
      [...entry.waits].map(([state, seconds]) => [state, Math.max(0, (seconds * 1000) / rate)]),
    );
    const run = entry.machine.run(parsedInput, {
      overrides: {
        taskResourceLocalHandlers: this.bindTasks(entry.spec, entry.timeouts, record),
        waitTimeOverrides,
        retryIntervalOverrides: {},
      },
      context: {
        Execution: {
          Id: executionArn,
          Input: parsedInput,
          Name: executionName,
          StartTime: record.startDate.toISOString(),
        },
        StateMachine: { Id: stateMachineArn },
        Task: { Token: tokenPlaceholder },
      } as never,
    });
    record.abort = run.abort;
    run.result.then(
      (output) =>
        Object.assign(record, {
          status: 'SUCCEEDED',
          output: JSON.stringify(output),
          stopDate: new Date(),
          waitingIn: undefined,
        }),
      (error: Error & { cause?: Error }) => {
        if (record.status === 'ABORTED') return;
        const cause = error.cause ?? error;
        Object.assign(record, {
          status: 'FAILED',
          error: cause.name,
          cause: cause.message,
          stopDate: new Date(),
          waitingIn: undefined,
        });
        this.log('workflow execution failed', { executionArn, error: cause.name, cause: cause.message });
      },
    );
    return record;
  }

  private bindTasks(spec: LocalMachineSpec, timeouts: Map<string, Timeout>, record: ExecutionRecord) {
    const states = (spec.definition.States ?? {}) as Record<string, { Resource?: string }>;
    return Object.fromEntries(
      Object.entries(spec.taskHandlers).map(([stateName, load]) => {
        const resource = states[stateName]?.Resource ?? '';
        const bound = async (input: Json): Promise<Json> => {
          const handler = await load();
          if (resource.endsWith('.waitForTaskToken')) {
            const token = `${randomUUID()}.${randomUUID()}`;
            const payload = ((input as { Payload?: Json }).Payload ?? input) as Record<string, Json>;
            const timeout = timeouts.get(stateName);
            const timeoutSeconds = timeout === 'fromPayload' ? Number(payload.timeoutSeconds) : timeout;
            const outcome = new Promise<unknown>((resolve, reject) => {
              this.pending.set(token, {
                executionArn: record.executionArn,
                stateName,
                deadline: timeoutSeconds === undefined ? undefined : clock.now().getTime() + timeoutSeconds * 1000,
                resolve,
                reject,
              });
            });
            // the deadline may pass while the handler still parks the token (a test moving the clock): the
            // rejection is then awaited below, not left unhandled (which would end the process)
            outcome.catch(() => {});
            record.waitingIn = stateName;
            try {
              await handler(replaceToken(payload, token));
            } catch (error) {
              this.pending.delete(token);
              throw error;
            }
            return (await outcome) as Json;
          }
          record.waitingIn = stateName;
          if (resource.startsWith('arn:aws:states:::lambda:invoke')) {
            const output = await handler((input as { Payload?: Json }).Payload ?? null);
            return { Payload: (output ?? null) as Json, StatusCode: 200, ExecutedVersion: '$LATEST' };
          }
          return (await handler(input)) as Json;
        };
        return [stateName, bound];
      }),
    );
  }

  sendTaskSuccess(token: string, output: string): void {
    const task = this.takeTask(token);
    task.resolve(JSON.parse(output));
  }

  sendTaskFailure(token: string, error: string | undefined, cause: string | undefined): void {
    const task = this.takeTask(token);
    task.reject(Object.assign(new Error(cause ?? ''), { name: error ?? 'States.TaskFailed' }));
  }

  private takeTask(token: string): PendingTask {
    const task = this.pending.get(token);
    if (!task) throw new AwsError('TaskTimedOut', 'Task Timed Out or already answered');
    this.pending.delete(token);
    return task;
  }

  stopExecution(executionArn: string, error?: string, cause?: string): void {
    const record = this.executions.get(executionArn);
    if (!record) throw new AwsError('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
    if (record.status !== 'RUNNING') return;
    Object.assign(record, { status: 'ABORTED', error, cause, stopDate: new Date() });
    for (const [token, task] of this.pending) if (task.executionArn === executionArn) this.pending.delete(token);
    record.abort?.();
  }

  /** Forgets an execution, as if it were lost (fault tests and the reconciler's demo). */
  loseExecution(executionArn: string): boolean {
    const record = this.executions.get(executionArn);
    if (!record) return false;
    if (record.status === 'RUNNING') this.stopExecution(executionArn);
    return this.executions.delete(executionArn);
  }

  handle(action: string, body: Record<string, unknown>): unknown {
    const str = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
    switch (action) {
      case 'StartExecution': {
        const record = this.startExecution(str('stateMachineArn') ?? '', str('name'), str('input'));
        return { executionArn: record.executionArn, startDate: record.startDate.getTime() / 1000 };
      }
      case 'DescribeExecution': {
        const record = this.executions.get(str('executionArn') ?? '');
        if (!record) throw new AwsError('ExecutionDoesNotExist', 'Execution Does Not Exist');
        const { abort: _abort, waitingIn: _waiting, startDate, stopDate, ...rest } = record;
        return {
          ...rest,
          startDate: startDate.getTime() / 1000,
          stopDate: stopDate ? stopDate.getTime() / 1000 : undefined,
        };
      }
      case 'DescribeStateMachine': {
        const arn = str('stateMachineArn') ?? '';
        const entry = this.machines.get(arn);
        if (!entry) throw new AwsError('StateMachineDoesNotExist', 'State Machine Does Not Exist');
        return {
          stateMachineArn: arn,
          name: arn.split(':').pop(),
          status: 'ACTIVE',
          definition: JSON.stringify(entry.spec.definition),
          roleArn: 'arn:aws:iam::000000000000:role/local',
          type: 'STANDARD',
          creationDate: 0,
        };
      }
      case 'SendTaskSuccess':
        this.sendTaskSuccess(str('taskToken') ?? '', str('output') ?? '{}');
        return {};
      case 'SendTaskFailure':
        this.sendTaskFailure(str('taskToken') ?? '', str('error'), str('cause'));
        return {};
      case 'SendTaskHeartbeat':
        if (!this.pending.has(str('taskToken') ?? '')) throw new AwsError('TaskTimedOut', 'Task Timed Out');
        return {};
      case 'StopExecution':
        this.stopExecution(str('executionArn') ?? '', str('error'), str('cause'));
        return { stopDate: Date.now() / 1000 };
      default:
        throw new AwsError('UnknownOperationException', `${action} is not supported by the local endpoint`);
    }
  }

  async listen(port: number, host = '127.0.0.1'): Promise<string> {
    this.server = http.createServer(async (req, res) => {
      const action = String(req.headers['x-amz-target'] ?? '').replace('AWSStepFunctions.', '');
      try {
        const body = (await readJson(req)) as Record<string, unknown>;
        sendJson(res, 200, this.handle(action, body), 'application/x-amz-json-1.0');
      } catch (error) {
        const type = error instanceof AwsError ? error.type : 'InternalFailure';
        sendJson(
          res,
          error instanceof AwsError ? 400 : 500,
          { __type: type, message: (error as Error).message },
          'application/x-amz-json-1.0',
        );
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    return `http://${host}:${(this.server.address() as { port: number }).port}`;
  }

  async close(): Promise<void> {
    clearInterval(this.ticker);
    for (const record of this.executions.values()) if (record.status === 'RUNNING') record.abort?.();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/**
 * A callback's timeout: fixed seconds, or `fromPayload` for a TimeoutSecondsPath (the definition hands the
 * same value to the task as `timeoutSeconds`, which the interpreter's override cannot otherwise see).
 */
type Timeout = number | 'fromPayload';

/** Callback timeouts move to the application clock; Wait durations follow the clock's rate. */
function localize(definition: Record<string, unknown>) {
  const copy = structuredClone(definition) as { States: Record<string, Record<string, unknown>> };
  const timeouts = new Map<string, Timeout>();
  const waits = new Map<string, number>();
  for (const [name, state] of Object.entries(copy.States)) {
    if (state.Type === 'Task' && String(state.Resource).endsWith('.waitForTaskToken')) {
      if (typeof state.TimeoutSeconds === 'number') timeouts.set(name, state.TimeoutSeconds);
      if (typeof state.TimeoutSecondsPath === 'string') timeouts.set(name, 'fromPayload');
      delete state.TimeoutSecondsPath;
      state.TimeoutSeconds = interpreterTimeoutSeconds;
    }
    if (state.Type === 'Wait' && typeof state.Seconds === 'number') waits.set(name, state.Seconds);
  }
  return { definition: copy, timeouts, waits };
}

function replaceToken(value: Json, token: string): Json {
  if (value === tokenPlaceholder) return token;
  if (Array.isArray(value)) return value.map((item) => replaceToken(item, token));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceToken(v, token)]));
  return value;
}
