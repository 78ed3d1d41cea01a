import { CreateAssetVersions1764400000080 } from './asset-versions.migration';
import { AddVersionMediaTiming1764400000090 } from './media-timing.migration';

/** The version projection's migrations, in order, for every service that keeps it. */
export const VERSION_MIGRATIONS = [CreateAssetVersions1764400000080, AddVersionMediaTiming1764400000090];
