/** The metrics the sweeper publishes (CloudWatch embedded metric format) and the alarms watch. */
export const effectMetrics = {
  namespace: 'CspPartner/Effects',
  dead: 'DeadEffects',
  deferred: 'DeferredEffects',
  delivered: 'SweptEffects',
} as const;

/** One EMF line: CloudWatch turns it into metrics from the function's log, with no API call. */
export function effectMetricLine(counts: { dead: number; deferred: number; delivered: number }): string {
  return JSON.stringify({
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [
        {
          Namespace: effectMetrics.namespace,
          Dimensions: [[]],
          Metrics: [
            { Name: effectMetrics.dead, Unit: 'Count' },
            { Name: effectMetrics.deferred, Unit: 'Count' },
            { Name: effectMetrics.delivered, Unit: 'Count' },
          ],
        },
      ],
    },
    [effectMetrics.dead]: counts.dead,
    [effectMetrics.deferred]: counts.deferred,
    [effectMetrics.delivered]: counts.delivered,
  });
}
