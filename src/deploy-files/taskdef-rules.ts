/**
 * Every task definition rule's own description (see rule-docs.ts), gathered from the rule families in the order the
 * README lists them.
 */
import { PARSE_RULES } from './check';
import type { RuleDoc } from './rule-docs';
import { TASK_DEFINITION_RULES } from './task-definition';
import { REFERENCE_RULES } from './taskdef-references';
import { FIELD_RULES } from './taskdef-fields';
import { LOGGING_RULES } from './taskdef-logging';
import { PLATFORM_RULES } from './taskdef-platform';
import { VOLUME_RULES } from './taskdef-volumes';
import { LIMIT_RULES } from './taskdef-limits';
import { SIZE_RULES } from './taskdef-size';

/** The task definition rules, field by field. */
export const TASKDEF_RULES: readonly RuleDoc[] = [
  ...PARSE_RULES,
  ...TASK_DEFINITION_RULES,
  ...SIZE_RULES,
  ...LIMIT_RULES,
  ...FIELD_RULES,
  ...REFERENCE_RULES,
  ...PLATFORM_RULES,
  ...LOGGING_RULES,
  ...VOLUME_RULES,
];

/** The rows of one rule id (empty for an id with none). */
export function rulesWithId(id: string): readonly RuleDoc[] {
  return TASKDEF_RULES.filter((doc) => doc.id === id);
}
