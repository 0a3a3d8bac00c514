/**
 * Whether a JavaScript expression is a plain literal that runs no code: strings, numbers, true/false/null,
 * and lists or objects of those ("[1, 2]", "{ label: 'Năm', value: 2023 }"). Anything else — a name, a call,
 * an operator, a template with ${…} — could run code at build time and is refused.
 */
export function isPlainLiteral(expression: string): boolean {
  const token =
    /\s+|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\$]|\\.|\$(?!\{))*`|-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|true\b|false\b|null\b|[[\]{},:]|[A-Za-z_$][\w$]*(?=\s*:)/y;
  let position = 0;
  let tokens = 0;
  while (position < expression.length) {
    token.lastIndex = position;
    const match = token.exec(expression);
    if (!match) return false;
    position += match[0].length;
    if (match[0].trim()) tokens++;
  }
  return tokens > 0;
}

/** An MDX comment, `{/* … *\/}`, which renders nothing. */
export function isComment(expression: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression) && !/\*\/[\s\S]*\/\*/.test(expression);
}
