import { formatRational, parseRational } from '@mam/media';
import { timecodeToFrames } from '@mam/timecode';
import type { VersionMedia } from '../../entities/version-media.entity';
import { findAll, parseXml, type XmlElement } from '@mam/testkit';
import { escapeXml, frameDuration, rationalTime } from '@mam/fcpxml';
import { buildFcpxml, conformFrames, type EditingClip } from './build-fcpxml';
import { exportFilename, mediaBaseUrlInput } from './export-for-editing';
import { planEditingClips, type EditingSource } from './plan-editing-clips';

type Media = NonNullable<EditingSource['media']>;
const probedAt = new Date('2025-01-01T00:00:00Z');

function video(fields: Partial<Media> & Pick<VersionMedia, 'frameRate' | 'durationFrames'>): Media {
  return {
    durationSeconds: null,
    startTimecode: null,
    width: 1920,
    height: 1080,
    hasVideo: true,
    hasAudio: true,
    audioChannels: 2,
    audioRate: 48000,
    proxyKey: null,
    probedAt,
    ...fields,
  };
}

function source(n: number, filename: string, media: Media | null): EditingSource {
  return { assetId: `asset-${n}`, versionId: `version-${n}`, filename, media };
}

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

const byId = (root: XmlElement, id: string) =>
  [...findAll(root, 'format'), ...findAll(root, 'asset')].find((e) => e.attributes.id === id)!;

describe('rational times', () => {
  it('writes frames × den over num seconds, unreduced, and 0s for zero', () => {
    const pal = parseRational('25/1');
    expect(rationalTime(timecodeToFrames('10:00:00:00', pal), pal)).toBe('900000/25s');
    expect(rationalTime(150, pal)).toBe('150/25s');
    expect(rationalTime(0, pal)).toBe('0s');
    const film = parseRational('24000/1001');
    expect(rationalTime(timecodeToFrames('01:00:00:00', film), film)).toBe('86486400/24000s');
    const ntsc = parseRational('30000/1001');
    expect(timecodeToFrames('01:00:00;00', ntsc)).toBe(107892);
    expect(rationalTime(timecodeToFrames('01:00:00;00', ntsc), ntsc)).toBe('107999892/30000s');
    expect(() => rationalTime(-1, pal)).toThrow(RangeError);
    expect(() => rationalTime(1.5, pal)).toThrow(RangeError);
  });

  it('writes a frame duration as den/num seconds', () => {
    expect(frameDuration(parseRational('25/1'))).toBe('1/25s');
    expect(frameDuration(parseRational('24000/1001'))).toBe('1001/24000s');
    expect(frameDuration(parseRational('30000/1001'))).toBe('1001/30000s');
  });

  it('conforms a length to another rate in whole frames that fit', () => {
    expect(conformFrames(48, parseRational('24000/1001'), parseRational('25/1'))).toBe(50);
    expect(conformFrames(150, parseRational('25/1'), parseRational('25/1'))).toBe(150);
    expect(conformFrames(1, parseRational('60/1'), parseRational('24/1'))).toBe(1);
  });
});

