import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import type { AnnotationKind } from '../gql/graphql';
import type { DrawingTool, Shape } from './AnnotationLayer';
import { PostCommentMutation } from './operations';
import { timecodeOf, type Timing } from './review-timing';

const TOOLS: Array<{ kind: AnnotationKind; label: string; glyph: string }> = [
  { kind: 'FREEHAND', label: 'Freehand', glyph: '✎' },
  { kind: 'ARROW', label: 'Arrow', glyph: '↗' },
  { kind: 'LINE', label: 'Line', glyph: '╱' },
  { kind: 'RECTANGLE', label: 'Rectangle', glyph: '▭' },
  { kind: 'ELLIPSE', label: 'Ellipse', glyph: '◯' },
  { kind: 'TEXT', label: 'Text', glyph: 'T' },
];
const COLORS = ['#ff4d4f', '#ffb020', '#3ecf8e', '#4da3ff', '#ffffff'];

export interface Range {
  in: number | null;
  out: number | null;
}

/**
 * Writes a comment at the current frame, or over the range marked with I and O, with the shapes
 * drawn on the paused frame; members may keep it internal (hidden from guests).
 */
export function CommentComposer({
  versionId,
  reviewId,
  timing,
  frame,
  range,
  onRange,
  shapes,
  onShapes,
  tool,
  onTool,
  canSeeInternal,
  onPosted,
}: {
  versionId: string;
  reviewId?: string | null;
  timing: Timing;
  frame: number;
  range: Range;
  onRange: (range: Range) => void;
  shapes: Shape[];
  onShapes: (shapes: Shape[]) => void;
  tool?: DrawingTool;
  onTool: (tool?: DrawingTool) => void;
  canSeeInternal: boolean;
  onPosted: () => void;
}) {
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [wholeVersion, setWholeVersion] = useState(false);
  const [color, setColor] = useState(COLORS[0]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const tc = (f: number) => timecodeOf(timing, f);
  const inFrame = range.in ?? frame;
  const outFrame = range.out != null && range.out > inFrame ? range.out : null;
  const where = wholeVersion
    ? 'On the whole version'
    : outFrame != null
      ? `From ${tc(inFrame)} to ${tc(outFrame)}`
      : `At ${tc(inFrame)}`;

  const post = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!body.trim()) {
      setError('Write what you noticed first');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await gql(PostCommentMutation, {
        input: {
          versionId,
          reviewId,
          body: body.trim(),
          at: wholeVersion ? undefined : { frame: inFrame },
          out: !wholeVersion && outFrame != null ? { frame: outFrame } : undefined,
          internal: canSeeInternal && internal,
          annotations: wholeVersion ? [] : shapes.map((s) => ({ ...s, text: s.text ?? undefined })),
        },
      });
      setBody('');
      onShapes([]);
      onRange({ in: null, out: null });
      onTool(undefined);
      onPosted();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="composer" onSubmit={post} aria-label="New comment">
      <div className="composer-where">
        <span className="tc" data-testid="composer-where">
          {where}
        </span>
        <span className="muted frame-no">
          {wholeVersion ? '' : outFrame != null ? `frames ${inFrame}–${outFrame}` : `frame ${inFrame}`}
        </span>
        <span className="spacer" />
        <span className="muted keys">
          <kbd>I</kbd> in · <kbd>O</kbd> out
        </span>
        {(range.in != null || range.out != null) && (
          <button type="button" className="btn small ghost" onClick={() => onRange({ in: null, out: null })}>
            Clear range
          </button>
        )}
      </div>
      <div className="draw-tools" role="toolbar" aria-label="Drawing tools">
        {TOOLS.map((t) => (
          <button
            key={t.kind}
            type="button"
            className="btn small icon tool"
            aria-pressed={tool?.kind === t.kind}
            aria-label={`Draw ${t.label.toLowerCase()}`}
            title={`${t.label} (draws on the paused frame)`}
            disabled={wholeVersion}
            onClick={() => onTool(tool?.kind === t.kind ? undefined : { kind: t.kind, color })}
          >
            <span aria-hidden="true">{t.glyph}</span>
          </button>
        ))}
        <span className="tool-sep" />
        {COLORS.map((c) => (
          <button
            key={c}
            type="button"
            className="swatch"
            style={{ background: c }}
            aria-pressed={color === c}
            aria-label={`Colour ${c}`}
            onClick={() => {
              setColor(c);
              if (tool) onTool({ ...tool, color: c });
            }}
          />
        ))}
        <label className="swatch custom" title="Any colour">
          <span className="sr-only">Custom colour</span>
          <input
            type="color"
            value={color}
            onChange={(e) => {
              setColor(e.target.value);
              if (tool) onTool({ ...tool, color: e.target.value });
            }}
          />
        </label>
        <span className="spacer" />
        {shapes.length > 0 && (
          <>
            <span className="muted" data-testid="drawing-count">
              {shapes.length} drawing{shapes.length > 1 ? 's' : ''}
            </span>
            <button type="button" className="btn small ghost" onClick={() => onShapes(shapes.slice(0, -1))}>
              Undo
            </button>
          </>
        )}
      </div>
      <label className="sr-only" htmlFor="comment-body">
        Comment
      </label>
      <textarea
        id="comment-body"
        className="input"
        rows={3}
        placeholder="What should change here?"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) void post(e);
        }}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="row-actions">
        <label className="check small">
          <input type="checkbox" checked={wholeVersion} onChange={(e) => setWholeVersion(e.target.checked)} />
          Whole version
        </label>
        {canSeeInternal && (
          <label className="check small" title="Hidden from guests">
            <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} />
            Internal (team only)
          </label>
        )}
        <span className="spacer" />
        <button type="submit" className="btn primary" disabled={busy}>
          Post comment
        </button>
      </div>
    </form>
  );
}
