import { randomUUID } from 'node:crypto';
import { assetsTestDatabase } from '../testing/assets-database';
import { reviewCommentRepository, type ReviewCommentFacts } from './review-comment.repository';

const database = assetsTestDatabase('reviewcomments');
const assetId = randomUUID();
const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, second));

function comment(commentId: string, body: string, frameIn: number): ReviewCommentFacts {
  return {
    commentId,
    assetId,
    versionId: randomUUID(),
    workspaceId: 'w1',
    body,
    frameIn,
    frameOut: frameIn,
    timecode: `01:00:00:${String(frameIn).padStart(2, '0')}`,
    frameRate: '25/1',
  };
}

const texts = async () =>
  ((await reviewCommentRepository.segmentsOf(database.dataSource.manager, [assetId])).get(assetId) ?? []).map((s) => [
    s.text,
    s.timecode,
  ]);

it('keeps the newest text of each comment in timeline order, and never brings a removed one back', async () => {
  const manager = database.dataSource.manager;
  const [early, late] = [randomUUID(), randomUUID()];
  await reviewCommentRepository.record(manager, comment(late, 'Sky too blue', 20), at(1));
  await reviewCommentRepository.record(manager, comment(early, 'Logo too small', 5), at(2));
  expect(await texts()).toEqual([
    ['Logo too small', '01:00:00:05'],
    ['Sky too blue', '01:00:00:20'],
  ]);

  await reviewCommentRepository.record(manager, comment(late, 'Sky far too blue', 20), at(5));
  await reviewCommentRepository.record(manager, comment(late, 'Sky too blue', 20), at(1));
  expect(await texts()).toEqual([
    ['Logo too small', '01:00:00:05'],
    ['Sky far too blue', '01:00:00:20'],
  ]);

  await reviewCommentRepository.remove(manager, comment(early, '', 5), at(6));
  await reviewCommentRepository.record(manager, comment(early, 'Logo too small', 5), at(7));
  expect(await texts()).toEqual([['Sky far too blue', '01:00:00:20']]);
});
