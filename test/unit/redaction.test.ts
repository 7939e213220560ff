import { maskedParts, redact } from '../../src/hosts/redaction';

const KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\r\nQyNTUxOQAAACBkZXBsb3k=\n}\n-----END OPENSSH PRIVATE KEY-----\n';

test.each<[number, string, string[]]>([
  [1, '', []],
  [2, 'ghp_token123', ['ghp_token123']],
  [
    3,
    KEY,
    [
      KEY,
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'b3BlbnNzaC1rZXktdjEAAAAA',
      'QyNTUxOQAAACBkZXBsb3k=',
      '-----END OPENSSH PRIVATE KEY-----',
    ],
  ],
  [4, '{\n  "token": "abc123"\n}', ['{\n  "token": "abc123"\n}', '"token": "abc123"']],
])('%i: maskedParts: the whole, and each line long enough to hide', (_n, secret, parts) => {
  expect(maskedParts(secret)).toEqual(parts);
});

test.each<[number, string, string]>([
  [1, `key: ${KEY}`, 'key: ***'],
  [2, 'docker said: b3BlbnNzaC1rZXktdjEAAAAA at line 2', 'docker said: *** at line 2'],
  [3, 'a } stays', 'a } stays'],
])('%i: redact: a multi-line secret, whole or one line of it', (_n, text, shown) => {
  expect(redact(text, maskedParts(KEY))).toBe(shown);
});
