import { ruleCondition } from './create-rule';
import { holdsValue } from './deliver-on-asset-change';

const COLLECTION = '01a23569-af35-7e87-a667-cbedcdc8de15';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { field?: string } }).extensions?.field;
  }
  throw new Error('expected a refusal');
};

describe('ruleCondition', () => {
  it('keeps what each trigger watches and nothing else', () => {
    expect(ruleCondition('version.approved', {})).toBeNull();
    expect(ruleCondition('collection.added', { collectionId: COLLECTION.toUpperCase() })).toEqual({
      collectionId: COLLECTION,
    });
    expect(ruleCondition('metadata.set', { metadataField: 'status', metadataValue: 'ready' })).toEqual({
      field: 'status',
      value: 'ready',
    });
  });

  it('refuses a watch missing or not belonging to its trigger, naming the field', () => {
    expect(fieldOf(() => ruleCondition('collection.added', {}))).toBe('collectionId');
    expect(fieldOf(() => ruleCondition('collection.added', { collectionId: 'press-kit' }))).toBe('collectionId');
    expect(fieldOf(() => ruleCondition('metadata.set', { metadataField: 'status' }))).toBe('metadataValue');
    expect(fieldOf(() => ruleCondition('metadata.set', { metadataField: 'Bad Key', metadataValue: 1 }))).toBe(
      'metadataField',
    );
    expect(fieldOf(() => ruleCondition('version.approved', { collectionId: COLLECTION }))).toBe('collectionId');
  });
});

describe('holdsValue', () => {
  it('matches a value, or a member of a many-valued field', () => {
    expect(holdsValue('CLEARED', 'CLEARED')).toBe(true);
    expect(holdsValue('PENDING', 'CLEARED')).toBe(false);
    expect(holdsValue(['web', 'social'], 'web')).toBe(true);
    expect(holdsValue(['web', 'social'], ['web', 'social'])).toBe(true);
    expect(holdsValue(undefined, 'CLEARED')).toBe(false);
    expect(holdsValue(3, 3)).toBe(true);
  });
});
