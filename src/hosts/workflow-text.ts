/**
 * User text in a log line must not become a GitHub workflow command. The runner reads every line
 * of a step's stdout and stderr — an action's, and a `run:` step's — and acts on one that starts,
 * after blanks, with `::` (or holds the older `##[` form): a tag or a file name holding
 * `\n::warning::…` would forge an annotation, `::add-mask::` hide the log. Text that could do so
 * is wrapped in `::stop-commands::`, the runner's own way to print commands as plain text.
 */

const COMMAND = /^\s*::|##\[/m;

/**
 * `text` unchanged when no line of it could be read as a command; otherwise wrapped between
 * `::stop-commands::<token>` and `::<token>::` lines.
 * @param token a value the text cannot guess (random per call)
 */
export function neutralizeCommands(text: string, token: string): string {
  if (!COMMAND.test(text)) return text;
  const end = text.endsWith('\n') ? '\n' : '';
  return `::stop-commands::${token}\n${end ? text.slice(0, -1) : text}\n::${token}::${end}`;
}
