import { assetSidecar, commentsSidecar, deliveriesSidecar, premisEvents } from './package-metadata';

const comment = {
  comment_id: 'c1',
  version_id: 'v1',
  author: 'editor-1',
  body: 'A cormorant crosses the beam',
  frame_in: '10',
  frame_out: null,
  timecode: '10:00:00:10',
  frame_rate: '25/1',
  internal: false,
  posted_at: new Date('2026-12-01T10:00:00Z'),
};
const delivery = {
  delivery_id: 'd1',
  version_id: 'v1',
  rule_id: '',
  destination_ids: ['dest-1'],
  outputs: [{ profileId: 'wav-48k-24bit', status: 'delivered', integratedLoudness: -23 }],
  completed_at: new Date('2026-12-01T11:00:00Z'),
};

describe('package sidecars', () => {
  it('split the rights fields from the custom ones and keep description and tags', () => {
    const sidecar = JSON.parse(
      assetSidecar({
        assetId: 'a1',
        workspaceId: 'w1',
        title: 'Lighthouse',
        collectionIds: [],
        descriptive: {
          description: 'From the pier',
          tags: ['coast'],
          metadata: { shot_type: 'wide', rights_licence: 'Editorial use only', rights_territories: ['FR'] },
        },
        packageId: 'p1',
        archivedAt: new Date('2026-12-02T00:00:00Z'),
        versions: [],
      }),
    );
    expect(sidecar.asset).toMatchObject({
      description: 'From the pier',
      tags: ['coast'],
      metadata: { shot_type: 'wide' },
      rights: { licence: 'Editorial use only', territories: ['FR'] },
    });
  });

  it('list comments with their frames and deliveries with their outputs', () => {
    expect(JSON.parse(commentsSidecar([comment])).comments).toEqual([
      {
        id: 'c1',
        versionId: 'v1',
        author: 'editor-1',
        body: 'A cormorant crosses the beam',
        frameIn: 10,
        frameOut: null,
        timecode: '10:00:00:10',
        frameRate: '25/1',
        internal: false,
        postedAt: '2026-12-01T10:00:00.000Z',
      },
    ]);
    expect(JSON.parse(deliveriesSidecar([delivery])).deliveries).toEqual([
      {
        id: 'd1',
        versionId: 'v1',
        ruleId: null,
        destinationIds: ['dest-1'],
        outputs: delivery.outputs,
        completedAt: '2026-12-01T11:00:00.000Z',
      },
    ]);
  });

  it('put comments and deliveries in the event log, in time order', () => {
    const log = JSON.parse(
      premisEvents({
        assetId: 'a1',
        packageId: 'p1',
        archivedAt: new Date('2026-12-02T00:00:00Z'),
        versions: [],
        lifeEvents: [],
        comments: [comment],
        deliveries: [delivery],
        audit: [],
        locations: ['archive-a'],
        actor: 'editor-1',
      }),
    );
    expect(log.events.map((e: { eventType: string; eventDetail: string }) => [e.eventType, e.eventDetail])).toEqual([
      ['annotation', 'at 10:00:00:10: A cormorant crosses the beam'],
      ['dissemination', 'delivered wav-48k-24bit to 1 destination(s)'],
      ['message digest calculation', expect.any(String)],
      ['replication', 'copy written to location archive-a'],
    ]);
  });
});
