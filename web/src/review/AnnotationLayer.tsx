import { useEffect, useRef, useState } from 'react';
import type { AnnotationKind } from '../gql/graphql';

export interface Shape {
  kind: AnnotationKind;
  points: Array<{ x: number; y: number }>;
  color: string;
  text?: string | null;
}

/** Where the picture sits inside its video element (object-fit: contain), in the element's pixels. */
function pictureRect(video: HTMLVideoElement) {
  const w = video.clientWidth;
  const h = video.clientHeight;
  const vw = video.videoWidth || 16;
  const vh = video.videoHeight || 9;
  const scale = Math.min(w / vw, h / vh);
  const width = vw * scale;
  const height = vh * scale;
  return { left: video.offsetLeft + (w - width) / 2, top: video.offsetTop + (h - height) / 2, width, height };
}

function usePictureRect(video: HTMLVideoElement | null) {
  const [rect, setRect] = useState<{ left: number; top: number; width: number; height: number }>();
  useEffect(() => {
    if (!video) return;
    const update = () => setRect(pictureRect(video));
    const ro = new ResizeObserver(update);
    ro.observe(video);
    video.addEventListener('loadedmetadata', update);
    document.addEventListener('fullscreenchange', update);
    update();
    return () => {
      ro.disconnect();
      video.removeEventListener('loadedmetadata', update);
      document.removeEventListener('fullscreenchange', update);
    };
  }, [video]);
  return rect;
}

function ShapeView({ shape, width, height }: { shape: Shape; width: number; height: number }) {
  const p = shape.points.map((q) => ({ x: q.x * width, y: q.y * height }));
  const stroke = Math.max(2.5, height / 110);
  const common = { stroke: shape.color, strokeWidth: stroke, fill: 'none', strokeLinecap: 'round' as const };
  if (p.length === 0) return null;
  const [a, b = a] = p;
  switch (shape.kind) {
    case 'FREEHAND':
      return <polyline {...common} strokeLinejoin="round" points={p.map((q) => `${q.x},${q.y}`).join(' ')} />;
    case 'LINE':
      return <line {...common} x1={a.x} y1={a.y} x2={b.x} y2={b.y} />;
    case 'ARROW': {
      const angle = Math.atan2(b.y - a.y, b.x - a.x);
      const head = Math.max(10, height / 28);
      const wing = (side: number) =>
        `${b.x - head * Math.cos(angle + side * 0.45)},${b.y - head * Math.sin(angle + side * 0.45)}`;
      return (
        <g>
          <line {...common} x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
          <polygon points={`${b.x},${b.y} ${wing(1)} ${wing(-1)}`} fill={shape.color} />
        </g>
      );
    }
    case 'RECTANGLE':
      return (
        <rect
          {...common}
          x={Math.min(a.x, b.x)}
          y={Math.min(a.y, b.y)}
          width={Math.abs(b.x - a.x)}
          height={Math.abs(b.y - a.y)}
        />
      );
    case 'ELLIPSE':
      return (
        <ellipse
          {...common}
          cx={(a.x + b.x) / 2}
          cy={(a.y + b.y) / 2}
          rx={Math.abs(b.x - a.x) / 2}
          ry={Math.abs(b.y - a.y) / 2}
        />
      );
    case 'TEXT':
      return (
        <text
          x={a.x}
          y={a.y}
          fill={shape.color}
          fontSize={Math.max(12, height / 18)}
          fontWeight={600}
          paintOrder="stroke"
          stroke="rgba(0,0,0,0.65)"
          strokeWidth={stroke}
          dominantBaseline="hanging"
        >
          {shape.text}
        </text>
      );
  }
}

export interface DrawingTool {
  kind: AnnotationKind;
  color: string;
}

/**
 * The shapes of a frame over the picture, in normalised coordinates so they land where they were
 * drawn at any player size; with a tool, the pointer draws a new shape on the paused frame.
 */
export function AnnotationLayer({
  video,
  shapes,
  tool,
  onDraw,
}: {
  video: HTMLVideoElement | null;
  shapes: Shape[];
  tool?: DrawingTool;
  onDraw?: (shape: Shape) => void;
}) {
  const rect = usePictureRect(video);
  const [draft, setDraft] = useState<Shape>();
  const [textAt, setTextAt] = useState<{ x: number; y: number }>();
  const [text, setText] = useState('');
  const svgRef = useRef<SVGSVGElement>(null);
  useEffect(() => setTextAt(undefined), [tool?.kind]);
  if (!rect || rect.width === 0) return null;
  const at = (e: React.PointerEvent) => {
    const box = svgRef.current!.getBoundingClientRect();
    return {
      x: Math.min(1, Math.max(0, (e.clientX - box.left) / box.width)),
      y: Math.min(1, Math.max(0, (e.clientY - box.top) / box.height)),
    };
  };
  const drawing = !!tool && !!onDraw;
  const finish = () => {
    if (!draft) return;
    const [a, b = a] = draft.points;
    const big = Math.hypot(b.x - a.x, b.y - a.y) > 0.01 || draft.points.length > 2;
    if (big) onDraw?.(draft);
    setDraft(undefined);
  };
  const commitText = () => {
    if (textAt && text.trim() && tool)
      onDraw?.({ kind: 'TEXT', points: [textAt], color: tool.color, text: text.trim() });
    setTextAt(undefined);
    setText('');
  };
  return (
    <div
      className={`annotation-layer${drawing ? ' drawing' : ''}`}
      style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }}
      onClick={(e) => drawing && e.stopPropagation()}
    >
      <svg
        ref={svgRef}
        width={rect.width}
        height={rect.height}
        viewBox={`0 0 ${rect.width} ${rect.height}`}
        data-testid="annotation-layer"
        aria-label={drawing ? `Drawing area: drag to draw a ${tool.kind.toLowerCase()}` : 'Annotations'}
        role="img"
        onPointerDown={(e) => {
          if (!drawing) return;
          e.stopPropagation();
          const p = at(e);
          if (tool.kind === 'TEXT') {
            setTextAt(p);
            return;
          }
          e.currentTarget.setPointerCapture(e.pointerId);
          setDraft({ kind: tool.kind, color: tool.color, points: [p] });
        }}
        onPointerMove={(e) => {
          if (!draft) return;
          const p = at(e);
          setDraft({ ...draft, points: draft.kind === 'FREEHAND' ? [...draft.points, p] : [draft.points[0], p] });
        }}
        onPointerUp={finish}
        onPointerCancel={() => setDraft(undefined)}
      >
        {[...shapes, ...(draft ? [draft] : [])].map((s, i) => (
          <ShapeView key={i} shape={s} width={rect.width} height={rect.height} />
        ))}
      </svg>
      {textAt && (
        <input
          className="annotation-text-input"
          autoFocus
          aria-label="Text on the picture"
          placeholder="Type, then Enter"
          style={{ left: textAt.x * rect.width, top: textAt.y * rect.height, color: tool?.color }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Enter') commitText();
            if (e.key === 'Escape') setTextAt(undefined);
          }}
          onBlur={commitText}
        />
      )}
    </div>
  );
}
