/**
 * <share-bar data-url data-title>: the print, copy-link and share-sheet buttons, shown only where they can work
 * (printing and copying need JavaScript; the share sheet, where Zalo appears on a phone, needs navigator.share).
 */
class ShareBar extends HTMLElement {
  connectedCallback() {
    const url = this.dataset.url ?? location.href;
    const title = this.dataset.title ?? document.title;
    const status = this.querySelector<HTMLElement>('[data-status]');
    const say = (text: string) => { if (status) status.textContent = text; };
    this.enable('[data-print]', () => window.print());
    if (navigator.clipboard) {
      this.enable('[data-copy]', () => {
        navigator.clipboard.writeText(url).then(() => say('Đã sao chép liên kết.'), () => say('Không sao chép được; hãy chép địa chỉ ở dưới.'));
      });
    }
    if (typeof navigator.share === 'function') {
      this.enable('[data-share]', () => { navigator.share({ title, url }).catch(() => {}); });
    }
  }

  /** Shows a hidden item and runs `action` when its button is pressed. */
  enable(selector: string, action: () => void) {
    const item = this.querySelector<HTMLElement>(selector);
    if (!item) return;
    item.hidden = false;
    item.querySelector('button')?.addEventListener('click', action);
  }
}
customElements.define('share-bar', ShareBar);
