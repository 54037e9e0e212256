import { createRouter, createWebHistory, type Router } from 'vue-router'
import type { Session } from './composables/useSession'

/**
 * The designer's pages. The server answers each of these paths with the designer's page (see
 * DesignerController), so a reload or a bookmark lands here.
 */
export function createDesignerRouter(session: Session): Router {
  const router = createRouter({
    history: createWebHistory('/'),
    routes: [
      { path: '/', name: 'projects', component: () => import('./pages/ProjectListPage.vue'), meta: { title: 'Projects' } },
      { path: '/projects', redirect: '/' },
      {
        path: '/projects/:id',
        name: 'project',
        component: () => import('./pages/ProjectEditorPage.vue'),
        props: true,
        meta: { title: 'Project' },
      },
      { path: '/sign-in', name: 'sign-in', component: () => import('./pages/SignInPage.vue'), meta: { public: true, title: 'Sign in' } },
      { path: '/sign-up', name: 'sign-up', component: () => import('./pages/SignUpPage.vue'), meta: { public: true, title: 'Create account' } },
      { path: '/sign-out', name: 'sign-out', component: () => import('./pages/SignOutPage.vue'), meta: { public: true, title: 'Sign out' } },
      {
        path: '/forgot-password',
        name: 'forgot-password',
        component: () => import('./pages/ForgotPasswordPage.vue'),
        meta: { public: true, title: 'Forgot password' },
      },
      {
        path: '/reset-password',
        name: 'reset-password',
        component: () => import('./pages/ResetPasswordPage.vue'),
        meta: { public: true, title: 'Reset password' },
      },
      { path: '/:rest(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { public: true, title: 'Not found' } },
    ],
  })
  router.beforeEach(async (to) => {
    if (to.meta.public) return true
    try {
      await session.resolve()
    } catch {
      // The server cannot be reached: the page itself shows what it can (drafts offline).
      return true
    }
    if (session.admitted()) return true
    return { name: 'sign-in', query: to.fullPath === '/' ? {} : { next: to.fullPath } }
  })
  router.afterEach((to) => {
    const title = typeof to.meta.title === 'string' ? to.meta.title : null
    document.title = title ? `${title} · DBKeep` : 'DBKeep'
  })
  return router
}
