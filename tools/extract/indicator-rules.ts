/**
 * How figures are matched to the indicator registry (content/indicators.yaml): each rule names what a sentence
 * says before the number (`before`, matched against the words just before it) or right after it (`after`,
 * matched from its unit on: "58 hộ nghèo"), in text without marks (fold). The unit of measure decides between
 * indicators that share words ("hộ nghèo" → 315 hộ or 49,22 %). Plan and growth rates are not listed: they are the
 * registry's "-plan-rate" and "-growth-rate" entries whose partOf is the indicator a sentence is about.
 */
export interface IndicatorRule {
  id: string;
  before?: RegExp;
  after?: RegExp;
  /** Words the sentence must hold, e.g. "cơ cấu kinh tế" for the shares of the economy. */
  context?: RegExp;
  /** Words the block must hold: the crop a list item is about ("Cây lạc: Diện tích… Năng suất… Sản lượng…"). */
  block?: RegExp;
}

const crops: Array<[string, RegExp]> = [
  ['rice', /\blua\b/],
  ['maize', /\bngo\b/],
  ['peanut', /\blac\b/],
  ['vegetables', /\brau mau\b/],
  ['beans', /\bdau cac loai\b/],
];

const cropRules: IndicatorRule[] = crops.flatMap(([crop, block]) => [
  { id: `${crop}-area`, before: /dien tich/, block },
  { id: `${crop}-yield`, before: /nang suat/, block },
  { id: `${crop}-output`, before: /san luong/, block },
]);

const production = /gia tri san xuat|uoc dat|san xuat/;
const economyShare = /co cau kinh te/;

export const indicatorRules: IndicatorRule[] = [
  { id: 'area-natural', before: /dien tich tu nhien/ },
  { id: 'population', before: /dan so/ },
  { id: 'households', before: /dan so|\bso ho\b/ },
  { id: 'poor-households', before: /ho ngheo/, after: /^ho ngheo/ },
  { id: 'poor-household-rate', before: /ho ngheo/ },
  { id: 'near-poor-households', before: /ho can ngheo/, after: /^ho can ngheo/ },
  { id: 'near-poor-household-rate', before: /ho can ngheo/ },
  { id: 'poor-household-rate-reduction', before: /giam,?\s*$/, context: /ho ngheo/ },
  { id: 'poor-households-reduction', before: /ho ngheo/ },
  { id: 'budget-revenue', before: /thu ngan sach/ },
  { id: 'budget-expenditure', before: /\bchi ngan sach|thuc hien chi\b|\bchi ca nam/ },
  { id: 'public-investment-disbursement-rate', before: /giai ngan/ },
  { id: 'production-value', before: /tong gia tri san xuat/ },
  { id: 'agriculture-production-value', before: /nong nghiep|nong, lam nghiep/, context: production },
  { id: 'industry-construction-production-value', before: /cong nghiep,? (?:tieu thu cong nghiep )?va xay dung/, context: production },
  { id: 'industry-handicraft-production-value', before: /tieu thu cong/, context: production },
  { id: 'construction-production-value', before: /\bxay dung\b/, context: production },
  { id: 'trade-services-production-value', before: /thuong mai,? dich vu/, context: production },
  { id: 'agriculture-share', before: /nong nghiep/, context: economyShare },
  { id: 'industry-construction-share', before: /cong nghiep.{0,25}xay dung/, context: economyShare },
  { id: 'trade-services-share', before: /thuong mai,? dich vu/, context: economyShare },
  { id: 'crop-value-per-ha', before: /tren (?:mot|1) ha/ },
  { id: 'grain-output', before: /cay co hat/ },
  ...cropRules,
  { id: 'livestock-herd', before: /dan gia suc/ },
  { id: 'live-meat-output', before: /thit hoi/ },
  { id: 'crossbred-cattle-rate', before: /bo lai/ },
  { id: 'new-forest-area', before: /trong rung/ },
  { id: 'forest-cover-rate', before: /che phu rung/ },
  { id: 'files-received', before: /tiep nhan/, context: /ho so/ },
  { id: 'files-resolved', before: /giai quyet/, context: /ho so/ },
  { id: 'files-resolved-rate', before: /giai quyet/, context: /ho so/ },
  { id: 'files-pending', before: /dang giai quyet/ },
  { id: 'files-pending-rate', before: /dang giai quyet/ },
  { id: 'online-files', before: /truc tuyen/, context: /ho so/ },
  { id: 'online-files-rate', before: /truc tuyen/, context: /ho so/ },
  { id: 'files-digitized-rate', before: /so hoa/ },
  { id: 'online-payment-files', after: /^ho so thanh toan truc tuyen/ },
  { id: 'overdue-files', before: /tre han|qua han/, after: /^ho so[^;.]{0,30}(?:tre|qua) han/ },
  { id: 'procedures-published-rate', after: /^%[^;.]{0,40}niem yet/ },
  { id: 'online-procedures', before: /muc do 3,? (?:va )?(?:muc do )?4/ },
  { id: 'online-procedures-level-3', before: /muc do 3/ },
  { id: 'online-procedures-level-4', before: /muc do 4/ },
  { id: 'online-payment-procedures', before: /thanh toan truc tuyen/ },
  { id: 'staff-email-use-rate', after: /^%[^;.]{0,50}(?:thu dien tu|hop thu)/ },
  { id: 'citizen-very-satisfied-rate', before: /rat hai long/ },
  { id: 'assigned-tasks-on-time-rate', before: /hoan thanh dung han/ },
  { id: 'initiatives-recognized', after: /^sang kien/ },
  { id: 'petitions-received', before: /tiep nhan/, context: /\bdon\b/ },
  { id: 'petitions-resolved', before: /giai quyet/, context: /\bdon\b/ },
  { id: 'petitions-resolved-rate', before: /giai quyet/, context: /\bdon( thu)?\b/ },
  { id: 'mediation-success-rate', before: /hoa giai thanh/ },
  { id: 'traffic-accidents', before: /tai nan giao thong/, after: /^vu tai nan/ },
  { id: 'military-recruits', before: /nhap ngu|tuyen quan|tuyen quan|giao quan/ },
  { id: 'trained-labour-rate', before: /qua dao tao/ },
  { id: 'certified-labour-rate', before: /van bang|chung chi/ },
  { id: 'jobs-created', before: /viec lam/ },
  { id: 'overseas-workers', before: /nuoc ngoai/ },
  { id: 'health-insurance-rate', before: /bao hiem y te/ },
  { id: 'solidarity-houses', after: /^can(?: nha)? dai doan ket/ },
  { id: 'ntm-criteria-met', before: /nong thon moi/, after: /^tieu chi[^;.]{0,30}nong thon moi/ },
  { id: 'land-donating-households', after: /^ho(?: gia dinh)? hien dat/ },
  { id: 'land-donated-area', before: /\bhien\b/ },
  { id: 'community-contribution', before: /doi ung|dong gop/ },
  { id: 'infrastructure-works-built', before: /ha tang/, after: /^cong trinh[^;.]{0,20}ha tang/ },
  { id: 'civilized-hamlets', after: /^(?:khom|thon|to dan pho)[^;.]{0,30}van minh/ },
  { id: 'new-ocop-products', after: /^san pham ocop/ },
  { id: 'new-businesses', after: /^co so san xuat kinh doanh/ },
  { id: 'new-startup-projects', after: /^du an khoi nghiep/ },
  { id: 'dan-van-kheo-models', before: /dan van kheo/ },
];