describe('buildFcpxml', () => {
  const sources = [
    source(
      1,
      'harbour.mp4',
      video({
        frameRate: '25/1',
        durationFrames: 150,
        startTimecode: '10:00:00:00',
        proxyKey: 'renditions/a1/v1/proxy/proxy.mp4',
      }),
    ),
    source(
      2,
      'film_A001.mov',
      video({
        frameRate: '24000/1001',
        durationFrames: 48,
        startTimecode: '01:00:00:00',
        proxyKey: 'renditions/a2/v2/proxy/proxy.mp4',
      }),
    ),
    source(
      3,
      'news_ntsc.mxf',
      video({
        frameRate: '30000/1001',
        durationFrames: 60,
        startTimecode: '01:00:00;00',
        width: 1280,
        height: 720,
        hasAudio: false,
        audioChannels: null,
        audioRate: null,
      }),
    ),
    source(4, 'harbour_b.mp4', video({ frameRate: '25/1', durationFrames: 75, startTimecode: '10:00:10:00' })),
  ];
  const plan = planEditingClips(sources);
  const xml = buildFcpxml({ name: 'Harbour cut', clips: plan.clips });
  const root = parseXml(xml);
  const assets = findAll(root, 'asset');
  const clips = findAll(root, 'asset-clip');

  it('is a well-formed FCPXML 1.10 document with a library, event, project, sequence and spine', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE fcpxml>\n')).toBe(true);
    expect(root.name).toBe('fcpxml');
    expect(root.attributes.version).toBe('1.10');
    expect(root.children.map((c) => c.name)).toEqual(['resources', 'library']);
    const [event] = findAll(root, 'event');
    expect(event.attributes.name).toBe('Harbour cut');
    const [project] = findAll(event, 'project');
    expect(project.attributes.name).toBe('Harbour cut');
    expect(findAll(project, 'sequence')).toHaveLength(1);
    expect(findAll(project, 'spine')).toHaveLength(1);
  });

  it('has one asset per clip whose start is the timecode at the clip’s exact rate and whose duration is its frames', () => {
    expect(
      assets.map((a) => [
        a.attributes.name,
        a.attributes.start,
        a.attributes.duration,
        a.attributes.hasVideo,
        a.attributes.hasAudio,
      ]),
    ).toEqual([
      ['harbour.mp4', '900000/25s', '150/25s', '1', '1'],
      ['film_A001.mov', '86486400/24000s', '48048/24000s', '1', '1'],
      ['news_ntsc.mxf', '107999892/30000s', '60060/30000s', '1', '0'],
      ['harbour_b.mp4', '900250/25s', '75/25s', '1', '1'],
    ]);
    expect(assets[0].attributes).toMatchObject({
      audioChannels: '2',
      audioRate: '48000',
      videoSources: '1',
      audioSources: '1',
    });
    expect(assets[2].attributes.audioRate).toBeUndefined();
  });

  it('names the master as original media and the proxy beside the FCPXML', () => {
    expect(assets.map((a) => a.children.map((m) => [m.name, m.attributes.kind, m.attributes.src]))).toEqual([
      [
        ['media-rep', 'original-media', './harbour.mp4'],
        ['media-rep', 'proxy-media', './harbour.mp4.proxy.mp4'],
      ],
      [
        ['media-rep', 'original-media', './film_A001.mov'],
        ['media-rep', 'proxy-media', './film_A001.mov.proxy.mp4'],
      ],
      [['media-rep', 'original-media', './news_ntsc.mxf']],
      [['media-rep', 'original-media', './harbour_b.mp4']],
    ]);
  });

  it('has one format per distinct rate and size, each clip pointing at its own', () => {
    const formats = findAll(root, 'format');
    expect(formats.map((f) => [f.attributes.frameDuration, f.attributes.width, f.attributes.height])).toEqual([
      ['1/25s', '1920', '1080'],
      ['1001/24000s', '1920', '1080'],
      ['1001/30000s', '1280', '720'],
    ]);
    expect(assets.map((a) => byId(root, a.attributes.format).attributes.frameDuration)).toEqual([
      '1/25s',
      '1001/24000s',
      '1001/30000s',
      '1/25s',
    ]);
    expect(new Set([...formats, ...assets].map((e) => e.attributes.id)).size).toBe(formats.length + assets.length);
  });

  it('lays the clips on the spine in order, end to end in the timeline’s rate, with drop-frame marked', () => {
    const [sequence] = findAll(root, 'sequence');
    expect(byId(root, sequence.attributes.format).attributes.frameDuration).toBe('1/25s');
    expect(clips.map((c) => byId(root, c.attributes.ref).attributes.name)).toEqual([
      'harbour.mp4',
      'film_A001.mov',
      'news_ntsc.mxf',
      'harbour_b.mp4',
    ]);
    // 48 frames at 23.976 fill 50 frames at 25; 60 frames at 29.97 fill 50 frames at 25.
    expect(
      clips.map((c) => [c.attributes.offset, c.attributes.duration, c.attributes.start, c.attributes.tcFormat]),
    ).toEqual([
      ['0s', '150/25s', '900000/25s', 'NDF'],
      ['150/25s', '50/25s', '86486400/24000s', 'NDF'],
      ['200/25s', '50/25s', '107999892/30000s', 'DF'],
      ['250/25s', '75/25s', '900250/25s', 'NDF'],
    ]);
    expect(sequence.attributes).toMatchObject({ duration: '325/25s', tcStart: '0s', tcFormat: 'NDF' });
  });

  it('reports per clip what a client needs to fetch and save the files', () => {
    expect(
      plan.media.map((m) => [
        m.filename,
        m.proxyFilename,
        m.renditionKey,
        m.frameRate,
        m.startTimecode,
        m.durationFrames,
      ]),
    ).toEqual([
      ['harbour.mp4', 'harbour.mp4.proxy.mp4', 'renditions/a1/v1/proxy/proxy.mp4', '25/1', '10:00:00:00', 150],
      ['film_A001.mov', 'film_A001.mov.proxy.mp4', 'renditions/a2/v2/proxy/proxy.mp4', '24000/1001', '01:00:00:00', 48],
      ['news_ntsc.mxf', null, null, '30000/1001', '01:00:00;00', 60],
      ['harbour_b.mp4', null, null, '25/1', '10:00:10:00', 75],
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it('uses a drop-frame timeline when the first clip is drop-frame', () => {
    const ntsc = planEditingClips([
      source(1, 'a.mxf', video({ frameRate: '30000/1001', durationFrames: 30, startTimecode: '00:59:59;29' })),
    ]);
    const doc = parseXml(buildFcpxml({ name: 'x', clips: ntsc.clips }));
    expect(findAll(doc, 'sequence')[0].attributes.tcFormat).toBe('DF');
    expect(findAll(doc, 'asset')[0].attributes.start).toBe(
      `${timecodeToFrames('00:59:59;29', parseRational('30000/1001')) * 1001}/30000s`,
    );
  });

  it('escapes markup characters in names and keeps non-Latin names intact, percent-encoding them in URLs', () => {
    const nasty = `Tom & Jerry <"final"> 'cut'.mov`;
    const foreign = '東京タワー — ночь №5.mov';
    const text = buildFcpxml({
      name: 'R&D <review> "v2"',
      clips: [clip({ name: nasty, proxyFilename: `${nasty}.proxy.mp4` }), clip({ name: foreign, proxyFilename: null })],
    });
    expect(text).toContain('name="Tom &amp; Jerry &lt;&quot;final&quot;&gt; &apos;cut&apos;.mov"');
    expect(text).not.toMatch(/name="[^"]*[<>][^"]*"/);
    const doc = parseXml(text);
    const [first, second] = findAll(doc, 'asset');
    expect(first.attributes.name).toBe(nasty);
    expect(first.children[0].attributes.src).toBe(`./${encodeURIComponent(nasty)}`);
    expect(first.children[0].attributes.src).toBe("./Tom%20%26%20Jerry%20%3C%22final%22%3E%20'cut'.mov");
    expect(first.children[1].attributes.src).toBe(`./${encodeURIComponent(`${nasty}.proxy.mp4`)}`);
    expect(second.attributes.name).toBe(foreign);
    expect(text).toContain(`name="${foreign}"`);
    expect(second.children.map((c) => c.attributes.src)).toEqual([`./${encodeURIComponent(foreign)}`]);
    expect(findAll(doc, 'event')[0].attributes.name).toBe('R&D <review> "v2"');
    expect(findAll(doc, 'asset-clip').map((c) => c.attributes.name)).toEqual([nasty, foreign]);
  });

  it('replaces characters XML cannot carry and keeps line breaks as references', () => {
    expect(escapeXml('a\u0000b\u001Fc\uFFFEd\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(escapeXml('line\nnext\ttab')).toBe('line&#10;next&#9;tab');
    expect(escapeXml('emoji 🎬 stays')).toBe('emoji 🎬 stays');
    const doc = parseXml(buildFcpxml({ name: 'bell\u0007', clips: [clip({ name: 'two\nlines.mov' })] }));
    expect(findAll(doc, 'asset')[0].attributes.name).toBe('two\nlines.mov');
    expect(findAll(doc, 'event')[0].attributes.name).toBe('bell\uFFFD');
  });

  it('writes an empty but valid project when there are no clips', () => {
    const doc = parseXml(buildFcpxml({ name: 'Empty', clips: [] }));
    expect(findAll(doc, 'asset')).toEqual([]);
    expect(findAll(doc, 'sequence')[0].attributes.duration).toBe('0s');
    expect(findAll(doc, 'format')[0].attributes.frameDuration).toBe('1/25s');
  });
});

describe('planEditingClips', () => {
  it('counts sound-only clips in the timeline rate and skips what cannot go on a timeline, saying why', () => {
    const plan = planEditingClips([
      source(1, 'unprobed.mov', null),
      source(2, 'voice.wav', {
        ...video({ frameRate: null, durationFrames: null }),
        hasVideo: false,
        width: null,
        height: null,
        durationSeconds: 2.5,
        audioChannels: 1,
        proxyKey: 'renditions/a/v/audio_proxy/audio.m4a',
      }),
      source(3, 'film.mov', video({ frameRate: '24000/1001', durationFrames: 24, startTimecode: '01:00:00:30' })),
      source(4, 'still.jpg', { ...video({ frameRate: null, durationFrames: null }), hasVideo: false, hasAudio: false }),
      source(5, 'broken.mov', video({ frameRate: null, durationFrames: 10 })),
      source(6, 'empty.mov', video({ frameRate: '25/1', durationFrames: null, durationSeconds: null })),
    ]);
    expect(plan.skipped).toEqual([
      { assetId: 'asset-1', versionId: 'version-1', reason: 'ingest has not described this version yet' },
      { assetId: 'asset-4', versionId: 'version-4', reason: 'the file has neither a picture nor sound' },
      { assetId: 'asset-5', versionId: 'version-5', reason: 'the picture has no known frame rate' },
      { assetId: 'asset-6', versionId: 'version-6', reason: 'the length of the media is not known' },
    ]);
    expect(
      plan.media.map((m) => [m.filename, m.frameRate, m.durationFrames, m.startTimecode, m.proxyFilename]),
    ).toEqual([
      ['voice.wav', '24000/1001', 60, '00:00:00:00', 'voice.wav.proxy.m4a'],
      // A timecode that cannot exist at the rate (frame 30 at 24 fps) counts as none.
      ['film.mov', '24000/1001', 24, '00:00:00:00', null],
    ]);
    expect(plan.clips[0]).toMatchObject({
      hasVideo: false,
      hasAudio: true,
      width: null,
      rate: parseRational('24000/1001'),
    });
    expect(formatRational(plan.clips[1].rate)).toBe('24000/1001');
  });

  it('gives clips with the same master name distinct proxy file names', () => {
    const proxy = 'renditions/a/v/proxy/proxy.mp4';
    const plan = planEditingClips(
      [1, 2, 3].map((n) => source(n, 'A001.mov', video({ frameRate: '25/1', durationFrames: 10, proxyKey: proxy }))),
    );
    expect(plan.media.map((m) => [m.filename, m.proxyFilename])).toEqual([
      ['A001.mov', 'A001.mov.proxy.mp4'],
      ['A001.mov', 'A001.mov (2).proxy.mp4'],
      ['A001.mov', 'A001.mov (3).proxy.mp4'],
    ]);
  });
});

describe('exportFilename', () => {
  it('keeps a usable file name on every workstation', () => {
    expect(exportFilename('Harbour cut', 'FCPXML')).toBe('Harbour cut.fcpxml');
    expect(exportFilename('a/b\\c: "d" <e>?', 'FCPXML')).toBe('a_b_c_ _d_ _e_.fcpxml');
    expect(exportFilename(' ... ', 'FCPXML')).toBe('export.fcpxml');
    expect(exportFilename('東京', 'FCPXML')).toBe('東京.fcpxml');
  });
});

describe('the test XML reader', () => {
  it('refuses documents that are not well-formed', () => {
    const bad = [
      '<a><b></a></b>',
      '<a>',
      '<a x="1" x="2"/>',
      '<a x=1/>',
      '<a x="<"/>',
      '<a>fish & chips</a>',
      '<a>&nbsp;</a>',
      '<a/><b/>',
      '<a>\u0001</a>',
      'text',
    ];
    for (const text of bad) expect(() => parseXml(text)).toThrow();
  });

  it('reads attributes with entity and character references decoded', () => {
    const doc = parseXml(`<?xml version="1.0"?>\n<!DOCTYPE a>\n<a x="&lt;&amp;&#10;&#x41;" y='"'><b>t&gt;</b></a>`);
    expect(doc.attributes).toEqual({ x: '<&\nA', y: '"' });
    expect(doc.children[0].text).toBe('t>');
  });
});

describe('media references an NLE resolves', () => {
  const srcs = (xml: string) => findAll(parseXml(xml), 'media-rep').map((rep) => rep.attributes.src);
  const clips = [clip({ name: 'Harbour dawn.mov', proxyFilename: 'Harbour dawn.mov.proxy.mp4' })];

  it('are relative to the exported file by default, as FCPXML allows ("./name"), never file://./', () => {
    const refs = srcs(buildFcpxml({ name: 'Cut', clips }));
    expect(refs).toEqual(['./Harbour%20dawn.mov', './Harbour%20dawn.mov.proxy.mp4']);
    // Resolved against where the editor saved the FCPXML, they name the files beside it.
    const exported = 'file:///Users/ed/Exports/Cut.fcpxml';
    expect(refs.map((ref) => new URL(ref, exported).href)).toEqual([
      'file:///Users/ed/Exports/Harbour%20dawn.mov',
      'file:///Users/ed/Exports/Harbour%20dawn.mov.proxy.mp4',
    ]);
    expect(refs.map((ref) => new URL(ref, exported).host)).toEqual(['', '']);
  });

  it('are absolute file URLs under the folder the export was given', () => {
    const refs = srcs(
      buildFcpxml({ name: 'Cut', clips, mediaBaseUrl: mediaBaseUrlInput('file:///Volumes/Media/Harbour') }),
    );
    expect(refs).toEqual([
      'file:///Volumes/Media/Harbour/Harbour%20dawn.mov',
      'file:///Volumes/Media/Harbour/Harbour%20dawn.mov.proxy.mp4',
    ]);
    for (const ref of refs) expect(new URL(ref).pathname.startsWith('/Volumes/Media/Harbour/')).toBe(true);
  });

  it('refuse a base that is not a file URL of a folder, naming the argument', () => {
    for (const bad of ['Volumes/Media', 'https://cdn.example/media/', 'file:///Volumes/Media/?x=1']) {
      expect(() => mediaBaseUrlInput(bad)).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({
            code: 'BAD_USER_INPUT',
            fieldErrors: [expect.objectContaining({ key: 'mediaBaseUrl' })],
          }),
        }),
      );
    }
    expect(mediaBaseUrlInput('  ')).toBeNull();
  });
});
