/**
 * What `npm start` shows of the functions' output. In AWS, Powertools writes JSON lines to CloudWatch Logs and
 * CloudWatch turns the embedded-metric-format lines into metrics. Locally the same lines pass through here:
 * metric lines are added to `localMetrics` (read at `GET /__local/metrics`), and, for a person at a terminal,
 * each log line is shown as one readable line (time, level, function, request id, correlation id, message,
 * fields). With `--json` (the test suite) log lines pass through unchanged and metric lines are only counted.
 */
export const localMetrics = new Map<string, number>();

/** Fields every Powertools line carries that the readable line shows elsewhere or leaves out. */
const shownElsewhere = new Set([
  'level',
  'message',
  'timestamp',
  'service',
  'cold_start',
  'function_arn',
  'function_memory_size',
  'function_name',
  'function_request_id',
  'sampling_rate',
  'xray_trace_id',
  'correlationId',
]);

const colours = { DEBUG: 90, INFO: 36, WARN: 33, ERROR: 31, CRITICAL: 31 } as Record<string, number>;

interface Emf {
  _aws: { CloudWatchMetrics: { Metrics: { Name: string }[] }[] };
  [name: string]: unknown;
}

/** Adds an EMF line's values to the local metrics; answers their names and values, or undefined when not one. */
export function recordMetricLine(entry: Record<string, unknown>): [string, number][] | undefined {
  const emf = entry as Partial<Emf>;
  if (!emf._aws?.CloudWatchMetrics) return undefined;
  const values: [string, number][] = [];
  for (const directive of emf._aws.CloudWatchMetrics)
    for (const { Name } of directive.Metrics) {
      const raw = entry[Name];
      const value = (Array.isArray(raw) ? raw : [raw]).reduce((sum: number, v) => sum + Number(v ?? 0), 0);
      localMetrics.set(Name, (localMetrics.get(Name) ?? 0) + value);
      values.push([Name, value]);
    }
  return values;
}

const field = (value: unknown): string => {
  if (typeof value === 'string') return /\s/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value);
};

/** One log line as a person reads it. */
export function readableLine(entry: Record<string, unknown>, colour: boolean): string {
  const paint = (code: number, text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  const level = String(entry.level ?? 'INFO').toUpperCase();
  const time = typeof entry.timestamp === 'string' ? entry.timestamp.slice(11, 23) : '';
  const request = typeof entry.function_request_id === 'string' ? entry.function_request_id.slice(0, 8) : '-';
  const where = [entry.function_name, entry.cold_start === true ? '(cold)' : undefined].filter(Boolean).join(' ');
  const errorStack: string[] = [];
  const fields = Object.entries(entry)
    .filter(([key, value]) => !shownElsewhere.has(key) && value !== undefined)
    .map(([key, value]) => {
      if (value && typeof value === 'object' && 'stack' in value && 'message' in value) {
        const error = value as { name?: string; message: string; stack?: string };
        if (error.stack) errorStack.push(...error.stack.split('\n').slice(1, 6));
        return `${key}=${field(`${error.name ?? 'Error'}: ${error.message}`)}`;
      }
      return `${key}=${field(value)}`;
    });
  const head = [
    paint(90, time),
    paint(colours[level] ?? 37, level.padEnd(5)),
    where ? paint(35, where) : undefined,
    paint(90, `req=${request}`),
    entry.correlationId ? paint(90, `corr=${String(entry.correlationId).slice(0, 12)}`) : undefined,
    String(entry.message ?? ''),
    fields.length ? paint(90, fields.join(' ')) : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return [head, ...errorStack.map((line) => paint(90, `    ${line.trim()}`))].join('\n');
}

/**
 * Routes the process's output through the view. `pretty`: readable lines (for `npm start` at a terminal);
 * otherwise log lines unchanged. Metric lines are counted either way, and shown only when pretty.
 */
export function installLogView(options: { pretty: boolean }): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
    const colour = options.pretty && stream.isTTY === true;
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      if (!text.startsWith('{') || !text.endsWith('\n')) return write(chunk, ...rest);
      const out: string[] = [];
      for (const line of text.slice(0, -1).split('\n')) {
        let entry: Record<string, unknown>;
        try {
          entry = JSON.parse(line) as Record<string, unknown>;
        } catch {
          out.push(line);
          continue;
        }
        const metric = recordMetricLine(entry);
        if (metric) {
          if (options.pretty)
            out.push(`${' '.repeat(13)}METRIC ${metric.map(([name, value]) => `${name}=${value}`).join(' ')}`);
        } else if (options.pretty && 'message' in entry && 'level' in entry) out.push(readableLine(entry, colour));
        else out.push(line);
      }
      return out.length ? write(`${out.join('\n')}\n`, ...rest) : true;
    }) as typeof stream.write;
  }
}
