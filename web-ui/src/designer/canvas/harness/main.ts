import { createApp } from 'vue'
import CanvasHarness from './CanvasHarness.vue'

createApp(CanvasHarness).mount('#app')
