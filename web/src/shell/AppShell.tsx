import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { onUnauthenticated } from '../api/client';
import { errorMessage } from '../api/errors';
import { ME_KEY, useMe } from '../auth/session';
import { UploadProvider } from '../upload/UploadProvider';
import { Brand } from '../ui/Brand';
import { HelpOverlay } from './HelpOverlay';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';

export function AppShell() {
  const me = useMe();
  const client = useQueryClient();
  const location = useLocation();
  const [helpOpen, setHelpOpen] = useState(false);
  const [navOpen, setNavOpen] = useState(false);

  useEffect(() => onUnauthenticated(() => client.setQueryData(ME_KEY, null)), [client]);
  useEffect(() => setNavOpen(false), [location.pathname, location.search]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable]')) return;
      if (e.key === '?') {
        e.preventDefault();
        setHelpOpen(true);
      } else if (e.key === '/') {
        e.preventDefault();
        document.getElementById('global-search')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (me.isPending) {
    return (
      <div className="shell" aria-busy="true">
        <header className="topbar">
          <Brand />
        </header>
        <aside className="sidebar">
          <div className="skeleton" style={{ height: 18, margin: 10 }} />
          <div className="skeleton" style={{ height: 18, margin: 10 }} />
        </aside>
        <main className="main">
          <div className="skeleton" style={{ height: 28, width: 220, margin: 18 }} />
        </main>
      </div>
    );
  }
  if (me.isError) {
    return (
      <main className="auth-page">
        <div className="auth-card">
          <Brand />
          <h1>Cannot open your workspace</h1>
          <p className="alert" role="alert">
            {errorMessage(me.error)}
          </p>
          <button className="btn primary" onClick={() => me.refetch()}>
            Try again
          </button>
        </div>
      </main>
    );
  }
  if (!me.data) return <Navigate to="/sign-in" replace />;

  return (
    <UploadProvider>
      <div className={`shell${navOpen ? ' nav-open' : ''}`}>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <TopBar me={me.data} onHelp={() => setHelpOpen(true)} onToggleNav={() => setNavOpen((v) => !v)} />
        <Sidebar me={me.data} />
        <main className="main" id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
    </UploadProvider>
  );
}
