import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { gql } from '../api/client';
import { ApiError, errorMessage } from '../api/errors';
import type { AssetPageQuery } from '../gql/graphql';
import { ChipPicker, countryName } from '../ui/ChipPicker';
import { SetAssetMetadataMutation } from './operations';

type Field = AssetPageQuery['metadataFields'][number];
type Asset = NonNullable<AssetPageQuery['asset']>;

/** Form values are strings (or string lists, booleans); they become typed values on save. */
type FormValues = Record<string, string | string[] | boolean>;

function toForm(field: Field, value: unknown): string | string[] | boolean {
  if (field.type === 'BOOLEAN') return value === true;
  if (field.type === 'MULTIPLE_CHOICE') return Array.isArray(value) ? (value as string[]) : [];
  return value == null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}

function fromForm(field: Field, raw: string | string[] | boolean | undefined): unknown {
  if (field.type === 'BOOLEAN') return raw === true;
  if (field.type === 'MULTIPLE_CHOICE') return Array.isArray(raw) && raw.length ? raw : null;
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return null;
  if (field.type === 'NUMBER') return Number(text);
  return text;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function MetadataForm({ asset, fields, canEdit }: { asset: Asset; fields: Field[]; canEdit: boolean }) {
  const client = useQueryClient();
  const current = Object.fromEntries(asset.metadata.map((m) => [m.key, m.value]));
  const defaults: FormValues = Object.fromEntries(fields.map((f) => [f.key, toForm(f, current[f.key])]));
  const { register, control, handleSubmit, formState, setError, reset } = useForm<FormValues>({
    defaultValues: defaults,
  });
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<string>();
  const save = useMutation({
    mutationFn: (values: Array<{ key: string; value: unknown }>) =>
      gql(SetAssetMetadataMutation, { input: { assetId: asset.id, expectedRevision: asset.revision, values } }),
  });

  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    setFormError(undefined);
    const changed = fields
      .map((f) => ({ key: f.key, value: fromForm(f, values[f.key]) }))
      .filter((v) => !same(v.value, current[v.key] ?? null));
    if (changed.length === 0) {
      setSaved(true);
      return;
    }
    try {
      await save.mutateAsync(changed);
      await client.invalidateQueries({ queryKey: ['asset', asset.id] });
      reset(values);
      setSaved(true);
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fields).length) {
        for (const [key, message] of Object.entries(e.fields)) {
          const label = fields.find((f) => f.key === key)?.label ?? key;
          setError(key, { message: `${label} ${message}` });
        }
        setFormError('Some values need fixing before they can be saved.');
      } else setFormError(errorMessage(e));
    }
  });

  if (fields.length === 0) return <p className="muted">This workspace has no metadata fields yet.</p>;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Metadata">
      {fields.map((f) => {
        const id = `md-${f.key}`;
        const error = formState.errors[f.key]?.message;
        const common = {
          id,
          'aria-invalid': !!error,
          'aria-describedby': error ? `${id}-error` : f.description ? `${id}-hint` : undefined,
          disabled: !canEdit,
        };
        const rules = {
          required: f.required ? `${f.label} is required` : false,
          validate:
            f.type === 'NUMBER'
              ? (v: unknown) => !v || Number.isFinite(Number(v)) || `${f.label} must be a number`
              : undefined,
        };
        let input: React.ReactNode;
        switch (f.type) {
          case 'LONG_TEXT':
            input = <textarea className="input" {...common} {...register(f.key, rules)} />;
            break;
          case 'BOOLEAN':
            input = (
              <label className="facet-option" style={{ padding: 0 }}>
                <input type="checkbox" {...common} {...register(f.key)} /> <span>Yes</span>
              </label>
            );
            break;
          case 'SINGLE_CHOICE':
            input = (
              <select className="input" {...common} {...register(f.key, rules)}>
                <option value="">—</option>
                {f.choices?.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            );
            break;
          case 'MULTIPLE_CHOICE':
            input = (
              <Controller
                control={control}
                name={f.key}
                render={({ field }) => (
                  <ChipPicker
                    id={id}
                    label={f.label}
                    choices={f.choices ?? []}
                    value={Array.isArray(field.value) ? field.value : []}
                    onChange={field.onChange}
                    describe={f.key === 'rights_territories' ? countryName : undefined}
                    disabled={!canEdit}
                    invalid={!!error}
                    describedBy={common['aria-describedby']}
                  />
                )}
              />
            );
            break;
          default:
            input = (
              <input
                className="input"
                inputMode={f.type === 'NUMBER' ? 'decimal' : undefined}
                placeholder={f.type === 'DATE' ? 'YYYY-MM-DD' : f.type === 'URL' ? 'https://' : undefined}
                {...common}
                {...register(f.key, rules)}
              />
            );
        }
        return (
          <div className="field" key={f.key}>
            <label htmlFor={id}>
              {f.label}
              {f.required && <span aria-hidden="true"> *</span>}
            </label>
            {input}
            {error ? (
              <span className="field-error" id={`${id}-error`} role="alert">
                {error}
              </span>
            ) : (
              f.description && (
                <span className="field-hint" id={`${id}-hint`}>
                  {f.description}
                </span>
              )
            )}
          </div>
        );
      })}
      {formError && (
        <p className="alert" role="alert">
          {formError}
        </p>
      )}
      {saved && !formState.isDirty && (
        <p className="alert ok" role="status">
          Metadata saved.
        </p>
      )}
      {canEdit && (
        <button className="btn primary" type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Saving…' : 'Save metadata'}
        </button>
      )}
    </form>
  );
}
