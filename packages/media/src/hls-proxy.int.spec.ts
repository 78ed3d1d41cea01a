import { appendFileSync, copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeHlsPlaylist, type HlsMediaPlaylist } from './hls-playlist';
import { makeVideoProxy } from './make-video-proxy';
import { FFMPEG_HLS_PLAYLIST } from './proxy-args';
import { probeMedia } from './probe';
import { makeClip, makeTempDir, topLevelBoxes } from './test-media';

const dir = makeTempDir('hls');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('makeVideoProxy with an HLS stream', () => {
  it('streams fMP4 segments of 2 s while it encodes (an EVENT playlist), ending as VOD beside the same MP4', async () => {
    const clip = makeClip(join(dir, 'clip.mp4'), { seconds: 6, size: '320x180', rate: '25', timecode: '01:00:00:00' });
    const hlsDir = join(dir, 'hls');
    const updates: { playlist: HlsMediaPlaylist; added: string[]; text: string; at: number }[] = [];
    const started = Date.now();

    const proxy = await makeVideoProxy(clip, join(dir, 'proxy.mp4'), {
      // Half real time: the 6 s clip takes about 3 s, so segments are seen while it encodes.
      readRate: 2,
      hls: {
        dir: hlsDir,
        onUpdate: async (playlist, added) => {
          // What a publisher does: take each complete segment (and the initialisation segment) as it is told.
          for (const file of [...(updates.length ? [] : [playlist.initFile!]), ...added.map((s) => s.file)])
            copyFileSync(join(hlsDir, file), join(dir, `published-${file}`));
          const text = writeHlsPlaylist(playlist, 2);
          updates.push({ playlist, added: added.map((s) => s.file), text, at: Date.now() - started });
          await Promise.resolve();
        },
      },
    });
    const finished = Date.now() - started;

    // Several updates while encoding, each adding segments; the last one ends the playlist.
    expect(updates.length).toBeGreaterThanOrEqual(2);
    const growing = updates.slice(0, -1);
    expect(growing.every((update) => !update.playlist.ended && update.added.length > 0)).toBe(true);
    expect(growing[0].text).toContain('#EXT-X-PLAYLIST-TYPE:EVENT\n');
    expect(growing[0].text).not.toContain('#EXT-X-ENDLIST');
    expect(growing[0].at).toBeLessThan(finished - 1000);
    const last = updates.at(-1)!;
    expect(last.playlist.ended).toBe(true);
    expect(last.text).toContain('#EXT-X-PLAYLIST-TYPE:VOD\n');
    expect(last.text.endsWith('#EXT-X-ENDLIST\n')).toBe(true);
    expect(proxy.hls).toEqual(last.playlist);

    // Three segments of 2 s; every segment was told exactly once, in order.
    const segments = last.playlist.segments;
    expect(segments.map((s) => s.file)).toEqual(['segment-00000.m4s', 'segment-00001.m4s', 'segment-00002.m4s']);
    expect(updates.flatMap((u) => u.added)).toEqual(segments.map((s) => s.file));
    for (const segment of segments) expect(segment.durationSeconds).toBeCloseTo(2, 1);
    expect(last.playlist.initFile).toBe('init.mp4');
    expect(readdirSync(hlsDir).sort()).toEqual(
      ['init.mp4', FFMPEG_HLS_PLAYLIST, ...segments.map((s) => s.file)].sort(),
    );

    // The published pieces, joined, are the whole clip: 150 frames of H.264 with AAC.
    const joined = join(dir, 'joined.mp4');
    copyFileSync(join(dir, 'published-init.mp4'), joined);
    for (const segment of segments) appendFileSync(joined, readFileSync(join(dir, `published-${segment.file}`)));
    const stream = await probeMedia(joined);
    expect(stream.streams.find((s) => s.type === 'video')).toMatchObject({ codec: 'h264', width: 320, height: 180 });
    expect(stream.streams.some((s) => s.type === 'audio')).toBe(true);
    expect(stream.durationSeconds).toBeCloseTo(6, 0);

    // The MP4 proxy is made as before, from the same encode: faststart, every frame, the timecode kept.
    expect(proxy).toMatchObject({ height: 180, frameCount: 150, startTimecode: '01:00:00:00', hasAudio: true });
    const boxes = topLevelBoxes(proxy.file);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
    expect(statSync(proxy.file).size).toBeGreaterThan(0);
  });

  it('stops the encode and leaves no output when publishing a segment fails', async () => {
    const clip = makeClip(join(dir, 'fails.mp4'), { seconds: 6, size: '320x180', rate: '25' });
    const hlsDir = join(dir, 'fails-hls');
    const output = join(dir, 'fails.mp4.proxy.mp4');
    const started = Date.now();
    await expect(
      makeVideoProxy(clip, output, {
        readRate: 2,
        hls: { dir: hlsDir, onUpdate: () => Promise.reject(new Error('storage is full')) },
      }),
    ).rejects.toThrow('storage is full');
    // Stopped at the first segment, not after the whole 3 s encode.
    expect(Date.now() - started).toBeLessThan(2500);
    expect(existsSync(output)).toBe(false);
    expect(existsSync(hlsDir)).toBe(false);
  });
});
