/**
 * Hand-written sentence templates in the seeds' register, for themes the seed sentences cover thinly
 * (shortcomings, tasks, plans). Same placeholders as the sentence bank.
 */
export const extraSentences: Record<string, readonly string[]> = {
  limits: [
    'Một số phong trào thi đua còn mang tính hình thức, chưa thật sự đi vào chiều sâu, hiệu quả chưa cao.',
    'Việc phát hiện, bồi dưỡng, tổng kết và nhân rộng các điển hình tiên tiến có lúc còn chậm, chưa kịp thời.',
    'Công tác tuyên truyền về thi đua, khen thưởng ở một số {kind} chưa thường xuyên, nội dung chưa phong phú.',
    'Khen thưởng cho người lao động trực tiếp, nông dân, đồng bào dân tộc thiểu số còn ít so với tổng số khen thưởng.',
    'Hồ sơ đề nghị khen thưởng của một số tập thể còn gửi chậm so với thời gian quy định, phải bổ sung nhiều lần.',
    'Cán bộ làm công tác thi đua, khen thưởng ở cơ sở kiêm nhiệm nhiều việc, chưa được tập huấn thường xuyên.',
    'Điều kiện kinh tế của {kind} còn nhiều khó khăn, nguồn kinh phí dành cho công tác khen thưởng còn hạn chế.',
    'Một số thôn, khu dân cư chưa quan tâm đúng mức đến việc sơ kết, tổng kết các phong trào thi đua chuyên đề.',
    'Nguyên nhân của hạn chế là do nhận thức của một bộ phận cán bộ, đảng viên về vị trí, vai trò của công tác thi đua, khen thưởng chưa đầy đủ.',
    'Việc đăng ký thi đua đầu năm ở một số đơn vị còn chậm, tiêu chí thi đua chưa cụ thể, khó đánh giá.',
  ],
  tasks: [
    'Tiếp tục quán triệt sâu rộng Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành đến toàn thể cán bộ, đảng viên và Nhân dân.',
    'Đổi mới nội dung, hình thức tổ chức các phong trào thi đua theo hướng thiết thực, hiệu quả, gắn với nhiệm vụ chính trị của {kind} năm {y+1}.',
    'Chú trọng phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến, gương “người tốt, việc tốt” trên các lĩnh vực.',
    'Nâng cao chất lượng công tác khen thưởng, bảo đảm chính xác, công khai, minh bạch, kịp thời, ưu tiên khen thưởng người lao động trực tiếp.',
    'Phấn đấu hoàn thành và vượt các chỉ tiêu kinh tế - xã hội năm {y+1} theo Nghị quyết của Hội đồng nhân dân {kind} đã đề ra.',
    'Tăng cường công tác kiểm tra, giám sát việc thực hiện các phong trào thi đua và công tác khen thưởng ở các thôn, khu dân cư.',
    'Kiện toàn Hội đồng Thi đua - Khen thưởng {kind}, phân công nhiệm vụ cụ thể cho từng thành viên phụ trách các lĩnh vực.',
    'Đẩy mạnh chuyển đổi số trong quản lý hồ sơ thi đua, khen thưởng, thực hiện tiếp nhận hồ sơ đề nghị khen thưởng trên môi trường điện tử.',
  ],
  plan: [
    'Tổ chức phong trào thi đua phải có sự thay đổi về nội dung, hình thức và phương pháp; tiêu chí thi đua phải bám sát mục tiêu thi đua.',
    'Các phong trào thi đua phải được tổ chức thường xuyên, liên tục, gắn với việc thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị.',
    'Khen thưởng phải bảo đảm chính xác, công khai, minh bạch, kịp thời, đúng người, đúng thành tích và có tác dụng nêu gương.',
    'Các ngành, đoàn thể căn cứ kế hoạch này xây dựng kế hoạch cụ thể của đơn vị mình và tổ chức đăng ký thi đua trước ngày 15 tháng 3 năm {y+0}.',
    'Công chức Văn phòng - Thống kê tham mưu Ủy ban nhân dân {kind} theo dõi, đôn đốc và tổng hợp kết quả thực hiện kế hoạch, báo cáo định kỳ 6 tháng và cả năm.',
    'Ủy ban Mặt trận Tổ quốc Việt Nam {kind} và các tổ chức chính trị - xã hội vận động đoàn viên, hội viên và Nhân dân tích cực hưởng ứng phong trào thi đua.',
  ],
};

/** Introductions of a report: what it answers. */
export const reportIntros = [
  'Thực hiện Công văn số {n}/UBND ngày {d} của UBND {districtKind} {district} về việc báo cáo kết quả công tác thi đua, khen thưởng năm {y+0}; UBND {kind} {unit} báo cáo kết quả thực hiện như sau:',
  'Thực hiện Kế hoạch số {n}/KH-UBND ngày {d} của UBND {districtKind} {district} về phát động phong trào thi đua yêu nước năm {y+0}, UBND {kind} {unit} báo cáo tổng kết công tác thi đua, khen thưởng năm {y+0} như sau:',
  'Căn cứ Hướng dẫn số {n}/HD-HĐTĐKT ngày {d} của Hội đồng Thi đua - Khen thưởng {districtKind} {district} về tổng kết công tác thi đua, khen thưởng, UBND {kind} {unit} báo cáo như sau:',
] as const;

/** Report titles (trích yếu); {y+0} is the year reported on. */
export const reportTitles = [
  'Tổng kết công tác thi đua, khen thưởng năm {y+0}, phương hướng, nhiệm vụ năm {y+1}',
  'Kết quả thực hiện công tác thi đua, khen thưởng năm {y+0} và ước thực hiện đến ngày 31/12/{y+0}',
  'Tổng kết phong trào thi đua yêu nước năm {y+0} và phương hướng, nhiệm vụ công tác thi đua, khen thưởng năm {y+1}',
  'Công tác thi đua, khen thưởng năm {y+0}; phương hướng, nhiệm vụ năm {y+1}',
] as const;
