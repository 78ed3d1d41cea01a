import { highlightParts } from './format';

export function Highlight({ text }: { text: string }) {
  return (
    <>{highlightParts(text).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>
  );
}
