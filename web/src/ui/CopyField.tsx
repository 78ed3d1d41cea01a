import { useState } from 'react';

/** A read-only value (an address, a secret shown once) with a button that copies it. */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(value).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div className="inline-form">
      <div className="field grow">
        <label htmlFor={id}>{label}</label>
        <input id={id} className="input mono" readOnly value={value} onFocus={(e) => e.target.select()} />
      </div>
      <button className="btn" type="button" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
