import {
  create,
  createRegistry,
  fromBinary,
  toBinary,
  type DescMessage,
  type Message,
  type MessageInitShape,
} from '@bufbuild/protobuf';
import { anyPack, anyUnpack, timestampDate, timestampFromDate } from '@bufbuild/protobuf/wkt';
import { ActorKind, EnvelopeSchema, eventTypes } from '@mam/proto';
import { randomBytes } from 'node:crypto';
import { uuidv7 } from './uuidv7';

export type ActorKindName = 'user' | 'api_key' | 'system' | 'guest';

/** Who caused an event: the authenticated identity behind the state change. */
export interface EventActor {
  subject: string;
  workspaceId: string;
  kind: ActorKindName;
}

/** An event as handlers see it: the envelope's facts and the unpacked payload. */
export interface DecodedEvent<T extends Message = Message> {
  eventId: string;
  type: string;
  occurredAt: Date;
  aggregateId: string;
  actor: EventActor;
  traceparent: string;
  payload: T;
}

export interface NewEvent<Desc extends DescMessage> {
  type: string;
  aggregateId: string;
  actor: EventActor;
  schema: Desc;
  payload: MessageInitShape<Desc>;
  traceparent?: string;
}

const kinds: Record<ActorKindName, ActorKind> = {
  user: ActorKind.USER,
  api_key: ActorKind.API_KEY,
  system: ActorKind.SYSTEM,
  guest: ActorKind.GUEST,
};
const kindNames = new Map<ActorKind, ActorKindName>(
  Object.entries(kinds).map(([name, kind]) => [kind, name as ActorKindName]),
);
const registry = createRegistry(...Object.values(eventTypes));

/** A fresh W3C traceparent, used when the state change did not arrive with one. */
export function newTraceparent(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}

export function encodeEnvelope<Desc extends DescMessage>(
  event: NewEvent<Desc>,
  eventId = uuidv7(),
  occurredAt = new Date(),
): Uint8Array {
  const envelope = create(EnvelopeSchema, {
    eventId,
    type: event.type,
    occurredAt: timestampFromDate(occurredAt),
    aggregateId: event.aggregateId,
    actor: { subject: event.actor.subject, workspaceId: event.actor.workspaceId, kind: kinds[event.actor.kind] },
    traceparent: event.traceparent ?? newTraceparent(),
    payload: anyPack(event.schema, create(event.schema, event.payload)),
  });
  return toBinary(EnvelopeSchema, envelope);
}

/** Decodes an envelope and its payload; throws with a reason when either cannot be read. */
export function decodeEnvelope(bytes: Uint8Array): DecodedEvent {
  const envelope = fromBinary(EnvelopeSchema, bytes);
  if (!envelope.eventId || !envelope.type || !envelope.aggregateId)
    throw new Error('envelope lacks event_id, type or aggregate_id');
  if (!envelope.payload) throw new Error('envelope has no payload');
  const payload = anyUnpack(envelope.payload, registry);
  if (!payload) throw new Error(`unknown payload type ${envelope.payload.typeUrl}`);
  return {
    eventId: envelope.eventId,
    type: envelope.type,
    occurredAt: envelope.occurredAt ? timestampDate(envelope.occurredAt) : new Date(0),
    aggregateId: envelope.aggregateId,
    actor: {
      subject: envelope.actor?.subject ?? '',
      workspaceId: envelope.actor?.workspaceId ?? '',
      kind: kindNames.get(envelope.actor?.kind ?? ActorKind.UNSPECIFIED) ?? 'system',
    },
    traceparent: envelope.traceparent,
    payload,
  };
}
