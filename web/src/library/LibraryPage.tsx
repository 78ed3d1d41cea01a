import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import type { AssetSearchFilter } from '../gql/graphql';
import { useUploads } from '../upload/UploadProvider';
import { CloseIcon, GridIcon, ListIcon, UploadIcon } from '../ui/icons';
import { AssetCard, AssetRow, type SearchEdge } from './AssetCard';
import { AddToCollectionMutation, CollectionQuery, CollectionsQuery } from './operations';
import { fetchSearchPage, nextCursor, searchKey } from './search-query';
import { CreateReviewDialog } from '../review/CreateReviewDialog';
import { SelectionContext, type Selection } from './selection';
import { SaveSearchDialog } from './SaveSearchDialog';
import { EnrichAgainDialog } from './EnrichAgainDialog';
import { ExportForEditingDialog } from './ExportForEditingDialog';
import { BulkMetadataDialog } from './BulkMetadataDialog';
import { DeliverDialog } from '../distribution/DeliverDialog';
import { FACETS, SORTS, facetLabel, filterOf, readState } from './search-state';

const GAP = 16;

function useWidth(ref: React.RefObject<HTMLElement | null>) {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

export function LibraryPage() {
  const [params, setParams] = useSearchParams();
  const state = readState(params);
  const uploads = useUploads();
  const client = useQueryClient();
  const [saving, setSaving] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const [bulkMessage, setBulkMessage] = useState<string>();
  const [bulkEditing, setBulkEditing] = useState(false);
  const [startingReview, setStartingReview] = useState(false);
  const [delivering, setDelivering] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [enriching, setEnriching] = useState(false);

  const collection = useQuery({
    queryKey: ['collection', state.collection],
    queryFn: () => gql(CollectionQuery, { id: state.collection! }),
    enabled: !!state.collection,
  });
  const smart = collection.data?.collection?.kind === 'SMART' ? collection.data.collection : undefined;
  const waitingForCollection = !!state.collection && collection.isPending;

  const { query, filter } = useMemo(() => {
    const own = filterOf(state);
    if (!smart) return { query: state.q, filter: own };
    const { collectionIds: _ignored, ...rest } = own;
    const saved = (smart.savedFilters ?? {}) as AssetSearchFilter;
    return { query: [smart.savedQuery ?? '', state.q].filter(Boolean).join(' '), filter: { ...saved, ...rest } };
  }, [params, smart]);

  const searchInput = { query, filter, sort: state.sort };
  const search = useInfiniteQuery({
    queryKey: searchKey(searchInput),
    enabled: !waitingForCollection,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => fetchSearchPage(searchInput, pageParam, signal),
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
    // While something is still being processed, look again for its new state.
    refetchInterval: (q) => {
      const pages = q.state.data?.pages;
      if (!pages || pages.length > 2) return false;
      return pages.some((p) =>
        p.searchAssets.edges.some((e) => e.node.ingestStatus === 'PROCESSING' || e.node.ingestStatus === 'UPLOADING'),
      )
        ? 2500
        : false;
    },
  });

  // New and changed assets reach search a moment after ingest reports them: look now and once more shortly after.
  useEffect(
    () =>
      uploads.onFinished(() => {
        void client.invalidateQueries({ queryKey: ['search'] });
        setTimeout(() => client.invalidateQueries({ queryKey: ['search'] }), 1500);
      }),
    [uploads, client],
  );

  const edges: SearchEdge[] = useMemo(
    () => search.data?.pages.flatMap((p) => p.searchAssets.edges) ?? [],
    [search.data],
  );
  const first = search.data?.pages[0]?.searchAssets;

  const setParam = (mutate: (p: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    mutate(next);
    setParams(next, { replace: true });
  };
  const toggle = (param: string, value: string) =>
    setParam((p) => {
      const values = p.getAll(param);
      p.delete(param);
      for (const v of values.includes(value) ? values.filter((x) => x !== value) : [...values, value])
        p.append(param, v);
    });

  const selection: Selection = useMemo(
    () => ({
      ids: selected,
      toggle(id, range) {
        setSelected((current) => {
          const next = new Set(current);
          const ids = edges.map((e) => e.node.id);
          if (range && anchor.current && ids.includes(anchor.current)) {
            const [a, b] = [ids.indexOf(anchor.current), ids.indexOf(id)].sort((x, y) => x - y);
            for (const x of ids.slice(a, b + 1)) next.add(x);
          } else if (next.has(id)) next.delete(id);
          else next.add(id);
          anchor.current = id;
          return next;
        });
      },
      clear: () => setSelected(new Set()),
    }),
    [selected, edges],
  );
  const manualCollections = useQuery({
    queryKey: ['collections', null],
    queryFn: () => gql(CollectionsQuery, { parentId: null }),
    enabled: selected.size > 0,
  });
  const addToCollection = async (collectionId: string) => {
    const name =
      manualCollections.data?.collections.edges.find((e) => e.node.id === collectionId)?.node.name ?? 'the collection';
    try {
      await gql(AddToCollectionMutation, { collectionId, assetIds: [...selected] });
      setBulkMessage(`Added ${selected.size} ${selected.size === 1 ? 'asset' : 'assets'} to ${name}.`);
      setSelected(new Set());
      void client.invalidateQueries({ queryKey: ['collections'] });
      void client.invalidateQueries({ queryKey: ['search'] });
    } catch (e) {
      setBulkMessage(errorMessage(e));
    }
  };

  const chips = FACETS.flatMap((f) => (state.selected[f.name] ?? []).map((v) => ({ facet: f, value: v })));
  const title = state.collection
    ? (collection.data?.collection?.name ?? '')
    : state.q
      ? `Results for “${state.q}”`
      : 'All assets';

  return (
    <>
      <div className="lib-head">
        <h1>{title || <span className="skeleton" style={{ display: 'inline-block', width: 160, height: 20 }} />}</h1>
        <span className="total" aria-live="polite">
          {first ? `${first.total.toLocaleString()} ${first.total === 1 ? 'asset' : 'assets'}` : ''}
        </span>
        <div className="spacer" />
        {state.collection && (
          <>
            <button className="btn" onClick={() => setEnriching(true)}>
              Enrich again
            </button>
            <button className="btn" onClick={() => setExporting(true)}>
              Export for editing
            </button>
          </>
        )}
        {(state.q || chips.length > 0) && !state.collection && (
          <button className="btn" onClick={() => setSaving(true)}>
            Save as smart collection
          </button>
        )}
        <label className="sr-only" htmlFor="sort">
          Sort
        </label>
        <select
          id="sort"
          className="input compact"
          value={state.sort}
          onChange={(e) => setParam((p) => p.set('sort', e.target.value))}
        >
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        <div className="segmented" role="group" aria-label="View">
          <button
            aria-pressed={state.view === 'grid'}
            aria-label="Grid view"
            onClick={() => setParam((p) => p.delete('view'))}
          >
            <GridIcon />
          </button>
          <button
            aria-pressed={state.view === 'list'}
            aria-label="List view"
            onClick={() => setParam((p) => p.set('view', 'list'))}
          >
            <ListIcon />
          </button>
        </div>
      </div>
      {chips.length > 0 && (
        <div className="chips" aria-label="Active filters">
          {chips.map(({ facet, value }) => (
            <span className="chip" key={facet.param + value}>
              {facet.label}: {facetLabel(facet.name, value)}
              <button
                aria-label={`Remove filter ${facet.label} ${facetLabel(facet.name, value)}`}
                onClick={() => toggle(facet.param, value)}
              >
                <CloseIcon size={12} />
              </button>
            </span>
          ))}
          <button className="btn ghost small" onClick={() => setParam((p) => FACETS.forEach((f) => p.delete(f.param)))}>
            Clear all
          </button>
        </div>
      )}
      {selected.size > 0 ? (
        <div className="bulk-bar" role="toolbar" aria-label="Selected assets">
          <strong>{selected.size} selected</strong>
          <label className="sr-only" htmlFor="bulk-collection">
            Add to collection
          </label>
          <select
            id="bulk-collection"
            className="input compact"
            value=""
            onChange={(e) => e.target.value && addToCollection(e.target.value)}
          >
            <option value="">Add to collection…</option>
            {manualCollections.data?.collections.edges
              .filter((e) => e.node.kind === 'MANUAL')
              .map((e) => (
                <option key={e.node.id} value={e.node.id}>
                  {e.node.name}
                </option>
              ))}
          </select>
          <button className="btn small" onClick={() => setBulkEditing(true)}>
            Set metadata…
          </button>
          <button className="btn small" onClick={() => setStartingReview(true)}>
            Start review…
          </button>
          <button className="btn small" onClick={() => setDelivering(true)}>
            Deliver…
          </button>
          <span className="muted hide-narrow" style={{ fontSize: 12 }}>
            or drag them onto a collection
          </span>
          <span className="spacer" />
          <button className="btn ghost small" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      ) : bulkMessage ? (
        <p className="chips muted" role="status">
          {bulkMessage}
        </p>
      ) : null}
      <SelectionContext.Provider value={selection}>
        <div className="lib-body">
          {(search.isPending || edges.length > 0 || chips.length > 0) && (
            <aside className="facets" aria-label="Filters">
              {!first && search.isPending
                ? [0, 1, 2].map((i) => (
                    <div key={i} className="facet">
                      <div className="skeleton" style={{ height: 12, width: 80, marginBottom: 10 }} />
                      <div className="skeleton" style={{ height: 14, marginBottom: 6 }} />
                      <div className="skeleton" style={{ height: 14, width: '70%' }} />
                    </div>
                  ))
                : first?.facets.map((facet) => {
                    const def = FACETS.find((f) => f.name === facet.name)!;
                    const buckets = facet.buckets.filter(
                      (b) => b.count > 0 || state.selected[facet.name]?.includes(b.value),
                    );
                    if (buckets.length === 0) return null;
                    return (
                      <fieldset
                        className="facet"
                        key={facet.name}
                        style={{ border: 0, padding: 0, margin: '0 0 18px' }}
                      >
                        <legend>
                          <h3>{def.label}</h3>
                        </legend>
                        {buckets.map((b) => (
                          <label className="facet-option" key={b.value}>
                            <input
                              type="checkbox"
                              checked={state.selected[facet.name]?.includes(b.value) ?? false}
                              onChange={() => toggle(def.param, b.value)}
                            />
                            <span>{facetLabel(facet.name, b.value)}</span>
                            <span className="count">{b.count.toLocaleString()}</span>
                          </label>
                        ))}
                      </fieldset>
                    );
                  })}
            </aside>
          )}
          <Results
            edges={edges}
            view={state.view}
            loading={search.isPending || waitingForCollection}
            error={search.isError ? errorMessage(search.error) : undefined}
            onRetry={() => search.refetch()}
            hasMore={!!search.hasNextPage}
            loadMore={() => !search.isFetchingNextPage && search.fetchNextPage()}
            empty={
              <div className="empty">
                <div>
                  <UploadIcon size={36} />
                  <h2>{state.q || chips.length ? 'Nothing matches' : 'Your library is empty'}</h2>
                  <p>
                    {state.q || chips.length
                      ? 'Try fewer words or remove a filter.'
                      : 'Drop files or whole folders anywhere on this page, or choose them.'}
                  </p>
                  {!state.q && !chips.length && (
                    <button className="btn primary" onClick={uploads.pickFiles}>
                      Choose files
                    </button>
                  )}
                </div>
              </div>
            }
          />
        </div>
      </SelectionContext.Provider>
      {delivering && (
        <DeliverDialog
          targets={[...selected].map((id) => ({
            assetId: id,
            title: edges.find((e) => e.node.id === id)?.node.title,
          }))}
          onClose={() => setDelivering(false)}
        />
      )}
      {bulkEditing && (
        <BulkMetadataDialog
          assetIds={[...selected]}
          onClose={() => setBulkEditing(false)}
          onDone={(message) => {
            setBulkEditing(false);
            setBulkMessage(message);
            setSelected(new Set());
            void client.invalidateQueries({ queryKey: ['search'] });
            void client.invalidateQueries({ queryKey: ['asset'] });
          }}
        />
      )}
      {startingReview && (
        <CreateReviewDialog
          assets={[...selected].map((id) => ({
            id,
            title: edges.find((e) => e.node.id === id)?.node.title ?? 'Asset',
          }))}
          onClose={() => setStartingReview(false)}
        />
      )}
      {saving && <SaveSearchDialog query={state.q} filter={filterOf(state)} onClose={() => setSaving(false)} />}
      {enriching && state.collection && (
        <EnrichAgainDialog collectionId={state.collection} onClose={() => setEnriching(false)} />
      )}
      {exporting && state.collection && (
        <ExportForEditingDialog collectionId={state.collection} onClose={() => setExporting(false)} />
      )}
    </>
  );
}

function Results(props: {
  edges: SearchEdge[];
  view: 'grid' | 'list';
  loading: boolean;
  error?: string;
  onRetry: () => void;
  hasMore: boolean;
  loadMore: () => void;
  empty: React.ReactNode;
}) {
  const { edges, view, loading, error, hasMore, loadMore } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useWidth(scrollRef) - 36;
  const columns = view === 'list' ? 1 : Math.max(1, Math.floor((width + GAP) / (240 + GAP)));
  const cardWidth = view === 'list' ? width : (width - GAP * (columns - 1)) / columns;
  const rowHeight = view === 'list' ? 66 : Math.round((cardWidth * 9) / 16 + 76 + GAP);
  const rows = Math.ceil(edges.length / columns);

  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 4,
    scrollMargin: view === 'list' ? 30 : 0,
  });
  useEffect(() => virtualizer.measure(), [rowHeight, columns, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const lastRow = items[items.length - 1]?.index ?? 0;
  const lastVisibleRow = virtualizer.range?.endIndex ?? lastRow;
  // The next page is read ahead while the browser is idle (after the screenful's thumbnails were asked
  // for), and at once when the last loaded row is on screen.
  useEffect(() => {
    if (!hasMore || lastRow < rows - 6) return;
    if (lastVisibleRow >= rows - 1) return void loadMore();
    const idle = window.requestIdleCallback?.(loadMore, { timeout: 1000 }) ?? window.setTimeout(loadMore, 300);
    return () => (window.cancelIdleCallback ? window.cancelIdleCallback(idle) : window.clearTimeout(idle));
  }, [lastRow, lastVisibleRow, rows, hasMore, loadMore]);

  if (error) {
    return (
      <div className="results" ref={scrollRef}>
        <div className="empty">
          <div>
            <h2>The library could not be loaded</h2>
            <p role="alert">{error}</p>
            <button className="btn" onClick={props.onRetry}>
              Try again
            </button>
          </div>
        </div>
      </div>
    );
  }
  if (loading && edges.length === 0) {
    return (
      <div className="results" ref={scrollRef} aria-busy="true" aria-label="Loading assets">
        <div className="grid-row" style={{ gridTemplateColumns: `repeat(${Math.max(columns, 1)}, 1fr)` }}>
          {Array.from({ length: Math.max(columns, 1) * 3 }, (_, i) => (
            <div key={i} className="card">
              <div className="thumb skeleton" style={{ borderRadius: 0 }} />
              <div className="card-body">
                <div className="skeleton" style={{ height: 14, width: '70%' }} />
                <div className="skeleton" style={{ height: 11, width: '40%', marginTop: 8 }} />
              </div>
            </div>
          ))}
        </div>
      </div>
    );
  }
  if (edges.length === 0)
    return (
      <div className="results" ref={scrollRef}>
        {props.empty}
      </div>
    );

  return (
    <div className="results" ref={scrollRef} role="region" aria-label="Assets">
      {view === 'list' && (
        <div className="list-head" aria-hidden="true">
          <span />
          <span>Title</span>
          <span>Duration</span>
          <span>Status</span>
          <span className="col-opt">Format</span>
          <span className="col-opt">Added</span>
        </div>
      )}
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((row) => (
          <div
            key={row.key}
            className="grid-row"
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              height: rowHeight - (view === 'list' ? 0 : GAP),
              transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
            }}
          >
            {edges
              .slice(row.index * columns, row.index * columns + columns)
              .map((edge) =>
                view === 'list' ? (
                  <AssetRow key={edge.node.id} edge={edge} />
                ) : (
                  <AssetCard key={edge.node.id} edge={edge} />
                ),
              )}
          </div>
        ))}
      </div>
    </div>
  );
}
