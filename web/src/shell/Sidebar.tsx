import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, NavLink, useLocation, useSearchParams } from 'react-router';
import { gql } from '../api/client';
import type { Me } from '../auth/session';
import { AddToCollectionMutation, CollectionsQuery, CreateCollectionMutation } from '../library/operations';
import { ASSET_DRAG_TYPE } from '../library/selection';
import { errorMessage } from '../api/errors';
import {
  ArchiveIcon,
  ReviewIcon,
  ChevronDownIcon,
  ChevronIcon,
  FolderIcon,
  LibraryIcon,
  LogoIcon,
  PersonIcon,
  PlusIcon,
  SendIcon,
  SettingsIcon,
  SparkIcon,
} from '../ui/icons';

function CollectionNode({
  node,
  depth,
}: {
  node: { id: string; name: string; kind: string; assetCount: number; children: Array<{ id: string }> };
  depth: number;
}) {
  const [params] = useSearchParams();
  const inLibrary = useLocation().pathname === '/';
  const [open, setOpen] = useState(false);
  const [over, setOver] = useState(false);
  const [note, setNote] = useState<string>();
  const client = useQueryClient();
  const active = inLibrary && params.get('collection') === node.id;
  const accepts = (e: React.DragEvent) => node.kind === 'MANUAL' && e.dataTransfer.types.includes(ASSET_DRAG_TYPE);
  const onDrop = async (e: React.DragEvent) => {
    setOver(false);
    if (!accepts(e)) return;
    e.preventDefault();
    const ids = JSON.parse(e.dataTransfer.getData(ASSET_DRAG_TYPE) || '[]') as string[];
    try {
      await gql(AddToCollectionMutation, { collectionId: node.id, assetIds: ids });
      setNote(`Added ${ids.length} to ${node.name}`);
      void client.invalidateQueries({ queryKey: ['collections'] });
      void client.invalidateQueries({ queryKey: ['search'] });
    } catch (error) {
      setNote(errorMessage(error));
    }
    setTimeout(() => setNote(undefined), 4000);
  };
  const hasChildren = node.children.length > 0;
  return (
    <li>
      <div style={{ display: 'flex', alignItems: 'center' }}>
        {hasChildren ? (
          <button
            className="btn ghost small icon"
            aria-expanded={open}
            aria-label={`${open ? 'Collapse' : 'Expand'} ${node.name}`}
            onClick={() => setOpen(!open)}
          >
            {open ? <ChevronDownIcon size={12} /> : <ChevronIcon size={12} />}
          </button>
        ) : (
          <span style={{ width: 26, flexShrink: 0 }} />
        )}
        <Link
          className={`nav-item${active ? ' active' : ''}${over ? ' drop-target' : ''}`}
          aria-current={active ? 'page' : undefined}
          to={`/?collection=${node.id}`}
          onDragOver={(e) => {
            if (!accepts(e)) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          {node.kind === 'SMART' ? <SparkIcon /> : <FolderIcon />}
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{node.name}</span>
          <span className="count">{node.assetCount}</span>
        </Link>
      </div>
      {note && (
        <p className="muted" role="status" style={{ fontSize: 12, margin: '2px 0 4px 34px' }}>
          {note}
        </p>
      )}
      {open && hasChildren && <CollectionLevel parentId={node.id} depth={depth + 1} />}
    </li>
  );
}

function CollectionLevel({
  parentId,
  depth,
  kind,
}: {
  parentId: string | null;
  depth: number;
  kind?: 'MANUAL' | 'SMART';
}) {
  const collections = useQuery({
    queryKey: ['collections', parentId],
    queryFn: () => gql(CollectionsQuery, { parentId }),
  });
  if (collections.isPending) return <div className="skeleton" style={{ height: 16, margin: '8px 10px' }} />;
  if (collections.isError)
    return (
      <p className="muted" style={{ padding: '4px 10px', fontSize: 12 }}>
        Collections could not be loaded.
      </p>
    );
  const nodes = collections.data.collections.edges.map((e) => e.node).filter((n) => !kind || n.kind === kind);
  if (nodes.length === 0 && depth === 0)
    return (
      <p className="muted" style={{ padding: '2px 10px', fontSize: 12 }}>
        {kind === 'SMART' ? 'Save a search to keep it here.' : 'No collections yet.'}
      </p>
    );
  return (
    <ul
      className={depth ? 'tree-children' : undefined}
      style={{ listStyle: 'none', margin: 0, padding: depth ? undefined : 0 }}
    >
      {nodes.map((n) => (
        <CollectionNode key={n.id} node={n} depth={depth} />
      ))}
    </ul>
  );
}

export function Sidebar({ me }: { me: Me }) {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const onArchive = pathname === '/archive';
  const onReviews = pathname === '/reviews' || pathname.startsWith('/reviews/');
  const onDistribution = pathname.startsWith('/distribution');
  const onPeople = pathname === '/people' || pathname.startsWith('/people/');
  const onLogos = pathname === '/settings/logos';
  const all = pathname === '/' && !params.get('collection');
  return (
    <nav className="sidebar" aria-label="Library navigation">
      <Link className={`nav-item${all ? ' active' : ''}`} aria-current={all ? 'page' : undefined} to="/">
        <LibraryIcon /> All assets
      </Link>
      <Link
        className={`nav-item${onReviews ? ' active' : ''}`}
        aria-current={onReviews ? 'page' : undefined}
        to="/reviews"
      >
        <ReviewIcon /> Reviews
      </Link>
      <Link
        className={`nav-item${onDistribution ? ' active' : ''}`}
        aria-current={onDistribution ? 'page' : undefined}
        to="/distribution/deliveries"
      >
        <SendIcon /> Deliveries
      </Link>
      <Link
        className={`nav-item${onArchive ? ' active' : ''}`}
        aria-current={onArchive ? 'page' : undefined}
        to="/archive"
      >
        <ArchiveIcon /> Archive
      </Link>
      <Link
        className={`nav-item${onPeople ? ' active' : ''}`}
        aria-current={onPeople ? 'page' : undefined}
        to="/people"
      >
        <PersonIcon /> People
      </Link>
      <div className="nav-section">
        <h3>Collections</h3>
        <NewCollectionButton />
      </div>
      <CollectionLevel parentId={null} depth={0} kind="MANUAL" />
      <div className="nav-section">
        <h3>Smart collections</h3>
      </div>
      <CollectionLevel parentId={null} depth={0} kind="SMART" />
      <div className="nav-section">
        <h3>Workspace</h3>
      </div>
      <Link
        className={`nav-item${onLogos ? ' active' : ''}`}
        aria-current={onLogos ? 'page' : undefined}
        to="/settings/logos"
      >
        <LogoIcon /> Logo library
      </Link>
      {me.role === 'admin' && (
        <NavLink className="nav-item" to="/admin">
          <SettingsIcon /> Admin
        </NavLink>
      )}
      <div className="nav-section" style={{ marginTop: 24 }}>
        <span className="muted" style={{ fontSize: 12 }}>
          {me.workspaceName} · {me.role}
        </span>
      </div>
    </nav>
  );
}

function NewCollectionButton() {
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  if (!editing) {
    return (
      <button
        className="btn ghost small icon"
        aria-label="New collection"
        title="New collection"
        onClick={() => setEditing(true)}
      >
        <PlusIcon size={16} />
      </button>
    );
  }
  return (
    <form
      style={{ width: '100%', marginTop: 6 }}
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await gql(CreateCollectionMutation, { input: { name: name.trim() } });
          await client.invalidateQueries({ queryKey: ['collections'] });
          setEditing(false);
          setName('');
          setError(undefined);
        } catch (err) {
          setError(errorMessage(err));
        }
      }}
    >
      <label className="sr-only" htmlFor="new-collection">
        Collection name
      </label>
      <input
        id="new-collection"
        className="input"
        autoFocus
        placeholder="Collection name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div style={{ display: 'flex', gap: 6, marginTop: 6, justifyContent: 'flex-end' }}>
        <button type="button" className="btn small" onClick={() => setEditing(false)}>
          Cancel
        </button>
        <button type="submit" className="btn small primary" disabled={!name.trim()}>
          Create
        </button>
      </div>
    </form>
  );
}
