import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { InvitePage, SignInLinkPage, SignInPage } from './auth/AuthPages';
import { AppShell } from './shell/AppShell';
import { LibraryPage } from './library/LibraryPage';
import { NotFound } from './shell/NotFound';
import { PageError } from './shell/PageError';
import { distributionRoutes } from './distribution/routes';

/** The pages inside the shell (sidebar and top bar). */
const shellPages: RouteObject[] = [
  { index: true, element: <LibraryPage /> },
  // The asset page (player, forms) loads on demand so the library's first paint stays small.
  { path: 'assets/:id', lazy: async () => ({ Component: (await import('./asset/AssetPage')).AssetPage }) },
  { path: 'reviews', lazy: async () => ({ Component: (await import('./review/ReviewsPage')).ReviewsPage }) },
  {
    path: 'reviews/:id',
    lazy: async () => ({ Component: (await import('./review/ReviewPage')).ReviewPage }),
  },
  { path: 'people', lazy: async () => ({ Component: (await import('./people/PeoplePage')).PeoplePage }) },
  { path: 'people/:id', lazy: async () => ({ Component: (await import('./people/PersonPage')).PersonPage }) },
  { path: 'settings/logos', lazy: async () => ({ Component: (await import('./people/LogosPage')).LogosPage }) },
  { path: 'settings/drive', lazy: async () => ({ Component: (await import('./settings/DrivePage')).DrivePage }) },
  { path: 'archive', lazy: async () => ({ Component: (await import('./archive/ArchivePage')).ArchivePage }) },
  {
    path: 'distribution',
    lazy: async () => ({ Component: (await import('./distribution/DistributionLayout')).DistributionLayout }),
    children: distributionRoutes,
  },
  {
    path: 'admin',
    lazy: async () => ({ Component: (await import('./admin/AdminLayout')).AdminLayout }),
    children: [
      { index: true, element: <Navigate to="/admin/members" replace /> },
      { path: 'members', lazy: async () => ({ Component: (await import('./admin/MembersPage')).MembersPage }) },
      { path: 'groups', lazy: async () => ({ Component: (await import('./admin/GroupsPage')).GroupsPage }) },
      { path: 'access', lazy: async () => ({ Component: (await import('./admin/AccessPage')).AccessPage }) },
      { path: 'api-keys', lazy: async () => ({ Component: (await import('./admin/ApiKeysPage')).ApiKeysPage }) },
      { path: 'metadata', lazy: async () => ({ Component: (await import('./admin/MetadataPage')).MetadataPage }) },
      { path: 'sources', lazy: async () => ({ Component: (await import('./admin/SourcesPage')).SourcesPage }) },
    ],
  },
  { path: '*', element: <NotFound /> },
];

// A page that fails shows PageError, never React Router's own screen with the stack: inside the
// shell (which stays) for its pages, on its own for the shell itself and the pages outside it.
export const router = createBrowserRouter([
  {
    errorElement: <PageError />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/sign-in/link', element: <SignInLinkPage /> },
      { path: '/invite', element: <InvitePage /> },
      // A guest's page of a share link: no account, no shell.
      { path: '/r/:token', lazy: async () => ({ Component: (await import('./review/GuestPage')).GuestPage }) },
      {
        path: '/',
        element: <AppShell />,
        children: [{ errorElement: <PageError />, children: shellPages }],
      },
    ],
  },
]);
