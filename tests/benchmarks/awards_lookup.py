"""Award look-up at scale: names, units and filters through GET /api/awards/ and the
look-up page, server time (p50/p95), CPU per request and SQL queries.

    DATABASE_URL=postgres://…/lookup_bench .venv/bin/python tests/benchmarks/awards_lookup.py \\
        [--rows 100000] [--repeat 30]

Run it on a migrated database with the demo loaded (`manage.py load_demo_data`): when
it holds fewer award rows than --rows, it adds decisions of 1,000 invented rows each
(bulk_create) under the demo archive until it does. Targets (issue #20): p95 ≤ 50 ms
and ≤ 10 ms CPU per look-up by name."""

import random
import sys
import time

from inprocess import arguments, measure, report, setup

ROWS_PER_DECISION = 1000
FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Lò",
    "Hà",
    "Đinh",
    "Mai",
]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Thanh", "Quốc", "Ngọc", "Hữu", "Xuân", "Kim"]
GIVEN = [
    "Hương",
    "Hường",
    "Hùng",
    "Lan",
    "Mai",
    "Sơn",
    "Huy",
    "Giang",
    "Hà",
    "Tuấn",
    "Yến",
    "Linh",
    "Dũng",
    "Phương",
    "Thảo",
    "Nam",
    "Bình",
    "Trang",
    "Quý",
    "Thủy",
    "Vy",
]
UNITS = [
    "Sở Tài chính",
    "Sở Nội vụ",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "UBND huyện Đồng Lâm",
    "Trường THCS Lê Lợi",
    "Công an tỉnh",
    "Bệnh viện Đa khoa tỉnh",
    "Trạm Y tế xã Tân Lập",
]
POSITIONS = ["Chuyên viên", "Kế toán", "Giáo viên", "Trưởng phòng", "Phó Giám đốc", "Bác sĩ"]

CASES = [
    ("exact name", {"q": "nguyen thi thu huong"}),
    ("name with marks", {"q": "Nguyễn Thị Thu Hường"}),
    ("given names", {"q": "thu huong"}),
    # A name of the data itself, typed without marks: "{sample}" is filled in.
    ("rare name", {"q": "{sample}"}),
    ("no match", {"q": "zzyzx qwerty"}),
    ("unit", {"q": "so tai chinh"}),
    ("name and year", {"q": "{sample}", "year": "{sample_year}"}),
    ("level and kind", {"level": "tinh", "kind": "ca-nhan"}),
    ("everything, page 50", {"page": "50"}),
]


def fill(target):
    """Decisions of ROWS_PER_DECISION invented rows until `target` rows exist."""
    import datetime

    from documents.models import DocumentArchivePage
    from home.models import Award, AwardDecisionPage, AwardRow

    existing = AwardRow.objects.count()
    if existing >= target:
        return existing
    archive = DocumentArchivePage.objects.live().first()
    if archive is None:
        sys.exit("No document archive: run manage.py load_demo_data first.")
    awards = list(Award.objects.all()) or [None]
    chance = random.Random(20)
    number = AwardDecisionPage.objects.count()
    while existing < target:
        number += 1
        decision = AwardDecisionPage(
            title=f"Quyết định khen thưởng đo tải {number}",
            slug=f"quyet-dinh-khen-thuong-do-tai-{number}",
            number=f"{5000 + number}/QĐ-UBND",
            subject="Về việc tặng Bằng khen (dữ liệu đo tải)",
            issued_on=datetime.date(2015 + number % 11, 1 + number % 12, 1 + number % 28),
        )
        archive.add_child(instance=decision)
        decision.save_revision().publish()
        rows = []
        for order in range(1, ROWS_PER_DECISION + 1):
            collective = chance.random() < 0.15
            name = (
                f"Phòng {chance.choice(POSITIONS)} {chance.choice(UNITS)}"
                if collective
                else " ".join(
                    (
                        chance.choice(FAMILY),
                        *chance.sample(MIDDLE, chance.choice((1, 2))),
                        chance.choice(GIVEN),
                    )
                )
            )
            award = chance.choice(awards)
            rows.append(
                AwardRow(
                    decision=decision,
                    kind="tap-the" if collective else "ca-nhan",
                    name=name,
                    detail=""
                    if collective
                    else f"{chance.choice(POSITIONS)}, {chance.choice(UNITS)}",
                    award=award,
                    award_text=award.name if award else "Bằng khen",
                    year=decision.issued_on.year - 1,
                    section="II. CÁ NHÂN",
                    order=order,
                    source="benchmark",
                ).fill_keys()
            )
        AwardRow.objects.bulk_create(rows, batch_size=1000)
        existing += len(rows)
        print(f"  {existing} rows", flush=True)
    return existing


def _rows_option():
    """--rows N, taken out of argv before the shared options are parsed."""
    if "--rows" not in sys.argv:
        return 100_000
    at = sys.argv.index("--rows")
    value = int(sys.argv[at + 1])
    del sys.argv[at : at + 2]
    return value


def main():
    target = _rows_option()
    options = arguments(__doc__)
    setup()
    from django.db import connection
    from django.test import Client

    from home.models import AwardRow, AwardSearchPage

    rows = fill(target)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE home_awardrow")
    page_url = AwardSearchPage.objects.live().first().url
    sample = AwardRow.objects.filter(kind="ca-nhan").order_by("pk")[rows // 2 :][:1].get()
    filled = {"sample": sample.name_folded, "sample_year": str(sample.year)}
    client = Client()
    results = []
    for address in ("/api/awards/", page_url):
        for name, template in CASES:
            params = {key: value.format(**filled) for key, value in template.items()}
            spent = []

            def run(params=params, address=address, spent=spent):
                started = time.process_time()
                response = client.get(address, params, HTTP_HOST="localhost")
                spent.append((time.process_time() - started) * 1000)
                assert response.status_code == 200, response.status_code
                return (
                    response.context["results"].paginator.count
                    if response.context
                    else (response.json()["count"])
                )

            label = f"{'API' if address.startswith('/api') else 'page'}: {name}"
            result = measure(label, run, repeat=options.repeat, warmup=options.warmup)
            timed = sorted(spent[options.warmup :])
            result["cpu_ms"] = round(sum(timed) / len(timed), 2)
            result["outcome"] = f"{result['outcome']} hits, {result['cpu_ms']} ms CPU"
            results.append(result)
    print(
        f"{rows} award rows; worst p95 {max(r['p95_ms'] for r in results):.1f} ms, "
        f"worst CPU {max(r['cpu_ms'] for r in results):.1f} ms per request"
    )
    report("award look-up", results, options.json)


if __name__ == "__main__":
    main()
