/**
 * A strict JSON parser (RFC 8259: no comments, no trailing commas, double-quoted strings) that keeps the position
 * of every value and key. ECS and CodeDeploy read these files with strict parsers, so what JSON.parse would reject
 * is a syntax error here too, reported at the character where it goes wrong and with the usual mistake named.
 *
 * Why not @humanwhocodes/momoa (3.3, which has positions on every node and keeps duplicate keys): its positions are the
 * same as ours, but its errors are a token name and nothing else — `{family: 1}` gives "Unexpected identifier 'family'
 * found.", `{"a" 1}` "Unexpected token Number found.", `{"a":1,}` "Unexpected token RBrace found." — where the
 * findings the tests assert name the mistake and its fix (an unquoted name, a missing colon, a trailing comma, NaN).
 * It also rejects a byte order mark outright, which ECS reads past and we report as a warning. Naming the mistake
 * from momoa's message would mean lexing the text again at the error: most of this parser, plus a dependency.
 */
import { quote, type Position } from './findings';
import { LineIndex, type ParseOutcome, type PositionedEntry, type PositionedValue } from './positioned-value';

/** Deeper nesting than any deployment file needs; the limit keeps hostile input from exhausting the stack. */
const MAX_DEPTH = 256;
const BYTE_ORDER_MARK = '\uFEFF';
// Character codes: the parser compares codes, not one-character strings (a string per character read).
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const SPACE = 0x20;
/** JSON's whitespace: space, tab, line feed, carriage return. */
const WHITESPACE: ReadonlySet<number> = new Set([SPACE, 0x09, NEWLINE, 0x0d]);

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

/** Parses strict JSON text into a positioned value; a syntax error is a problem at its position, not an exception. */
export function parseJson(text: string): ParseOutcome {
  const lines = new LineIndex(text);
  const hasByteOrderMark = text.startsWith(BYTE_ORDER_MARK);
  const problems = hasByteOrderMark
    ? [
        {
          severity: 'warning' as const,
          position: { line: 1, column: 1 },
          message: 'the file starts with a UTF-8 byte order mark, which JSON does not allow and some parsers reject',
          fix: 'save the file as UTF-8 without a byte order mark',
        },
      ]
    : [];
  const parser = new JsonParser(text, lines, hasByteOrderMark ? 1 : 0);
  try {
    return { value: parser.parseDocument(), problems };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return {
      problems: [
        ...problems,
        { severity: 'error', position: lines.position(error.offset), message: error.message, fix: error.fix },
      ],
    };
  }
}

