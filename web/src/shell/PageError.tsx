import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFound } from './NotFound';

/**
 * What a person sees when a page fails (it threw while rendering, or its code did not load): a
 * plain message and two ways on, never the error's text or stack (those go to the console).
 */
export function PageError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  console.error(error);
  return (
    <div className="empty" role="alert">
      <div>
        <h2>Something went wrong on this page</h2>
        <p>Reloading usually helps. If it keeps happening, go back to the library and try again from there.</p>
        <div className="empty-actions">
          <button className="btn primary" type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
          <Link className="btn" to="/" reloadDocument>
            Go to the library
          </Link>
        </div>
      </div>
    </div>
  );
}
