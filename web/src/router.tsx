import { createBrowserRouter } from 'react-router';
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
      { path: 'admin/members', lazy: async () => ({ Component: (await import('./admin/MembersPage')).MembersPage }) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
