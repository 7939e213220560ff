/**
 * Every task definition rule's own description (see rule-docs.ts), gathered from the rule families in the order the
 * README lists them.
 */
import type { RuleDoc } from './rule-docs';
import { FIELD_RULES } from './taskdef-fields';
import { LIMIT_RULES } from './taskdef-limits';

/** The task definition rules, field by field. */
export const TASKDEF_RULES: readonly RuleDoc[] = [...LIMIT_RULES, ...FIELD_RULES];

/** The rows of one rule id (empty for an id with none). */
export function rulesWithId(id: string): readonly RuleDoc[] {
  return TASKDEF_RULES.filter((doc) => doc.id === id);
}
