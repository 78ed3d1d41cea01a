/** Profiles with the workspace's own first (the ones made for it), then the presets, each in their order. */
export const workspaceFirst = <T extends { builtIn: boolean }>(profiles: T[]): T[] => [
  ...profiles.filter((p) => !p.builtIn),
  ...profiles.filter((p) => p.builtIn),
];

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
