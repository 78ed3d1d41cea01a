import { filmstripArgs } from './filmstrip-args';

describe('filmstripArgs', () => {
  it('samples 100 frames of a long clip into a 10 × 10 sheet of 160-wide tiles', () => {
    const { args, index } = filmstripArgs({
      input: 'in.mp4',
      output: 'strip.jpg',
      durationSeconds: 600,
      displayWidth: 1920,
      displayHeight: 1080,
    });
    expect(index).toEqual({ columns: 10, rows: 10, tileWidth: 160, tileHeight: 90, intervalSeconds: 6, count: 100 });
    expect(args).toEqual([
      '-i',
      'in.mp4',
      '-map',
      '0:v:0',
      '-vf',
      'fps=fps=100/600,showinfo,scale=w=160:h=90,setsar=1,tile=10x10',
      '-frames:v',
      '1',
      '-f',
      'image2',
      '-c:v',
      'mjpeg',
      '-q:v',
      '4',
      '-update',
      '1',
      'strip.jpg',
    ]);
  });

  it('gives short clips one tile per second and a single row', () => {
    const { index } = filmstripArgs({
      input: 'in',
      output: 'out',
      durationSeconds: 4,
      displayWidth: 1920,
      displayHeight: 1080,
    });
    expect(index).toEqual({ columns: 4, rows: 1, tileWidth: 160, tileHeight: 90, intervalSeconds: 1, count: 4 });
  });

  it('lays out a partial last row and follows the display shape of portrait and 4:3 video', () => {
    expect(
      filmstripArgs({ input: 'in', output: 'out', durationSeconds: 12.5, displayWidth: 1080, displayHeight: 1920 })
        .index,
    ).toEqual({
      columns: 10,
      rows: 2,
      tileWidth: 160,
      tileHeight: 284,
      intervalSeconds: 12.5 / 12,
      count: 12,
    });
    expect(
      filmstripArgs({
        input: 'in',
        output: 'out',
        durationSeconds: 0.4,
        displayWidth: 768,
        displayHeight: 576,
        tileWidth: 120,
      }).index,
    ).toMatchObject({ count: 1, columns: 1, rows: 1, tileHeight: 90 });
  });
});
