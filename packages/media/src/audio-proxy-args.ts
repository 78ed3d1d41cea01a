export interface AudioProxyArgsInput {
  input: string;
  output: string;
  /** AAC bit rate; default 128. */
  bitrateKbps?: number;
}

/** ffmpeg arguments for a stereo AAC .m4a proxy of the first audio stream. */
export function audioProxyArgs(options: AudioProxyArgsInput): string[] {
  const bitrate = `${options.bitrateKbps ?? 128}k`;
  return [
    '-i',
    options.input,
    '-map',
    '0:a:0',
    '-vn',
    '-sn',
    '-dn',
    '-c:a',
    'aac',
    '-b:a',
    bitrate,
    '-ac',
    '2',
    '-ar',
    '48000',
    '-movflags',
    '+faststart',
    '-f',
    'ipod',
    options.output,
  ];
}
