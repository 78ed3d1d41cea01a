/** The signals that stop a process of ours: Ctrl-C and a supervisor's stop. */
export const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * The one signal path of every process (a service's main.ts, the gateway's, `npm start`): the first
 * of `signals` calls `stop`, once; later ones are ignored while it runs, so a second Ctrl-C does not
 * cut the drain short. Returns a function that removes the handlers.
 */
export function onStopSignal(
  stop: (signal: NodeJS.Signals) => unknown,
  signals: readonly NodeJS.Signals[] = STOP_SIGNALS,
): () => void {
  let called = false;
  const handler = (signal: NodeJS.Signals) => {
    if (called) return;
    called = true;
    stop(signal);
  };
  for (const signal of signals) process.on(signal, handler);
  return () => {
    for (const signal of signals) process.off(signal, handler);
  };
}
