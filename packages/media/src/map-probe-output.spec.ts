import { mapProbeOutput, type FfprobeOutput } from './map-probe-output';

const movWithTimecode: FfprobeOutput = {
  format: {
    format_name: 'mov,mp4,m4a,3gp,3g2,mj2',
    format_long_name: 'QuickTime / MOV',
    duration: '2.002000',
    start_time: '0.000000',
    bit_rate: '4000000',
    size: '1001000',
    tags: { creation_time: '2026-01-02T03:04:05.000000Z' },
  },
  streams: [
    {
      index: 0,
      codec_type: 'video',
      codec_name: 'prores',
      codec_long_name: 'Apple ProRes',
      codec_tag_string: 'apch',
      profile: 'HQ',
      width: 1920,
      height: 1080,
      sample_aspect_ratio: '1:1',
      display_aspect_ratio: '16:9',
      r_frame_rate: '24000/1001',
      avg_frame_rate: '24000/1001',
      nb_frames: '48',
      field_order: 'progressive',
      color_primaries: 'bt709',
      color_transfer: 'bt709',
      color_space: 'bt709',
      color_range: 'tv',
      pix_fmt: 'yuv422p10le',
      duration: '2.002000',
      bit_rate: '3900000',
      tags: { language: 'eng', timecode: '01:00:00:00' },
    },
    {
      index: 1,
      codec_type: 'audio',
      codec_name: 'pcm_s24le',
      codec_tag_string: 'in24',
      sample_fmt: 's32',
      sample_rate: '48000',
      channels: 2,
      channel_layout: 'stereo',
      bits_per_sample: 24,
      bits_per_raw_sample: '24',
      r_frame_rate: '0/0',
      avg_frame_rate: '0/0',
      tags: { language: 'und' },
    },
    {
      index: 2,
      codec_type: 'data',
      codec_tag_string: 'tmcd',
      r_frame_rate: '0/0',
      avg_frame_rate: '24000/1001',
      nb_frames: '1',
      tags: { timecode: '01:00:00:00' },
    },
  ],
};

