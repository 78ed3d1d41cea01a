import { parseRational } from '@mam/media';
import { buildAvidCsv, csvField, workstationPath } from './build-avid-csv';
import type { EditingClip } from './build-fcpxml';
import { exportFilename } from './export-for-editing';

function clip(fields: Partial<EditingClip> = {}): EditingClip {
  return {
    name: 'a.mov',
    proxyFilename: 'a.mov.proxy.mp4',
    rate: parseRational('25/1'),
    startFrames: 0,
    durationFrames: 25,
    dropFrame: false,
    width: 1920,
    height: 1080,
    hasVideo: true,
    hasAudio: true,
    audioChannels: 2,
    audioRate: 48000,
    ...fields,
  };
}

const rows = (csv: string) => csv.split('\r\n').slice(0, -1);

describe('the Avid shot log of a hand-off', () => {
  it('writes one row per clip under the shot log columns, with timecodes at each clip’s rate and the file to link', () => {
    const csv = buildAvidCsv({
      name: 'Harbour',
      mediaBaseUrl: 'file:///Volumes/dav/Harbour%20cut/',
      clips: [
        // 10:00:00:00 at 25 fps, 2 s.
        clip({ name: 'Pier.mov', proxyFilename: 'Pier.proxy.mp4', startFrames: 900_000, durationFrames: 50 }),
        // 01:00:00;00 at 29.97 drop-frame is frame 107892; 10 s are 300 frames.
        clip({
          name: 'Crane.mxf',
          proxyFilename: null,
          rate: parseRational('30000/1001'),
          startFrames: 107_892,
          durationFrames: 300,
          dropFrame: true,
          audioChannels: 4,
        }),
        // Sound only, counted at the timeline's 23.976.
        clip({
          name: 'Gulls, "wild" track.wav',
          proxyFilename: 'Gulls.proxy.m4a',
          rate: parseRational('24000/1001'),
          durationFrames: 48,
          hasVideo: false,
          width: null,
          height: null,
          audioChannels: 1,
        }),
      ],
    });
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows(csv)).toEqual([
      'Name,Source File,Start,End,Duration,FPS,Tracks,Drive Path',
      'Pier.mov,Pier.mov,10:00:00:00,10:00:02:00,00:00:02:00,25,VA1A2,/Volumes/dav/Harbour cut/Pier.proxy.mp4',
      'Crane.mxf,Crane.mxf,01:00:00;00,01:00:10;00,00:00:10;00,29.97,VA1A2A3A4,/Volumes/dav/Harbour cut/Crane.mxf',
      '"Gulls, ""wild"" track.wav","Gulls, ""wild"" track.wav",00:00:00:00,00:00:02:00,00:00:02:00,23.976,A1,/Volumes/dav/Harbour cut/Gulls.proxy.m4a',
    ]);
  });

  it('names the media beside the CSV without a media folder, and only the header for no clips', () => {
    expect(rows(buildAvidCsv({ name: 'x', clips: [clip({ proxyFilename: null, hasAudio: false })] }))[1]).toBe(
      'a.mov,a.mov,00:00:00:00,00:00:01:00,00:00:01:00,25,V,a.mov',
    );
    expect(buildAvidCsv({ name: 'empty', clips: [] })).toBe(
      'Name,Source File,Start,End,Duration,FPS,Tracks,Drive Path\r\n',
    );
  });

  it('quotes fields as RFC 4180 does, and writes Windows drive letters as Windows paths', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(workstationPath('Pier.mov', 'file:///Z:/Harbour/')).toBe('Z:/Harbour/Pier.mov');
    expect(workstationPath('東京 #1.mov', 'file:///Volumes/dav/')).toBe('/Volumes/dav/東京 #1.mov');
    expect(exportFilename('Harbour cut', 'AVID_CSV')).toBe('Harbour cut.csv');
  });
});
