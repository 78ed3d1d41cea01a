import { onStopSignal } from './on-stop-signal';

describe('onStopSignal', () => {
  it('calls stop once, on the first signal, and ignores the rest while it runs', () => {
    const calls: string[] = [];
    const remove = onStopSignal((signal) => calls.push(signal), ['SIGUSR2', 'SIGWINCH']);
    try {
      process.emit('SIGWINCH', 'SIGWINCH');
      process.emit('SIGUSR2', 'SIGUSR2');
      process.emit('SIGWINCH', 'SIGWINCH');
    } finally {
      remove();
    }
    expect(calls).toEqual(['SIGWINCH']);
    expect(process.listenerCount('SIGUSR2')).toBe(0);
  });
});
