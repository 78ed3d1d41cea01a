import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { gql } from '../api/client';
import { ApiError, errorMessage } from '../api/errors';
import { CloseIcon, ImageIcon } from '../ui/icons';
import { CreateLogoMutation } from './operations';

const MAX_IMAGES = 5;

interface Picked {
  file: File;
  preview: string;
}

/** A picked image as it will be sent; a file the browser cannot show gets a plain placeholder. */
function LogoPreview({ url, name }: { url: string; name: string }) {
  const [broken, setBroken] = useState(false);
  if (broken)
    return (
      <span className="logo-preview-broken" role="img" aria-label={`${name} (no preview)`}>
        <ImageIcon size={22} />
      </span>
    );
  return <img src={url} alt={name} onError={() => setBroken(true)} />;
}

/** "Acme, ACME Corp" -> ["Acme", "ACME Corp"]: each text once, in the order typed. */
export function parseWordmarks(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w && !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()));
}

/** A file's content as base64, without the data: prefix. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve((reader.result as string).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new ApiError(`${file.name} could not be read`, 'BAD_USER_INPUT', 0, { images: '' }));
    reader.readAsDataURL(file);
  });
}

/** Adds a logo to the library: a name, the texts that spell it and up to five reference pictures. */
export function LogoForm() {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [wordmarks, setWordmarks] = useState('');
  const [images, setImages] = useState<Picked[]>([]);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [added, setAdded] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);
  // Previews are object URLs: give them back when they go.
  const previews = useRef(images);
  previews.current = images;
  useEffect(() => () => previews.current.forEach((p) => URL.revokeObjectURL(p.preview)), []);

  const create = useMutation({
    mutationFn: async () =>
      gql(CreateLogoMutation, {
        input: {
          name: name.trim(),
          wordmarks: parseWordmarks(wordmarks),
          images: await Promise.all(
            images.map(async ({ file }) => ({ filename: file.name, contentBase64: await readBase64(file) })),
          ),
        },
      }),
    onSuccess: ({ createLogo }) => {
      images.forEach((p) => URL.revokeObjectURL(p.preview));
      setName('');
      setWordmarks('');
      setImages([]);
      setFields({});
      setAdded(createLogo.name);
      return client.invalidateQueries({ queryKey: ['logos'] });
    },
    onError: (error) => {
      const known = error instanceof ApiError ? error.fields : {};
      const field = ['name', 'wordmarks', 'images'].find((key) => key in known);
      setFields(field ? { [field]: error.message } : { form: errorMessage(error) });
    },
  });

  const pick = (files: FileList | null) => {
    const next = [...images, ...[...(files ?? [])].map((file) => ({ file, preview: URL.createObjectURL(file) }))];
    next.slice(MAX_IMAGES).forEach((p) => URL.revokeObjectURL(p.preview));
    setImages(next.slice(0, MAX_IMAGES));
    setFields(
      next.length > MAX_IMAGES ? { images: `At most ${MAX_IMAGES} images: the first ${MAX_IMAGES} are kept` } : {},
    );
    if (fileInput.current) fileInput.current.value = '';
  };
  const remove = (picked: Picked) => {
    URL.revokeObjectURL(picked.preview);
    setImages(images.filter((p) => p !== picked));
  };
  const chips = parseWordmarks(wordmarks);

  return (
    <form
      className="admin-card"
      noValidate
      aria-labelledby="add-logo-title"
      onSubmit={(e) => {
        e.preventDefault();
        setAdded(undefined);
        if (!name.trim()) return setFields({ name: 'Name the logo (e.g. the brand it shows)' });
        if (chips.length === 0 && images.length === 0)
          return setFields({ images: 'Give a wordmark or a reference image to find it by' });
        create.mutate();
      }}
    >
      <h2 id="add-logo-title">Add a logo</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="logo-name">Name</label>
          <input
            id="logo-name"
            className="input"
            value={name}
            maxLength={120}
            placeholder="Acme"
            aria-invalid={Boolean(fields.name) || undefined}
            aria-describedby={fields.name ? 'logo-name-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {fields.name && (
            <p id="logo-name-error" className="field-error" role="alert">
              {fields.name}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="logo-wordmarks">Wordmarks</label>
          <input
            id="logo-wordmarks"
            className="input"
            value={wordmarks}
            placeholder="ACME, Acme Corp"
            aria-invalid={Boolean(fields.wordmarks) || undefined}
            aria-describedby="logo-wordmarks-hint"
            onChange={(e) => setWordmarks(e.target.value)}
          />
          {fields.wordmarks ? (
            <p id="logo-wordmarks-hint" className="field-error" role="alert">
              {fields.wordmarks}
            </p>
          ) : (
            <p id="logo-wordmarks-hint" className="field-hint">
              Texts that spell the logo, separated by commas; matched against text read on screen.
            </p>
          )}
          {chips.length > 0 && (
            <div className="wordmark-chips" aria-label="Wordmarks to add">
              {chips.map((w) => (
                <span key={w} className="wordmark">
                  {w}
                </span>
              ))}
            </div>
          )}
        </div>
      </div>
      <div className="field">
        <span className="label" id="logo-images-label">
          Reference images <span className="muted">(PNG, JPEG or WebP; up to {MAX_IMAGES})</span>
        </span>
        <div className="logo-previews">
          {images.map((p) => (
            <figure key={p.preview} className="logo-preview">
              <LogoPreview url={p.preview} name={p.file.name} />
              <figcaption title={p.file.name}>{p.file.name}</figcaption>
              <button
                type="button"
                className="btn small icon ghost"
                aria-label={`Remove ${p.file.name}`}
                onClick={() => remove(p)}
              >
                <CloseIcon size={12} />
              </button>
            </figure>
          ))}
          {images.length < MAX_IMAGES && (
            <label className="logo-pick">
              <ImageIcon size={22} />
              <span>Add images</span>
              <input
                ref={fileInput}
                type="file"
                className="sr-only"
                accept="image/png,image/jpeg,image/webp"
                multiple
                aria-labelledby="logo-images-label"
                onChange={(e) => pick(e.target.files)}
              />
            </label>
          )}
        </div>
        {fields.images && (
          <p className="field-error" role="alert">
            {fields.images}
          </p>
        )}
      </div>
      {fields.form && (
        <p className="alert" role="alert">
          {fields.form}
        </p>
      )}
      {added && (
        <p className="alert ok" role="status">
          {added} is in the library: media uploaded from now on is searched for it.
        </p>
      )}
      <div>
        <button className="btn primary" type="submit" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add logo'}
        </button>
      </div>
    </form>
  );
}
