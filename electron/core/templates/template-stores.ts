import type { Database } from 'better-sqlite3';
import { TeamTemplateStore } from './team-template-store';

/** The templates feature's stores: the team templates of each workspace. */
export interface TemplateStores {
  team: TeamTemplateStore;
}

export function createTemplateStores(db: Database): TemplateStores {
  return { team: new TeamTemplateStore(db) };
}
