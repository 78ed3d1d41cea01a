/**
 * kafkajs 2.2.4 (its last release) schedules a check of a connection's pending requests after every
 * response, even when nothing is pending and nothing is throttled: `throttledUntil` starts at -1, so
 * the delay it hands to setTimeout is minus the current epoch time. Node 24 warns about it
 * (TimeoutNegativeWarning, at every start) and waits 1 ms instead, so each connection then polls its
 * empty queue every millisecond. Upstream: tulios/kafkajs#1751, still open.
 *
 * This skips the check when there is nothing to check. With requests pending, or a throttle to wait
 * out, kafkajs schedules it as before; a request that arrives later schedules its own check.
 */
interface RequestQueueState {
  pending: unknown[];
  throttledUntil: number;
}
interface RequestQueueClass {
  prototype: RequestQueueState & { scheduleCheckPendingRequests: (this: RequestQueueState) => void };
}

let applied = false;

export function skipIdlePendingRequestChecks(): void {
  if (applied) return;
  applied = true;
  // kafkajs's own connection queue, not part of its public API (2.2.4 is its last release).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const RequestQueue = require('kafkajs/src/network/requestQueue') as RequestQueueClass;
  const schedule = RequestQueue.prototype.scheduleCheckPendingRequests;
  RequestQueue.prototype.scheduleCheckPendingRequests = function (this: RequestQueueState) {
    if (this.pending.length === 0 && this.throttledUntil <= Date.now()) return;
    schedule.call(this);
  };
}
