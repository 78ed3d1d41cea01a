import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, visit, type DocumentNode } from 'graphql';
import { ErrorCode, kitError } from './errors';

export interface InputLimits {
  /** How deeply lists and objects may nest in one argument or variable value. */
  maxDepth: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = { maxDepth: 32 };

export interface InputProblem {
  message: string;
  /** The argument or variable path, e.g. `input.title` or `values[2]`. */
  field: string;
}

const NUL = '\u0000';

const pathOf = (parts: (string | number)[]) =>
  parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/** BAD_USER_INPUT naming the argument or variable; as HTTP 400 when `withStatus` (the whole request is refused). */
export function inputProblemError(problem: InputProblem, withStatus = false) {
  return kitError(ErrorCode.BAD_USER_INPUT, problem.message, { field: problem.field }, withStatus);
}

/**
 * The first value in an operation's arguments (literals, defaults) or variables that no service can
 * take: a NUL character (PostgreSQL text refuses it), a number beyond double range (1e400 reads as
 * Infinity), or lists and objects nested deeper than the limit. Walks without recursion, so any
 * depth is safe to inspect.
 */
export function findInputProblem(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  limits: InputLimits = DEFAULT_INPUT_LIMITS,
): InputProblem | undefined {
  // Servers reuse a parsed document for every request of the same operation: walk its literals once.
  let cached = literalProblems.get(document);
  if (!cached || cached.maxDepth !== limits.maxDepth)
    literalProblems.set(
      document,
      (cached = { maxDepth: limits.maxDepth, problem: findLiteralProblem(document, limits) }),
    );
  if (cached.problem || !variables) return cached.problem;
  return findValueProblem(variables, limits);
}

const literalProblems = new WeakMap<DocumentNode, { maxDepth: number; problem: InputProblem | undefined }>();

function findLiteralProblem(document: DocumentNode, limits: InputLimits): InputProblem | undefined {
  let problem: InputProblem | undefined;
  const path: (string | number)[] = [];
  let depth = 0;
  const report = (what: string) => {
    const field = pathOf(path);
    problem = { message: `Argument ${field} ${what}`, field };
    return BREAK;
  };
  visit(document, {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    VariableDefinition: {
      enter: (node) => void path.push(`$${node.variable.name.value}`),
      leave: () => void path.pop(),
    },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ListValue: {
      enter: () =>
        ++depth > limits.maxDepth ? report(`nests lists and objects deeper than ${limits.maxDepth} levels`) : undefined,
      leave: () => void depth--,
    },
    ObjectValue: {
      enter: () =>
        ++depth > limits.maxDepth ? report(`nests lists and objects deeper than ${limits.maxDepth} levels`) : undefined,
      leave: () => void depth--,
    },
    StringValue: (node) =>
      node.value.includes(NUL) ? report('contains a NUL character, which text cannot hold') : undefined,
    IntValue: (node) =>
      !Number.isFinite(Number(node.value)) ? report(`is a number out of range: ${node.value.slice(0, 20)}`) : undefined,
    FloatValue: (node) =>
      !Number.isFinite(Number(node.value)) ? report(`is a number out of range: ${node.value.slice(0, 20)}`) : undefined,
  });
  return problem;
}

/** The same checks on variable values (JSON), iteratively. Paths name the variable first. */
function findValueProblem(variables: Record<string, unknown>, limits: InputLimits): InputProblem | undefined {
  const stack: { value: unknown; path: (string | number)[]; depth: number }[] = Object.entries(variables).map(
    ([name, value]) => ({ value, path: [name], depth: 0 }),
  );
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    const field = () => pathOf(path);
    if (typeof value === 'string') {
      if (value.includes(NUL))
        return { message: `Variable $${field()} contains a NUL character, which text cannot hold`, field: field() };
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { message: `Variable $${field()} is a number out of range`, field: field() };
    } else if (value !== null && typeof value === 'object') {
      if (depth + 1 > limits.maxDepth)
        return {
          message: `Variable $${field()} nests lists and objects deeper than ${limits.maxDepth} levels`,
          field: field(),
        };
      if (Array.isArray(value))
        value.forEach((item, i) => stack.push({ value: item, path: [...path, i], depth: depth + 1 }));
      else
        for (const [key, item] of Object.entries(value)) {
          // Object keys are text too.
          if (key.includes(NUL))
            return { message: `Variable $${field()} has a key with a NUL character`, field: field() };
          stack.push({ value: item, path: [...path, key], depth: depth + 1 });
        }
    }
  }
  return undefined;
}

/**
 * Refuses, before execution (and at the gateway before planning), operations whose input no
 * service can take: BAD_USER_INPUT naming the argument or variable. One rule for every server.
 */
export function inputLimitsPlugin(limits: InputLimits = DEFAULT_INPUT_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const problem = findInputProblem(document, request.variables, limits);
          if (problem) throw inputProblemError(problem, true);
        },
      };
    },
  };
}
