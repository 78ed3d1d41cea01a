import { NavLink, Outlet } from 'react-router';
import { useMe } from '../auth/session';
import './distribution.css';

const SECTIONS = [
  { to: '/distribution/deliveries', label: 'Deliveries' },
  { to: '/distribution/rules', label: 'Rules' },
  { to: '/distribution/destinations', label: 'Destinations' },
  { to: '/distribution/profiles', label: 'Profiles' },
];

/** Distribution: what was delivered where, the rules that deliver on approval, destinations and profiles. */
export function DistributionLayout() {
  const me = useMe();
  return (
    <div className="admin">
      <div className="admin-head">
        <span className="muted admin-kicker">{me.data?.workspaceName} · Distribution</span>
        <nav className="admin-tabs" aria-label="Distribution sections">
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
