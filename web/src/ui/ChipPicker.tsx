import { useId, useMemo, useState } from 'react';
import { CloseIcon } from './icons';

export interface ChipPickerProps {
  id: string;
  /** Names the picker for assistive technology (the visible label is the field's). */
  label: string;
  choices: string[];
  value: string[];
  onChange: (value: string[]) => void;
  /** A choice in words (a country's name for its code); the choice itself by default. */
  describe?: (choice: string) => string;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
}

const SHOWN = 8;

/** Chosen values as removable chips and a search box that suggests the rest as you type. */
export function ChipPicker({
  id,
  label,
  choices,
  value,
  onChange,
  describe = (c) => c,
  disabled,
  invalid,
  describedBy,
}: ChipPickerProps) {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const labelled = useMemo(() => choices.map((c) => ({ value: c, label: describe(c) })), [choices, describe]);
  const needle = text.trim().toLowerCase();
  const matches = labelled
    .filter((c) => !value.includes(c.value))
    .filter((c) => !needle || c.label.toLowerCase().includes(needle) || c.value.toLowerCase() === needle)
    .sort(
      (a, b) => Number(!a.label.toLowerCase().startsWith(needle)) - Number(!b.label.toLowerCase().startsWith(needle)),
    )
    .slice(0, SHOWN);
  // The list closes after each pick so it never hides what follows; typing or ↓ opens it again.
  const pick = (choice: string) => {
    onChange([...value, choice]);
    setText('');
    setActive(0);
    setOpen(false);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(matches.length - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Enter' && open && matches[active]) return choose(e, matches[active].value);
    else if (e.key === 'Escape' && open) return choose(e, null);
    else if (e.key === 'Backspace' && !text && value.length) onChange(value.slice(0, -1));
    else return;
    e.preventDefault();
    e.stopPropagation();
    setOpen(true);
  };
  const choose = (e: React.KeyboardEvent, choice: string | null) => {
    e.preventDefault();
    e.stopPropagation();
    if (choice) pick(choice);
    else setOpen(false);
  };
  const show = open && !disabled && matches.length > 0;
  return (
    <div className="chip-picker" data-invalid={invalid || undefined}>
      {value.length > 0 && (
        <ul className="tag-list" aria-label={`${label}: chosen`}>
          {value.map((v) => (
            <li key={v} className="tag">
              {describe(v)}
              {!disabled && (
                <button
                  type="button"
                  aria-label={`Remove ${describe(v)}`}
                  onClick={() => onChange(value.filter((x) => x !== v))}
                >
                  <CloseIcon size={12} />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="chip-search">
        <input
          id={id}
          className="input"
          role="combobox"
          aria-expanded={show}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={show ? `${listId}-${active}` : undefined}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          autoComplete="off"
          disabled={disabled}
          placeholder={value.length ? 'Add another…' : 'Type to search…'}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {show && (
          <ul className="suggestions" id={listId} role="listbox" aria-label={`${label}: suggestions`}>
            {matches.map((m, i) => (
              <li
                key={m.value}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(m.value);
                }}
              >
                {m.label}
                {m.label !== m.value && <span className="kind mono">{m.value}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

let regionNames: Intl.DisplayNames | undefined;
/** A country's name from its ISO 3166-1 alpha-2 code, in the browser's language. */
export function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames([navigator.language, 'en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
