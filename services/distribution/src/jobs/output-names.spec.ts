import { findDeliveryPreset } from '@mam/media';
import { outputFileName, safeStem } from './output-names';

describe('output names', () => {
  it('makes a safe stem from a version’s file name, or falls back', () => {
    expect(safeStem('Promo Cut (final).mov', 'asset')).toBe('Promo_Cut_final');
    expect(safeStem('../../etc/passwd', 'asset')).toBe('passwd');
    expect(safeStem(null, 'asset-1')).toBe('asset-1');
    expect(safeStem('....', 'asset-1')).toBe('asset-1');
  });

  it('names one file per single-file container and none for a ladder or an image set', () => {
    expect(outputFileName(findDeliveryPreset('xdcam-hd422')!.spec, 'promo')).toBe('promo.mxf');
    expect(outputFileName(findDeliveryPreset('hls-ladder')!.spec, 'promo')).toBeNull();
  });
});
