/**
 * The parse step every deployment file goes through: a parser's problems and the duplicate keys of what it read,
 * as findings of the file's rule group (`taskdef/syntax`, `service/duplicate-key`, …).
 */
import { quote, type FileFindings } from './findings';
import { findDuplicateKeys, type ParseOutcome, type PositionedValue } from './positioned-value';

/**
 * Records a parse outcome's problems as `<group>/syntax` findings and its duplicate keys as `<group>/duplicate-key`.
 * @returns the parsed value, or undefined when the file could not be parsed
 */
export function parsed(outcome: ParseOutcome, file: FileFindings): PositionedValue | undefined {
  const { group } = file;
  for (const problem of outcome.problems) {
    file.add(problem.severity, `${group}/syntax`, problem.position, problem.message, problem.fix);
  }
  if (outcome.value === undefined) return undefined;
  for (const duplicate of findDuplicateKeys(outcome.value)) {
    file.error(
      `${group}/duplicate-key`,
      duplicate.position,
      `duplicate key ${quote(duplicate.key)} (first at line ${duplicate.first.line}); readers disagree on which one counts`,
      `keep one ${quote(duplicate.key)} and remove the other`,
    );
  }
  return outcome.value;
}
