import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { gql } from '../api/client';
import { ApiError, errorMessage } from '../api/errors';
import type { DefineMetadataFieldInput, MetadataFieldType } from '../gql/graphql';
import { DefineMetadataFieldMutation, DefineMetadataSchemaMutation, MetadataAdminQuery } from './operations';

const KEY = ['metadata-admin'];
const TYPES: Array<[MetadataFieldType, string]> = [
  ['TEXT', 'Text (one line)'],
  ['LONG_TEXT', 'Long text'],
  ['NUMBER', 'Number'],
  ['DATE', 'Date'],
  ['BOOLEAN', 'Yes / no'],
  ['SINGLE_CHOICE', 'One of a list'],
  ['MULTIPLE_CHOICE', 'Several of a list'],
  ['USER', 'A member'],
  ['URL', 'Web address'],
];
const TYPE_LABEL = Object.fromEntries(TYPES) as Record<MetadataFieldType, string>;
const ASSET_TYPES = ['video', 'audio', 'image', 'document', 'other'];

interface FieldForm {
  label: string;
  key: string;
  type: MetadataFieldType;
  choices: string;
  required: boolean;
  description: string;
}

const keyFrom = (label: string) =>
  label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 63);

function FieldDefinition({ onDefined }: { onDefined: () => void }) {
  const { register, handleSubmit, watch, setValue, setError, reset, formState } = useForm<FieldForm>({
    defaultValues: { type: 'TEXT', required: false },
  });
  const [saved, setSaved] = useState<string>();
  const type = watch('type');
  const isChoice = type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';
  const define = useMutation({
    mutationFn: (input: DefineMetadataFieldInput) => gql(DefineMetadataFieldMutation, { input }),
  });
  const onSubmit = handleSubmit(async (v) => {
    setSaved(undefined);
    const choices = isChoice
      ? v.choices
          .split(/[\n,]/)
          .map((c) => c.trim())
          .filter(Boolean)
      : undefined;
    if (isChoice && !choices?.length) return setError('choices', { message: 'List the choices, one per line' });
    try {
      await define.mutateAsync({
        key: v.key,
        label: v.label.trim(),
        type: v.type,
        choices,
        required: v.required,
        description: v.description.trim() || undefined,
      });
      setSaved(`Field “${v.label.trim()}” defined.`);
      reset({ type: v.type, required: false, label: '', key: '', choices: '', description: '' });
      onDefined();
    } catch (e) {
      const fields = e instanceof ApiError ? e.fields : {};
      const target = fields.key ? 'key' : fields.choices ? 'choices' : fields.label ? 'label' : 'key';
      setError(target, { message: fields[target] ?? errorMessage(e) });
    }
  });
  const err = formState.errors;
  return (
    <form className="admin-card" onSubmit={onSubmit} noValidate aria-labelledby="field-form-title">
      <h2 id="field-form-title">Define a field</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="field-label">Label</label>
          <input
            id="field-label"
            className="input"
            aria-invalid={!!err.label}
            {...register('label', {
              required: 'Give the field a label',
              onChange: (e: React.ChangeEvent<HTMLInputElement>) => setValue('key', keyFrom(e.target.value)),
            })}
          />
          {err.label && (
            <span className="field-error" role="alert">
              {err.label.message}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="field-key">Key</label>
          <input
            id="field-key"
            className="input mono"
            aria-invalid={!!err.key}
            aria-describedby="field-key-hint"
            {...register('key', {
              required: 'A key is needed',
              pattern: {
                value: /^[a-z][a-z0-9_]{0,62}$/,
                message: 'Lowercase letters, digits and underscores, starting with a letter',
              },
            })}
          />
          {err.key ? (
            <span className="field-error" role="alert">
              {err.key.message}
            </span>
          ) : (
            <span className="field-hint" id="field-key-hint">
              Values are stored under it; it cannot change later.
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="field-type">Type</label>
          <select id="field-type" className="input" {...register('type')}>
            {TYPES.map(([t, l]) => (
              <option key={t} value={t}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="field-description">Help text</label>
          <input
            id="field-description"
            className="input"
            placeholder="Shown under the field"
            {...register('description')}
          />
        </div>
      </div>
      {isChoice && (
        <div className="field">
          <label htmlFor="field-choices">Choices, one per line</label>
          <textarea id="field-choices" className="input" aria-invalid={!!err.choices} {...register('choices')} />
          {err.choices && (
            <span className="field-error" role="alert">
              {err.choices.message}
            </span>
          )}
        </div>
      )}
      <div className="inline-form">
        <label className="check">
          <input type="checkbox" {...register('required')} /> Required on asset types whose schema lists it
        </label>
        <span className="spacer" />
        <button className="btn primary" type="submit" disabled={formState.isSubmitting}>
          Define field
        </button>
      </div>
      {saved && (
        <p className="alert ok" role="status">
          {saved}
        </p>
      )}
    </form>
  );
}

function SchemaDefinition({
  fields,
  onDefined,
}: {
  fields: Array<{ key: string; label: string }>;
  onDefined: () => void;
}) {
  const [name, setName] = useState('');
  const [types, setTypes] = useState<string[]>(['video']);
  const [keys, setKeys] = useState<string[]>([]);
  const [note, setNote] = useState<{ ok: boolean; text: string }>();
  const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const define = useMutation({
    mutationFn: () =>
      gql(DefineMetadataSchemaMutation, { input: { name: name.trim(), assetTypes: types, fieldKeys: keys } }),
    onSuccess: () => {
      setNote({ ok: true, text: `Schema “${name.trim()}” saved.` });
      setName('');
      setKeys([]);
      onDefined();
    },
    onError: (e) => setNote({ ok: false, text: errorMessage(e) }),
  });
  return (
    <form
      className="admin-card"
      aria-labelledby="schema-form-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return setNote({ ok: false, text: 'Name the schema.' });
        if (!types.length) return setNote({ ok: false, text: 'Choose at least one asset type.' });
        if (!keys.length) return setNote({ ok: false, text: 'Choose the fields it groups.' });
        define.mutate();
      }}
    >
      <h2 id="schema-form-title">Define a schema</h2>
      <p className="muted">
        A schema lists the fields assets of some types carry; its required fields must then have a value.
      </p>
      <div className="field">
        <label htmlFor="schema-name">Schema name</label>
        <input
          id="schema-name"
          className="input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="Broadcast delivery"
        />
      </div>
      <fieldset className="check-group">
        <legend className="label">For asset types</legend>
        {ASSET_TYPES.map((t) => (
          <label key={t} className="check">
            <input type="checkbox" checked={types.includes(t)} onChange={() => setTypes(toggle(types, t))} /> {t}
          </label>
        ))}
      </fieldset>
      <fieldset className="check-group">
        <legend className="label">Fields</legend>
        {fields.map((f) => (
          <label key={f.key} className="check">
            <input type="checkbox" checked={keys.includes(f.key)} onChange={() => setKeys(toggle(keys, f.key))} />{' '}
            {f.label}
          </label>
        ))}
      </fieldset>
      <div className="inline-form">
        <span className="spacer" />
        <button className="btn primary" type="submit" disabled={define.isPending}>
          Save schema
        </button>
      </div>
      {note && (
        <p className={`alert${note.ok ? ' ok' : ''}`} role={note.ok ? 'status' : 'alert'}>
          {note.text}
        </p>
      )}
    </form>
  );
}

export function MetadataPage() {
  const client = useQueryClient();
  const data = useQuery({ queryKey: KEY, queryFn: () => gql(MetadataAdminQuery) });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: KEY });
    void client.invalidateQueries({ queryKey: ['asset'] });
  };
  return (
    <>
      <h1 className="admin-title">Metadata fields and schemas</h1>
      <div className="admin-page wide">
        {data.isPending ? (
          <div className="skeleton" style={{ height: 160 }} />
        ) : data.isError ? (
          <p className="alert" role="alert">
            {errorMessage(data.error)}
          </p>
        ) : (
          <div className="admin-columns">
            <div>
              <FieldDefinition onDefined={refresh} />
              <SchemaDefinition fields={data.data.metadataFields} onDefined={refresh} />
            </div>
            <div>
              <section className="section" aria-labelledby="fields-title">
                <h3 id="fields-title">Fields</h3>
                <table className="data-table" aria-labelledby="fields-title">
                  <thead>
                    <tr>
                      <th>Label</th>
                      <th>Type</th>
                      <th>Key</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.data.metadataFields.map((f) => (
                      <tr key={f.key}>
                        <td>
                          {f.label}
                          {f.required ? <span className="muted"> · required</span> : null}
                          {f.system ? <span className="badge-soft">built in</span> : null}
                        </td>
                        <td>
                          {TYPE_LABEL[f.type]}
                          {f.choices && f.choices.length ? (
                            <span className="muted"> · {f.choices.length} choices</span>
                          ) : null}
                        </td>
                        <td className="mono muted">{f.key}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
              <section className="section" aria-labelledby="schemas-title">
                <h3 id="schemas-title">Schemas</h3>
                {data.data.metadataSchemas.length === 0 ? (
                  <p className="muted">No schemas yet.</p>
                ) : (
                  <table className="data-table" aria-labelledby="schemas-title">
                    <thead>
                      <tr>
                        <th>Name</th>
                        <th>Asset types</th>
                        <th>Fields</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.data.metadataSchemas.map((s) => (
                        <tr key={s.id}>
                          <td>{s.name}</td>
                          <td>{s.assetTypes.join(', ')}</td>
                          <td>{s.fields.map((f) => f.label).join(', ')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            </div>
          </div>
        )}
      </div>
    </>
  );
}
