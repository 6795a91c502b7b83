import type { Rotation } from '../api/rotation-operations';
import { fileNameStem } from '../domain/file-name-stem';

type Named = Pick<Rotation, 'id' | 'name' | 'createdAt'>;

/**
 * The stem of a rotation's exported files (`<stem>.md`, `<stem>.ics`), unique among the rotations
 * of its workspace (issue 21: "Дежурство" and "Обучение" must not both be rotation.md). The name as
 * a file name stem; a name with no Latin spelling is `rotation-<id>`; when two rotations' names give
 * the same stem, the one created first keeps it and each other one adds its id (its first 8
 * characters), so creating a rotation never moves another's file.
 */
export function rotationFileStem(rotation: Named, workspaceRotations: readonly Named[]): string {
  const own = rotation.id.slice(0, 8);
  const stem = fileNameStem(rotation.name);
  if (stem === '') return `rotation-${own}`;
  const first = workspaceRotations
    .filter((other) => fileNameStem(other.name) === stem)
    .reduce<Named>((earliest, other) => (other.createdAt < earliest.createdAt || (other.createdAt === earliest.createdAt && other.id < earliest.id) ? other : earliest), rotation);
  return first.id === rotation.id ? stem : `${stem}-${own}`;
}
