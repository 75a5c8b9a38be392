// The standalone configurator: the documentation's configurator on a page of its own, built by
// Vite into static files (npm run build:configurator) that any web server can host; no back end.
import '../../stories/adoption/configurator/configurator.js';
