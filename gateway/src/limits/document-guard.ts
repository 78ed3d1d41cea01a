import type { RequestHandler } from 'express';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { errorBody, ErrorCode } from '@mam/graphql';

/**
 * Brackets, braces and parentheses open at once. graphql-js parses and validates recursively and
 * runs out of stack past about 2,000 levels, which fits within the token limit: refuse far earlier.
 */
export const MAX_DOCUMENT_NESTING = 256;

const OPEN = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSE = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * Why a document must not reach the parser: too many bytes, or nesting too deep. Reads tokens
 * without recursion and stops at `maxTokens` (the parser reports that, and any syntax error).
 */
export function findDocumentProblem(
  query: string,
  limits: { maxBytes: number; maxTokens: number; maxNesting?: number },
): { status: 400 | 413; message: string } | undefined {
  const bytes = Buffer.byteLength(query);
  if (bytes > limits.maxBytes)
    return { status: 413, message: `The operation document has ${bytes} bytes; the limit is ${limits.maxBytes}` };
  const maxNesting = limits.maxNesting ?? MAX_DOCUMENT_NESTING;
  const lexer = new Lexer(new Source(query));
  let depth = 0;
  try {
    for (
      let token = lexer.advance(), count = 1;
      token.kind !== TokenKind.EOF && count <= limits.maxTokens;
      token = lexer.advance(), count++
    ) {
      if (OPEN.has(token.kind) && ++depth > maxNesting)
        return { status: 400, message: `The operation document nests brackets more than ${maxNesting} deep` };
      if (CLOSE.has(token.kind)) depth--;
    }
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
  }
  return undefined;
}

/** Refuses, before parsing, an operation document that is too long or nests too deep (variables are bounded by the body limit). */
export function guardDocument(limits: { maxBytes: number; maxTokens: number }): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query?.query;
    const problem = typeof query === 'string' ? findDocumentProblem(query, limits) : undefined;
    if (!problem) return next();
    res.status(problem.status).json(errorBody(ErrorCode.OPERATION_TOO_COMPLEX, problem.message));
  };
}
