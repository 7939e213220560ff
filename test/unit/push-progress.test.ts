import { PushProgress } from '../../src/docker/push-progress';

test.each<[string, string[], string]>([
  ['nothing yet', [], '0 layers'],
  [
    'a push under way',
    [
      'The push refers to repository [r/web]',
      '01cc89cdc751: Preparing',
      '505abc2c17ec: Preparing',
      '505abc2c17ec: Waiting',
      '01cc89cdc751: Pushing',
    ],
    '2 layers: 1 uploading, 1 waiting',
  ],
  [
    'done',
    [
      '01cc89cdc751: Pushed',
      '505abc2c17ec: Layer already exists',
      '31f0bf7ea74c: Mounted from team/api',
      'v1: digest: sha256:ab size: 528',
    ],
    '3 layers: 1 pushed, 2 already in the registry',
  ],
  [
    'a retry counts as uploading',
    ['01cc89cdc751: Pushing', '01cc89cdc751: Retrying in 5 seconds'],
    '1 layer: 1 uploading',
  ],
])('push progress: %s', (_name, lines, summary) => {
  const progress = new PushProgress();
  for (const line of lines) progress.update(line);
  expect(progress.summary()).toBe(summary);
});
