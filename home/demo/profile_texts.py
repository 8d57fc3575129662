"""The demo's exemplary people and units, their sectors, localities and awards, and
the emulation clusters. Written for this project; every name is invented."""

from home.models import AwardLevel, ProfileKind

SECTORS = (
    ("giao-duc", "Giáo dục"),
    ("y-te", "Y tế"),
    ("nong-nghiep", "Nông nghiệp"),
    ("cong-nghiep", "Công nghiệp"),
    ("quoc-phong-an-ninh", "Quốc phòng, an ninh"),
)
LOCALITIES = (
    ("phuong-trung-tam", "Phường Trung Tâm"),
    ("xa-dong-lam", "Xã Đồng Lâm"),
    ("xa-bac-ha", "Xã Bắc Hà"),
    ("phuong-phu-an", "Phường Phú An"),
)
AWARDS = (
    ("Chiến sĩ thi đua cơ sở", AwardLevel.GRASSROOTS),
    ("Chiến sĩ thi đua cấp tỉnh", AwardLevel.PROVINCE),
    ("Chiến sĩ thi đua toàn quốc", AwardLevel.NATIONAL),
    ("Lao động tiên tiến", AwardLevel.GRASSROOTS),
    ("Tập thể lao động xuất sắc", AwardLevel.PROVINCE),
    ("Cờ thi đua của UBND tỉnh", AwardLevel.PROVINCE),
    ("Bằng khen của Chủ tịch UBND tỉnh", AwardLevel.PROVINCE),
    ("Bằng khen của Thủ tướng Chính phủ", AwardLevel.STATE),
    ("Giấy khen của Chủ tịch UBND huyện", AwardLevel.DISTRICT),
    ("Huân chương Lao động hạng Ba", AwardLevel.STATE),
    ("Giấy khen của Chủ tịch UBND xã", AwardLevel.GRASSROOTS),
)

