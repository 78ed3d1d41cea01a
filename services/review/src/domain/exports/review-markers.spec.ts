import type { CommentView } from '../comments/comment-view';
import { markersOf } from './review-markers';

const comment = (id: string, extra: Partial<CommentView>): CommentView => ({
  id,
  workspaceId: 'w',
  assetId: 'a',
  versionId: 'v',
  reviewId: null,
  parentId: null,
  author: 'rita',
  authorName: 'Rita',
  authorKind: 'MEMBER',
  body: id,
  frameIn: null,
  frameOut: null,
  internal: false,
  annotations: [],
  carriedFrom: null,
  createdAt: new Date(0),
  editedAt: null,
  resolvedAt: null,
  resolvedBy: null,
  deletedAt: null,
  timecodeIn: null,
  timecodeOut: null,
  ...extra,
});

describe('markersOf', () => {
  it('makes a marker per comment at a frame, by frame, with its replies folded in; whole-version comments have none', () => {
    const markers = markersOf([
      comment('late', { frameIn: 90, frameOut: 90, resolvedAt: new Date(1) }),
      comment('whole', {}),
      comment('range', { frameIn: 5, frameOut: 12 }),
      comment('reply', { parentId: 'range', authorName: 'Rob', body: 'agreed' }),
    ]);
    expect(markers).toEqual([
      { frameIn: 5, frameOut: 12, name: 'Rita', description: 'range\nRob: agreed', resolved: false },
      { frameIn: 90, frameOut: 90, name: 'Rita', description: 'late', resolved: true },
    ]);
  });
});
