import { readFileSync } from 'node:fs';
import { composeSupergraph } from './compose-supergraph';
import { supergraphPath } from './subgraphs';

describe('checked-in supergraph', () => {
  it('matches a fresh composition of the five subgraph schemas (run `npm run compose` after changing one)', () => {
    expect(readFileSync(supergraphPath, 'utf8')).toBe(composeSupergraph());
  });
});
