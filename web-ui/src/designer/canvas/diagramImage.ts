/**
 * The diagram as an SVG or PNG image: the canvas's viewport drawn at a scale that fits every
 * element, without the minimap or connection handles (html-to-image, loaded on first use).
 */
import { getRectOfNodes, getTransformForBounds, type GraphNode } from '@vue-flow/core'

export async function diagramImage(root: HTMLElement, nodes: GraphNode[], format: 'svg' | 'png'): Promise<string> {
  const viewport = root.querySelector<HTMLElement>('.vue-flow__viewport')
  if (!viewport) throw new Error('The canvas is not shown; nothing to export.')
  const { toPng, toSvg } = await import('html-to-image')
  const bounds = getRectOfNodes(nodes)
  const width = Math.min(Math.max(bounds.width + 80, 200), 8000)
  const height = Math.min(Math.max(bounds.height + 80, 200), 8000)
  const transform = getTransformForBounds(bounds, width, height, 0.05, 2, 0.04)
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    pixelRatio: format === 'png' ? Math.min(2, 8000 / Math.max(width, height)) : 1,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${transform.x}px, ${transform.y}px) scale(${transform.zoom})` },
    filter: (element: HTMLElement) => !element.classList?.contains('vue-flow__handle'),
  }
  return format === 'svg' ? toSvg(viewport, options) : toPng(viewport, options)
}
