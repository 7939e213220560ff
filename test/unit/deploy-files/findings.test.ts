import { checkDeployFiles } from '../../../src/deploy-files/check';
import {
  FileFindings,
  formatFinding,
  joinWords,
  MAX_FINDINGS_PER_FILE,
  quote,
  sortFindings,
  type Finding,
} from '../../../src/deploy-files/findings';

const finding = (file: string, line: number, column: number, rule = 'taskdef/unknown-key'): Finding => ({
  file,
  line,
  column,
  rule,
  severity: 'error',
  message: 'm',
  fix: 'f',
});

test('formatFinding writes file:line:col, severity, rule and message, then the fix', () => {
  expect(
    formatFinding({
      file: 'taskdef.json',
      line: 12,
      column: 7,
      rule: 'taskdef/unknown-key',
      severity: 'error',
      message: 'unknown key "hostport"',
      fix: 'rename "hostport" to "hostPort"',
    }),
  ).toBe(
    'taskdef.json:12:7  error  taskdef/unknown-key  unknown key "hostport"\n    fix: rename "hostport" to "hostPort"',
  );
});

test('sortFindings orders by file, line and column, keeping ties in order', () => {
  const unsorted = [
    finding('taskdef.json', 3, 1),
    finding('appspec.yaml', 9, 4),
    finding('taskdef.json', 1, 8, 'first'),
    finding('taskdef.json', 1, 8, 'second'),
    finding('taskdef.json', 1, 2),
  ];
  expect(sortFindings(unsorted).map((f) => `${f.file}:${f.line}:${f.column}:${f.rule}`)).toEqual([
    'appspec.yaml:9:4:taskdef/unknown-key',
    'taskdef.json:1:2:taskdef/unknown-key',
    'taskdef.json:1:8:first',
    'taskdef.json:1:8:second',
    'taskdef.json:3:1:taskdef/unknown-key',
  ]);
});

test('FileFindings records findings of its file with their severity', () => {
  const file = new FileFindings('appspec.yml', 'appspec');
  file.error('appspec/version', { line: 1, column: 10 }, 'm1', 'f1');
  file.warning('appspec/ec2-key', { line: 2, column: 1 }, 'm2', 'f2');
  expect(file.findings).toEqual([
    { file: 'appspec.yml', line: 1, column: 10, rule: 'appspec/version', severity: 'error', message: 'm1', fix: 'f1' },
    { file: 'appspec.yml', line: 2, column: 1, rule: 'appspec/ec2-key', severity: 'warning', message: 'm2', fix: 'f2' },
  ]);
});

test.each([
  [[], 'or', ''],
  [['a'], 'or', 'a'],
  [['a', 'b'], 'or', 'a or b'],
  [['a', 'b', 'c'], 'and', 'a, b and c'],
] as const)('joinWords(%j, %s) is %j', (values, conjunction, text) => {
  expect(joinWords(values, conjunction)).toBe(text);
});

describe('a file lists at most MAX_FINDINGS_PER_FILE findings, then one that counts the rest', () => {
  test.each<[number, number, number, string | undefined]>([
    [1, MAX_FINDINGS_PER_FILE, 0, undefined],
    [2, MAX_FINDINGS_PER_FILE + 1, 0, '1 error more in this file are not listed'],
    [3, 250, 3, '150 errors and 3 warnings more in this file are not listed'],
    [4, 0, 120_000, '119,900 warnings more in this file are not listed'],
  ])('%i: %i errors then %i warnings', (_n, errors, warnings, more) => {
    const file = new FileFindings('taskdef.json', 'taskdef');
    for (let i = 0; i < errors; i++) file.error('taskdef/unknown-key', { line: i + 1, column: 3 }, `e${i}`, 'fix');
    for (let i = 0; i < warnings; i++) file.warning('taskdef/x', { line: errors + i + 1, column: 3 }, `w${i}`, 'fix');
    const listed = file.findings;
    expect(listed).toHaveLength(Math.min(errors + warnings, MAX_FINDINGS_PER_FILE) + (more === undefined ? 0 : 1));
    if (more === undefined) return;
    expect(listed.at(-1)).toEqual({
      file: 'taskdef.json',
      line: MAX_FINDINGS_PER_FILE + 1,
      column: 3,
      rule: 'taskdef/more-findings',
      severity: errors > MAX_FINDINGS_PER_FILE ? 'error' : 'warning',
      message: `${more}: only the first 100 findings of a file are`,
      fix: 'fix the findings listed and run again; a file with this many is usually not the file meant',
    });
  });

  test('a 2 MB task definition of unknown keys: bounded findings, each message short', () => {
    const keys = Array.from({ length: 80_000 }, (_, i) => `"unknownKey${i}": ${i}`);
    const text = `{"family": "web", ${keys.join(', ')}}`;
    expect(text.length).toBeGreaterThan(2_000_000);
    const { findings } = checkDeployFiles({ taskdef: { path: 'taskdef.json', text }, imagePlaceholder: 'IMAGE1_NAME' });
    const taskdef = findings.filter((finding) => finding.file === 'taskdef.json');
    expect(taskdef.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_FILE + 1);
    expect(taskdef.filter((finding) => finding.rule === 'taskdef/more-findings')).toHaveLength(1);
    expect(JSON.stringify(findings).length).toBeLessThan(100_000);
  });
});

describe('quote: values are quoted whole when short, clipped when long', () => {
  test.each<[number, string, string]>([
    [1, 'web', '"web"'],
    [2, 'a\nb "c"', '"a\\nb \\"c\\""'],
    [3, 'x'.repeat(100), `"${'x'.repeat(100)}"`],
    [4, 'x'.repeat(101), `"${'x'.repeat(60)}"… (101 characters)`],
    [5, `MYSECRET=${'s'.repeat(5_000)}\u0000PATH=/usr/bin`, `"MYSECRET=${'s'.repeat(51)}"… (5,023 characters)`],
  ])('%i', (_n, value, quoted) => {
    expect(quote(value)).toBe(quoted);
  });

  test.each<[number, string, number, string]>([
    [6, 'x'.repeat(256), 256, `"${'x'.repeat(256)}"`],
    [7, 'x'.repeat(257), 256, `"${'x'.repeat(60)}"… (257 characters)`],
  ])('%i. with a limit of its own (an ARN)', (_n, value, limit, quoted) => {
    expect(quote(value, limit)).toBe(quoted);
  });
});
