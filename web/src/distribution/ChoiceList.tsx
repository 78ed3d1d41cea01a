import type { DestinationKind } from '../gql/graphql';
import { destinationWhere } from './DestinationsPage';

/** Profiles as choices, the workspace's own first (the ones made for it), then the presets, each in their order. */
export function profileChoices(profiles: { id: string; name: string; builtIn: boolean }[]) {
  return [...profiles.filter((p) => !p.builtIn), ...profiles.filter((p) => p.builtIn)].map((p) => ({
    id: p.id,
    label: p.name,
    hint: p.builtIn ? undefined : 'workspace',
  }));
}

/** Destinations as choices, each with where it sends. */
export function destinationChoices(
  destinations: { id: string; name: string; kind: DestinationKind; settings: unknown }[],
) {
  return destinations.map((d) => ({ id: d.id, label: d.name, hint: destinationWhere(d.kind, d.settings) }));
}

/** A labelled group of checkboxes: which of `options` are chosen. */
export function ChoiceList({
  legend,
  options,
  chosen,
  onChange,
  error,
  id,
}: {
  legend: string;
  options: Array<{ id: string; label: string; hint?: string }>;
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
  id: string;
}) {
  return (
    <fieldset className="dist-choices" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="label">{legend}</legend>
      {options.length === 0 && <p className="muted">None yet.</p>}
      {options.map((o) => (
        <label key={o.id} className="dist-choice">
          <input
            type="checkbox"
            checked={chosen.includes(o.id)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, o.id] : chosen.filter((c) => c !== o.id))}
          />
          <span>
            {o.label}
            {o.hint && <span className="muted dist-choice-hint">{o.hint}</span>}
          </span>
        </label>
      ))}
      {error && (
        <span className="field-error" role="alert" id={`${id}-error`}>
          {error}
        </span>
      )}
    </fieldset>
  );
}
