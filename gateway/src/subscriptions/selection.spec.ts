import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { inlineFragments, project } from './selection';

function selectionOf(text: string) {
  const document = parse(text);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return inlineFragments(document, operation).selectionSet;
}

describe('project', () => {
  it('keeps only the keys asked for', () => {
    const selection = selectionOf('subscription { delivery { id status } }');
    expect(project(selection, { delivery: { id: 'd1', status: 'RUNNING', jobId: 'j1' } })).toEqual({
      delivery: { id: 'd1', status: 'RUNNING' },
    });
  });

  it('gives a field asked twice, by two fragments, both selections, in every item of a list', () => {
    const selection = selectionOf(`
      subscription { delivery { ...Summary ...Transfers } }
      fragment Summary on Delivery { id outputs { profileId verification { passed } } }
      fragment Transfers on Delivery { outputs { profileId files } }
    `);
    const value = {
      delivery: {
        id: 'd1',
        outputs: [
          { profileId: 'a', verification: { passed: true, differences: [] }, files: ['a.mp4'], progress: 1 },
          { profileId: 'b', verification: { passed: null, differences: [] }, files: [], progress: 0 },
        ],
      },
    };
    expect(project(selection, value)).toEqual({
      delivery: {
        id: 'd1',
        outputs: [
          { profileId: 'a', verification: { passed: true }, files: ['a.mp4'] },
          { profileId: 'b', verification: { passed: null }, files: [] },
        ],
      },
    });
  });
});
