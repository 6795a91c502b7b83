// The decision text without its title and metadata is shared with the static site; pages import it from here.
export { markdownBody } from '../../../shared/domain/markdown-body';
