/**
 * The diagram as an SVG or PNG image: the canvas's viewport redrawn at 1:1 (smaller if the diagram
 * is huge) around every element, without the minimap or connection handles (html-to-image, loaded
 * on first use).
 */
import type { GraphNode } from '@vue-flow/core'

const PADDING = 40
const MAX_SIDE = 8000

/** The rectangle around every node, in canvas coordinates (children of groups included). */
export function diagramBounds(nodes: readonly Pick<GraphNode, 'computedPosition' | 'dimensions'>[]): { x: number; y: number; width: number; height: number } {
  if (nodes.length === 0) return { x: 0, y: 0, width: 0, height: 0 }
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const node of nodes) {
    const { x, y } = node.computedPosition
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x + (node.dimensions.width || 240))
    maxY = Math.max(maxY, y + (node.dimensions.height || 120))
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}

export async function diagramImage(root: HTMLElement, nodes: GraphNode[], format: 'svg' | 'png'): Promise<string> {
  const viewport = root.querySelector<HTMLElement>('.vue-flow__transformationpane')
  if (!viewport) throw new Error('The canvas is not shown; nothing to export.')
  const { toPng, toSvg } = await import('html-to-image')
  const bounds = diagramBounds(nodes)
  const zoom = Math.min(1, MAX_SIDE / (bounds.width + 2 * PADDING), MAX_SIDE / (bounds.height + 2 * PADDING))
  const width = Math.ceil((bounds.width + 2 * PADDING) * zoom)
  const height = Math.ceil((bounds.height + 2 * PADDING) * zoom)
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    pixelRatio: format === 'png' ? Math.max(1, Math.min(2, MAX_SIDE / Math.max(width, height))) : 1,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${(PADDING - bounds.x) * zoom}px, ${(PADDING - bounds.y) * zoom}px) scale(${zoom})`,
    },
    filter: (element: HTMLElement) => !element.classList?.contains('vue-flow__handle') && !element.classList?.contains('dbk-relation-hit'),
  }
  return format === 'svg' ? toSvg(viewport, options) : toPng(viewport, options)
}
