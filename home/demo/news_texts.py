"""The demo's news: categories and articles about the emulation movement of the
fictional tỉnh Sông Xanh. Written for this project; every name is invented."""

CATEGORIES = (
    ("hoat-dong-cua-ban", "Hoạt động của Ban"),
    ("phong-trao-thi-dua", "Phong trào thi đua"),
    ("guong-dien-hinh", "Gương điển hình"),
    ("khen-thuong", "Khen thưởng"),
)

# (slug, title, categories, featured, lead, paragraphs)
NEWS = (
    (
        "phat-dong-thi-dua-nam-2026",
        "Phát động phong trào thi đua yêu nước năm 2026",
        ["phong-trao-thi-dua", "hoat-dong-cua-ban"],
        True,
        "UBND tỉnh Sông Xanh phát động phong trào thi đua yêu nước năm 2026 với chủ đề "
        "“Đoàn kết, sáng tạo, về đích sớm các mục tiêu phát triển”.",
        (
            "Tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh nhấn mạnh thi đua phải gắn với "
            "nhiệm vụ chính trị của từng cơ quan, đơn vị, tránh hình thức.",
            "Các cụm, khối thi đua đã ký giao ước thi đua, cam kết hoàn thành các chỉ tiêu "
            "kinh tế – xã hội được giao.",
        ),
    ),
    (
        "tong-ket-cong-tac-thi-dua-2025",
        "Tổng kết công tác thi đua, khen thưởng năm 2025",
        ["hoat-dong-cua-ban"],
        True,
        "Hội đồng Thi đua – Khen thưởng tỉnh tổng kết công tác năm 2025, biểu dương 45 tập "
        "thể và 120 cá nhân tiêu biểu.",
        (
            "Năm 2025, toàn tỉnh có 3 tập thể được đề nghị tặng Cờ thi đua của Chính phủ và "
            "18 cá nhân được công nhận Chiến sĩ thi đua cấp tỉnh.",
            "Hội nghị chỉ ra hạn chế: việc phát hiện điển hình ở cơ sở còn chậm, hồ sơ khen "
            "thưởng có nơi chưa đúng thời hạn.",
        ),
    ),
    (
        "tap-huan-nghiep-vu-thi-dua",
        "Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở",
        ["hoat-dong-cua-ban"],
        False,
        "Hơn 200 cán bộ làm công tác thi đua, khen thưởng cấp xã được tập huấn về Luật "
        "Thi đua, khen thưởng và các văn bản hướng dẫn mới.",
        (
            "Học viên được hướng dẫn lập hồ sơ đề nghị khen thưởng trên môi trường điện tử, "
            "rút ngắn thời gian thẩm định.",
        ),
    ),
    (
        "guong-co-giao-vung-cao",
        "Cô giáo vùng cao mười năm bám bản",
        ["guong-dien-hinh"],
        True,
        "Mười năm gắn bó với điểm trường Nà Khoang, cô Lò Thị Mai đã vận động hàng trăm "
        "học sinh trở lại lớp.",
        (
            "Mỗi sáng, cô Mai đi bộ hơn năm cây số tới điểm trường. Sáng kiến dạy học song ngữ "
            "của cô đã được nhân rộng ra các xã miền núi của tỉnh.",
        ),
    ),
    (
        "hop-tac-xa-dong-xanh",
        "Hợp tác xã Đồng Xanh: từ ruộng lúa đến thương hiệu gạo sạch",
        ["guong-dien-hinh", "phong-trao-thi-dua"],
        False,
        "Từ mười hộ nông dân, Hợp tác xã Đồng Xanh nay liên kết hơn ba trăm hộ, đưa gạo "
        "sạch Sông Xanh vào các siêu thị lớn.",
        (
            "Hợp tác xã áp dụng quy trình canh tác hữu cơ, giảm một nửa lượng phân bón hóa "
            "học và tăng thu nhập cho xã viên.",
        ),
    ),
    (
        "trao-huan-chuong-lao-dong",
        "Trao Huân chương Lao động cho các tập thể, cá nhân xuất sắc",
        ["khen-thuong"],
        False,
        "Thừa ủy quyền của Chủ tịch nước, lãnh đạo tỉnh trao Huân chương Lao động hạng Ba "
        "cho hai tập thể và ba cá nhân.",
        (
            "Các tập thể, cá nhân được khen đã có thành tích xuất sắc trong phong trào thi đua "
            "giai đoạn 2021–2025.",
        ),
    ),
    (
        "khoi-thi-dua-so-8-ky-giao-uoc",
        "Khối thi đua số 8 ký kết giao ước thi đua",
        ["phong-trao-thi-dua"],
        False,
        "Các sở thuộc Khối thi đua số 8 ký kết giao ước thi đua năm 2026, thống nhất năm "
        "nội dung trọng tâm.",
        (
            "Sở Nội vụ được bầu làm Trưởng khối, Sở Tư pháp làm Phó khối năm 2026.",
        ),
    ),
    (
        "dai-hoi-thi-dua-xa-dong-lam",
        "Đại hội Thi đua yêu nước xã Đồng Lâm lần thứ I thành công tốt đẹp",
        ["phong-trao-thi-dua"],
        False,
        "Đại hội biểu dương 30 tập thể, 52 cá nhân tiêu biểu và chọn đại biểu dự Đại hội "
        "Thi đua yêu nước tỉnh lần thứ VI.",
        (
            "Đại hội đã thông qua báo cáo tổng kết giai đoạn 2020–2025 và phương hướng phong "
            "trào thi đua giai đoạn 2025–2030.",
        ),
    ),
    (
        "phong-trao-chung-tay-vi-nguoi-ngheo",
        "Phong trào “Chung tay vì người nghèo” lan tỏa khắp các thôn bản",
        ["phong-trao-thi-dua"],
        False,
        "Sau ba năm, phong trào đã hỗ trợ xây mới 420 nhà đại đoàn kết cho hộ nghèo trên "
        "địa bàn tỉnh.",
        (
            "Nhiều doanh nghiệp, nhà hảo tâm đã đóng góp ngày công, vật liệu để cùng chính "
            "quyền xóa nhà tạm.",
        ),
    ),
    (
        "bac-si-tram-y-te-xa",
        "Người bác sĩ trạm y tế xã được phong Chiến sĩ thi đua toàn quốc",
        ["guong-dien-hinh", "khen-thuong"],
        False,
        "Bác sĩ Hoàng Văn Sơn, Trạm Y tế xã Tân Lập, là một trong năm cá nhân của tỉnh "
        "được công nhận Chiến sĩ thi đua toàn quốc.",
        (
            "Anh đã xây dựng mô hình khám sàng lọc tại nhà cho người cao tuổi, được Bộ Y tế "
            "đánh giá cao.",
        ),
    ),
    (
        "so-ket-thi-dua-6-thang",
        "Sơ kết phong trào thi đua sáu tháng đầu năm",
        ["hoat-dong-cua-ban"],
        False,
        "Ban Thi đua – Khen thưởng tổ chức sơ kết sáu tháng, đánh giá tiến độ các phong "
        "trào thi đua chuyên đề.",
        (
            "Các đơn vị được đề nghị đẩy nhanh việc phát hiện, bồi dưỡng điển hình để chuẩn "
            "bị cho Đại hội Thi đua yêu nước các cấp.",
        ),
    ),
    (
        "huong-dan-khen-thuong-dot-xuat",
        "Hướng dẫn khen thưởng đột xuất cho lực lượng phòng chống thiên tai",
        ["khen-thuong"],
        False,
        "Ban hướng dẫn quy trình khen thưởng nhanh cho tập thể, cá nhân có thành tích "
        "trong khắc phục hậu quả mưa lũ.",
        (
            "Hồ sơ khen thưởng đột xuất được giải quyết trong năm ngày làm việc kể từ khi "
            "nhận đủ hồ sơ.",
        ),
    ),
)
