import { bagInfoText, BAGIT_TXT, manifestPath, manifestText, payloadFileName } from './bagit-files';

describe('BagIt tag files', () => {
  const payload = [
    { path: 'data/v1/harbour.mov', sha256: 'a'.repeat(64), size: 1000 },
    { path: 'data/metadata/asset.json', sha256: 'b'.repeat(64), size: 234 },
  ];

  it('declare BagIt 1.0 in UTF-8 and list each file with its sha256 and two spaces', () => {
    expect(BAGIT_TXT).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    expect(manifestText(payload)).toBe(
      `${'a'.repeat(64)}  data/v1/harbour.mov\n${'b'.repeat(64)}  data/metadata/asset.json\n`,
    );
    expect(manifestPath('data/100%\nx')).toBe('data/100%25%0Ax');
  });

  it('give the payload oxum and bag size, one line per value', () => {
    const text = bagInfoText(
      {
        sourceOrganization: 'Studio',
        externalIdentifier: 'asset-1',
        externalDescription: 'Harbour\nat dawn',
        baggingDate: new Date('2026-12-02T10:00:00Z'),
        extra: [['Title', 'Harbour']],
      },
      payload,
    );
    expect(text.split('\n')).toEqual([
      'Source-Organization: Studio',
      'External-Identifier: asset-1',
      'External-Description: Harbour at dawn',
      'Bagging-Date: 2026-12-02',
      'Payload-Oxum: 1234.2',
      'Bag-Size: 1.2 KB',
      'Bag-Software-Agent: mam archive',
      'Title: Harbour',
      '',
    ]);
  });

  it('turn a master file name into a safe payload name', () => {
    expect(payloadFileName('Harbour at dawn (final).mov', 'master')).toBe('Harbour_at_dawn_final_.mov');
    expect(payloadFileName('../../etc', 'master')).toBe('etc');
    expect(payloadFileName(null, 'master')).toBe('master');
  });
});
