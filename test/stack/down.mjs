// @ts-check
/** `npm run stack:down [-- --purge]`: stop the local stack; --purge also deletes its data (images, repositories, buckets). */
import { stopStack } from './index.mjs';

try {
  const purge = process.argv.includes('--purge');
  await stopStack({ purge });
  console.log(
    purge
      ? 'Local stack stopped and its data deleted.'
      : 'Local stack stopped (data kept in .stack/ for a warm start; --purge deletes it).',
  );
} catch (error) {
  console.error(`stack:down failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
