import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { who } from '../asset/who';
import type { VersionTranscriptQuery as TranscriptData } from '../gql/graphql';
import { download } from '../ui/download';
import { formatDateTime } from '../ui/format';
import { DownloadIcon, PencilIcon } from '../ui/icons';
import { CorrectTranscriptSegmentMutation, VersionTranscriptQuery } from './operations';
import { usePlayheadFrame, usePlayheadPlaying, type Playhead } from './playhead';
import { activeIndexAt, fileNameFor, followScrollTop } from './timed';

type Transcript = NonNullable<NonNullable<TranscriptData['assetVersion']>['transcript']>;
type Segment = Transcript['segments'][number];

const CAPTION_FILES = [
  { extension: 'vtt', name: 'WebVTT', type: 'text/vtt', hint: 'Captions for players and the web' },
  { extension: 'srt', name: 'SRT', type: 'application/x-subrip', hint: 'Captions for editing applications' },
] as const;

export const transcriptKey = (versionId: string) => ['transcript', versionId] as const;

/** The version's transcript, shared by the page (does it have one?) and the panel. */
export function useTranscript(versionId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: transcriptKey(versionId ?? ''),
    queryFn: () => gql(VersionTranscriptQuery, { versionId: versionId! }),
    enabled: !!versionId && enabled,
    select: (data) => data.assetVersion?.transcript ?? null,
    // Enrichment ends after the version is ready: look again for a while until the transcript is there.
    refetchInterval: (q) => (!q.state.data?.assetVersion?.transcript && q.state.dataUpdateCount < 60 ? 3000 : false),
  });
}

interface TranscriptPanelProps {
  versionId: string;
  title: string;
  canEdit: boolean;
  me: { id: string } | null | undefined;
  playhead: Playhead;
  /** Source timecode of a frame, as the player shows it. */
  label: (frame: number) => string;
  seek: (frame: number) => void;
}

/**
 * What was said, segment by segment beside the player: the segment and word under the playhead
 * lit and kept in view while it plays (until the viewer scrolls away), a click on either seeks
 * there, editors correct a segment in place, and the whole downloads as WebVTT or SRT.
 */
export function TranscriptPanel({ versionId, title, canEdit, me, playhead, label, seek }: TranscriptPanelProps) {
  const transcript = useTranscript(versionId, true);
  const frame = usePlayheadFrame(playhead);
  const playing = usePlayheadPlaying(playhead);
  const listRef = useRef<HTMLOListElement>(null);
  const [following, setFollowing] = useState(true);
  const [editing, setEditing] = useState<string>();
  const segments = transcript.data?.segments ?? [];
  const active = activeIndexAt(segments, frame);
  const activeId = segments[active]?.id;
  const jump = useCallback(
    (target: number) => {
      setFollowing(true);
      seek(target);
    },
    [seek],
  );

  // Keep the lit segment in view, scrolling only the list, and only while following.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || !following || !activeId || editing) return;
    const item = list.querySelector<HTMLElement>(`[data-segment-id="${activeId}"]`);
    if (!item) return;
    const top = followScrollTop(
      { top: item.offsetTop - list.offsetTop, height: item.offsetHeight },
      { scrollTop: list.scrollTop, height: list.clientHeight },
    );
    if (top !== undefined) list.scrollTo({ top, behavior: 'smooth' });
  }, [activeId, following, editing]);

  if (transcript.isPending) return <div className="skeleton" style={{ height: 120 }} />;
  if (transcript.isError) return <p className="alert">{errorMessage(transcript.error)}</p>;
  const data = transcript.data;
  if (!data) return <p className="muted">No transcript for this version.</p>;

  // A viewer who scrolls the list themselves reads elsewhere: stop following until they come back.
  const scrolledByHand = () => setFollowing(false);

  return (
    <div className="transcript">
      <div className="transcript-head">
        <span className="muted" title={`${data.engine.engine} ${data.engine.model}`}>
          {data.language.toUpperCase()} · {segments.length} segment{segments.length === 1 ? '' : 's'}
        </span>
        <span className="spacer" />
        {CAPTION_FILES.map((file) => (
          <button
            key={file.extension}
            className="btn small"
            onClick={() => download(fileNameFor(title, file.extension), data[file.extension], file.type)}
            title={file.hint}
          >
            <DownloadIcon size={14} /> {file.name}
          </button>
        ))}
      </div>
      {!following && playing && (
        <button className="btn small follow-playback" onClick={() => setFollowing(true)}>
          Follow playback
        </button>
      )}
      {segments.length === 0 ? (
        <p className="muted">Nothing was heard on this version.</p>
      ) : (
        <ol
          className="transcript-list"
          ref={listRef}
          aria-label="Transcript"
          onWheel={scrolledByHand}
          onTouchMove={scrolledByHand}
          // A press on the list itself (not on a segment) is on its scroll bar.
          onPointerDown={(e) => e.target === e.currentTarget && scrolledByHand()}
          onKeyDown={(e) => ['PageUp', 'PageDown', 'Home', 'End'].includes(e.key) && scrolledByHand()}
        >
          {segments.map((segment, i) => (
            <SegmentItem
              key={segment.id}
              segment={segment}
              active={i === active}
              frame={i === active ? frame : -1}
              versionId={versionId}
              canEdit={canEdit}
              me={me}
              label={label}
              editing={editing === segment.id}
              onEdit={setEditing}
              onSeek={jump}
            />
          ))}
        </ol>
      )}
    </div>
  );
}

