// The templates feature (team templates kept in the database, template files of the linked folder): its public entry.
export { linkedFolderTemplates, readFolderTemplates, type FolderTemplateFile } from './folder-templates';
export { templateServices } from './template-service';
export { startFromTemplate, type TemplateStart } from './template-start';
