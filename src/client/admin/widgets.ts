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
