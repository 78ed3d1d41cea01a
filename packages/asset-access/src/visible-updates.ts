import type { DataSource, NotificationHub } from '@mam/db';
import type { RequestContext } from '@mam/graphql';
import { isAssetVisible } from './visible-asset';

/** NOTIFY channel on which a service's projection announces that an asset's access (or existence) changed. */
export const ASSET_ACCESS_CHANNEL = 'mam_asset_access';

export interface AssetAccessChange {
  assetId: string;
}

export interface WhileAssetVisibleOptions<T> {
  dataSource: DataSource;
  context: RequestContext;
  assetId: string;
  /** The service's hub on ASSET_ACCESS_CHANNEL. */
  accessChanges: NotificationHub<AssetAccessChange>;
  /** Subscribes to the updates about the asset, passing each through `visible` (which checks the projection again). */
  updates: (visible: () => Promise<boolean>) => AsyncIterableIterator<T>;
}

/**
 * A subscriber's updates about one asset, for as long as the asset is theirs to see. Visibility
 * is never decided once: it is checked again for every update and on every change of the asset's
 * access projection, so updates about an asset the projection has not shown the caller yet (just
 * created, just granted) flow as soon as it does, and the subscription ends once access to an
 * asset the caller could see is taken away.
 */
export function whileAssetVisible<T>(options: WhileAssetVisibleOptions<T>): AsyncIterableIterator<T> {
  let seen = false;
  let ended = false;
  const check = async (): Promise<boolean> => {
    if (ended) return false;
    const visible = await isAssetVisible(options.dataSource, options.context, options.assetId);
    if (visible) seen = true;
    else if (seen) stop();
    return visible;
  };
  const updates = options.updates(check);
  const changes = options.accessChanges.subscribe((change) => change.assetId === options.assetId);
  function stop(): void {
    if (ended) return;
    ended = true;
    void updates.return?.();
    void changes.return?.();
  }
  void (async () => {
    for await (const _change of changes) await check().catch(() => undefined);
  })();
  void check().catch(() => undefined);
  const finish = async (): Promise<IteratorResult<T>> => {
    stop();
    return { value: undefined, done: true };
  };
  const iterator: AsyncIterableIterator<T> = {
    next: () => updates.next(),
    return: finish,
    throw: finish,
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
