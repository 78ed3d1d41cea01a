import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { Player, type FilmstripInfo, type PlayerController, type TimelineMarker } from '../player/Player';
import { AnnotationLayer, type DrawingTool, type Shape } from './AnnotationLayer';
import { CommentComposer, type Range } from './CommentComposer';
import { CommentThreads, threadsOf, whereLabel, type Thread } from './CommentThreads';
import { DecisionPanel } from './DecisionPanel';
import { ReviewVersionQuery } from './operations';
import { personName } from './review-labels';
import { playerTiming, timecodeOf } from './review-timing';
import { useReviewLive } from './use-review-live';

export interface ReviewMedia {
  src: string;
  poster?: string;
  filmstrip?: FilmstripInfo;
}

/**
 * One version under review: the player with comment markers on its timeline and the drawings of the
 * frame over the picture, the comment threads, the decision and who else is watching, all kept live.
 */
export function ReviewRoom({
  versionId,
  reviewId,
  assetId,
  title,
  media,
  mediaNote,
  canComment,
  canDecide,
  canSeeInternal,
  selfActor,
  who,
  memberNames,
  header,
}: {
  versionId: string;
  reviewId?: string | null;
  assetId?: string | null;
  title: string;
  media: ReviewMedia | null;
  /** Why there is no picture (still processing, not available to guests). */
  mediaNote?: string;
  canComment: boolean;
  canDecide: boolean;
  canSeeInternal: boolean;
  selfActor: string;
  who: (reviewer: string) => string;
  /** Members' names by subject, when the caller may read the workspace's members. */
  memberNames?: ReadonlyMap<string, string>;
  header?: ReactNode;
}) {
  const client = useQueryClient();
  const player = useRef<PlayerController>(null);
  const [frame, setFrame] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [range, setRange] = useState<Range>({ in: null, out: null });
  const [shapes, setShapes] = useState<Shape[]>([]);
  const [tool, setTool] = useState<DrawingTool>();
  const [selected, setSelected] = useState<string>();
  const version = useQuery({
    queryKey: ['review-version', versionId],
    queryFn: () => gql(ReviewVersionQuery, { id: versionId }),
  });
  const refresh = useCallback(
    () => void client.invalidateQueries({ queryKey: ['review-version', versionId] }),
    [client, versionId],
  );
  const watchers = useReviewLive({ reviewId, assetId, versionId, frame, selfActor });
  const data = version.data?.reviewVersion;
  const timing = useMemo(() => playerTiming(data?.reviewTiming ?? null), [data?.reviewTiming]);
  const threads = useMemo(() => threadsOf(data?.reviewComments ?? []), [data?.reviewComments]);

  const markers: TimelineMarker[] = [
    ...threads
      .filter((t) => t.frameIn != null)
      .map((t): TimelineMarker => ({
        id: t.id,
        frameIn: t.frameIn!,
        frameOut: t.frameOut ?? t.frameIn!,
        label: `${personName(t.author.id, t.author.name, memberNames)} at ${whereLabel(t)}: ${t.body.slice(0, 80)}`,
        tone: t.id === selected ? 'selected' : t.resolved ? 'resolved' : 'open',
      })),
    ...(range.in != null
      ? [
          {
            id: 'pending-range',
            frameIn: range.in,
            frameOut: range.out != null && range.out > range.in ? range.out : range.in,
            label: 'The range of your new comment',
            tone: 'pending' as const,
          },
        ]
      : []),
  ];

  // The drawings of the comments at this frame (the chosen thread's first), and the ones being drawn.
  const shownShapes: Shape[] = playing
    ? []
    : [
        ...threads
          .filter((t) => t.frameIn != null && frame >= t.frameIn && frame <= (t.frameOut ?? t.frameIn))
          .filter((t) => !t.resolved || t.id === selected)
          .flatMap((t) => t.annotations),
        ...shapes,
      ];

  const onKey = (key: string, at: number) => {
    if (!canComment) return false;
    if (key === 'i') setRange((r) => ({ in: at, out: r.out != null && r.out > at ? r.out : null }));
    else if (key === 'o') setRange((r) => (r.in != null && at >= r.in ? { ...r, out: at } : { in: at, out: at }));
    else if (key === 'escape') setTool(undefined);
    else return false;
    return true;
  };

  const chooseTool = (next?: DrawingTool) => {
    if (next) player.current?.pause();
    setTool(next);
  };

  const selectThread = (t: Thread) => {
    setSelected(t.id);
    if (t.frameIn != null) player.current?.seek(t.frameIn);
  };

  return (
    <div className="review-room">
      <section className="review-stage" aria-label="Player and new comment">
        {header}
        {media ? (
          <Player
            key={versionId}
            src={media.src}
            poster={media.poster}
            filmstrip={media.filmstrip}
            rate={timing.rate}
            startFrame={timing.startFrame}
            dropFrame={timing.dropFrame}
            durationFrames={timing.durationFrames}
            title={title}
            markers={markers}
            onMarker={(id) => id !== 'pending-range' && setSelected(id)}
            onKey={onKey}
            onFrame={(f, p) => {
              setFrame(f);
              setPlaying(p);
            }}
            controller={player}
            overlay={({ video }) => (
              <AnnotationLayer
                video={video}
                shapes={shownShapes}
                tool={tool}
                onDraw={tool ? (s) => setShapes((list) => [...list, s]) : undefined}
              />
            )}
          />
        ) : (
          <div className="processing-stage">
            <div>
              <p>{mediaNote ?? 'Making a viewable copy…'}</p>
            </div>
          </div>
        )}
        <div className="presence" aria-live="polite" aria-label="Watching now">
          {watchers.length === 0 ? (
            <span className="muted">Nobody else is watching right now.</span>
          ) : (
            watchers.map((w) => (
              <span key={w.actor} className="presence-chip" data-testid="presence">
                <span className="live-dot" aria-hidden="true" />
                {personName(w.actor, w.name, memberNames)}
                {w.frame != null && <span className="tc"> at {timecodeOf(timing, w.frame)}</span>}
              </span>
            ))
          )}
        </div>
        {canComment && data && (
          <CommentComposer
            versionId={versionId}
            reviewId={reviewId}
            timing={timing}
            frame={frame}
            range={range}
            onRange={setRange}
            shapes={shapes}
            onShapes={setShapes}
            tool={tool}
            onTool={chooseTool}
            canSeeInternal={canSeeInternal}
            onPosted={refresh}
          />
        )}
      </section>
      <aside className="review-side" aria-label="Review">
        {reviewId && (
          <DecisionPanel
            reviewId={reviewId}
            versionId={versionId}
            status={data?.reviewStatus}
            canDecide={canDecide}
            who={who}
          />
        )}
        {version.isError ? (
          <p className="alert" role="alert">
            {errorMessage(version.error)}
          </p>
        ) : version.isPending ? (
          <div className="skeleton" style={{ height: 80, margin: 16 }} />
        ) : (
          <CommentThreads
            threads={threads}
            selectedId={selected}
            onSelect={selectThread}
            canComment={canComment}
            canSeeInternal={canSeeInternal}
            versionId={versionId}
            reviewId={reviewId}
            onChanged={refresh}
            nameOf={(author) => personName(author.id, author.name, memberNames, selfActor)}
          />
        )}
      </aside>
    </div>
  );
}
