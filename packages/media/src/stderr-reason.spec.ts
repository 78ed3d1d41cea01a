import { reasonFromStderr } from './stderr-reason';

describe('reasonFromStderr', () => {
  it('picks the demuxer line of a truncated MP4 over the generic one, without the path', () => {
    const lines = [
      '[mov,mp4,m4a,3gp,3g2,mj2 @ 0x5581e6f0] moov atom not found',
      '/data/storage/ab/cd/master.mp4: Invalid data found when processing input',
    ];
    expect(reasonFromStderr(lines, ['/data/storage/ab/cd/master.mp4'])).toBe('moov atom not found');
  });

  it('keeps only error lines when lines carry log levels', () => {
    const lines = [
      "[info] Input #0, wav, from 'in.wav':",
      '[info]   Duration: 00:00:02.00, bitrate: 768 kb/s',
      '[h264 @ 0x55d] [warning] no frame!',
      '[fatal] /tmp/in.wav: Invalid data found when processing input',
      '[info] Conversion failed!',
    ];
    expect(reasonFromStderr(lines, ['/tmp/in.wav'])).toBe('Invalid data found when processing input');
  });

  it('says plainly that a stream is missing', () => {
    const lines = ["[fatal] Stream map '0:a:0' matches no streams.", "To ignore this, add a trailing '?' to the map."];
    expect(reasonFromStderr(lines)).toBe('the file has no audio stream');
  });

  it('replaces paths left inside a message with their base names', () => {
    expect(
      reasonFromStderr(
        ['[error] Could not write header for /srv/out/proxy.mp4 (incorrect codec parameters ?)'],
        ['/srv/out/proxy.mp4'],
      ),
    ).toBe('Could not write header for proxy.mp4 (incorrect codec parameters ?)');
  });

  it('gives null when nothing was said', () => {
    expect(reasonFromStderr([])).toBeNull();
    expect(reasonFromStderr(['[info] all fine'])).toBeNull();
  });
});
