import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import mermaid from 'mermaid'

/**
 * The server's Mermaid export (`?to=mermaid`) of a hostile document — names with parentheses,
 * quotes, braces, spaces, `%%` and `%%{init}%%`, keywords, line breaks, non-ASCII letters — read by
 * Mermaid's own parser. diagram-adapter's MermaidSchemaWriterTest keeps the file equal to what the
 * writer writes, so this reads the server's real output.
 */
const exported = readFileSync(
  resolve(
    process.cwd(),
    '../diagram-adapter/src/test/resources/io/dbkeep/adapter/out/diagram/hostile-er.mmd',
  ),
  'utf8',
)

/** Mermaid's placeholders for entity codes (`#37;`, `#quot;`), read back as the characters. */
function decoded(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>' }
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/ﬂ°(\w+)¶ß/g, (_, name: string) => named[name] ?? `&${name};`)
}

interface Entity {
  alias: string
  attributes: { type: string; name: string; keys: string[]; comment: string }[]
}

describe('the Mermaid export of a hostile document', () => {
  it('is an erDiagram that Mermaid parses, with no directive taken from a name', async () => {
    const parsed = await mermaid.parse(exported)

    expect(parsed).toMatchObject({ diagramType: 'er', config: {} })
  })

  it('keeps every entity, attribute and relationship, labelled with the real names', async () => {
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(exported)
    const db = diagram.db as unknown as {
      getEntities(): Map<string, Entity>
      getRelationships(): unknown[]
    }
    const entities = [...db.getEntities().values()]

    expect(entities.map((e) => decoded(e.alias))).toEqual([
      'order (items)',
      '"quoted" {table}',
      '%%{init: {"theme": "dark"}}%%',
      'Bestellpositionen ünïcödé 表 🚀',
      'erDiagram',
      '1st table -- x',
      '100% done %%',
      'class-room',
      'u-turn',
      'go direction_TB now',
    ])
    expect(entities[0]?.attributes.map((a) => a.name)).toEqual([
      'id',
      'count(_)',
      'a(b',
      '_)x',
      'mood',
      'two_lines',
      'PK_',
      'prix____n___',
    ])
    expect(decoded(entities[0]?.attributes[1]?.comment ?? '')).toBe(
      'has "quotes", %% a comment, %%{init: {"theme": "dark"}}%% and #quot; too',
    )
    expect(entities[7]?.attributes.map((a) => [a.name, a.keys])).toEqual([
      ['PK_-x', ['FK']],
      ['end', []],
    ])
    expect(db.getRelationships()).toHaveLength(4)
  })

  it('refuses what the writer used to write, so the test can fail', async () => {
    await expect(
      mermaid.parse('erDiagram\n  order_(items)["order (items)"] {\n  }\n'),
    ).rejects.toThrow()
    await expect(mermaid.parse('erDiagram\n  a {\n    boolean PK UK\n  }\n')).rejects.toThrow()
  })
})
