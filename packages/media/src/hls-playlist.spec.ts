import { newHlsSegments, parseHlsPlaylist, writeHlsPlaylist, type HlsMediaPlaylist } from './hls-playlist';

const FFMPEG_PLAYLIST = `#EXTM3U
#EXT-X-VERSION:7
#EXT-X-TARGETDURATION:2
#EXT-X-MEDIA-SEQUENCE:0
#EXT-X-PLAYLIST-TYPE:EVENT
#EXT-X-MAP:URI="init.mp4"
#EXTINF:2.000000,
segment-00000.m4s
#EXTINF:1.960000,
segment-00001.m4s
`;

describe('parseHlsPlaylist', () => {
  it("reads ffmpeg's playlist: its initialisation segment and complete segments with their lengths", () => {
    expect(parseHlsPlaylist(FFMPEG_PLAYLIST)).toEqual({
      initFile: 'init.mp4',
      segments: [
        { file: 'segment-00000.m4s', durationSeconds: 2 },
        { file: 'segment-00001.m4s', durationSeconds: 1.96 },
      ],
      ended: false,
    });
    expect(parseHlsPlaylist(`${FFMPEG_PLAYLIST}#EXT-X-ENDLIST\n`).ended).toBe(true);
  });

  it('refuses what is not a playlist, a segment without its length and an entry outside its folder', () => {
    expect(() => parseHlsPlaylist('segment-00000.m4s\n')).toThrow(/no #EXTM3U/);
    expect(() => parseHlsPlaylist('#EXTM3U\nsegment-00000.m4s\n')).toThrow(/no EXTINF/);
    expect(() => parseHlsPlaylist('#EXTM3U\n#EXTINF:2,\n../masters/x/master\n')).toThrow(/next to the playlist/);
    expect(() => parseHlsPlaylist('#EXTM3U\n#EXT-X-MAP:URI="https://elsewhere/init.mp4"\n')).toThrow(
      /next to the playlist/,
    );
  });
});

describe('writeHlsPlaylist', () => {
  const growing: HlsMediaPlaylist = parseHlsPlaylist(FFMPEG_PLAYLIST);

  it('writes an EVENT playlist while segments are still being written: no end, so players reload it', () => {
    expect(writeHlsPlaylist(growing, 2)).toBe(
      [
        '#EXTM3U',
        '#EXT-X-VERSION:7',
        '#EXT-X-TARGETDURATION:2',
        '#EXT-X-MEDIA-SEQUENCE:0',
        '#EXT-X-PLAYLIST-TYPE:EVENT',
        '#EXT-X-INDEPENDENT-SEGMENTS',
        '#EXT-X-MAP:URI="init.mp4"',
        '#EXTINF:2.000000,',
        'segment-00000.m4s',
        '#EXTINF:1.960000,',
        'segment-00001.m4s',
        '',
      ].join('\n'),
    );
  });

  it('turns into a VOD playlist with EXT-X-ENDLIST once ended, keeping every segment', () => {
    const text = writeHlsPlaylist({ ...growing, ended: true }, 2);
    expect(text).toContain('#EXT-X-PLAYLIST-TYPE:VOD\n');
    expect(text).not.toContain('EVENT');
    expect(text.endsWith('segment-00001.m4s\n#EXT-X-ENDLIST\n')).toBe(true);
    expect(parseHlsPlaylist(text)).toEqual({ ...growing, ended: true });
  });

  it('gives a target duration no segment exceeds, never below the aimed segment length', () => {
    const long = { ...growing, segments: [...growing.segments, { file: 'segment-00002.m4s', durationSeconds: 2.4 }] };
    expect(writeHlsPlaylist(long, 2)).toContain('#EXT-X-TARGETDURATION:3\n');
    expect(writeHlsPlaylist({ initFile: null, segments: [], ended: false }, 2)).toContain('#EXT-X-TARGETDURATION:2\n');
  });

  it('refuses segments without their initialisation segment', () => {
    expect(() => writeHlsPlaylist({ ...growing, initFile: null }, 2)).toThrow(/initialisation segment/);
  });
});

describe('newHlsSegments', () => {
  it('gives the segments added since what was published, and refuses a playlist that lost one', () => {
    const first = { initFile: 'init.mp4', segments: [{ file: 'segment-00000.m4s', durationSeconds: 2 }], ended: false };
    const next = parseHlsPlaylist(FFMPEG_PLAYLIST);
    expect(newHlsSegments(first, next)).toEqual([{ file: 'segment-00001.m4s', durationSeconds: 1.96 }]);
    expect(newHlsSegments(next, next)).toEqual([]);
    expect(() => newHlsSegments(next, first)).toThrow(/lost or reordered segment segment-00001/);
  });
});
