/** The part of Decap CMS's browser API (window.CMS) this project uses: https://decapcms.org/docs/customization/ */
export type Phrases = { [key: string]: string | Phrases };

/** A React element as Decap's `h` (React.createElement) builds it. */
export type Element = unknown;
export type H = (type: string | object, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;

/** What Decap passes to a preview template: the entry (an Immutable map) and helpers. */
export interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): Element;
  getAsset(path: string): { toString(): string } | undefined;
}

/** What Decap passes to a widget's control. */
export interface ControlProps {
  value?: string;
  forID: string;
  classNameWrapper: string;
  onChange(value: unknown): void;
}

export interface Cms {
  init(options?: { config?: Record<string, unknown> }): void;
  getLocale(name: string): Phrases | undefined;
  registerLocale(name: string, phrases: Phrases): void;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: { get(key: string): unknown } }) => unknown }): void;
  /** Decap calls toFile with the data, then the collection's field names in order. */
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: unknown, sortedKeys?: string[]): string }): void;
}

export interface DecapWindow {
  CMS?: Cms;
  CMS_MANUAL_INIT?: boolean;
  h?: H;
  createClass?: (spec: Record<string, unknown>) => unknown;
}

/** Loads Decap's bundle (served by src/integrations/decap-cms.ts) without initializing it. */
export function loadDecap(src: string): Promise<Required<Pick<DecapWindow, 'CMS' | 'h' | 'createClass'>>> {
  const w = window as unknown as DecapWindow;
  w.CMS_MANUAL_INIT = true;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => (w.CMS && w.h && w.createClass ? resolve({ CMS: w.CMS, h: w.h, createClass: w.createClass }) : reject(new Error('Decap CMS không khởi động được'))));
    script.addEventListener('error', () => reject(new Error(`Không tải được ${src}`)));
    document.head.append(script);
  });
}
