/**
 * Typed reading of raw inputs: each input read by its name in the table (`interface.ts`), as its kind, with its
 * declared default applied here and nowhere else. A name outside the table, or an input read as another kind, is a
 * compile error. Pure.
 */
import { UserError } from '../errors';
import { inputSpec, type DefaultedInput, type InputName, type InputOfKind, type RawInputs } from '../interface';
import { pairLines, splitList, splitPair } from './lists';

/** What `text` gives: the value or the declared default for a defaulted input, else the value if given. */
type Text<N extends InputName> = N extends DefaultedInput ? string : string | undefined;

/** Typed access to raw inputs. */
export class InputReader {
  constructor(private readonly raw: RawInputs) {}

  /** The value as given: trimmed, absent when empty. No default. */
  given(name: InputName): string | undefined {
    return nonEmpty(this.raw[name]);
  }

  /** Whether the input was given with something other than its declared default. */
  isSet(name: InputName): boolean {
    const value = this.given(name);
    return value !== undefined && value !== inputSpec(name).default;
  }

  /** A text input: its value, else its declared default (absent when it declares none). */
  text<N extends InputOfKind<'string'>>(name: N): Text<N> {
    return (this.given(name) ?? nonEmpty(inputSpec(name).default)) as Text<N>;
  }

  boolean(name: InputOfKind<'boolean'>): boolean {
    const value = this.given(name) ?? inputSpec(name).default;
    if (/^(true|True|TRUE)$/.test(value)) return true;
    if (/^(false|False|FALSE)$/.test(value)) return false;
    throw new UserError(`'${value}' is not a boolean`, { input: name }, 'use true or false');
  }

  /** A positive number of seconds (fractions allowed), in milliseconds. */
  seconds(name: 'response-timeout' | 'push-timeout'): number {
    const value = this.text(name);
    const seconds = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || !(seconds > 0) || seconds > 3600) {
      throw new UserError(
        `'${value}' is not a number of seconds`,
        { input: name },
        'use a number from 0.1 to 3600, e.g. 5',
      );
    }
    return Math.round(seconds * 1000);
  }

  /** A list input's items, its default's when not given; empty when neither. */
  list(name: InputOfKind<'list'>): string[] {
    return splitList(this.given(name) ?? inputSpec(name).default);
  }

  pairs(name: InputOfKind<'pairs'>): [string, string][] {
    const spec = inputSpec(name);
    return pairLines(this.given(name) ?? spec.default).map((line) => {
      const pair = splitPair(line);
      if (pair === undefined || pair[0] === '') {
        const form = spec.value ?? 'KEY=VALUE';
        throw new UserError(
          `${spec.sensitive ? 'a line' : `'${line}'`} is not ${form}`,
          { input: name },
          `write one ${form} per line`,
        );
      }
      return pair;
    });
  }
}

/** Text trimmed; absent when empty. */
export function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
