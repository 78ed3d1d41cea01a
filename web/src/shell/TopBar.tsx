import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../api/errors';
import { useSession, type Me } from '../auth/session';
import { SearchBox } from '../library/SearchBox';
import { useUploads } from '../upload/UploadProvider';
import { Brand } from '../ui/Brand';
import { ChevronDownIcon, KeyboardIcon, MenuIcon, UploadIcon } from '../ui/icons';

function useDismiss(open: boolean, close: () => void) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && close();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, close]);
  return ref;
}

const initials = (me: Me) =>
  (me.name || me.email)
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((s) => s[0].toUpperCase())
    .join('');

/** A member's workspace role caps every grant, so only editors and admins can ever upload. */
const canUpload = (me: Me) => me.role === 'editor' || me.role === 'admin';

export function TopBar({ me, onHelp, onToggleNav }: { me: Me; onHelp: () => void; onToggleNav: () => void }) {
  const uploads = useUploads();
  const session = useSession();
  const navigate = useNavigate();
  const [menu, setMenu] = useState<'user' | 'workspace' | null>(null);
  const [error, setError] = useState<string>();
  const close = () => setMenu(null);
  const userRef = useDismiss(menu === 'user', close);
  const wsRef = useDismiss(menu === 'workspace', close);

  const switchTo = async (id: string) => {
    close();
    try {
      await session.switchWorkspace(id);
      void navigate('/');
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <header className="topbar">
      <button className="btn ghost icon show-narrow" onClick={onToggleNav} aria-label="Show navigation">
        <MenuIcon />
      </button>
      <Brand />
      <SearchBox />
      <div className="spacer" />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
      {canUpload(me) && (
        <button className="btn primary" onClick={uploads.pickFiles}>
          <UploadIcon /> <span className="hide-narrow">Upload</span>
        </button>
      )}
      <div className="menu-wrap" ref={wsRef}>
        <button
          className="ws-switch"
          aria-haspopup="menu"
          aria-expanded={menu === 'workspace'}
          onClick={() => setMenu(menu === 'workspace' ? null : 'workspace')}
        >
          <span className="sr-only">Switch workspace, current: </span>
          <span className="ws-dot" aria-hidden="true">
            {me.workspaceName.slice(0, 1).toUpperCase()}
          </span>
          <span className="hide-narrow" style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {me.workspaceName}
          </span>
          <ChevronDownIcon size={14} />
        </button>
        {menu === 'workspace' && (
          <div className="menu" role="menu" aria-label="Workspaces">
            <div className="menu-head">
              <h3>Workspaces</h3>
            </div>
            {me.workspaces.map((w) => (
              <button
                key={w.id}
                role="menuitemradio"
                aria-checked={w.id === me.workspaceId}
                onClick={() => (w.id === me.workspaceId ? close() : switchTo(w.id))}
              >
                <span className="ws-dot" aria-hidden="true">
                  {w.name.slice(0, 1).toUpperCase()}
                </span>
                <span style={{ flex: 1 }}>{w.name}</span>
                <span className="muted" style={{ fontSize: 12 }}>
                  {w.id === me.workspaceId ? 'Current' : w.role}
                </span>
              </button>
            ))}
          </div>
        )}
      </div>
      <button
        className="btn ghost icon"
        onClick={onHelp}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        <KeyboardIcon />
      </button>
      <div className="menu-wrap" ref={userRef}>
        <button
          className="avatar"
          aria-haspopup="menu"
          aria-expanded={menu === 'user'}
          aria-label={`Account: ${me.name || me.email}`}
          onClick={() => setMenu(menu === 'user' ? null : 'user')}
        >
          {initials(me)}
        </button>
        {menu === 'user' && (
          <div className="menu" role="menu" aria-label="Account">
            <div className="menu-head">
              <div style={{ fontWeight: 600 }}>{me.name || me.email}</div>
              <div className="muted" style={{ fontSize: 12 }}>
                {me.email} · {me.role}
              </div>
            </div>
            {me.role === 'admin' && (
              <>
                <button
                  role="menuitem"
                  onClick={() => {
                    close();
                    void navigate('/admin/members');
                  }}
                >
                  Members and invitations
                </button>
                <button
                  role="menuitem"
                  onClick={() => {
                    close();
                    void navigate('/admin/access');
                  }}
                >
                  Groups, access and API keys
                </button>
                <button
                  role="menuitem"
                  onClick={() => {
                    close();
                    void navigate('/admin/metadata');
                  }}
                >
                  Metadata fields
                </button>
              </>
            )}
            <button
              role="menuitem"
              onClick={() => {
                close();
                void navigate('/settings/drive');
              }}
            >
              Connect the drive
            </button>
            <button
              role="menuitem"
              onClick={() => {
                close();
                onHelp();
              }}
            >
              Keyboard shortcuts
            </button>
            <button
              role="menuitem"
              onClick={async () => {
                close();
                await session.signOut();
                void navigate('/sign-in');
              }}
            >
              Sign out
            </button>
          </div>
        )}
      </div>
    </header>
  );
}
