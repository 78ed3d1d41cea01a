import { badInput } from '@mam/graphql';

export const ANNOTATION_KINDS = ['FREEHAND', 'ARROW', 'LINE', 'RECTANGLE', 'ELLIPSE', 'TEXT'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** A shape drawn on the commented frame, in coordinates normalised to the picture (0,0 top left; 1,1 bottom right). */
export interface Annotation {
  kind: AnnotationKind;
  points: { x: number; y: number }[];
  color: string;
  text: string | null;
}

/** Points of every shape of one comment together. */
export const MAX_ANNOTATION_POINTS = 10_000;
const MAX_ANNOTATIONS = 200;
const MAX_TEXT = 500;
const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Points each kind takes: two ends for arrows and lines, two corners for boxes and ellipses, one anchor for text. */
const POINTS: Record<AnnotationKind, [number, number]> = {
  FREEHAND: [2, MAX_ANNOTATION_POINTS],
  ARROW: [2, 2],
  LINE: [2, 2],
  RECTANGLE: [2, 2],
  ELLIPSE: [2, 2],
  TEXT: [1, 1],
};

/** Checks the shapes of a comment; the first problem is a BAD_USER_INPUT naming the shape. */
export function checkAnnotations(input: readonly Annotation[]): Annotation[] {
  if (input.length > MAX_ANNOTATIONS)
    throw badInput(`A comment holds at most ${MAX_ANNOTATIONS} shapes, got ${input.length}`, 'annotations');
  const total = input.reduce((sum, shape) => sum + shape.points.length, 0);
  if (total > MAX_ANNOTATION_POINTS)
    throw badInput(
      `A comment's shapes hold at most ${MAX_ANNOTATION_POINTS} points together, got ${total}`,
      'annotations',
    );
  return input.map((shape, i) => {
    const field = `annotations.${i}`;
    if (!ANNOTATION_KINDS.includes(shape.kind)) throw badInput(`Shape ${i} has an unknown kind`, field);
    const [min, max] = POINTS[shape.kind];
    if (shape.points.length < min || shape.points.length > max)
      throw badInput(
        `A ${shape.kind.toLowerCase()} takes ${min === max ? min : `${min} to ${max}`} points, shape ${i} has ${shape.points.length}`,
        `${field}.points`,
      );
    for (const { x, y } of shape.points) {
      if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1))
        throw badInput(
          `Shape ${i} has a point outside the picture (${x}, ${y}): coordinates go from 0 to 1`,
          `${field}.points`,
        );
    }
    if (!COLOR.test(shape.color))
      throw badInput(`Shape ${i} needs a colour as #rrggbb, got "${shape.color}"`, `${field}.color`);
    const text = shape.text?.trim() || null;
    if (shape.kind === 'TEXT' && !text) throw badInput(`Text shape ${i} needs its text`, `${field}.text`);
    if (text && text.length > MAX_TEXT)
      throw badInput(`Shape ${i}'s text is longer than ${MAX_TEXT} characters`, `${field}.text`);
    return {
      kind: shape.kind,
      points: shape.points.map(({ x, y }) => ({ x, y })),
      color: shape.color.toLowerCase(),
      text,
    };
  });
}