# (slug, title, kind, position, unit, sectors, locality, featured, summary,
#  achievements, initiatives, honours)
PROFILES = (
    (
        "lo-thi-mai",
        "Lò Thị Mai",
        ProfileKind.INDIVIDUAL,
        "Giáo viên",
        "Trường Tiểu học Nà Khoang, xã Bắc Hà",
        ["giao-duc"],
        "xa-bac-ha",
        True,
        "Mười năm bám bản, vận động học sinh dân tộc thiểu số tới trường.",
        "<ul><li>Tỷ lệ học sinh chuyên cần của lớp đạt 100% trong năm năm liền.</li>"
        "<li>Biên soạn bộ tranh dạy tiếng Việt cho học sinh lớp 1.</li></ul>",
        [("Dạy học song ngữ Việt – Tày cho lớp 1", 2023, "tinh")],
        [
            ("Chiến sĩ thi đua cơ sở", 2023, "215/QĐ-UBND"),
            ("Chiến sĩ thi đua cấp tỉnh", 2025, "1024/QĐ-UBND"),
        ],
    ),
    (
        "hoang-van-son",
        "Hoàng Văn Sơn",
        ProfileKind.INDIVIDUAL,
        "Bác sĩ, Trưởng trạm",
        "Trạm Y tế xã Đồng Lâm",
        ["y-te"],
        "xa-dong-lam",
        True,
        "Người bác sĩ đưa dịch vụ khám sàng lọc tới tận nhà người cao tuổi.",
        "<p>Trạm Y tế xã Đồng Lâm đạt chuẩn quốc gia về y tế xã ba năm liền dưới sự dẫn dắt "
        "của anh.</p>",
        [("Khám sàng lọc tại nhà cho người cao tuổi", 2022, "toan-quoc")],
        [
            ("Chiến sĩ thi đua cấp tỉnh", 2022, "890/QĐ-UBND"),
            ("Chiến sĩ thi đua toàn quốc", 2025, "1502/QĐ-TTg"),
        ],
    ),
    (
        "hop-tac-xa-dong-xanh",
        "Hợp tác xã Nông nghiệp Đồng Xanh",
        ProfileKind.COLLECTIVE,
        "",
        "Phường Phú An",
        ["nong-nghiep"],
        "phuong-phu-an",
        True,
        "Liên kết hơn ba trăm hộ nông dân sản xuất gạo hữu cơ.",
        "<p>Doanh thu năm 2025 đạt 28 tỷ đồng, thu nhập bình quân xã viên tăng 35% so với "
        "năm 2020.</p>",
        [("Quy trình canh tác lúa hữu cơ tiết kiệm nước", 2024, "tinh")],
        [
            ("Tập thể lao động xuất sắc", 2024, "77/QĐ-UBND"),
            ("Cờ thi đua của UBND tỉnh", 2025, "1100/QĐ-UBND"),
        ],
    ),
    (
        "cong-an-xa-tan-lap",
        "Công an xã Tân Lập",
        ProfileKind.COLLECTIVE,
        "",
        "Công an tỉnh Sông Xanh",
        ["quoc-phong-an-ninh"],
        "xa-dong-lam",
        True,
        "Xây dựng mô hình “Thôn bản bình yên”, ba năm không có tội phạm nghiêm trọng.",
        "<p>Phối hợp với các đoàn thể vận động nhân dân giao nộp 120 vũ khí, vật liệu nổ.</p>",
        [],
        [("Bằng khen của Chủ tịch UBND tỉnh", 2024, "560/QĐ-UBND")],
    ),
    (
        "nguyen-thi-thu",
        "Nguyễn Thị Thu",
        ProfileKind.INDIVIDUAL,
        "Kỹ sư, Tổ trưởng tổ kỹ thuật",
        "Công ty Cổ phần Cơ khí Sông Xanh",
        ["cong-nghiep"],
        "phuong-trung-tam",
        False,
        "Tác giả bốn sáng kiến cải tiến kỹ thuật, làm lợi cho công ty hơn hai tỷ đồng.",
        "<p>Chị là nữ kỹ sư đầu tiên của công ty được công nhận Chiến sĩ thi đua cấp tỉnh.</p>",
        [
            ("Cải tiến đồ gá hàn khung máy cày", 2021, "co-so"),
            ("Tự động hóa dây chuyền sơn tĩnh điện", 2024, "tinh"),
        ],
        [
            ("Lao động tiên tiến", 2023, "12/QĐ-CT"),
            ("Chiến sĩ thi đua cấp tỉnh", 2024, "980/QĐ-UBND"),
        ],
    ),
    (
        "truong-thpt-phu-an",
        "Trường Trung học phổ thông Phú An",
        ProfileKind.COLLECTIVE,
        "",
        "Sở Giáo dục và Đào tạo",
        ["giao-duc"],
        "phuong-phu-an",
        False,
        "Năm năm liền dẫn đầu tỉnh về tỷ lệ học sinh giỏi.",
        "<p>Có 18 học sinh đạt giải học sinh giỏi quốc gia giai đoạn 2021–2025.</p>",
        [],
        [
            ("Tập thể lao động xuất sắc", 2023, "45/QĐ-UBND"),
            ("Bằng khen của Thủ tướng Chính phủ", 2025, "812/QĐ-TTg"),
        ],
    ),
    (
        "vi-van-hung",
        "Vi Văn Hùng",
        ProfileKind.INDIVIDUAL,
        "Trưởng thôn",
        "Thôn Khuổi Nặm, xã Bắc Hà",
        ["nong-nghiep"],
        "xa-bac-ha",
        False,
        "Vận động bà con hiến đất làm đường, trồng quế thoát nghèo.",
        "<p>Thôn Khuổi Nặm giảm tỷ lệ hộ nghèo từ 42% xuống 9% sau năm năm.</p>",
        [("Mô hình trồng quế xen cây ăn quả", 2022, "co-so")],
        [("Giấy khen của Chủ tịch UBND huyện", 2022, "301/QĐ-UBND")],
    ),
    (
        "benh-vien-da-khoa-tinh",
        "Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh",
        ProfileKind.COLLECTIVE,
        "",
        "Bệnh viện Đa khoa tỉnh Sông Xanh",
        ["y-te"],
        "phuong-trung-tam",
        False,
        "Làm chủ kỹ thuật lọc máu liên tục, cứu sống nhiều ca bệnh nặng.",
        "<p>Khoa đã triển khai thành công 12 kỹ thuật mới thuộc tuyến trung ương.</p>",
        [("Quy trình lọc máu liên tục tại tuyến tỉnh", 2023, "bo-nganh")],
        [
            ("Tập thể lao động xuất sắc", 2024, "66/QĐ-UBND"),
            ("Huân chương Lao động hạng Ba", 2025, "1750/QĐ-CTN"),
        ],
    ),
)

CLUSTERS = (
    (
        "Khối thi đua số 8",
        "khoi",
        "Các cơ quan tham mưu tổng hợp của UBND tỉnh.",
        ["Sở Nội vụ", "Sở Tư pháp", "Văn phòng UBND tỉnh", "Thanh tra tỉnh"],
        [(2025, "Thanh tra tỉnh", "Sở Nội vụ"), (2026, "Sở Nội vụ", "Sở Tư pháp")],
    ),
    (
        "Khối thi đua các sở kinh tế",
        "khoi",
        "Các sở quản lý nhà nước về kinh tế.",
        ["Sở Tài chính", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng"],
        [(2025, "Sở Tài chính", "Sở Xây dựng"), (2026, "Sở Công Thương", "Sở Tài chính")],
    ),
    (
        "Cụm thi đua các xã miền núi phía Bắc",
        "cum",
        "Các xã miền núi phía Bắc tỉnh, lập lại sau ngày 01/7/2025.",
        ["Xã Bắc Hà", "Xã Đồng Lâm", "Xã Nà Khoang", "Phường Phú An"],
        [(2026, "Xã Bắc Hà", "Xã Đồng Lâm")],
    ),
)
