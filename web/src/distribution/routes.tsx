import { Navigate, type RouteObject } from 'react-router';

/** The distribution section's pages, each loaded on demand. */
export const distributionRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/distribution/deliveries" replace /> },
  {
    path: 'deliveries',
    lazy: async () => ({ Component: (await import('./DeliveriesPage')).DeliveriesPage }),
  },
  { path: 'rules', lazy: async () => ({ Component: (await import('./RulesPage')).RulesPage }) },
  {
    path: 'destinations',
    lazy: async () => ({ Component: (await import('./DestinationsPage')).DestinationsPage }),
  },
  { path: 'profiles', lazy: async () => ({ Component: (await import('./ProfilesPage')).ProfilesPage }) },
];
