export interface SpeechAudioArgsInput {
  input: string;
  output: string;
  /** Default 16000: what speech engines (pocketsphinx, whisper.cpp) take. */
  sampleRate?: number;
}

/** ffmpeg arguments for a mono 16-bit PCM WAV of the first audio stream, for speech to text. */
export function speechAudioArgs(options: SpeechAudioArgsInput): string[] {
  return [
    '-i',
    options.input,
    '-map',
    '0:a:0',
    '-vn',
    '-sn',
    '-dn',
    '-map_metadata',
    '-1',
    '-c:a',
    'pcm_s16le',
    '-ac',
    '1',
    '-ar',
    String(options.sampleRate ?? 16000),
    '-f',
    'wav',
    options.output,
  ];
}
