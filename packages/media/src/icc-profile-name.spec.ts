import { iccProfileName } from './icc-profile-name';

function profileWith(tag: Buffer): Buffer {
  const header = Buffer.alloc(128);
  const table = Buffer.alloc(4 + 12);
  table.writeUInt32BE(1, 0);
  table.write('desc', 4, 'latin1');
  table.writeUInt32BE(128 + table.length, 8);
  table.writeUInt32BE(tag.length, 12);
  return Buffer.concat([header, table, tag]);
}

function v2Description(text: string): Buffer {
  const tag = Buffer.alloc(12 + text.length + 1 + 67);
  tag.write('desc', 0, 'latin1');
  tag.writeUInt32BE(text.length + 1, 8);
  tag.write(text, 12, 'latin1');
  return tag;
}

function v4Description(text: string): Buffer {
  const utf16 = Buffer.from(text, 'utf16le').swap16();
  const tag = Buffer.alloc(28 + utf16.length);
  tag.write('mluc', 0, 'latin1');
  tag.writeUInt32BE(1, 8);
  tag.writeUInt32BE(12, 12);
  tag.write('enUS', 16, 'latin1');
  tag.writeUInt32BE(utf16.length, 20);
  tag.writeUInt32BE(28, 24);
  utf16.copy(tag, 28);
  return tag;
}

describe('iccProfileName', () => {
  it('reads a v2 text description', () => {
    expect(iccProfileName(profileWith(v2Description('sRGB IEC61966-2.1')))).toBe('sRGB IEC61966-2.1');
  });

  it('reads a v4 multi-localized description', () => {
    expect(iccProfileName(profileWith(v4Description('Display P3')))).toBe('Display P3');
  });

  it('gives null for profiles without a description or cut short', () => {
    expect(iccProfileName(Buffer.alloc(10))).toBeNull();
    expect(iccProfileName(Buffer.alloc(200))).toBeNull();
    const full = profileWith(v4Description('Display P3'));
    expect(iccProfileName(full.subarray(0, full.length - 4))).toBeNull();
  });
});
