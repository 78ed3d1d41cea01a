import { fluentFfmpegCommand, splitFfmpegArgs } from './ffmpeg-command';

/** fluent-ffmpeg's own argument list for a command (what it will spawn). */
function argumentsOf(args: string[]): string[] {
  return (
    fluentFfmpegCommand('/usr/bin/ffmpeg', splitFfmpegArgs(args)) as unknown as { _getArguments(): string[] }
  )._getArguments();
}

describe('splitFfmpegArgs', () => {
  it('takes inputs with the options written before each, then the output options and target', () => {
    expect(
      splitFfmpegArgs([
        '-nostdin',
        '-ss',
        '1',
        '-i',
        'in.mov',
        '-f',
        'lavfi',
        '-i',
        'anullsrc',
        '-map',
        '0:v',
        '-c:v',
        'libx264',
        'out.mp4',
      ]),
    ).toEqual({
      inputs: [
        { source: 'in.mov', options: ['-nostdin', '-ss', '1'] },
        { source: 'anullsrc', options: ['-f', 'lavfi'] },
      ],
      outputOptions: ['-map', '0:v', '-c:v', 'libx264'],
      target: 'out.mp4',
    });
  });

  it('keeps a run without inputs whole', () => {
    expect(splitFfmpegArgs(['-hide_banner', '-version'])).toEqual({
      inputs: [],
      outputOptions: ['-hide_banner'],
      target: '-version',
    });
  });
});

describe('fluentFfmpegCommand', () => {
  it('gives ffmpeg our arguments in our order, with only -y added before a file output', () => {
    const args = [
      '-nostdin',
      '-i',
      'my clip.mov',
      '-vf',
      'scale=-2:720, fps=25',
      '-metadata',
      'title=a b',
      'out dir/proxy.mp4',
    ];
    expect(argumentsOf(args)).toEqual([
      '-nostdin',
      '-i',
      'my clip.mov',
      '-y',
      '-vf',
      'scale=-2:720, fps=25',
      '-metadata',
      'title=a b',
      'out dir/proxy.mp4',
    ]);
    expect(argumentsOf(['-i', 'in.wav', '-f', 's16le', 'pipe:1'])).toEqual(['-i', 'in.wav', '-f', 's16le', 'pipe:1']);
  });
});
