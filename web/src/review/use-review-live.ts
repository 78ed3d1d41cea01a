import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { gql } from '../api/client';
import { subscribe } from '../api/ws';
import { ReportPresenceMutation, ReviewActivitySubscription } from './operations';

export interface Watcher {
  actor: string;
  name: string;
  frame: number | null;
  seenAt: number;
}

const PRESENCE_EVERY_MS = 10_000;
const WATCHER_GONE_MS = 25_000;

/**
 * Follows a review's (or an asset's) activity: comments and decisions of others refresh the version's
 * comments and status without a reload, presence tells who watches which frame. Reports the caller's
 * own frame too (throttled), so others see them.
 */
export function useReviewLive({
  reviewId,
  assetId,
  versionId,
  frame,
  selfActor,
  onActivity,
}: {
  reviewId?: string | null;
  assetId?: string | null;
  versionId: string;
  frame: number;
  selfActor: string;
  onActivity?: (type: string) => void;
}): Watcher[] {
  const client = useQueryClient();
  const [watchers, setWatchers] = useState<Watcher[]>([]);
  const activity = useRef(onActivity);
  activity.current = onActivity;
  useEffect(() => {
    if (!reviewId && !assetId) return;
    return subscribe(
      ReviewActivitySubscription,
      { reviewId: reviewId ?? null, assetId: reviewId ? null : (assetId ?? null) },
      ({ reviewActivity: a }) => {
        if (a.versionId !== versionId) return;
        if (a.type === 'PRESENCE') {
          if (a.actor === selfActor) return;
          setWatchers((list) => [
            ...list.filter((w) => w.actor !== a.actor),
            { actor: a.actor, name: a.actorName, frame: a.frame ?? null, seenAt: Date.now() },
          ]);
          return;
        }
        void client.invalidateQueries({ queryKey: ['review-version', versionId] });
        if (a.type === 'DECISION') void client.invalidateQueries({ queryKey: ['review-decisions'] });
        activity.current?.(a.type);
      },
    );
  }, [reviewId, assetId, versionId, selfActor, client]);

  // Forget watchers who stopped reporting.
  useEffect(() => {
    const timer = setInterval(
      () => setWatchers((list) => list.filter((w) => Date.now() - w.seenAt < WATCHER_GONE_MS)),
      5_000,
    );
    return () => clearInterval(timer);
  }, []);

  // Report where the caller is: at once on a new frame (at most every 1.5 s), and every 10 s while here.
  const latest = useRef(frame);
  latest.current = frame;
  useEffect(() => {
    const report = () => void gql(ReportPresenceMutation, { versionId, frame: latest.current }).catch(() => undefined);
    report();
    const timer = setInterval(report, PRESENCE_EVERY_MS);
    return () => clearInterval(timer);
  }, [versionId]);
  useEffect(() => {
    const timer = setTimeout(
      () => void gql(ReportPresenceMutation, { versionId, frame }).catch(() => undefined),
      1_500,
    );
    return () => clearTimeout(timer);
  }, [versionId, frame]);
  return watchers;
}
