/**
 * Provinces after the 2025 reform (34), each with the provinces it absorbed and a few of their districts
 * (huyện / thị xã / thành phố) as they were before 1 July 2025. Units are spread over these; a unit's slug carries
 * its district, so two communes with the same name in different districts stay distinct.
 */
export interface OldProvince {
  /** Name before 2025, e.g. "Hà Giang". */
  name: string;
  /** Districts, "kind:name". */
  districts: readonly string[];
}

export interface Province {
  /** Name after 1 July 2025, e.g. "Tuyên Quang". */
  name: string;
  /** Provinces it was formed from (the first is the one that kept the name, when one did). */
  parts: readonly OldProvince[];
}

const p = (name: string, districts: string): OldProvince => ({ name, districts: districts.split(',') });

/** The 34 provinces and centrally-run cities, in the official order. */
export const provinces: readonly Province[] = [
  { name: 'Hà Nội', parts: [p('Hà Nội', 'huyện:Ba Vì,huyện:Đông Anh,huyện:Sóc Sơn,thị xã:Sơn Tây,huyện:Mỹ Đức')] },
  { name: 'Huế', parts: [p('Thừa Thiên Huế', 'thị xã:Hương Thủy,huyện:Phú Vang,huyện:Phong Điền,huyện:A Lưới')] },
  { name: 'Lai Châu', parts: [p('Lai Châu', 'huyện:Tam Đường,huyện:Phong Thổ,huyện:Sìn Hồ,huyện:Than Uyên')] },
  { name: 'Điện Biên', parts: [p('Điện Biên', 'huyện:Mường Ảng,huyện:Tuần Giáo,huyện:Điện Biên Đông,thị xã:Mường Lay')] },
  { name: 'Sơn La', parts: [p('Sơn La', 'huyện:Mộc Châu,huyện:Mai Sơn,huyện:Thuận Châu,huyện:Yên Châu')] },
  { name: 'Lạng Sơn', parts: [p('Lạng Sơn', 'huyện:Cao Lộc,huyện:Hữu Lũng,huyện:Bắc Sơn,huyện:Tràng Định')] },
  { name: 'Quảng Ninh', parts: [p('Quảng Ninh', 'thị xã:Đông Triều,thị xã:Quảng Yên,huyện:Tiên Yên,huyện:Hải Hà')] },
  { name: 'Thanh Hóa', parts: [p('Thanh Hóa', 'huyện:Thọ Xuân,huyện:Hoằng Hóa,huyện:Nga Sơn,thị xã:Nghi Sơn,huyện:Cẩm Thủy')] },
  { name: 'Nghệ An', parts: [p('Nghệ An', 'huyện:Diễn Châu,huyện:Yên Thành,huyện:Nam Đàn,thị xã:Thái Hòa,huyện:Con Cuông')] },
  { name: 'Hà Tĩnh', parts: [p('Hà Tĩnh', 'huyện:Can Lộc,huyện:Đức Thọ,huyện:Hương Khê,thị xã:Kỳ Anh')] },
  { name: 'Cao Bằng', parts: [p('Cao Bằng', 'huyện:Hòa An,huyện:Trùng Khánh,huyện:Bảo Lạc,huyện:Quảng Hòa')] },
  { name: 'Tuyên Quang', parts: [p('Tuyên Quang', 'huyện:Sơn Dương,huyện:Yên Sơn,huyện:Hàm Yên'), p('Hà Giang', 'huyện:Bắc Quang,huyện:Đồng Văn,huyện:Vị Xuyên')] },
  { name: 'Lào Cai', parts: [p('Lào Cai', 'huyện:Bảo Thắng,huyện:Bát Xát,thị xã:Sa Pa'), p('Yên Bái', 'huyện:Văn Chấn,huyện:Trấn Yên,thị xã:Nghĩa Lộ')] },
  { name: 'Thái Nguyên', parts: [p('Thái Nguyên', 'huyện:Phú Bình,huyện:Đại Từ,huyện:Định Hóa,thành phố:Phổ Yên'), p('Bắc Kạn', 'huyện:Ba Bể,huyện:Chợ Đồn,huyện:Na Rì')] },
  { name: 'Phú Thọ', parts: [p('Phú Thọ', 'huyện:Lâm Thao,huyện:Thanh Sơn,huyện:Đoan Hùng'), p('Vĩnh Phúc', 'huyện:Tam Dương,huyện:Lập Thạch,huyện:Yên Lạc'), p('Hòa Bình', 'huyện:Mai Châu,huyện:Lạc Sơn,huyện:Kim Bôi')] },
  { name: 'Bắc Ninh', parts: [p('Bắc Ninh', 'huyện:Gia Bình,huyện:Lương Tài,thị xã:Quế Võ'), p('Bắc Giang', 'huyện:Lục Ngạn,huyện:Yên Thế,huyện:Tân Yên')] },
  { name: 'Hưng Yên', parts: [p('Hưng Yên', 'huyện:Khoái Châu,huyện:Văn Giang,huyện:Tiên Lữ'), p('Thái Bình', 'huyện:Vũ Thư,huyện:Kiến Xương,huyện:Quỳnh Phụ')] },
  { name: 'Hải Phòng', parts: [p('Hải Phòng', 'huyện:Thủy Nguyên,huyện:Tiên Lãng,huyện:Vĩnh Bảo'), p('Hải Dương', 'huyện:Gia Lộc,huyện:Thanh Miện,thị xã:Kinh Môn')] },
  { name: 'Ninh Bình', parts: [p('Ninh Bình', 'huyện:Gia Viễn,huyện:Yên Mô,huyện:Nho Quan'), p('Hà Nam', 'huyện:Lý Nhân,huyện:Bình Lục,thị xã:Kim Bảng'), p('Nam Định', 'huyện:Hải Hậu,huyện:Giao Thủy,huyện:Ý Yên')] },
  { name: 'Quảng Trị', parts: [p('Quảng Trị', 'huyện:Hải Lăng,huyện:Gio Linh,huyện:Cam Lộ'), p('Quảng Bình', 'huyện:Bố Trạch,huyện:Lệ Thủy,huyện:Quảng Ninh')] },
  { name: 'Đà Nẵng', parts: [p('Đà Nẵng', 'huyện:Hòa Vang'), p('Quảng Nam', 'huyện:Duy Xuyên,huyện:Thăng Bình,thị xã:Điện Bàn,huyện:Núi Thành')] },
  { name: 'Quảng Ngãi', parts: [p('Quảng Ngãi', 'thị xã:Đức Phổ,huyện:Sơn Tây,huyện:Bình Sơn,huyện:Mộ Đức,huyện:Nghĩa Hành'), p('Kon Tum', 'huyện:Đắk Hà,huyện:Sa Thầy,huyện:Ngọc Hồi')] },
  { name: 'Gia Lai', parts: [p('Gia Lai', 'huyện:Chư Sê,huyện:Đức Cơ,thị xã:An Khê'), p('Bình Định', 'huyện:Phù Cát,huyện:Tây Sơn,thị xã:Hoài Nhơn')] },
  { name: 'Khánh Hòa', parts: [p('Khánh Hòa', 'huyện:Diên Khánh,thị xã:Ninh Hòa,huyện:Vạn Ninh'), p('Ninh Thuận', 'huyện:Ninh Phước,huyện:Ninh Hải,huyện:Thuận Bắc')] },
  { name: 'Lâm Đồng', parts: [p('Lâm Đồng', 'huyện:Đức Trọng,huyện:Di Linh,huyện:Lâm Hà'), p('Đắk Nông', 'huyện:Cư Jút,huyện:Đắk Mil,huyện:Krông Nô'), p('Bình Thuận', 'huyện:Hàm Thuận Bắc,huyện:Tuy Phong,thị xã:La Gi')] },
  { name: 'Đắk Lắk', parts: [p('Đắk Lắk', 'huyện:Krông Pắc,huyện:Cư M’gar,huyện:Ea Kar'), p('Phú Yên', 'huyện:Tuy An,huyện:Sơn Hòa,thị xã:Đông Hòa')] },
  { name: 'Thành phố Hồ Chí Minh', parts: [p('Thành phố Hồ Chí Minh', 'huyện:Củ Chi,huyện:Hóc Môn,huyện:Bình Chánh,huyện:Cần Giờ'), p('Bình Dương', 'thành phố:Bến Cát,huyện:Dầu Tiếng,huyện:Phú Giáo'), p('Bà Rịa - Vũng Tàu', 'huyện:Châu Đức,huyện:Xuyên Mộc,huyện:Long Đất')] },
  { name: 'Đồng Nai', parts: [p('Đồng Nai', 'huyện:Trảng Bom,huyện:Định Quán,huyện:Nhơn Trạch'), p('Bình Phước', 'huyện:Bù Đăng,huyện:Lộc Ninh,thị xã:Bình Long')] },
  { name: 'Tây Ninh', parts: [p('Tây Ninh', 'huyện:Châu Thành,huyện:Tân Biên,thị xã:Trảng Bàng'), p('Long An', 'huyện:Đức Hòa,huyện:Cần Giuộc,huyện:Thủ Thừa')] },
  { name: 'Cần Thơ', parts: [p('Cần Thơ', 'huyện:Phong Điền,huyện:Cờ Đỏ,huyện:Thới Lai'), p('Sóc Trăng', 'huyện:Mỹ Tú,huyện:Kế Sách,thị xã:Vĩnh Châu'), p('Hậu Giang', 'huyện:Phụng Hiệp,huyện:Vị Thủy,thị xã:Long Mỹ')] },
  { name: 'Vĩnh Long', parts: [p('Vĩnh Long', 'huyện:Long Hồ,huyện:Tam Bình,huyện:Trà Ôn'), p('Bến Tre', 'huyện:Mỏ Cày Nam,huyện:Giồng Trôm,huyện:Ba Tri'), p('Trà Vinh', 'huyện:Cầu Kè,huyện:Tiểu Cần,huyện:Trà Cú')] },
  { name: 'Đồng Tháp', parts: [p('Đồng Tháp', 'thành phố:Cao Lãnh,huyện:Lấp Vò,huyện:Tháp Mười,huyện:Tam Nông'), p('Tiền Giang', 'huyện:Cái Bè,huyện:Chợ Gạo,huyện:Gò Công Tây')] },
  { name: 'Cà Mau', parts: [p('Cà Mau', 'huyện:Trần Văn Thời,huyện:Năm Căn,huyện:Thới Bình'), p('Bạc Liêu', 'huyện:Hồng Dân,huyện:Phước Long,thị xã:Giá Rai')] },
  { name: 'An Giang', parts: [p('An Giang', 'huyện:Chợ Mới,huyện:Thoại Sơn,thị xã:Tịnh Biên'), p('Kiên Giang', 'huyện:Châu Thành,huyện:Giồng Riềng,huyện:An Biên')] },
];