class JsonParser {
  #offset: number;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    start: number,
  ) {
    this.#offset = start;
  }

  parseDocument(): PositionedValue {
    this.skipWhitespace();
    if (this.#offset >= this.text.length) {
      throw new JsonSyntaxError(0, 'the file is empty', 'write a JSON object: { … }');
    }
    const value = this.parseValue(0);
    this.skipWhitespace();
    if (this.#offset < this.text.length) {
      if (this.startsComment()) throw this.unexpected('the end of the file');
      throw new JsonSyntaxError(
        this.#offset,
        `unexpected ${this.describeNext()} after the end of the JSON value`,
        'a JSON file holds exactly one value; remove what follows it or merge it into the object',
      );
    }
    return value;
  }

  private parseValue(depth: number): PositionedValue {
    if (depth > MAX_DEPTH) {
      throw new JsonSyntaxError(this.#offset, `values are nested more than ${MAX_DEPTH} deep`, 'flatten the file');
    }
    const start = this.#offset;
    const position = this.position(start);
    const character = this.text[start];
    switch (character) {
      case '{':
        return this.parseObject(position, depth);
      case '[':
        return this.parseArray(position, depth);
      case '"':
        return { kind: 'string', position, value: this.parseString(), raw: this.text.slice(start, this.#offset) };
      case 't':
      case 'f':
      case 'n':
        return this.parseLiteral(position);
      default:
        if (character !== undefined && /[-0-9]/.test(character)) return this.parseNumber(position);
        throw this.unexpected('a value (object, list, string, number, true, false or null)');
    }
  }

  private parseObject(position: Position, depth: number): PositionedValue {
    this.#offset++; // {
    const entries: PositionedEntry[] = [];
    this.skipWhitespace();
    if (this.text[this.#offset] === '}') {
      this.#offset++;
      return { kind: 'object', position, entries };
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.#offset] !== '"') {
        if (this.text[this.#offset] === '}' && entries.length > 0) {
          throw new JsonSyntaxError(
            this.#offset,
            'trailing comma before }',
            'remove the comma after the last property',
          );
        }
        throw this.unexpected('a property name in double quotes');
      }
      const keyPosition = this.position(this.#offset);
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text[this.#offset] !== ':') throw this.unexpected(`':' after the property name ${quote(key)}`);
      this.#offset++;
      this.skipWhitespace();
      entries.push({ key, keyPosition, value: this.parseValue(depth + 1) });
      this.skipWhitespace();
      const next = this.text[this.#offset];
      this.#offset++;
      if (next === '}') return { kind: 'object', position, entries };
      if (next !== ',') {
        this.#offset--;
        if (next === '"') throw this.missingComma(`after the value of ${quote(key)}`);
        throw this.unexpected(`',' or '}' after the value of ${quote(key)}`);
      }
    }
  }

  private parseArray(position: Position, depth: number): PositionedValue {
    this.#offset++; // [
    const items: PositionedValue[] = [];
    this.skipWhitespace();
    if (this.text[this.#offset] === ']') {
      this.#offset++;
      return { kind: 'array', position, items };
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.#offset] === ']' && items.length > 0) {
        throw new JsonSyntaxError(this.#offset, 'trailing comma before ]', 'remove the comma after the last item');
      }
      items.push(this.parseValue(depth + 1));
      this.skipWhitespace();
      const next = this.text[this.#offset];
      this.#offset++;
      if (next === ']') return { kind: 'array', position, items };
      if (next !== ',') {
        this.#offset--;
        if (next !== undefined && /["{[\d-]/.test(next)) throw this.missingComma('between list items');
        throw this.unexpected("',' or ']' after a list item");
      }
    }
  }

  /** Parses the string starting at the current `"` and returns its value. */
  private parseString(): string {
    const start = this.#offset;
    this.#offset++; // "
    let value = '';
    // The runs between escapes are sliced whole: adding a character at a time made a string object per character.
    let run = this.#offset;
    for (;;) {
      const code = this.text.charCodeAt(this.#offset);
      if (Number.isNaN(code) || code === NEWLINE) {
        throw new JsonSyntaxError(start, 'string is not closed', 'add the closing " on the same line');
      }
      if (code === QUOTE) {
        value += this.text.slice(run, this.#offset);
        this.#offset++;
        return value;
      }
      if (code === BACKSLASH) {
        value += this.text.slice(run, this.#offset) + this.parseEscape();
        run = this.#offset;
        continue;
      }
      if (code < SPACE) {
        throw new JsonSyntaxError(
          this.#offset,
          `control character U+${code.toString(16).padStart(4, '0').toUpperCase()} inside a string`,
          'write it as an escape (\\t, \\n, \\u00XX)',
        );
      }
      this.#offset++;
    }
  }

  private parseEscape(): string {
    const escape = this.text[this.#offset + 1];
    const simple: Record<string, string> = {
      '"': '"',
      '\\': '\\',
      '/': '/',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
    };
    if (escape !== undefined && escape in simple) {
      this.#offset += 2;
      return simple[escape] ?? '';
    }
    if (escape === 'u') {
      const hex = this.text.slice(this.#offset + 2, this.#offset + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        this.#offset += 6;
        return String.fromCharCode(Number.parseInt(hex, 16));
      }
    }
    throw new JsonSyntaxError(
      this.#offset,
      `invalid escape \\${escape ?? ''} in a string`,
      'JSON escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as \\\\',
    );
  }

  private parseNumber(position: Position): PositionedValue {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(this.text.slice(this.#offset));
    const raw = match?.[0] ?? '';
    const after = this.text[this.#offset + raw.length];
    if (raw === '' || raw === '-' || (after !== undefined && /[\w.]/.test(after))) {
      const token = /^[-+\w.]+/.exec(this.text.slice(this.#offset))?.[0] ?? '';
      throw new JsonSyntaxError(
        this.#offset,
        `${quote(token)} is not a JSON number`,
        'write digits with an optional fraction and exponent and no leading zeros, or quote it as a string',
      );
    }
    this.#offset += raw.length;
    return { kind: 'number', position, value: Number(raw), raw };
  }

  private parseLiteral(position: Position): PositionedValue {
    for (const [word, node] of [
      ['true', { kind: 'boolean', position, value: true, raw: 'true' }],
      ['false', { kind: 'boolean', position, value: false, raw: 'false' }],
      ['null', { kind: 'null', position, raw: 'null' }],
    ] as const) {
      if (this.text.startsWith(word, this.#offset) && !/\w/.test(this.text[this.#offset + word.length] ?? '')) {
        this.#offset += word.length;
        return node;
      }
    }
    throw this.unexpected('a value (object, list, string, number, true, false or null)');
  }

  private skipWhitespace(): void {
    for (
      let code = this.text.charCodeAt(this.#offset);
      WHITESPACE.has(code);
      code = this.text.charCodeAt(this.#offset)
    ) {
      this.#offset++;
    }
  }

  private position(offset: number): Position {
    return this.lines.position(offset);
  }

  private describeNext(): string {
    const character = this.text[this.#offset];
    if (character === undefined) return 'end of file';
    const word = /^[A-Za-z_][\w-]*/.exec(this.text.slice(this.#offset))?.[0];
    return word !== undefined ? quote(word) : `'${character}'`;
  }

  private startsComment(): boolean {
    return this.text.startsWith('//', this.#offset) || this.text.startsWith('/*', this.#offset);
  }

  private missingComma(where: string): JsonSyntaxError {
    return new JsonSyntaxError(this.#offset, `missing ',' ${where}`, "add a ',' before this value");
  }

  /** A syntax error at the current offset, naming the usual mistake when the text shows one. */
  private unexpected(expected: string): JsonSyntaxError {
    const rest = this.text.slice(this.#offset);
    if (this.startsComment()) {
      return new JsonSyntaxError(this.#offset, 'comments are not allowed in JSON', 'remove the comment');
    }
    if (rest.startsWith("'")) {
      return new JsonSyntaxError(
        this.#offset,
        `expected ${expected}, found a single-quoted string`,
        'JSON strings use double quotes: "…"',
      );
    }
    if (/^[A-Za-z_$]/.test(rest) && expected.startsWith('a property name')) {
      return new JsonSyntaxError(
        this.#offset,
        `expected ${expected}, found the unquoted name ${this.describeNext()}`,
        'put property names in double quotes: "name": …',
      );
    }
    return new JsonSyntaxError(
      this.#offset,
      `expected ${expected}, found ${this.describeNext()}`,
      'fix the JSON syntax at this place (a missing comma, quote or bracket is the usual cause)',
    );
  }
}
