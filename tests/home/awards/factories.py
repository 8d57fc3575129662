"""Factories for award decisions and their rows."""

import factory

from home.models import AwardDecisionPage, AwardRow
from tests.documents.factories import OfficialDocumentPageFactory


class AwardDecisionPageFactory(OfficialDocumentPageFactory):
    title = factory.Sequence(lambda n: f"Quyết định khen thưởng {n}")
    slug = factory.Sequence(lambda n: f"quyet-dinh-khen-thuong-{n}")
    subject = "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh"

    class Meta:
        model = AwardDecisionPage


def add_rows(decision, count, award=None, section="II. CÁ NHÂN", kind="ca-nhan", start=1):
    """`count` rows on `decision` in one query, as the importer saves them."""
    rows = [
        AwardRow(
            decision=decision,
            kind=kind,
            name=f"Nguyễn Văn Thử {number}",
            detail=f"Chuyên viên, Phòng số {number}",
            award=award,
            award_text="" if award else "Bằng khen",
            year=2024,
            section=section,
            order=number,
        ).fill_keys()
        for number in range(start, start + count)
    ]
    AwardRow.objects.bulk_create(rows, batch_size=500)
