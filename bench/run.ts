/**
 * `npm run bench`: each benchmark measures our pipeline against the baseline a user would otherwise
 * run, side by side in the same run, and prints ratios. `npm run bench -- upload` runs one.
 */
import { benchArchive } from './archive.bench';
import { benchDav } from './dav.bench';
import { benchDistribution } from './distribution.bench';
import { benchEnrichment } from './enrichment.bench';
import { benchImages } from './images.bench';
import { benchListing } from './listing.bench';
import { benchLoad } from './load.bench';
import { benchProxy } from './proxy.bench';
import { benchReview } from './review.bench';
import { benchSearch } from './search.bench';
import { benchSearchable } from './searchable.bench';
import { benchStart } from './start.bench';
import { benchUpload } from './upload.bench';
import { benchWeb } from './web.bench';

const benches: Record<string, () => Promise<void>> = {
  upload: benchUpload,
  proxy: benchProxy,
  images: benchImages,
  search: benchSearch,
  searchable: benchSearchable,
  listing: benchListing,
  load: benchLoad,
  web: benchWeb,
  archive: benchArchive,
  distribution: benchDistribution,
  start: benchStart,
  review: benchReview,
  enrichment: benchEnrichment,
  dav: benchDav,
};

async function main() {
  const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  for (const name of chosen.length ? chosen : Object.keys(benches)) {
    const bench = benches[name];
    if (!bench) throw new Error(`unknown benchmark ${name}; choose from ${Object.keys(benches).join(', ')}`);
    process.stdout.write(`\n== ${name}\n`);
    await bench();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
