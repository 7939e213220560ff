/** The README lists every rule id the source can report, and no id the source no longer has. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const RULE = /\b((?:taskdef|appspec|placeholder|pipeline|image-detail|artifact)\/[a-z]+(?:-[a-z]+)*)\b/g;
const PARSED_GROUPS = ['taskdef', 'appspec', 'image-detail', 'pipeline'];

function sourceRules(): Set<string> {
  const rules = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (path.endsWith('.ts')) {
        // Rule ids are written as string literals: 'taskdef/port-range'.
        for (const match of readFileSync(path, 'utf8').matchAll(
          /'((?:taskdef|appspec|placeholder|pipeline|image-detail|artifact)\/[a-z-]+)'/g,
        )) {
          rules.add(match[1] as string);
        }
      }
    }
  };
  visit(join(root, 'src'));
  // The parse step names its findings after the file's group (src/deploy-files/check.ts).
  for (const group of PARSED_GROUPS) for (const rule of ['syntax', 'duplicate-key']) rules.add(`${group}/${rule}`);
  return rules;
}

test('the README rule table names every rule of the source, and only those', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('**Rule ids.**'), readme.indexOf('**`--pipeline`.**'));
  const listed = new Set([...table.matchAll(RULE)].map((match) => match[1] as string));
  const inSource = sourceRules();
  expect([...inSource].filter((rule) => !listed.has(rule)).sort()).toEqual([]);
  expect([...listed].filter((rule) => !inSource.has(rule)).sort()).toEqual([]);
  expect(inSource.size).toBeGreaterThan(80);
});
