/** What a live check found: a rule id under `live/…`, the resource it is about, what is wrong and the fix. */
import { FileFindings, quote, type Finding, type Position } from '../deploy-files/findings';

/** `error`: the account would reject or break the deployment (exit 2). `warning`: it only might. */
export interface LiveFinding {
  /** `live/…` */
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  /** The resource the finding is about (an ARN or a name), also named in the message. */
  readonly resource: string;
  readonly message: string;
  readonly fix: string;
}

/** Collects the findings of the live checks, in the order the rules run. */
export class LiveFindings {
  readonly #findings: LiveFinding[] = [];

  /** The account would reject or break the deployment. */
  error(rule: string, resource: string, message: string, fix: string): void {
    this.#findings.push({ rule, severity: 'error', resource, message, fix });
  }

  /** The deployment may go wrong, or a check could not be made. */
  warning(rule: string, resource: string, message: string, fix: string): void {
    this.#findings.push({ rule, severity: 'warning', resource, message, fix });
  }

  get findings(): readonly LiveFinding[] {
    return this.#findings;
  }
}

/** Where a finding about the account is: at no line of any file. */
const NO_PLACE: Position = { line: 0, column: 0 };

/**
 * The live findings as the hosts report findings: about the account `aws:<region>`, at no line, and capped as a
 * file's are (the first hundred, then one `live/more-findings` that counts the rest) — a task of a thousand missing
 * secrets lists no more than a file of a thousand mistakes.
 */
export function accountFindings(findings: readonly LiveFinding[], region: string): readonly Finding[] {
  const account = new FileFindings(`aws:${region}`, 'live');
  for (const { severity, rule, message, fix } of findings) account.add(severity, rule, NO_PLACE, message, fix);
  return account.findings;
}

/** The longest name or ARN of the account shown whole: a listener rule's ARN runs to some 170 characters. */
const RESOURCE_LIMIT = 256;

/**
 * A name or ARN from the account or the inputs as a finding quotes it: outside text, so quoted and clipped as a file's
 * values are (quote()), but whole up to 256 characters — a clipped ARN names no resource.
 */
export function quoteResource(value: string): string {
  return quote(value, RESOURCE_LIMIT);
}
