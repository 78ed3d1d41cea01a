import type { FrameRate } from '@mam/timecode';
import type { CommentView } from '../comments/comment-view';

/** The version the markers sit on: its name, exact rate, start timecode (as frames) and length. */
export interface MarkedVersion {
  /** The version's file name, which names the clip in the editor. */
  name: string;
  rate: FrameRate;
  /** Frames of the source's start timecode at `rate`. */
  startFrames: number;
  dropFrame: boolean;
  durationFrames: number;
}

/** One comment thread as an editor's marker: frames counted from the version's first. */
export interface ReviewMarker {
  frameIn: number;
  /** Last frame of a range; equal to frameIn at one frame. */
  frameOut: number;
  /** Who commented. */
  name: string;
  /** The comment, then each reply as "name: text". */
  description: string;
  resolved: boolean;
}

/** Text on one line (markers in EDLs and marker lists cannot hold line breaks or tabs). */
export const oneLine = (text: string) =>
  text
    .replace(/[\u0000-\u001F\u007F]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();

/** A marker's description on one line, its comment and replies separated by " / ". */
export const flatDescription = (marker: ReviewMarker) => marker.description.split('\n').map(oneLine).join(' / ');

/**
 * A marker per comment at a frame, ordered by frame; replies without a frame of their own fold into
 * their thread's marker. Comments on the whole version have no frame to mark and are left out.
 */
export function markersOf(comments: CommentView[]): ReviewMarker[] {
  const replies = new Map<string, CommentView[]>();
  for (const comment of comments) {
    if (comment.parentId && comment.frameIn === null)
      replies.set(comment.parentId, [...(replies.get(comment.parentId) ?? []), comment]);
  }
  return comments
    .filter((comment) => comment.frameIn !== null)
    .map((comment) => ({
      frameIn: comment.frameIn!,
      frameOut: comment.frameOut ?? comment.frameIn!,
      name: comment.authorName,
      description: [
        comment.body,
        ...(replies.get(comment.id) ?? []).map((reply) => `${reply.authorName}: ${reply.body}`),
      ].join('\n'),
      resolved: comment.resolvedAt !== null,
    }))
    .sort((a, b) => a.frameIn - b.frameIn || a.frameOut - b.frameOut);
}
