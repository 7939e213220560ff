/**
 * Every service rule of the source describes itself (service-rule-docs.ts), so `validate --explain` knows it
 * (explain.test.ts runs each).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVICE_RULES } from '../../../src/deploy-files/service-rule-docs';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src', 'deploy-files');

test('every service rule of the source describes itself, and no description names a rule the source lacks', () => {
  const inSource = new Set(['service/syntax', 'service/duplicate-key', 'service/more-findings']);
  for (const name of readdirSync(src).filter((file) => file.endsWith('.ts') && file !== 'service-rule-docs.ts')) {
    for (const match of readFileSync(join(src, name), 'utf8').matchAll(/'(service\/[a-z-]+)'/g))
      inSource.add(match[1] as string);
  }
  expect([...new Set(SERVICE_RULES.map((doc) => doc.id))].sort()).toEqual([...inSource].sort());
});
