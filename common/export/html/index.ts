export {
  releaseToHtmlDocument,
  releaseToHtmlFragment,
  embargoText,
  type ExportStatus,
  type HtmlOptions,
} from './document';
export { EXPORT_CSS } from './css';
export { escapeHtml } from './escape';
