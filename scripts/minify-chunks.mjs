// @ts-check
/**
 * Build step after `ncc build`: minifies the chunks beside dist/index.js (`dist/NNN.index.js`, what webpack splits off
 * at each dynamic `import()`), with the options ncc uses for the entry.
 *
 * Why ncc doesn't: `--minify` runs terser over the entry file only, after webpack has written the chunks (ncc sets
 * webpack's own `optimization.minimize` to false), so the chunks were shipped as webpack emitted them, comments and
 * indentation included: 6 MB where the same code minifies to half. Node parses the whole source of a chunk when it
 * loads it, and compiles each function from that source when it first runs, so `validate` paid for the spaces of the
 * deployment files' checks and of the YAML parser on every start.
 *
 * The options are ncc's for the entry: no compression (the code runs as written), local names shortened, function
 * and class names kept so that a `--debug` stack trace still names the functions (`at checkTaskDefinition
 * (…/984.index.js:1:52310)`), and terser's default of keeping license comments (`/*!`, `@license`); dist/licenses.txt
 * is ncc's and stays as it is. Same input and terser version ⇒ same bytes, so CI's check that dist/ is the build of
 * src/ still holds.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dist = process.argv[2] ?? 'dist';
const CHUNK = /^\d+\.index\.js$/;

const chunks = readdirSync(dist)
  .filter((name) => CHUNK.test(name))
  .sort();
if (chunks.length === 0) throw new Error(`no chunk (NNN.index.js) in ${dist}: run ncc build first`);
for (const name of chunks) {
  const path = join(dist, name);
  const result = await minify(readFileSync(path, 'utf8'), {
    module: true,
    compress: false,
    mangle: { keep_classnames: true, keep_fnames: true },
  });
  if (result.code === undefined) throw new Error(`terser returned no code for ${path}`);
  writeFileSync(path, result.code);
}
