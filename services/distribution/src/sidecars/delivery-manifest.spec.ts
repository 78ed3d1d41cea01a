import { findDeliveryPreset } from '@mam/media';
import { deliveryManifest, type ManifestFacts } from './delivery-manifest';

const spec = findDeliveryPreset('web-h264-1080p')!.spec;
const facts: ManifestFacts = {
  delivery: { id: 'd-1', requestedBy: 'editor-1', ruleId: null, createdAt: new Date('2026-01-02T03:04:05Z') },
  asset: { id: 'a-1' },
  version: { id: 'v-1', number: 2, filename: 'promo.mov', sha256: 'ab'.repeat(32), sizeBytes: 1234 },
  profile: { id: 'web-h264-1080p', name: 'Web', spec },
  outputs: [
    {
      file: 'promo.mp4',
      container: 'mov,mp4,m4a,3gp,3g2,mj2',
      durationSeconds: 1,
      bitRate: 5_000_000,
      startTimecode: '10:00:00:00',
      video: null,
      audio: [],
    },
  ],
  loudness: {
    plan: { mode: 'linear', filter: 'volume=2dB', gainDb: 2, reason: 'one gain' },
    measured: { integrated: -14.1, range: 0, truePeak: -3, threshold: -24 },
  },
  captions: ['promo.en.srt'],
  rights: {},
};

describe('deliveryManifest', () => {
  it('names what was delivered, each file with its kind, size and SHA-256, and the rights', () => {
    const manifest = JSON.parse(
      deliveryManifest(facts, [
        { path: 'promo.mp4', sizeBytes: 10, sha256: '11'.repeat(32) },
        { path: 'promo.en.srt', sizeBytes: 2, sha256: '22'.repeat(32) },
      ]),
    );
    expect(manifest).toEqual({
      manifest: 'mam.delivery-manifest/1',
      delivery: { id: 'd-1', requestedBy: 'editor-1', ruleId: null, createdAt: '2026-01-02T03:04:05.000Z' },
      asset: { id: 'a-1' },
      version: facts.version,
      profile: { id: 'web-h264-1080p', name: 'Web', spec },
      outputs: facts.outputs,
      loudness: { mode: 'linear', gainDb: 2, target: spec.audio!.loudness, measured: facts.loudness.measured },
      files: [
        { path: 'promo.mp4', kind: 'media', sizeBytes: 10, sha256: '11'.repeat(32) },
        { path: 'promo.en.srt', kind: 'captions', sizeBytes: 2, sha256: '22'.repeat(32) },
      ],
      rights: {},
    });
  });

  it('has no loudness section for an output whose level was not set', () => {
    const manifest = JSON.parse(deliveryManifest({ ...facts, loudness: { plan: null, measured: null } }, []));
    expect(manifest.loudness).toBeNull();
  });
});
