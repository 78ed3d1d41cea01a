import { createContext, useContext } from 'react';

/** Assets picked in the library for bulk actions (and dragged together into a collection). */
export interface Selection {
  ids: ReadonlySet<string>;
  toggle(id: string, range: boolean): void;
  clear(): void;
}

export const SelectionContext = createContext<Selection>({
  ids: new Set(),
  toggle: () => undefined,
  clear: () => undefined,
});
export const useSelection = () => useContext(SelectionContext);

/** The drag payload type for assets dragged onto a collection. */
export const ASSET_DRAG_TYPE = 'application/x-mam-asset-ids';
