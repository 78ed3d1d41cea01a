import { Link } from 'react-router';

export function NotFound() {
  return (
    <div className="empty">
      <div>
        <h2>Page not found</h2>
        <p>The address may be mistyped, or the page was moved.</p>
        <Link className="btn" to="/">
          Back to the library
        </Link>
      </div>
    </div>
  );
}
