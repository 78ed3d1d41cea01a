import { createBrowserRouter, Navigate } from 'react-router';
import { InvitePage, SignInLinkPage, SignInPage } from './auth/AuthPages';
import { AppShell } from './shell/AppShell';
import { LibraryPage } from './library/LibraryPage';
import { NotFound } from './shell/NotFound';

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/sign-in/link', element: <SignInLinkPage /> },
  { path: '/invite', element: <InvitePage /> },
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <LibraryPage /> },
      // The asset page (player, forms) loads on demand so the library's first paint stays small.
      { path: 'assets/:id', lazy: async () => ({ Component: (await import('./asset/AssetPage')).AssetPage }) },
      { path: 'archive', lazy: async () => ({ Component: (await import('./archive/ArchivePage')).ArchivePage }) },
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
    ],
  },
]);
