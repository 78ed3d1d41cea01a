export interface WatermarkArgsInput {
  input: string;
  output: string;
  /** A file holding the text to burn in (read as it is: no escaping, no % expansion of what a guest typed). */
  textFile: string;
  /** The picture's height, which sizes the text. */
  height: number;
  /** A TrueType font; fontconfig's sans-serif when not given. */
  fontFile?: string;
  hasAudio: boolean;
}

/** Quotes a value inside a filter graph option (paths: `\`, `'` and `:` are special there). */
export function filterValue(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "'\\\\''").replace(/:/g, '\\:')}'`;
}

/** The text's size for a picture height: readable on a phone, never below 12 pixels. */
export function watermarkFontSize(height: number): number {
  return Math.max(12, Math.round(height / 16));
}

/**
 * ffmpeg arguments that burn a line of text into a proxy, centred near the bottom on a dark band
 * (the same place on every frame), keeping every frame at its own time and the sound as it is.
 */
export function watermarkArgs(options: WatermarkArgsInput): string[] {
  const size = watermarkFontSize(options.height);
  const draw = [
    options.fontFile ? `fontfile=${filterValue(options.fontFile)}` : 'font=Sans',
    `textfile=${filterValue(options.textFile)}`,
    'expansion=none',
    `fontsize=${size}`,
    'fontcolor=white@0.9',
    'box=1',
    'boxcolor=black@0.6',
    `boxborderw=${Math.max(4, Math.round(size / 3))}`,
    'x=(w-text_w)/2',
    `y=h-text_h-${Math.max(8, Math.round(options.height / 12))}`,
  ].join(':');
  return [
    '-i',
    options.input,
    '-map',
    '0:v:0',
    '-vf',
    `drawtext=${draw},format=yuv420p`,
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '23',
    '-pix_fmt',
    'yuv420p',
    '-fps_mode',
    'passthrough',
    ...(options.hasAudio ? ['-map', '0:a:0', '-c:a', 'copy'] : ['-an']),
    '-sn',
    '-dn',
    '-movflags',
    '+faststart',
    '-f',
    'mp4',
    options.output,
  ];
}
