import { withRegistryAuths, type RegistryAuth } from '../../src/docker/auth-config';

const login: RegistryAuth = {
  registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
  username: 'AWS',
  password: 'p@ss:w',
};
const auth = Buffer.from('AWS:p@ss:w').toString('base64');

test.each<[string, Record<string, unknown>, RegistryAuth[], Record<string, unknown>]>([
  ['1 no settings: one auths entry', {}, [login], { auths: { [login.registry]: { auth } } }],
  [
    "2 the user's other settings and logins are kept",
    { proxies: { default: {} }, auths: { 'ghcr.io': { auth: 'eA==' } } },
    [login],
    { proxies: { default: {} }, auths: { 'ghcr.io': { auth: 'eA==' }, [login.registry]: { auth } } },
  ],
  [
    "3 the user's entry for the same registry is replaced",
    { auths: { [login.registry]: { auth: 'old' } } },
    [login],
    { auths: { [login.registry]: { auth } } },
  ],
  [
    '4 two registries',
    {},
    [login, { registry: '127.0.0.1:5000', username: 'AWS', password: 'x' }],
    { auths: { [login.registry]: { auth }, '127.0.0.1:5000': { auth: Buffer.from('AWS:x').toString('base64') } } },
  ],
  [
    '5 auths that is not an object is replaced',
    { auths: 'nonsense' },
    [login],
    { auths: { [login.registry]: { auth } } },
  ],
])('withRegistryAuths %s', (_name, settings, logins, expected) => {
  const masked: string[] = [];
  expect(withRegistryAuths(settings, logins, (secret) => masked.push(secret))).toEqual(expected);
  expect(masked).toHaveLength(logins.length);
  expect(masked[0]).toBe(auth); // masked before it is written anywhere
});
