// The design system's components, started once the page is parsed. External (no inline script: the CSP forbids it).
// Every page works without this file; it only adds what govuk-frontend's JavaScript adds (error summary focus,
// menu toggle on small screens, double-click protection on buttons).
import { initAll } from '/assets/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
