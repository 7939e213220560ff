import { FileFindings, formatFinding, joinWords, sortFindings, type Finding } from '../../../src/deploy-files/findings';

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
  const file = new FileFindings('appspec.yml');
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
