import type { Viewer } from '../viewer';

/** How a named reviewer is kept: `member:<subject>` or `guest:<email>` (lower case). */
export const memberReviewer = (subject: string) => `member:${subject}`;
export const guestReviewer = (email: string) => `guest:${email.trim().toLowerCase()}`;

export function reviewerKeyOf(viewer: Viewer): string {
  return viewer.kind === 'guest' ? guestReviewer(viewer.email) : memberReviewer(viewer.subject);
}
