// The overview feature (home, graph, timeline, the sample workspace): its public entry.
export { overviewServices } from './overview-service';
