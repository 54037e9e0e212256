import { ApiError } from '../../api/http'
import type { Project, Versioned } from '../../api/projects'
import type { ProjectStore } from './useProjectPersistence'

/**
 * A project API in memory with the server's rules that matter here: versions, If-Match (412 on a
 * stale version), and a switch that makes it unreachable (status 0, as fetch failures are).
 */
export class FakeProjectServer implements ProjectStore {
  readonly projects = new Map<string, Project>()
  readonly puts: { id: string; data: unknown; expectedVersion: number | null }[] = []
  reachable = true
  /** When set, the next save is refused with this error. */
  refuseNext: ApiError | null = null
  private next = 1

  add(name: string, data: unknown, engine = 'PostgreSQL'): Project {
    const id = `p${this.next++}`
    const project: Project = { id, name, engine, createdAt: 't0', updatedAt: 't0', version: 1, data }
    this.projects.set(id, project)
    return project
  }

  /** Someone else saves a new version. */
  changeElsewhere(id: string, data: unknown): void {
    const project = this.found(id)
    this.projects.set(id, { ...project, data, version: project.version + 1, updatedAt: 't-elsewhere' })
  }

  async get(id: string): Promise<Versioned> {
    this.check()
    const project = structuredClone(this.found(id))
    return { project, version: project.version }
  }

  async update(id: string, changes: { data: unknown }, expectedVersion: number | null): Promise<Versioned> {
    this.check()
    this.puts.push({ id, data: changes.data, expectedVersion })
    const refusal = this.refuseNext
    if (refusal) {
      this.refuseNext = null
      throw refusal
    }
    const project = this.found(id)
    if (expectedVersion !== null && expectedVersion !== project.version) {
      throw new ApiError(412, 'VERSION_MISMATCH', 'The project was changed by someone else')
    }
    const saved: Project = { ...project, data: structuredClone(changes.data), version: project.version + 1, updatedAt: 't-saved' }
    this.projects.set(id, saved)
    // The save path may answer without echoing the document.
    const { data: _omitted, ...answer } = saved
    return { project: { ...answer, problems: [] }, version: saved.version }
  }

  async create(name: string, engine: string, data: unknown): Promise<Project> {
    this.check()
    return this.add(name, structuredClone(data), engine)
  }

  private check(): void {
    if (!this.reachable) throw new ApiError(0, 'NETWORK_ERROR', 'The server cannot be reached')
  }

  private found(id: string): Project {
    const project = this.projects.get(id)
    if (!project) throw new ApiError(404, 'PROJECT_NOT_FOUND', `No project ${id}`)
    return project
  }
}
