import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../api/errors';
import { refusalOf, refusedReason } from './refusal';
import {
  collectionChoices,
  EMPTY_TRIGGER,
  triggerInput,
  triggerProblems,
  valueWords,
  type FieldChoice,
} from './rule-trigger';

const licence: FieldChoice = { key: 'rights_licence', label: 'Licence', type: 'TEXT', choices: null };
const episodes: FieldChoice = { key: 'episodes', label: 'Episodes', type: 'NUMBER', choices: null };

describe('a rule’s trigger in the form', () => {
  it('sends only what its trigger watches, the value typed as its field holds it', () => {
    expect(triggerInput({ ...EMPTY_TRIGGER, collectionId: 'c1' }, undefined)).toEqual({ trigger: 'VERSION_APPROVED' });
    expect(triggerInput({ ...EMPTY_TRIGGER, trigger: 'ADDED_TO_COLLECTION', collectionId: 'c1' }, undefined)).toEqual({
      trigger: 'ADDED_TO_COLLECTION',
      collectionId: 'c1',
    });
    const draft = { ...EMPTY_TRIGGER, trigger: 'METADATA_VALUE_SET' as const, metadataField: 'episodes' };
    expect(triggerInput({ ...draft, metadataText: ' 12 ' }, episodes)).toEqual({
      trigger: 'METADATA_VALUE_SET',
      metadataField: 'episodes',
      metadataValue: 12,
    });
  });

  it('names what is missing at its field', () => {
    expect(triggerProblems({ ...EMPTY_TRIGGER, trigger: 'ADDED_TO_COLLECTION' }, undefined)).toEqual({
      collectionId: 'Choose the collection to watch',
    });
    const draft = { ...EMPTY_TRIGGER, trigger: 'METADATA_VALUE_SET' as const };
    expect(triggerProblems(draft, undefined)).toEqual({ metadataField: 'Choose the field to watch' });
    expect(triggerProblems({ ...draft, metadataField: 'rights_licence' }, licence)).toEqual({
      metadataValue: 'Say which value it must take',
    });
    expect(triggerProblems({ ...draft, metadataField: 'episodes', metadataText: 'ten' }, episodes)).toEqual({
      metadataValue: 'Enter a number',
    });
    expect(triggerProblems(EMPTY_TRIGGER, undefined)).toEqual({});
  });

  it('offers hand-made collections only, children under their parent', () => {
    const node = (id: string, name: string, kind: 'MANUAL' | 'SMART', children: never[] = []) => ({
      node: { id, name, kind, children },
    });
    const targets = {
      metadataFields: [],
      collections: {
        edges: [
          {
            node: {
              id: 'p',
              name: 'Promos',
              kind: 'MANUAL' as const,
              children: [{ id: 'k', name: 'Kids', kind: 'MANUAL' as const }],
            },
          },
          node('s', 'Recent', 'SMART'),
        ],
      },
    };
    expect(collectionChoices(targets)).toEqual([
      { id: 'p', name: 'Promos' },
      { id: 'k', name: 'Promos / Kids' },
    ]);
  });

  it('says values in words', () => {
    expect([valueWords('CLEARED'), valueWords(true), valueWords(['GB', 'FR']), valueWords(3)]).toEqual([
      '“CLEARED”',
      'yes',
      '“GB”, “FR”',
      '3',
    ]);
  });
});

describe('a delivery the rights refuse', () => {
  it('gives the reason of a FORBIDDEN refusal, and nothing for other errors', () => {
    const reason = 'the licence expired on 2020-01-31 (rights_expires)';
    const refused = new ApiError(
      'The asset’s rights forbid this delivery',
      'FORBIDDEN',
      200,
      {},
      {
        refusal: 'LICENCE_EXPIRED',
        reason,
      },
    );
    expect(refusalOf(refused)).toBe(reason);
    expect(refusalOf(new ApiError('No access', 'FORBIDDEN'))).toBeUndefined();
    expect(refusalOf(new Error('boom'))).toBeUndefined();
    expect(refusedReason(`refused: ${reason}`)).toBe(reason);
  });
});
