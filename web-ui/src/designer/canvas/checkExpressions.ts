/**
 * Column names inside a CHECK expression of the neutral subset (see `Check`): what the table
 * editor rewrites when a column is renamed, so the check keeps pointing at it. String literals are
 * never touched; a name followed by `(` is a function, not a column.
 */
const KEYWORDS = new Set(['and', 'or', 'not', 'null', 'true', 'false', 'is', 'in', 'between', 'like'])

/** `name` as the subset reads it back: bare when it can be, else double-quoted. */
export function spelledName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !KEYWORDS.has(name.toLowerCase()) ? name : `"${name.replace(/"/g, '""')}"`
}

/** `expression` with every reference to the column `from` written as `to`. */
export function renameColumnInCheck(expression: string, from: string, to: string): string {
  let out = ''
  let i = 0
  while (i < expression.length) {
    const c = expression[i]!
    if (c === "'" || c === '"') {
      let j = i + 1
      let value = ''
      while (j < expression.length) {
        if (expression[j] === c) {
          if (expression[j + 1] === c) {
            value += c
            j += 2
            continue
          }
          break
        }
        value += expression[j]
        j++
      }
      const end = Math.min(j + 1, expression.length)
      out += c === '"' && j < expression.length && value === from ? spelledName(to) : expression.slice(i, end)
      i = end
    } else if (/[\p{L}_]/u.test(c)) {
      let j = i + 1
      while (j < expression.length && /[\p{L}\p{N}_$]/u.test(expression[j]!)) j++
      const word = expression.slice(i, j)
      let k = j
      while (k < expression.length && /\s/.test(expression[k]!)) k++
      const isFunction = expression[k] === '('
      out += word === from && !isFunction && !KEYWORDS.has(word.toLowerCase()) ? spelledName(to) : word
      i = j
    } else {
      out += c
      i++
    }
  }
  return out
}
