import { request } from './http'

/** A stored schema project, as the project API answers it. */
export interface Project {
  id: string
  name: string
  engine: string
  version: number
}

/** The project API (for the signed-in user), one function per endpoint used here. */
export const projectsApi = {
  create: (name: string, engine: string, data: unknown) =>
    request<Project>('POST', '/api/projects', { name, engine, data }),
}