/** First syllables of commune names. */
export const nameHeads = [
  'Tân', 'Phú', 'Bình', 'An', 'Hòa', 'Vĩnh', 'Long', 'Thạnh', 'Phước', 'Đức', 'Quảng', 'Sơn', 'Hưng', 'Thanh',
  'Thuận', 'Mỹ', 'Xuân', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Hải', 'Minh', 'Hồng', 'Kim', 'Ngọc', 'Yên',
  'Cẩm', 'Hương', 'Lạc', 'Gia', 'Nghĩa', 'Tiến', 'Đại', 'Phổ', 'Tam', 'Châu', 'Vạn', 'Hợp',
] as const;

/** Second syllables of commune names. */
export const nameTails = [
  'Hòa', 'Lợi', 'Thành', 'Phong', 'Lộc', 'Thịnh', 'Hưng', 'Bình', 'Long', 'An', 'Phú', 'Văn', 'Minh', 'Sơn',
  'Thủy', 'Tiến', 'Trung', 'Đông', 'Tây', 'Hiệp', 'Khánh', 'Lâm', 'Mỹ', 'Nghĩa', 'Quang', 'Tân', 'Thuận',
  'Xuân', 'Yên', 'Hải', 'Cường', 'Đức', 'Hà', 'Linh', 'Châu', 'Vinh', 'Thạch', 'Trường', 'Điền', 'Ninh',
] as const;

/** Hamlet and residential-group name stems (thôn, khu phố, ấp, tổ dân phố). */
export const hamletNames = [
  'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ', 'Mới', 'Cũ', 'Gò', 'Bàu', 'Rẫy', 'Suối', 'Đồng', 'Cầu',
  'Chợ', 'Núi', 'Bến', 'Vườn', 'Giếng',
] as const;
