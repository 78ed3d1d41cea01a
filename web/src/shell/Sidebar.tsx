import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { gql } from '../api/client';
import type { Me } from '../auth/session';
import { CollectionsQuery } from '../library/operations';
import { ChevronDownIcon, ChevronIcon, FolderIcon, LibraryIcon, SparkIcon } from '../ui/icons';

function CollectionNode({ node, depth }: { node: { id: string; name: string; kind: string; assetCount: number; children: Array<{ id: string }> }; depth: number }) {
  const [params] = useSearchParams();
  const [open, setOpen] = useState(false);
  const active = params.get('collection') === node.id;
  const hasChildren = node.children.length > 0;
  return (
    <li>
      <div style={{ display: 'flex', alignItems: 'center' }}>
        {hasChildren ? (
          <button className="btn ghost small icon" aria-expanded={open} aria-label={`${open ? 'Collapse' : 'Expand'} ${node.name}`} onClick={() => setOpen(!open)}>
            {open ? <ChevronDownIcon size={12} /> : <ChevronIcon size={12} />}
          </button>
        ) : (
          <span style={{ width: 26, flexShrink: 0 }} />
        )}
        <Link className={`nav-item${active ? ' active' : ''}`} aria-current={active ? 'page' : undefined} to={`/?collection=${node.id}`}>
          {node.kind === 'SMART' ? <SparkIcon /> : <FolderIcon />}
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{node.name}</span>
          <span className="count">{node.assetCount}</span>
        </Link>
      </div>
      {open && hasChildren && <CollectionLevel parentId={node.id} depth={depth + 1} />}
    </li>
  );
}

function CollectionLevel({ parentId, depth, kind }: { parentId: string | null; depth: number; kind?: 'MANUAL' | 'SMART' }) {
  const collections = useQuery({ queryKey: ['collections', parentId], queryFn: () => gql(CollectionsQuery, { parentId }) });
  if (collections.isPending) return <div className="skeleton" style={{ height: 16, margin: '8px 10px' }} />;
  if (collections.isError) return <p className="muted" style={{ padding: '4px 10px', fontSize: 12 }}>Collections could not be loaded.</p>;
  const nodes = collections.data.collections.edges.map((e) => e.node).filter((n) => !kind || n.kind === kind);
  if (nodes.length === 0 && depth === 0) return <p className="muted" style={{ padding: '2px 10px', fontSize: 12 }}>{kind === 'SMART' ? 'Save a search to keep it here.' : 'No collections yet.'}</p>;
  return (
    <ul className={depth ? 'tree-children' : undefined} style={{ listStyle: 'none', margin: 0, padding: depth ? undefined : 0 }}>
      {nodes.map((n) => <CollectionNode key={n.id} node={n} depth={depth} />)}
    </ul>
  );
}

export function Sidebar({ me }: { me: Me }) {
  const [params] = useSearchParams();
  const all = !params.get('collection');
  return (
    <nav className="sidebar" aria-label="Library navigation">
      <Link className={`nav-item${all ? ' active' : ''}`} aria-current={all ? 'page' : undefined} to="/">
        <LibraryIcon /> All assets
      </Link>
      <div className="nav-section"><h3>Collections</h3></div>
      <CollectionLevel parentId={null} depth={0} kind="MANUAL" />
      <div className="nav-section"><h3>Smart collections</h3></div>
      <CollectionLevel parentId={null} depth={0} kind="SMART" />
      <div className="nav-section" style={{ marginTop: 24 }}>
        <span className="muted" style={{ fontSize: 12 }}>{me.workspaceName} · {me.role}</span>
      </div>
    </nav>
  );
}
