import { MediaError } from './errors';
import { processFailure } from './process-failure';

const outcome = (
  stderrTail: string[],
  extra: Partial<{ exitCode: number | null; exitSignal: NodeJS.Signals | null; memoryCapped: boolean }> = {},
) => ({ exitCode: 1, exitSignal: null, memoryCapped: false, stderrTail, ...extra });
const context = { label: 'ffmpeg', prefix: 'ffmpeg failed', paths: ['/in/x.mp4'], memoryBytes: 512 * 1024 ** 2 };

describe('processFailure', () => {
  it('blames the media with a readable reason', () => {
    const error = processFailure(
      outcome([
        '[mov @ 0x1] [error] moov atom not found',
        '[error] /in/x.mp4: Invalid data found when processing input',
      ]),
      context,
    );
    expect(error).toBeInstanceOf(MediaError);
    expect(error.message).toBe('ffmpeg failed: moov atom not found');
  });

  it('says so when a capped process ran out of memory', () => {
    const error = processFailure(
      outcome(['ffmpeg: error while loading shared libraries: libx.so: failed to map segment from shared object'], {
        exitCode: 127,
        memoryCapped: true,
      }),
      context,
    );
    expect(error).toBeInstanceOf(MediaError);
    expect(error.message).toBe('ffmpeg ran out of memory (limit 512 MiB)');
  });

  it('blames the arguments or the installation, not the media, for option and encoder errors', () => {
    for (const line of [
      "[fatal] Unrecognized option 'bogus'.",
      "[fatal] Unknown encoder 'libfoo'",
      "[fatal] No such filter: 'nothing'",
    ]) {
      const error = processFailure(outcome([line]), context);
      expect(error).not.toBeInstanceOf(MediaError);
      expect(error.message).toMatch(/^ffmpeg rejected its arguments/);
    }
    expect(processFailure(outcome(['[fatal] /in/x.mp4: No such file or directory']), context)).not.toBeInstanceOf(
      MediaError,
    );
  });

  it('falls back to the exit status when stderr says nothing', () => {
    expect(processFailure(outcome([], { exitCode: 3 }), context).message).toBe(
      'ffmpeg failed: ffmpeg exited with code 3',
    );
    expect(processFailure(outcome([], { exitCode: null, exitSignal: 'SIGSEGV' }), context).message).toBe(
      'ffmpeg failed: ffmpeg was killed by SIGSEGV',
    );
  });
});
