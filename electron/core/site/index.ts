// Publishing the decision log as a static site: the feature's public entry.
export { siteServices } from './site-service';
