import type { Rng } from './prng.ts';

const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đào', 'Đinh', 'Lương', 'Mai'];
const middleMale = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Công', 'Thanh', 'Ngọc'];
const middleFemale = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Kim', 'Thanh'];
const givenMale = ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Hải', 'Hiếu', 'Khánh', 'Long', 'Minh', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Vinh'];
const givenFemale = ['Anh', 'Chi', 'Dung', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Liên', 'Linh', 'Mai', 'Nga', 'Nhi', 'Oanh', 'Phương', 'Thảo', 'Thủy', 'Trang', 'Vân', 'Yến'];

/** A person as official documents name them. */
export interface Person {
  name: string;
  female: boolean;
}

/** A plausible Vietnamese full name. */
export function person(rng: Rng): Person {
  const female = rng.chance(0.45);
  const name = female
    ? `${rng.pick(familyNames)} ${rng.pick(middleFemale)} ${rng.pick(givenFemale)}`
    : `${rng.pick(familyNames)} ${rng.pick(middleMale)} ${rng.pick(givenMale)}`;
  return { name, female };
}

/** Positions held by individual awardees. */
export const positions = [
  'Công chức Văn phòng - Thống kê', 'Công chức Tư pháp - Hộ tịch', 'Công chức Địa chính - Xây dựng',
  'Công chức Văn hóa - Xã hội', 'Chỉ huy trưởng Ban Chỉ huy Quân sự', 'Trưởng Công an', 'Chủ tịch Hội Nông dân',
  'Chủ tịch Hội Liên hiệp Phụ nữ', 'Bí thư Đoàn Thanh niên', 'Chủ tịch Hội Cựu chiến binh', 'Trưởng thôn',
  'Bí thư Chi bộ', 'Giáo viên Trường Tiểu học', 'Nhân viên Trạm Y tế', 'Công chức Tài chính - Kế toán',
] as const;

/** Collectives that receive awards. */
export const collectives = [
  'Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Hội Cựu chiến binh',
  'Ban Chỉ huy Quân sự', 'Công an', 'Trạm Y tế', 'Trường Mầm non', 'Trường Tiểu học', 'Trường Trung học cơ sở',
  'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Văn phòng HĐND và UBND', 'Hợp tác xã Nông nghiệp', 'Hội Người cao tuổi',
] as const;

/** Kinds of models (mô hình) exemplars run. */
export const models = [
  'trồng gừng sẻ', 'nuôi bò sinh sản', 'trồng bưởi da xanh', 'nuôi ong lấy mật', 'trồng rau an toàn', 'nuôi cá lồng',
  'trồng sả hữu cơ', 'chăn nuôi gà thả vườn', 'trồng keo lai', 'trồng cam sành', 'nuôi tôm càng xanh', 'trồng nấm rơm',
  'làm bánh tráng truyền thống', 'trồng dừa xiêm', 'nuôi dê thịt', 'trồng chè shan tuyết', 'dệt thổ cẩm', 'trồng quế',
] as const;

/** Self-management models (mô hình tự quản) named in "Dân vận khéo" sections. */
export const communityModels = [
  'An ninh tự quản', '5 không 3 sạch', 'Tuyến đường hoa', 'Thắp sáng đường quê', 'Camera an ninh', 'Tổ hòa giải điểm',
  'Nhà sạch, vườn đẹp', 'Tiết kiệm vì phụ nữ nghèo', 'Phân loại rác tại nguồn', 'Khu dân cư không có tội phạm',
] as const;
