import { formatDate } from '../ui/format';

interface SourceFileFacts {
  path: string;
  missing: boolean;
  missingSince?: string | null;
  source: { name: string };
}

/** "Missing at source" for an asset whose in-place file its source's last complete scan did not find. */
export function MissingBadge({ file }: { file?: SourceFileFacts | null }) {
  if (!file?.missing) return null;
  const since = file.missingSince ? ` since ${formatDate(file.missingSince)}` : '';
  return (
    <span className="badge missing" title={`${file.path} is no longer in ${file.source.name}${since}`}>
      Missing at source
    </span>
  );
}