describe('mapProbeOutput', () => {
  it('maps the container and every stream of a ProRes MOV', () => {
    const metadata = mapProbeOutput(movWithTimecode);
    expect(metadata).toMatchObject({
      container: 'mov,mp4,m4a,3gp,3g2,mj2',
      containerLongName: 'QuickTime / MOV',
      durationSeconds: 2.002,
      startSeconds: 0,
      bitRate: 4_000_000,
      sizeBytes: 1_001_000,
      startTimecode: '01:00:00:00',
      creationTime: '2026-01-02T03:04:05.000000Z',
    });
    expect(metadata.streams[0]).toEqual({
      index: 0,
      type: 'video',
      codec: 'prores',
      codecLongName: 'Apple ProRes',
      codecTag: 'apch',
      profile: 'HQ',
      durationSeconds: 2.002,
      bitRate: 3_900_000,
      language: 'eng',
      timecode: '01:00:00:00',
      attachedPicture: false,
      width: 1920,
      height: 1080,
      sampleAspectRatio: { num: 1, den: 1 },
      displayAspectRatio: { num: 16, den: 9 },
      rotation: 0,
      frameRate: { num: 24000, den: 1001 },
      variableFrameRate: false,
      frameCount: 48,
      fieldOrder: 'progressive',
      scanType: 'progressive',
      fieldDominance: null,
      colorPrimaries: 'bt709',
      colorTransfer: 'bt709',
      colorSpace: 'bt709',
      colorRange: 'tv',
      pixelFormat: 'yuv422p10le',
      bitDepth: 10,
      channels: null,
      channelLayout: null,
      sampleRate: null,
      sampleFormat: null,
    });
    expect(metadata.streams[1]).toMatchObject({
      type: 'audio',
      codec: 'pcm_s24le',
      channels: 2,
      channelLayout: 'stereo',
      sampleRate: 48000,
      bitDepth: 24,
      language: null,
      frameRate: null,
      width: null,
    });
    expect(metadata.streams[2]).toMatchObject({
      type: 'data',
      codecTag: 'tmcd',
      timecode: '01:00:00:00',
      frameRate: null,
    });
  });

  it('keeps how sure ffprobe is of the container', () => {
    expect(mapProbeOutput({ format: { format_name: 'image2', probe_score: 50 } }).probeScore).toBe(50);
    expect(mapProbeOutput({ format: { format_name: 'mxf' } }).probeScore).toBeNull();
  });

  it('finds the start timecode in a tmcd track when the video stream has none', () => {
    const output: FfprobeOutput = {
      format: { format_name: 'mov' },
      streams: [
        { index: 0, codec_type: 'video' },
        { index: 1, codec_type: 'data', codec_tag_string: 'tmcd', tags: { timecode: '00:59:50;00' } },
      ],
    };
    expect(mapProbeOutput(output).startTimecode).toBe('00:59:50;00');
  });

  it('prefers the container timecode (MXF) and reads Matroska tags in any case', () => {
    const output: FfprobeOutput = {
      format: { format_name: 'mxf', tags: { timecode: '10:00:00:00' } },
      streams: [
        {
          index: 0,
          codec_type: 'video',
          r_frame_rate: '25/1',
          avg_frame_rate: '25/1',
          tags: { 'NUMBER_OF_FRAMES-eng': '250', TIMECODE: '09:00:00:00' },
        },
      ],
    };
    const metadata = mapProbeOutput(output);
    expect(metadata.startTimecode).toBe('10:00:00:00');
    expect(metadata.streams[0].frameCount).toBe(250);
    expect(metadata.streams[0].timecode).toBe('09:00:00:00');
  });

  it('reports interlaced 25i at 25 frames per second, and its field order', () => {
    const output: FfprobeOutput = {
      streams: [
        {
          index: 0,
          codec_type: 'video',
          r_frame_rate: '50/1',
          avg_frame_rate: '25/1',
          field_order: 'tt',
          pix_fmt: 'yuv422p',
        },
      ],
    };
    expect(mapProbeOutput(output).streams[0]).toMatchObject({
      frameRate: { num: 25, den: 1 },
      fieldOrder: 'tt',
      scanType: 'interlaced',
      fieldDominance: 'tff',
      bitDepth: 8,
    });
  });

  it('names the field shown first: tt and bt show the top field first, bb and tb the bottom', () => {
    const scan = (field_order?: string) =>
      mapProbeOutput({ streams: [{ index: 0, codec_type: 'video', field_order }] }).streams[0];
    expect(
      [scan('tt'), scan('bt'), scan('bb'), scan('tb'), scan('progressive'), scan(undefined), scan('unknown')].map(
        (s) => [s.scanType, s.fieldDominance],
      ),
    ).toEqual([
      ['interlaced', 'tff'],
      ['interlaced', 'tff'],
      ['interlaced', 'bff'],
      ['interlaced', 'bff'],
      ['progressive', null],
      [null, null],
      [null, null],
    ]);
  });

  it('reads phone footage: variable rate, rotation from the display matrix, HDR colour', () => {
    const output: FfprobeOutput = {
      streams: [
        {
          index: 0,
          codec_type: 'video',
          codec_name: 'hevc',
          width: 3840,
          height: 2160,
          r_frame_rate: '600/1',
          avg_frame_rate: '1801/60',
          color_primaries: 'bt2020',
          color_transfer: 'arib-std-b67',
          color_space: 'bt2020nc',
          pix_fmt: 'yuv420p10le',
          bits_per_raw_sample: 'N/A',
          side_data_list: [{ side_data_type: 'Display Matrix', rotation: -90 }],
        },
      ],
    };
    expect(mapProbeOutput(output).streams[0]).toMatchObject({
      frameRate: { num: 30, den: 1 },
      variableFrameRate: true,
      rotation: 90,
      colorTransfer: 'arib-std-b67',
      bitDepth: 10,
    });
  });

  it('marks cover art and tolerates missing and N/A values', () => {
    const output: FfprobeOutput = {
      format: { format_name: 'mp3', duration: 'N/A', bit_rate: 'N/A' },
      streams: [
        {
          index: 0,
          codec_type: 'audio',
          codec_name: 'mp3',
          sample_rate: '44100',
          channels: 2,
          duration: '180.5',
          profile: 'unknown',
        },
        {
          index: 1,
          codec_type: 'video',
          codec_name: 'mjpeg',
          width: 600,
          height: 600,
          r_frame_rate: '90000/1',
          avg_frame_rate: '0/0',
          disposition: { attached_pic: 1 },
        },
      ],
    };
    const metadata = mapProbeOutput(output);
    expect(metadata.durationSeconds).toBe(180.5);
    expect(metadata.bitRate).toBeNull();
    expect(metadata.startTimecode).toBeNull();
    expect(metadata.streams[0]).toMatchObject({ profile: null, bitDepth: null, channelLayout: null });
    expect(metadata.streams[1]).toMatchObject({ attachedPicture: true, frameRate: null });
  });
});
