import { useState } from 'react';
import { PersonIcon } from '../ui/icons';

/** A face's small square picture, or a silhouette when there is none (or it no longer loads). */
export function FacePicture({ url, alt, size }: { url: string | null | undefined; alt: string; size?: number }) {
  const [broken, setBroken] = useState(false);
  const style = size ? { width: size, height: size } : undefined;
  if (!url || broken)
    return (
      <span className="face-picture empty-face" style={style} role="img" aria-label={alt}>
        <PersonIcon size={size ? Math.round(size / 2.4) : 40} />
      </span>
    );
  return (
    <img className="face-picture" style={style} src={url} alt={alt} loading="lazy" onError={() => setBroken(true)} />
  );
}

/** What a person is called in the app. */
export const personLabel = (person: { name?: string | null }) => person.name || 'Unnamed person';

export const faceCountLabel = (count: number) => `${count} ${count === 1 ? 'face' : 'faces'}`;

/** Editors and admins change people and logos; viewers and reviewers only look. */
export const canEditPeople = (role: string | undefined) => role === 'editor' || role === 'admin';
