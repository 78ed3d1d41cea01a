import type { DeliveryRuleTargetsQuery, DeliveryTrigger, MetadataFieldType } from '../gql/graphql';

export interface TriggerDraft {
  trigger: DeliveryTrigger;
  collectionId: string;
  metadataField: string;
  metadataText: string;
}

export const EMPTY_TRIGGER: TriggerDraft = {
  trigger: 'VERSION_APPROVED',
  collectionId: '',
  metadataField: '',
  metadataText: '',
};

export interface CollectionChoice {
  id: string;
  name: string;
}

export type FieldChoice = DeliveryRuleTargetsQuery['metadataFields'][number];

/** The hand-made collections (assets are added only to those), children named under their parent. */
export function collectionChoices(targets: DeliveryRuleTargetsQuery | undefined): CollectionChoice[] {
  const out: CollectionChoice[] = [];
  for (const { node } of targets?.collections.edges ?? []) {
    if (node.kind === 'MANUAL') out.push({ id: node.id, name: node.name });
    for (const child of node.children)
      if (child.kind === 'MANUAL') out.push({ id: child.id, name: `${node.name} / ${child.name}` });
  }
  return out;
}

/** The value a field must take, typed as the field holds it (one choice of a many-valued field). */
export function typedValue(type: MetadataFieldType | undefined, text: string): unknown {
  const t = text.trim();
  if (type === 'NUMBER') return Number(t);
  if (type === 'BOOLEAN') return t === 'true';
  return t;
}

/** What is wrong with a trigger draft, by the API's field names. */
export function triggerProblems(d: TriggerDraft, field: FieldChoice | undefined): Record<string, string> {
  const p: Record<string, string> = {};
  if (d.trigger === 'ADDED_TO_COLLECTION' && !d.collectionId) p.collectionId = 'Choose the collection to watch';
  if (d.trigger === 'METADATA_VALUE_SET') {
    if (!d.metadataField) p.metadataField = 'Choose the field to watch';
    else if (!d.metadataText.trim()) p.metadataValue = 'Say which value it must take';
    else if (field?.type === 'NUMBER' && !Number.isFinite(Number(d.metadataText))) p.metadataValue = 'Enter a number';
  }
  return p;
}

/** The API's trigger input for a draft: only what its trigger watches. */
export function triggerInput(d: TriggerDraft, field: FieldChoice | undefined) {
  if (d.trigger === 'ADDED_TO_COLLECTION') return { trigger: d.trigger, collectionId: d.collectionId };
  if (d.trigger === 'METADATA_VALUE_SET')
    return {
      trigger: d.trigger,
      metadataField: d.metadataField,
      metadataValue: typedValue(field?.type, d.metadataText),
    };
  return { trigger: d.trigger };
}

/** A metadata value in words: yes/no, lists joined, text quoted. */
export function valueWords(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map(valueWords).join(', ');
  if (typeof value === 'string') return `“${value}”`;
  return String(value);
}
