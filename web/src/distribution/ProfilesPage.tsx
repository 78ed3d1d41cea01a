import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { DeleteDeliveryProfileMutation, DeliveryProfilesQuery } from './operations';
import { ProfileForm } from './ProfileForm';
import { draftFrom, summary, type ProfileDraft } from './profile-draft';

type Profile = Awaited<ReturnType<typeof loadProfiles>>['deliveryProfiles'][number];
const loadProfiles = () => gql(DeliveryProfilesQuery);

/** A spec's settings as "video.width: 1920" lines. */
function settingLines(value: unknown, path = ''): Array<[string, string]> {
  if (value === null || typeof value !== 'object') return [[path, String(value)]];
  if (Array.isArray(value))
    return [[path, value.map((v) => (typeof v === 'object' ? Object.values(v as object).join('/') : v)).join(', ')]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    settingLines(v, path ? `${path}.${k}` : k),
  );
}

function ProfileRow({
  profile,
  onStartFrom,
}: {
  profile: Profile;
  onStartFrom: (draft: ProfileDraft, profileId?: string) => void;
}) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const remove = useMutation({
    mutationFn: () => gql(DeleteDeliveryProfileMutation, { id: profile.id }),
    onMutate: () => setError(undefined),
    onError: (e) => setError(errorMessage(e)),
    onSuccess: () => client.invalidateQueries({ queryKey: ['delivery-profiles'] }),
  });
  return (
    <li className="dist-profile" aria-label={`Profile ${profile.name}`}>
      <div className="dist-profile-head">
        <button
          className="btn ghost small icon"
          aria-expanded={open}
          aria-label={`${open ? 'Hide' : 'Show'} the settings of ${profile.name}`}
          onClick={() => setOpen(!open)}
        >
          {open ? '▾' : '▸'}
        </button>
        <div style={{ minWidth: 0, flex: 1 }}>
          <strong>{profile.name}</strong>
          <span className="badge-soft">{profile.builtIn ? 'Preset' : 'Workspace'}</span>
          <span className="badge-soft mono">{profile.container}</span>
          <div className="muted dist-sub">{summary(profile.spec)}</div>
        </div>
        <button
          className="btn small"
          onClick={() => onStartFrom(draftFrom(profile.spec, `${profile.name} (copy)`))}
          aria-label={`New profile from ${profile.name}`}
        >
          Start from this
        </button>
        {!profile.builtIn && (
          <button
            className="btn small"
            onClick={() => onStartFrom(draftFrom(profile.spec, profile.name), profile.id)}
            aria-label={`Change ${profile.name}`}
          >
            Change
          </button>
        )}
        {!profile.builtIn && (
          <button
            className="btn small ghost"
            onClick={() => window.confirm(`Remove the profile ${profile.name}?`) && remove.mutate()}
          >
            Remove
          </button>
        )}
      </div>
      {open && (
        <dl className="dist-settings">
          {settingLines(profile.spec).map(([k, v]) => (
            <div key={k}>
              <dt className="mono">{k}</dt>
              <dd className="mono">{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/** The built-in presets and the workspace's own profiles, with their settings; new profiles from scratch or from one. */
export function ProfilesPage() {
  const query = useQuery({ queryKey: ['delivery-profiles'], queryFn: loadProfiles });
  const [draft, setDraft] = useState<{ draft: ProfileDraft; profileId?: string; key: number }>();
  const [saved, setSaved] = useState<string>();
  const start = (d: ProfileDraft, profileId?: string) => {
    setSaved(undefined);
    setDraft({ draft: d, profileId, key: Date.now() });
  };
  const profiles = query.data?.deliveryProfiles ?? [];
  const own = profiles.filter((p) => !p.builtIn);
  const presets = profiles.filter((p) => p.builtIn);
  return (
    <div className="admin-page dist-page">
      <div className="admin-card-head">
        <div>
          <h1 className="admin-title">Profiles</h1>
          <p className="admin-lead">What each output must be: container, picture, sound and loudness.</p>
        </div>
        <span className="spacer" />
        {!draft && (
          <button className="btn primary" onClick={() => start(draftFrom(undefined))}>
            New profile
          </button>
        )}
      </div>
      {saved && (
        <p role="status" className="dist-saved">
          Saved {saved}.
        </p>
      )}
      {draft && (
        <ProfileForm
          key={draft.key}
          initial={draft.draft}
          profileId={draft.profileId}
          onDone={(name) => {
            setDraft(undefined);
            if (name) setSaved(name);
          }}
        />
      )}
      {query.isPending ? (
        <div className="skeleton" style={{ height: 160 }} />
      ) : query.isError ? (
        <p className="alert" role="alert">
          {errorMessage(query.error)}
        </p>
      ) : (
        <>
          <section className="admin-card" aria-labelledby="own-profiles-title">
            <h2 id="own-profiles-title">Workspace profiles</h2>
            {own.length === 0 ? (
              <p className="muted">None yet: start from a preset below, or make a new one.</p>
            ) : (
              <ul className="dist-profiles">
                {own.map((p) => (
                  <ProfileRow key={p.id} profile={p} onStartFrom={start} />
                ))}
              </ul>
            )}
          </section>
          <section className="admin-card" aria-labelledby="presets-title">
            <h2 id="presets-title">Presets</h2>
            <ul className="dist-profiles">
              {presets.map((p) => (
                <ProfileRow key={p.id} profile={p} onStartFrom={start} />
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
