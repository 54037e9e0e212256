import { createApp } from 'vue'
import DesignerApp from './DesignerApp.vue'
import { createSession, SESSION } from './composables/useSession'
import { createDesignerRouter } from './router'
import '../style.css'
import './designer.css'

const session = createSession()
createApp(DesignerApp).provide(SESSION, session).use(createDesignerRouter(session)).mount('#app')
