import { filterValue, watermarkArgs, watermarkFontSize } from './watermark-args';

describe('watermarkArgs', () => {
  it('burns the text of a file in near the bottom on a dark band, keeping frame times and the sound', () => {
    const args = watermarkArgs({
      input: 'in.mp4',
      output: 'out.mp4',
      textFile: '/tmp/w/text.txt',
      height: 720,
      hasAudio: true,
    });
    expect(args).toEqual([
      '-i',
      'in.mp4',
      '-map',
      '0:v:0',
      '-vf',
      "drawtext=font=Sans:textfile='/tmp/w/text.txt':expansion=none:fontsize=45:fontcolor=white@0.9:box=1:boxcolor=black@0.6:boxborderw=15:x=(w-text_w)/2:y=h-text_h-60,format=yuv420p",
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
      '-map',
      '0:a:0',
      '-c:a',
      'copy',
      '-sn',
      '-dn',
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
      'out.mp4',
    ]);
  });

  it('takes a font file, and writes no sound for a silent proxy', () => {
    const args = watermarkArgs({
      input: 'i',
      output: 'o',
      textFile: 't',
      height: 36,
      fontFile: '/f/Sans.ttf',
      hasAudio: false,
    });
    expect(args[5]).toContain("drawtext=fontfile='/f/Sans.ttf':textfile='t'");
    expect(args).toContain('-an');
    expect(args).not.toContain('0:a:0');
  });

  it('sizes the text by the picture, never below 12 pixels', () => {
    expect(watermarkFontSize(1080)).toBe(68);
    expect(watermarkFontSize(36)).toBe(12);
  });

  it('quotes paths that hold the filter graph characters', () => {
    expect(filterValue("C:\\a'b")).toBe("'C\\:\\\\a'\\\\''b'");
  });
});
