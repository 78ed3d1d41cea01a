import { assetTypeOfMime, assetTypeOfUpload } from './asset-types';

describe('assetTypeOfUpload', () => {
  it('follows the probed media kind, whatever the container', () => {
    expect(assetTypeOfUpload({ mediaKind: 'video', mimeType: 'application/mxf' })).toBe('video');
    expect(assetTypeOfUpload({ mediaKind: 'video', mimeType: 'application/octet-stream' })).toBe('video');
    expect(assetTypeOfUpload({ mediaKind: 'audio', mimeType: 'video/mp4' })).toBe('audio');
  });

  it('falls back to the MIME type for uploads from producers that did not send a kind', () => {
    expect(assetTypeOfUpload({ mediaKind: '', mimeType: 'application/mxf' })).toBe('video');
    expect(assetTypeOfUpload({ mediaKind: '', mimeType: 'application/pdf' })).toBe('document');
    expect(assetTypeOfUpload({ mediaKind: '', mimeType: '' })).toBeNull();
    expect(assetTypeOfMime('application/zip')).toBe('other');
  });
});
