import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { gql } from '../api/client';
import { Highlight } from '../ui/Highlight';
import { SearchIcon } from '../ui/icons';
import { SuggestAssetsQuery } from './operations';

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export function SearchBox() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [text, setText] = useState(params.get('q') ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const prefix = useDebounced(text.trim(), 120);

  useEffect(() => setText(params.get('q') ?? ''), [params]);

  const suggestions = useQuery({
    queryKey: ['suggest', prefix],
    queryFn: ({ signal }) => gql(SuggestAssetsQuery, { prefix }, signal),
    enabled: open && prefix.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const items = open && prefix ? (suggestions.data?.suggestAssets ?? []) : [];

  const search = (q: string) => {
    setOpen(false);
    const next = location.pathname === '/' ? new URLSearchParams(params) : new URLSearchParams();
    if (q) next.set('q', q);
    else next.delete('q');
    void navigate({ pathname: '/', search: next.toString() });
  };

  return (
    <div className="search" role="search">
      <SearchIcon className="lead" />
      <input
        id="global-search"
        className="input"
        type="search"
        role="combobox"
        aria-label="Search assets"
        aria-autocomplete="list"
        aria-expanded={items.length > 0}
        aria-controls="search-suggestions"
        aria-activedescendant={active >= 0 && items[active] ? `suggestion-${active}` : undefined}
        placeholder="Search titles, files, tags, metadata…  ( / )"
        value={text}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && items.length) {
            e.preventDefault();
            setActive((a) => (a + 1) % items.length);
          } else if (e.key === 'ArrowUp' && items.length) {
            e.preventDefault();
            setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            const chosen = active >= 0 ? items[active] : undefined;
            if (chosen) {
              setOpen(false);
              void navigate(`/assets/${chosen.asset.id}`);
            } else search(text.trim());
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {items.length > 0 && (
        <ul className="suggestions" id="search-suggestions" role="listbox" aria-label="Suggestions">
          {items.map((s, i) => (
            <li
              key={s.asset.id}
              id={`suggestion-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                setOpen(false);
                void navigate(`/assets/${s.asset.id}`);
              }}
            >
              <span>
                <Highlight text={s.highlight} />
              </span>
              <span className="kind">{s.matchedField === 'FILENAME' ? 'file name' : (s.asset.type ?? 'asset')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
