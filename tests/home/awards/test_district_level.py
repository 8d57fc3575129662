"""District honours ended with the districts on 1 July 2025: a decision dated from that
day refuses "Cấp huyện" rows, in the award importer and in the decision's editor, while
older decisions keep them."""

import contextlib
import datetime
import json
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from home.models import AwardDecisionPage, AwardLevel, AwardRow
from tests.home.awards import files
from tests.home.awards.factories import AwardDecisionPageFactory, add_rows
from tests.home.factories import AwardFactory

pytestmark = pytest.mark.django_db

DISTRICT_AWARD = "Giấy khen của Chủ tịch UBND huyện"


@pytest.fixture
def district_award(db):
    return AwardFactory(name=DISTRICT_AWARD, level=AwardLevel.DISTRICT)


@pytest.fixture
def list_file(tmp_path):
    path = tmp_path / "ds-huyen.xlsx"
    path.write_bytes(files.award_list_xlsx())
    return path


def run(list_file, date, award=DISTRICT_AWARD):
    """The file's JSON report; the command fails when a file was refused."""
    out = StringIO()
    with contextlib.suppress(CommandError):
        call_command(
            "import_awards", str(list_file), "--date", date, "--award", award, "--json", stdout=out
        )
    return json.loads(out.getvalue())[0]


def test_import_refuses_district_rows_on_a_decision_dated_from_july_2025(
    archive, list_file, district_award
):
    report = run(list_file, "2025-07-01")
    assert report["page_id"] is None
    assert "khen thưởng cấp huyện" in report["warnings"][-1]


def test_a_refused_import_writes_no_decision_and_no_row(archive, list_file, district_award):
    run(list_file, "2025-09-15")
    assert (AwardDecisionPage.objects.count(), AwardRow.objects.count()) == (0, 0)


def test_import_keeps_district_rows_on_a_decision_before_july_2025(
    archive, list_file, district_award
):
    report = run(list_file, "2025-06-30")
    assert AwardRow.objects.filter(decision_id=report["page_id"]).count() == 5


def test_import_refuses_a_printed_district_award_the_catalogue_lacks(archive, list_file):
    report = run(list_file, "2025-08-01", award="Giấy khen của Chủ tịch UBND huyện Văn Lãng")
    assert report["page_id"] is None


def test_import_accepts_a_commune_award_after_july_2025(archive, list_file):
    report = run(list_file, "2025-08-01", award="Giấy khen của Chủ tịch UBND xã Hòa An")
    assert report["page_id"] is not None


@pytest.fixture
def district_decision(archive, district_award):
    page = AwardDecisionPageFactory(
        parent=archive, number="88/QĐ-UBND", issued_on=datetime.date(2025, 3, 1)
    )
    add_rows(page, 2, district_award)
    return page


def test_decision_with_district_rows_cannot_move_to_july_2025(district_decision):
    district_decision.issued_on = datetime.date(2025, 7, 1)
    with pytest.raises(ValidationError) as raised:
        district_decision.full_clean()
    assert "issued_on" in raised.value.message_dict


def test_decision_with_district_rows_keeps_a_date_before_july_2025(district_decision):
    district_decision.issued_on = datetime.date(2025, 6, 30)
    district_decision.full_clean()


def test_the_editor_shows_the_refusal_in_vietnamese(client, superuser, district_decision):
    client.force_login(superuser)
    url = reverse("wagtailadmin_pages:edit", args=[district_decision.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data = {key: data.getlist(key)[-1] for key in data}
    data["issued_on"] = "2025-08-01"
    # The admin builds the StreamFields' inputs in JavaScript: send them empty.
    streams = [f.name for f in AwardDecisionPage._meta.fields if isinstance(f, StreamField)]
    data.update(nested_form_data({name: streamfield([]) for name in streams}))
    response = client.post(url, data)
    assert "Quyết định ngày 01/08/2025 không thể khen thưởng cấp huyện" in (
        response.content.decode()
    )
