/** Emulation movements the generated documents name; written to movements/<slug>.yaml. */
export const movements = [
  { slug: 'ca-nuoc-chung-suc-xay-dung-nong-thon-moi', name: 'Cả nước chung sức xây dựng nông thôn mới', level: 'Trung ương', body: 'Thủ tướng Chính phủ', from: 2011 },
  { slug: 'vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau', name: 'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau', level: 'Trung ương', body: 'Thủ tướng Chính phủ', from: 2016 },
  { slug: 'dan-van-kheo', name: 'Dân vận khéo', level: 'Trung ương', body: 'Ban Dân vận Trung ương', from: 2009 },
  { slug: 'toan-dan-bao-ve-an-ninh-to-quoc', name: 'Toàn dân bảo vệ an ninh Tổ quốc', level: 'Trung ương', body: 'Bộ Công an', from: 2013 },
  { slug: 'toan-dan-doan-ket-xay-dung-doi-song-van-hoa', name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư', level: 'Trung ương', body: 'Ủy ban Trung ương MTTQ Việt Nam', from: 2000 },
  { slug: 'nong-dan-thi-dua-san-xuat-kinh-doanh-gioi', name: 'Nông dân thi đua sản xuất, kinh doanh giỏi', level: 'Trung ương', body: 'Hội Nông dân Việt Nam', from: 1989 },
  { slug: 'van-hoa-cong-so', name: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở', level: 'Trung ương', body: 'Thủ tướng Chính phủ', from: 2019 },
  { slug: 'gioi-viec-nuoc-dam-viec-nha', name: 'Giỏi việc nước, đảm việc nhà', level: 'Trung ương', body: 'Hội Liên hiệp Phụ nữ Việt Nam', from: 2002 },
] as const;
