// The rotations feature's public entry: other features and the core's root import it from here only.
export { rotationFeatureServices } from './rotation-feature-services';
