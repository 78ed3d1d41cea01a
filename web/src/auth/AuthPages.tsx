import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { ApiError, errorMessage } from '../api/errors';
import { Brand } from '../ui/Brand';
import { useSession } from './session';

function AuthCard({ title, lead, children }: { title: string; lead: string; children: React.ReactNode }) {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <Brand />
        <h1>{title}</h1>
        <p className="lead">{lead}</p>
        {children}
      </div>
    </main>
  );
}

export function SignInPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const { register, handleSubmit, formState } = useForm<{ email: string; password: string }>();
  const onSubmit = handleSubmit(async ({ email, password }) => {
    setError(undefined);
    try {
      await session.signIn(email.trim(), password);
      void navigate('/', { replace: true });
    } catch (e) {
      const retry = e instanceof ApiError ? Number(e.extensions.retryAfterSeconds) : NaN;
      setError(
        Number.isFinite(retry) && retry > 0 ? `Too many attempts. Try again in ${retry} seconds.` : errorMessage(e),
      );
    }
  });
  return (
    <AuthCard title="Sign in" lead="Welcome back. Sign in to your workspace.">
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="email">Email</label>
          <input
            id="email"
            className="input"
            type="email"
            autoComplete="email"
            autoFocus
            aria-invalid={!!formState.errors.email}
            {...register('email', { required: 'Enter your email address' })}
          />
          {formState.errors.email && <span className="field-error">{formState.errors.email.message}</span>}
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            id="password"
            className="input"
            type="password"
            autoComplete="current-password"
            aria-invalid={!!formState.errors.password}
            {...register('password', { required: 'Enter your password' })}
          />
          {formState.errors.password && <span className="field-error">{formState.errors.password.message}</span>}
        </div>
        {error && (
          <p className="alert" role="alert">
            {error}
          </p>
        )}
        <button className="btn primary" type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </AuthCard>
  );
}

const redeemed = new Map<string, Promise<unknown>>();

/** First run: redeems the one-time link in #token, then opens the library. */
export function SignInLinkPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const token = useRef(new URLSearchParams(location.hash.replace(/^#/, '')).get('token'));
  useEffect(() => {
    const t = token.current;
    if (!t) {
      setError('This sign-in link is incomplete. Open the full link printed when the server started.');
      return;
    }
    // One-time links must be redeemed once, even when effects run twice.
    if (!redeemed.has(t)) redeemed.set(t, session.redeemLink(t));
    redeemed.get(t)!.then(
      () => navigate('/', { replace: true }),
      (e) => setError(errorMessage(e)),
    );
  }, []);
  return (
    <AuthCard
      title={error ? 'Link not valid' : 'Signing you in…'}
      lead={error ? 'You can still sign in with your email and password.' : 'One moment while we open your workspace.'}
    >
      {error ? (
        <>
          <p className="alert" role="alert">
            {error}
          </p>
          <p style={{ marginTop: 16 }}>
            <Link to="/sign-in">Go to sign in</Link>
          </p>
        </>
      ) : (
        <div className="skeleton" style={{ height: 38 }} aria-busy="true" />
      )}
    </AuthCard>
  );
}

export function InvitePage() {
  const session = useSession();
  const navigate = useNavigate();
  const token = useRef(new URLSearchParams(location.hash.replace(/^#/, '')).get('token'));
  const [error, setError] = useState<string>();
  const {
    register,
    handleSubmit,
    formState,
    setError: setFieldError,
  } = useForm<{ name: string; password: string; confirm: string }>();
  const onSubmit = handleSubmit(async ({ name, password }) => {
    setError(undefined);
    if (!token.current) {
      setError('This invitation link is incomplete. Open the full link from your invitation.');
      return;
    }
    try {
      await session.acceptInvite(token.current, name.trim(), password);
      void navigate('/', { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.fields.password) setFieldError('password', { message: e.fields.password });
      else setError(errorMessage(e));
    }
  });
  return (
    <AuthCard
      title="Join your team"
      lead="You were invited to a workspace. Choose your name and a password, or enter your password if you already have an account."
    >
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="name">Your name</label>
          <input
            id="name"
            className="input"
            autoComplete="name"
            autoFocus
            aria-invalid={!!formState.errors.name}
            {...register('name', { required: 'Enter your name' })}
          />
          {formState.errors.name && <span className="field-error">{formState.errors.name.message}</span>}
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            id="password"
            className="input"
            type="password"
            autoComplete="new-password"
            aria-invalid={!!formState.errors.password}
            aria-describedby="password-hint"
            {...register('password', {
              required: 'Choose a password',
              minLength: { value: 10, message: 'Use at least 10 characters' },
            })}
          />
          {formState.errors.password ? (
            <span className="field-error">{formState.errors.password.message}</span>
          ) : (
            <span className="field-hint" id="password-hint">
              At least 10 characters.
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="confirm">Repeat password</label>
          <input
            id="confirm"
            className="input"
            type="password"
            autoComplete="new-password"
            aria-invalid={!!formState.errors.confirm}
            {...register('confirm', { validate: (v, all) => v === all.password || 'The passwords do not match' })}
          />
          {formState.errors.confirm && <span className="field-error">{formState.errors.confirm.message}</span>}
        </div>
        {error && (
          <p className="alert" role="alert">
            {error}
          </p>
        )}
        <button className="btn primary" type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Joining…' : 'Join workspace'}
        </button>
      </form>
    </AuthCard>
  );
}
