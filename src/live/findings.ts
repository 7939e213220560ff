/** What a live check found: a rule id under `live/…`, the resource it is about, what is wrong and the fix. */

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
