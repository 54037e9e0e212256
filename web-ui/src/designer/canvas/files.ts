/** Offers `content` as a file download named `name`. */
export function downloadFile(name: string, content: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Offers a data: URL (an image) as a download. */
export function downloadDataUrl(name: string, dataUrl: string): void {
  const link = document.createElement('a')
  link.href = dataUrl
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
}

/** A file name from a project name: letters, digits, `-` and `_` only. */
export function fileBase(name: string | undefined): string {
  const cleaned = (name ?? '').trim().replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '')
  return cleaned || 'schema'
}
