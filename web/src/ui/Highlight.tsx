import { aroundFirstHit, highlightParts } from './format';

/** A server highlight with its matches marked; `fromFirstHit` starts a one-line snippet a few words before its first match. */
export function Highlight({ text, fromFirstHit = false }: { text: string; fromFirstHit?: boolean }) {
  const parts = highlightParts(text);
  return (
    <>
      {(fromFirstHit ? aroundFirstHit(parts) : parts).map((p, i) =>
        p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}
