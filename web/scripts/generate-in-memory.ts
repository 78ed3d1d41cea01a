/** Prints, as JSON, what GraphQL Code Generator would write for the web app (nothing is written). */
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';

process.chdir(`${__dirname}/..`);
generate({ ...config, silent: true }, false).then(
  (outputs) =>
    process.stdout.write(
      JSON.stringify(
        outputs.map((o: { filename: string; content: string }) => ({ filename: o.filename, content: o.content })),
      ),
    ),
  (error) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  },
);
