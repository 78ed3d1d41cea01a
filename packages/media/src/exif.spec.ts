import { readExif } from './exif';

type Field =
  | { tag: number; ascii: string }
  | { tag: number; short: number[] }
  | { tag: number; long: number[] }
  | { tag: number; rational: [number, number][] }
  | { tag: number; byte: number[] };

/** A minimal TIFF/EXIF writer: IFD0 with pointers to an Exif IFD and a GPS IFD. */
function buildExif(options: {
  littleEndian: boolean;
  ifd0: Field[];
  exif?: Field[];
  gps?: Field[];
  prefix?: boolean;
}): Buffer {
  const le = options.littleEndian;
  const encode = (field: Field): { type: number; count: number; data: Buffer } => {
    if ('ascii' in field)
      return { type: 2, count: field.ascii.length + 1, data: Buffer.from(`${field.ascii}\0`, 'latin1') };
    if ('byte' in field) return { type: 1, count: field.byte.length, data: Buffer.from(field.byte) };
    if ('short' in field) {
      const data = Buffer.alloc(field.short.length * 2);
      field.short.forEach((value, i) => (le ? data.writeUInt16LE(value, i * 2) : data.writeUInt16BE(value, i * 2)));
      return { type: 3, count: field.short.length, data };
    }
    if ('long' in field) {
      const data = Buffer.alloc(field.long.length * 4);
      field.long.forEach((value, i) => (le ? data.writeUInt32LE(value, i * 4) : data.writeUInt32BE(value, i * 4)));
      return { type: 4, count: field.long.length, data };
    }
    const data = Buffer.alloc(field.rational.length * 8);
    field.rational.forEach(([num, den], i) => {
      if (le) {
        data.writeUInt32LE(num, i * 8);
        data.writeUInt32LE(den, i * 8 + 4);
      } else {
        data.writeUInt32BE(num, i * 8);
        data.writeUInt32BE(den, i * 8 + 4);
      }
    });
    return { type: 5, count: field.rational.length, data };
  };
  const ifdSize = (count: number) => 2 + count * 12 + 4;
  const ifd0Count = options.ifd0.length + (options.exif ? 1 : 0) + (options.gps ? 1 : 0);
  const exifAt = 8 + ifdSize(ifd0Count);
  const gpsAt = exifAt + (options.exif ? ifdSize(options.exif.length) : 0);
  const ifd0: Field[] = [
    ...options.ifd0,
    ...(options.exif ? [{ tag: 0x8769, long: [exifAt] }] : []),
    ...(options.gps ? [{ tag: 0x8825, long: [gpsAt] }] : []),
  ];
  const ifds: [number, Field[]][] = [
    [8, ifd0],
    ...(options.exif ? [[exifAt, options.exif] as [number, Field[]]] : []),
    ...(options.gps ? [[gpsAt, options.gps] as [number, Field[]]] : []),
  ];
  let dataAt = gpsAt + (options.gps ? ifdSize(options.gps.length) : 0);
  const out = Buffer.alloc(4096);
  const u16 = (value: number, at: number) => (le ? out.writeUInt16LE(value, at) : out.writeUInt16BE(value, at));
  const u32 = (value: number, at: number) => (le ? out.writeUInt32LE(value, at) : out.writeUInt32BE(value, at));
  out.write(le ? 'II' : 'MM', 0, 'latin1');
  u16(42, 2);
  u32(8, 4);
  for (const [at, fields] of ifds) {
    u16(fields.length, at);
    fields.forEach((field, i) => {
      const entry = at + 2 + i * 12;
      const { type, count, data } = encode(field);
      u16(field.tag, entry);
      u16(type, entry + 2);
      u32(count, entry + 4);
      if (data.length <= 4) data.copy(out, entry + 8);
      else {
        u32(dataAt, entry + 8);
        data.copy(out, dataAt);
        dataAt += data.length + (data.length % 2);
      }
    });
    u32(0, at + 2 + fields.length * 12);
  }
  const tiff = out.subarray(0, dataAt);
  return options.prefix === false ? tiff : Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

const camera = {
  ifd0: [
    { tag: 0x010f, ascii: 'Canon' },
    { tag: 0x0110, ascii: 'Canon EOS R5' },
    { tag: 0x0112, short: [6] },
  ] as Field[],
  exif: [
    { tag: 0x829a, rational: [[1, 250]] },
    { tag: 0x829d, rational: [[28, 10]] },
    { tag: 0x8827, short: [400] },
    { tag: 0x9003, ascii: '2024:05:01 12:34:56' },
    { tag: 0x9011, ascii: '+02:00' },
    { tag: 0x920a, rational: [[50, 1]] },
    { tag: 0xa434, ascii: 'RF50mm F1.8 STM' },
  ] as Field[],
  gps: [
    { tag: 1, ascii: 'N' },
    {
      tag: 2,
      rational: [
        [52, 1],
        [31, 1],
        [1234, 100],
      ],
    },
    { tag: 3, ascii: 'W' },
    {
      tag: 4,
      rational: [
        [13, 1],
        [24, 1],
        [0, 1],
      ],
    },
    { tag: 5, byte: [0] },
    { tag: 6, rational: [[345, 10]] },
  ] as Field[],
};

describe('readExif', () => {
  it.each([true, false])('reads camera, exposure, lens, time and GPS fields (little-endian: %s)', (littleEndian) => {
    const exif = readExif(buildExif({ littleEndian, ...camera }));
    expect(exif).toEqual({
      make: 'Canon',
      model: 'Canon EOS R5',
      lensModel: 'RF50mm F1.8 STM',
      orientation: 6,
      dateTimeOriginal: '2024-05-01T12:34:56+02:00',
      exposureTimeSeconds: 0.004,
      fNumber: 2.8,
      iso: 400,
      focalLengthMm: 50,
      gps: { latitude: expect.closeTo(52.520094, 5), longitude: expect.closeTo(-13.4, 6), altitudeMeters: 34.5 },
    });
  });

  it('reads a bare TIFF header without the Exif prefix, and below-sea-level altitude', () => {
    const gps = camera.gps.map((field) => (field.tag === 5 ? { tag: 5, byte: [1] } : field));
    const exif = readExif(buildExif({ littleEndian: true, ifd0: camera.ifd0, gps, prefix: false }));
    expect(exif.make).toBe('Canon');
    expect(exif.gps?.altitudeMeters).toBe(-34.5);
    expect(exif.dateTimeOriginal).toBeNull();
  });

  it('gives nulls, never an exception, for empty, foreign or cut-off blocks', () => {
    const empty = {
      make: null,
      model: null,
      lensModel: null,
      orientation: null,
      dateTimeOriginal: null,
      exposureTimeSeconds: null,
      fNumber: null,
      iso: null,
      focalLengthMm: null,
      gps: null,
    };
    expect(readExif(new Uint8Array(0))).toEqual(empty);
    expect(readExif(Buffer.from('Exif\0\0XX*\0\0\0\0\x08', 'latin1'))).toEqual(empty);
    const full = buildExif({ littleEndian: true, ...camera });
    for (let length = 0; length < full.length; length += 7)
      expect(() => readExif(full.subarray(0, length))).not.toThrow();
    const cut = readExif(full.subarray(0, 60));
    expect(cut.make).toBeNull();
    expect(cut.orientation).toBe(6);
  });

  it('ignores an orientation outside 1..8 and rationals with a zero denominator', () => {
    const exif = readExif(
      buildExif({
        littleEndian: true,
        ifd0: [{ tag: 0x0112, short: [9] }],
        exif: [{ tag: 0x829d, rational: [[28, 0]] }],
      }),
    );
    expect(exif.orientation).toBeNull();
    expect(exif.fNumber).toBeNull();
  });
});
