/** Camera facts from an image's EXIF block; null where the block does not say. */
export interface ExifFields {
  make: string | null;
  model: string | null;
  lensModel: string | null;
  orientation: number | null;
  /** Local time as written by the camera, ISO 8601 ("2024-05-01T12:34:56", with offset when known). */
  dateTimeOriginal: string | null;
  exposureTimeSeconds: number | null;
  fNumber: number | null;
  iso: number | null;
  focalLengthMm: number | null;
  gps: { latitude: number; longitude: number; altitudeMeters: number | null } | null;
}

const TAG = {
  make: 0x010f,
  model: 0x0110,
  orientation: 0x0112,
  exifIfd: 0x8769,
  gpsIfd: 0x8825,
  exposureTime: 0x829a,
  fNumber: 0x829d,
  iso: 0x8827,
  dateTimeOriginal: 0x9003,
  offsetTimeOriginal: 0x9011,
  focalLength: 0x920a,
  lensModel: 0xa434,
  gpsLatitudeRef: 1,
  gpsLatitude: 2,
  gpsLongitudeRef: 3,
  gpsLongitude: 4,
  gpsAltitudeRef: 5,
  gpsAltitude: 6,
} as const;

/** Bytes per value of each TIFF field type. */
const TYPE_SIZES: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
};
const MAX_ENTRIES = 512;

type Value = string | number[];

/** A bounds-checked view of a TIFF structure; every read past the end gives null. */
function tiffReader(view: DataView, littleEndian: boolean) {
  const inside = (offset: number, length: number) => offset >= 0 && offset + length <= view.byteLength;
  const u16 = (offset: number) => (inside(offset, 2) ? view.getUint16(offset, littleEndian) : null);
  const u32 = (offset: number) => (inside(offset, 4) ? view.getUint32(offset, littleEndian) : null);

  function readValue(entry: number): Value | null {
    const type = u16(entry + 2);
    const count = u32(entry + 4);
    if (type === null || count === null || !TYPE_SIZES[type]) return null;
    const size = TYPE_SIZES[type] * count;
    const at = size <= 4 ? entry + 8 : u32(entry + 8);
    if (at === null || !inside(at, size) || count > 65536) return null;
    if (type === 2 || type === 7) {
      let text = '';
      for (let i = 0; i < count; i++) text += String.fromCharCode(view.getUint8(at + i));
      return text.replace(/\0[\s\S]*$/, '').trim();
    }
    const values: number[] = [];
    for (let i = 0; i < count; i++) {
      const p = at + i * TYPE_SIZES[type];
      switch (type) {
        case 1:
          values.push(view.getUint8(p));
          break;
        case 6:
          values.push(view.getInt8(p));
          break;
        case 3:
          values.push(view.getUint16(p, littleEndian));
          break;
        case 8:
          values.push(view.getInt16(p, littleEndian));
          break;
        case 4:
          values.push(view.getUint32(p, littleEndian));
          break;
        case 9:
          values.push(view.getInt32(p, littleEndian));
          break;
        case 5:
          values.push(view.getUint32(p, littleEndian) / view.getUint32(p + 4, littleEndian));
          break;
        case 10:
          values.push(view.getInt32(p, littleEndian) / view.getInt32(p + 4, littleEndian));
          break;
        case 11:
          values.push(view.getFloat32(p, littleEndian));
          break;
        case 12:
          values.push(view.getFloat64(p, littleEndian));
          break;
      }
    }
    return values;
  }

  /** The entries of one IFD, by tag. */
  function readIfd(offset: number | null): Map<number, Value> {
    const fields = new Map<number, Value>();
    const count = offset === null ? null : u16(offset);
    if (offset === null || count === null) return fields;
    for (let i = 0; i < Math.min(count, MAX_ENTRIES); i++) {
      const entry = offset + 2 + i * 12;
      const tag = u16(entry);
      if (tag === null) break;
      const value = readValue(entry);
      if (value !== null) fields.set(tag, value);
    }
    return fields;
  }

  return { u32, readIfd };
}

const text = (fields: Map<number, Value>, tag: number) => {
  const value = fields.get(tag);
  return typeof value === 'string' && value.length > 0 ? value : null;
};
const first = (fields: Map<number, Value>, tag: number) => {
  const value = fields.get(tag);
  return Array.isArray(value) && Number.isFinite(value[0]) ? value[0] : null;
};

function isoDateTime(value: string | null, offset: string | null): string | null {
  if (!value) return null;
  const match = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(value);
  if (!match) return value;
  const zone = offset && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '';
  return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}${zone}`;
}

function coordinate(fields: Map<number, Value>, valueTag: number, refTag: number, negative: string): number | null {
  const parts = fields.get(valueTag);
  if (!Array.isArray(parts) || parts.length < 1 || !parts.every(Number.isFinite)) return null;
  const degrees = parts[0] + (parts[1] ?? 0) / 60 + (parts[2] ?? 0) / 3600;
  return text(fields, refTag)?.toUpperCase() === negative ? -degrees : degrees;
}

function gps(fields: Map<number, Value>): ExifFields['gps'] {
  const latitude = coordinate(fields, TAG.gpsLatitude, TAG.gpsLatitudeRef, 'S');
  const longitude = coordinate(fields, TAG.gpsLongitude, TAG.gpsLongitudeRef, 'W');
  if (latitude === null || longitude === null) return null;
  const altitude = first(fields, TAG.gpsAltitude);
  const belowSeaLevel = first(fields, TAG.gpsAltitudeRef) === 1;
  return { latitude, longitude, altitudeMeters: altitude === null ? null : belowSeaLevel ? -altitude : altitude };
}

/**
 * Reads the camera fields of an EXIF block (as sharp returns it, starting with "Exif\0\0", or
 * a bare TIFF header). Malformed blocks give whatever could be read; it never throws.
 */
export function readExif(block: Uint8Array): ExifFields {
  const start = block.length >= 6 && String.fromCharCode(...block.subarray(0, 4)) === 'Exif' ? 6 : 0;
  const view = new DataView(block.buffer, block.byteOffset + start, Math.max(0, block.byteLength - start));
  const order = view.byteLength >= 8 ? String.fromCharCode(view.getUint8(0), view.getUint8(1)) : '';
  const empty = new Map<number, Value>();
  const reader = order === 'II' || order === 'MM' ? tiffReader(view, order === 'II') : null;
  const ifd0 = reader ? reader.readIfd(reader.u32(4)) : empty;
  const pointer = (tag: number) => {
    const offset = first(ifd0, tag);
    return reader && offset !== null && offset > 0 ? reader.readIfd(offset) : empty;
  };
  const exif = pointer(TAG.exifIfd);
  const gpsFields = pointer(TAG.gpsIfd);
  const orientation = first(ifd0, TAG.orientation);
  return {
    make: text(ifd0, TAG.make),
    model: text(ifd0, TAG.model),
    lensModel: text(exif, TAG.lensModel),
    orientation: orientation !== null && orientation >= 1 && orientation <= 8 ? orientation : null,
    dateTimeOriginal: isoDateTime(text(exif, TAG.dateTimeOriginal), text(exif, TAG.offsetTimeOriginal)),
    exposureTimeSeconds: first(exif, TAG.exposureTime),
    fNumber: first(exif, TAG.fNumber),
    iso: first(exif, TAG.iso),
    focalLengthMm: first(exif, TAG.focalLength),
    gps: gps(gpsFields),
  };
}
