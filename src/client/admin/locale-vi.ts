import type { Phrases } from './decap.ts';

/**
 * Strings Decap CMS's own Vietnamese locale lacks (its English ones, translated), and a few made plainer for
 * the site's editors. They are laid over Decap's 'vi' phrases, so an update of Decap that adds its own wins
 * nowhere it would matter: ours only fill gaps and name the site's rules.
 */
const extra: Phrases = {
  auth: { loginWithAzure: 'Đăng nhập bằng Azure', loginWithForgejo: 'Đăng nhập bằng Forgejo' },
  collection: {
    collectionTop: { viewAsList: 'Xem dạng danh sách', viewAsGrid: 'Xem dạng lưới', groupBy: 'Nhóm theo' },
    entries: { unpublishedHeader: 'Mục chưa xuất bản' },
    groups: { other: 'Khác', negateLabel: 'Không phải %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Trường %{widgetLabel}' } },
    editorControlPane: {
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền dữ liệu từ ngôn ngữ %{locale}?\nMọi nội dung hiện có sẽ bị ghi đè.',
      },
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt đa ngôn ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn đồng bộ',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để cùng làm việc.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Thêm một ghi chú…',
      editPlaceholder: 'Sửa ghi chú…',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đã xử lý',
      unresolve: 'Mở lại',
      confirmDelete: 'Bạn có chắc muốn xóa ghi chú này?',
      shortcut: 'Mẹo: nhấn Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      // The newsroom's words for the three steps: bản nháp → chờ duyệt → sẵn sàng xuất bản.
      status: 'Trạng thái: %{status}',
      inReview: 'Chờ duyệt',
      ready: 'Sẵn sàng xuất bản',
      statusInfoTooltipDraft: 'Mục đang là bản nháp. Khi viết xong, chuyển sang “Chờ duyệt” để gửi người duyệt.',
      statusInfoTooltipInReview: 'Mục đang chờ duyệt, bạn không phải làm gì thêm. Bạn vẫn có thể sửa trong lúc chờ.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Đậm',
        italic: 'Nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết',
        headings: 'Tiêu đề mục',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách dấu đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Thêm thành phần',
        toggleMode: { rich: 'Chuyển sang soạn thảo trực quan', markdown: 'Chuyển sang soạn Markdown' },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ URL',
        replaceUrl: 'Thay bằng địa chỉ URL',
        promptUrl: 'Nhập địa chỉ URL của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Xóa tất cả ảnh',
      },
      file: {
        chooseUrl: 'Chèn từ địa chỉ URL',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng địa chỉ URL',
        promptUrl: 'Nhập địa chỉ URL của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Xóa tất cả tệp',
      },
      datetime: { setToNow: 'Đặt %{fieldLabel} là hôm nay' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở rộng', collapse: 'Thu gọn' },
    },
  },
  workflow: {
    workflowList: {
      inReviewHeader: 'Chờ duyệt',
      readyHeader: 'Sẵn sàng xuất bản',
      onPublishingNotReadyEntry: 'Chỉ bài “Sẵn sàng xuất bản” mới xuất bản được. Hãy kéo thẻ vào cột “Sẵn sàng xuất bản”.',
    },
  },
  mediaLibrary: {
    mediaLibrary: {
      fileTooLarge: 'Ảnh quá lớn: chỉ nhận ảnh tối đa %{size} kB. Hãy thu nhỏ ảnh rồi tải lên lại.',
    },
    mediaLibraryCard: { copy: 'Sao chép', copyUrl: 'Sao chép địa chỉ', copyPath: 'Sao chép đường dẫn', copyName: 'Sao chép tên', copied: 'Đã sao chép' },
    mediaLibraryModal: { close: 'Đóng' },
  },
  ui: {
    settingsDropdown: { account: 'Tùy chọn tài khoản' },
    toast: {
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã cập nhật ghi chú',
      onFailToUpdateNote: 'Không cập nhật được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
      noteResolved: 'Ghi chú đã xử lý',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
    },
  },
};

/** Decap's phrases with ours laid over them, key by key. */
export function merge(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
  }
  return out;
}

/** The Vietnamese phrases the editor registers: Decap's, completed. */
export function vietnamese(decapPhrases: Phrases = {}): Phrases {
  return merge(decapPhrases, extra);
}

export const extraPhrases = extra;