interface SegmentItemProps {
  segment: Segment;
  active: boolean;
  frame: number;
  versionId: string;
  canEdit: boolean;
  me: { id: string } | null | undefined;
  label: (frame: number) => string;
  editing: boolean;
  /** Opens the segment's editor (its id) or closes it (undefined). */
  onEdit: (segmentId: string | undefined) => void;
  onSeek: (frame: number) => void;
}

/** One segment; memoized so that only the lit one re-renders as the playhead moves. */
const SegmentItem = memo(function SegmentItem({
  segment,
  active,
  frame,
  versionId,
  canEdit,
  me,
  label,
  editing,
  onEdit,
  onSeek,
}: SegmentItemProps) {
  const client = useQueryClient();
  // Words are as the engine heard them: once a person corrects the text they no longer match it.
  const words = segment.corrected ? [] : segment.words;
  const activeWord = active ? activeIndexAt(words, frame) : -1;
  const at = label(segment.startFrame);
  return (
    <li
      className={`transcript-segment${active ? ' active' : ''}${editing ? ' editing' : ''}`}
      data-segment-id={segment.id}
      data-testid="transcript-segment"
      data-start-frame={segment.startFrame}
      data-end-frame={segment.endFrame}
      aria-current={active ? 'time' : undefined}
    >
      <button
        className="segment-time"
        onClick={() => onSeek(segment.startFrame)}
        aria-label={`Play from ${at}`}
        title={`Play from ${at}`}
      >
        {at}
      </button>
      <div className="segment-body">
        {editing ? (
          <SegmentEditor
            segment={segment}
            versionId={versionId}
            at={at}
            onDone={(saved) => {
              onEdit(undefined);
              if (saved) void client.invalidateQueries({ queryKey: transcriptKey(versionId) });
            }}
          />
        ) : (
          <p className="segment-text" onDoubleClick={canEdit ? () => onEdit(segment.id) : undefined}>
            {words.length
              ? words.map((word, w) => (
                  <span key={w}>
                    <span
                      className={`word${w === activeWord ? ' active' : ''}`}
                      onClick={() => onSeek(word.startFrame)}
                      data-start-frame={word.startFrame}
                      data-end-frame={word.endFrame}
                      title={`${label(word.startFrame)} · ${Math.round(word.confidence * 100)}% sure`}
                    >
                      {word.text}
                    </span>{' '}
                  </span>
                ))
              : segment.text}
          </p>
        )}
        {segment.corrected && segment.correctedBy && !editing && (
          <p className="segment-corrected" data-testid="segment-corrected">
            Corrected by {who(segment.correctedBy, me)}, {formatDateTime(segment.correctedAt)}
          </p>
        )}
      </div>
      {canEdit && !editing && (
        <button
          className="btn ghost icon small segment-edit"
          onClick={() => onEdit(segment.id)}
          aria-label={`Correct the segment at ${at}`}
          title="Correct (double-click the text)"
        >
          <PencilIcon size={14} />
        </button>
      )}
    </li>
  );
});

function SegmentEditor({
  segment,
  versionId,
  at,
  onDone,
}: {
  segment: Segment;
  versionId: string;
  at: string;
  onDone: (saved: boolean) => void;
}) {
  const [text, setText] = useState(segment.text);
  const ref = useRef<HTMLTextAreaElement>(null);
  const save = useMutation({
    mutationFn: () => gql(CorrectTranscriptSegmentMutation, { versionId, segmentId: segment.id, text }),
    onSuccess: () => onDone(true),
  });
  useEffect(() => {
    const area = ref.current;
    area?.focus();
    area?.setSelectionRange(area.value.length, area.value.length);
  }, []);
  const changed = text.trim() !== segment.text && text.trim() !== '';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (changed) save.mutate();
        else onDone(false);
      }}
    >
      <textarea
        ref={ref}
        className="input segment-input"
        aria-label={`Text said at ${at}`}
        value={text}
        rows={Math.min(6, Math.max(2, Math.ceil(text.length / 38)))}
        maxLength={2000}
        disabled={save.isPending}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onDone(false);
          }
        }}
      />
      <div className="segment-actions">
        <span className="muted">Enter saves · Esc cancels</span>
        <span className="spacer" />
        <button type="button" className="btn small ghost" onClick={() => onDone(false)}>
          Cancel
        </button>
        <button type="submit" className="btn small primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
      </div>
      {save.isError && (
        <p className="field-error" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
    </form>
  );
}
