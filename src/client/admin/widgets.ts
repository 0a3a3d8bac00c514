import { parse, stringify } from 'yaml';
import type { Cms, ControlProps, DecapWindow, H } from './decap.ts';

/**
 * The body of an official document, shown as written and not editable: it is the official text (the importer
 * brings it in, src/importer/). Decap has no read-only option; this widget renders the text and never changes it.
 */
export function registerOfficialText(cms: Cms, h: H, createClass: Required<DecapWindow>['createClass']): void {
  const control = createClass({
    render(this: { props: ControlProps }) {
      const { forID, value, classNameWrapper } = this.props;
      return h('pre', { id: forID, className: classNameWrapper, tabIndex: 0, 'aria-readonly': 'true', style: { whiteSpace: 'pre-wrap', maxHeight: '40rem', overflow: 'auto' } }, value ?? '');
    },
  });
  const preview = ({ value }: { value?: string }) => h('pre', { style: { whiteSpace: 'pre-wrap' } }, value ?? '');
  cms.registerWidget('official-text', control, preview);
}

/** Comment lines at the top of a YAML file, kept when the editor writes it back. */
let header = '';

/**
 * The indicator registry (content/indicators.yaml) is a list at the top level, which Decap cannot edit (its
 * entries are mappings): this format shows it as `{ items: [...] }` and writes the list back.
 * The file's first comment lines are kept; comments between items are not.
 */
export function registerYamlList(cms: Cms): void {
  cms.registerCustomFormat('yaml-list', 'yaml', {
    fromFile(text) {
      header = /^(?:#.*\n)*/.exec(text)?.[0] ?? '';
      return { items: parse(text) ?? [] };
    },
    toFile(data) {
      const list = (data as { items?: unknown[] }).items ?? [];
      // Never write the registry empty: every indicator value and chart refers to it.
      if (!list.length) throw new Error('Danh mục chỉ số trống: không lưu, để không xóa mất các chỉ số.');
      return header + stringify(list, { lineWidth: 0 });
    },
  });
}
