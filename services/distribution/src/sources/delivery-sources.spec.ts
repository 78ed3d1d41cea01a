import { rightsFacts } from './delivery-sources';

describe('rightsFacts', () => {
  it('keeps the rights_* values without the prefix, and leaves out other and empty values', () => {
    expect(
      rightsFacts({
        title: 'Promo',
        rights_licence: 'CC-BY',
        rights_expires: '2030-01-31',
        rights_territories: ['GB', 'IE'],
        rights_channels: [],
        rights_notes: '',
      }),
    ).toEqual({ licence: 'CC-BY', expires: '2030-01-31', territories: ['GB', 'IE'], channels: [] });
    expect(rightsFacts({})).toEqual({});
  });
});
