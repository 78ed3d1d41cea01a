import { AssetCreatedSchema, EnvelopeSchema } from '@mam/proto';
import { create, toBinary } from '@bufbuild/protobuf';
import { decodeEnvelope, encodeEnvelope } from './envelope';
import { uuidv7 } from './uuidv7';

describe('event envelope', () => {
  it('round-trips every envelope field and the typed payload', () => {
    const occurredAt = new Date('2026-11-29T10:00:00.123Z');
    const bytes = encodeEnvelope(
      {
        type: 'asset.created',
        aggregateId: 'a1',
        actor: { subject: 'u1', workspaceId: 'w1', kind: 'api_key' },
        schema: AssetCreatedSchema,
        payload: { assetId: 'a1', workspaceId: 'w1', title: 'Trailer' },
        traceparent: '00-abc-def-01',
      },
      'e1',
      occurredAt,
    );
    const event = decodeEnvelope(bytes);
    expect(event).toMatchObject({
      eventId: 'e1',
      type: 'asset.created',
      aggregateId: 'a1',
      traceparent: '00-abc-def-01',
      actor: { subject: 'u1', workspaceId: 'w1', kind: 'api_key' },
    });
    expect(event.occurredAt.toISOString()).toBe('2026-11-29T10:00:00.123Z');
    expect(event.payload).toMatchObject({ $typeName: 'mam.assets.v1.AssetCreated', assetId: 'a1', title: 'Trailer' });
  });

  it('gives a W3C traceparent when none is passed', () => {
    const bytes = encodeEnvelope({
      type: 'asset.created',
      aggregateId: 'a1',
      actor: { subject: 'u', workspaceId: 'w', kind: 'user' },
      schema: AssetCreatedSchema,
      payload: {},
    });
    expect(decodeEnvelope(bytes).traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it('refuses bytes that are not an envelope, and envelopes without payload', () => {
    expect(() => decodeEnvelope(new TextEncoder().encode('not protobuf at all'))).toThrow();
    const empty = toBinary(EnvelopeSchema, create(EnvelopeSchema, { eventId: 'e', type: 't', aggregateId: 'a' }));
    expect(() => decodeEnvelope(empty)).toThrow('envelope has no payload');
  });
});

describe('uuidv7', () => {
  it('is a version 7 RFC 9562 UUID that sorts by creation time', () => {
    const earlier = uuidv7(1_000_000);
    const later = uuidv7(2_000_000);
    expect(earlier).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(earlier < later).toBe(true);
    expect(parseInt(later.replace(/-/g, '').slice(0, 12), 16)).toBe(2_000_000);
  });
});
