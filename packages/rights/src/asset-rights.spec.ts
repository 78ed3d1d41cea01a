import { assetRights, metadataObject } from './asset-rights';

describe('metadataObject', () => {
  it('reads a JSON object and nothing else', () => {
    expect(metadataObject('{"rights_expires":"2026-01-31","title":"Pilot"}')).toEqual({
      rights_expires: '2026-01-31',
      title: 'Pilot',
    });
    expect(metadataObject('')).toEqual({});
    expect(metadataObject('[1]')).toBeNull();
    expect(metadataObject('not json')).toBeNull();
    expect(metadataObject('null')).toBeNull();
  });
});

describe('assetRights', () => {
  it('keeps only the rights fields that hold a value', () => {
    expect(
      assetRights({
        title: 'Pilot',
        rights_licence: 'L-1',
        rights_expires: '2026-01-31',
        rights_territories: ['GB'],
        rights_channels: null,
        rights_notes: 'not a rights field the gate reads',
      }),
    ).toEqual({ rights_licence: 'L-1', rights_expires: '2026-01-31', rights_territories: ['GB'] });
    expect(assetRights({})).toEqual({});
  });
});
