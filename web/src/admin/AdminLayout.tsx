import { NavLink, Outlet } from 'react-router';
import { useMe } from '../auth/session';

const SECTIONS = [
  { to: '/admin/members', label: 'Members' },
  { to: '/admin/groups', label: 'Groups' },
  { to: '/admin/access', label: 'Access' },
  { to: '/admin/api-keys', label: 'API keys' },
  { to: '/admin/metadata', label: 'Metadata' },
  { to: '/admin/sources', label: 'Sources' },
];

/** The workspace admin area: one tab per section, each a page of its own address. */
export function AdminLayout() {
  const me = useMe();
  if (me.data && me.data.role !== 'admin') {
    return (
      <div className="empty">
        <div>
          <h2>Workspace admins only</h2>
          <p>Ask an admin of {me.data.workspaceName} if you need to change members, access or keys.</p>
        </div>
      </div>
    );
  }
  return (
    <div className="admin">
      <div className="admin-head">
        <span className="muted admin-kicker">{me.data?.workspaceName} · Workspace admin</span>
        <nav className="admin-tabs" aria-label="Admin sections">
          {SECTIONS.map((s) => (
            <NavLink key={s.to} to={s.to} className={({ isActive }) => `admin-tab${isActive ? ' active' : ''}`}>
              {s.label}
            </NavLink>
          ))}
        </nav>
      </div>
      <div className="admin-body">
        <Outlet />
      </div>
    </div>
  );
}
