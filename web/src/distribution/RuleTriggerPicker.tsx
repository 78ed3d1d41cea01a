import type { DeliveryTrigger } from '../gql/graphql';
import { FieldError } from './FieldError';
import type { CollectionChoice, FieldChoice, TriggerDraft } from './rule-trigger';

const TRIGGERS: { value: DeliveryTrigger; label: string }[] = [
  { value: 'VERSION_APPROVED', label: 'A version is approved in review' },
  { value: 'ADDED_TO_COLLECTION', label: 'An asset is added to a collection' },
  { value: 'METADATA_VALUE_SET', label: 'A metadata field takes a value' },
];

/** The input for the value a field must take: its choices, yes/no, a number, a date or text. */
function ValueInput({
  field,
  value,
  onChange,
  invalid,
}: {
  field: FieldChoice | undefined;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
}) {
  const common = {
    id: 'rule-metadataValue',
    className: 'input',
    value,
    'aria-invalid': invalid,
    'aria-describedby': invalid ? 'rule-metadataValue-error' : undefined,
  };
  if (field?.choices?.length || field?.type === 'BOOLEAN') {
    const options = field.type === 'BOOLEAN' ? ['true', 'false'] : (field.choices ?? []);
    return (
      <select {...common} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose a value…</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {field.type === 'BOOLEAN' ? (o === 'true' ? 'Yes' : 'No') : o}
          </option>
        ))}
      </select>
    );
  }
  const type = field?.type === 'NUMBER' ? 'number' : field?.type === 'DATE' ? 'date' : 'text';
  return <input {...common} type={type} disabled={!field} onChange={(e) => onChange(e.target.value)} />;
}

/** When a rule delivers: on approval, on being added to a collection, or when a field takes a value. */
export function RuleTriggerPicker({
  draft,
  onChange,
  collections,
  fields,
  problems,
}: {
  draft: TriggerDraft;
  onChange: (draft: TriggerDraft) => void;
  collections: CollectionChoice[];
  fields: FieldChoice[];
  problems: Record<string, string>;
}) {
  const field = fields.find((f) => f.key === draft.metadataField);
  return (
    <div className="dist-trigger">
      <div className="field">
        <label htmlFor="rule-trigger">Deliver when</label>
        <select
          id="rule-trigger"
          className="input"
          value={draft.trigger}
          onChange={(e) => onChange({ ...draft, trigger: e.target.value as DeliveryTrigger })}
        >
          {TRIGGERS.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      {draft.trigger === 'ADDED_TO_COLLECTION' && (
        <div className="field">
          <label htmlFor="rule-collectionId">Collection</label>
          <select
            id="rule-collectionId"
            className="input"
            value={draft.collectionId}
            onChange={(e) => onChange({ ...draft, collectionId: e.target.value })}
            aria-invalid={!!problems.collectionId}
            aria-describedby={problems.collectionId ? 'rule-collectionId-error' : undefined}
          >
            <option value="">{collections.length ? 'Choose a collection…' : 'No collections yet'}</option>
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldError id="rule-collectionId-error" message={problems.collectionId} />
        </div>
      )}
      {draft.trigger === 'METADATA_VALUE_SET' && (
        <div className="form-grid">
          <div className="field">
            <label htmlFor="rule-metadataField">Field</label>
            <select
              id="rule-metadataField"
              className="input"
              value={draft.metadataField}
              onChange={(e) => onChange({ ...draft, metadataField: e.target.value, metadataText: '' })}
              aria-invalid={!!problems.metadataField}
              aria-describedby={problems.metadataField ? 'rule-metadataField-error' : undefined}
            >
              <option value="">Choose a field…</option>
              {fields.map((f) => (
                <option key={f.key} value={f.key}>
                  {f.label}
                </option>
              ))}
            </select>
            <FieldError id="rule-metadataField-error" message={problems.metadataField} />
          </div>
          <div className="field">
            <label htmlFor="rule-metadataValue">
              {field?.type === 'MULTIPLE_CHOICE' ? 'Comes to hold' : 'Takes the value'}
            </label>
            <ValueInput
              field={field}
              value={draft.metadataText}
              onChange={(metadataText) => onChange({ ...draft, metadataText })}
              invalid={!!problems.metadataValue}
            />
            <FieldError id="rule-metadataValue-error" message={problems.metadataValue} />
          </div>
        </div>
      )}
    </div>
  );
}
