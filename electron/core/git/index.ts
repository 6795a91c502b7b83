// Git from the app: the system git run in the linked folder's working tree (ADR 0019). Its public entry.
export { gitServices, stagingSettledConflicts } from './git-service';
export { addedDateOf, folderAddedDates, type AddedDates } from './folder-added-dates';
