import pytest

from home.awards.names import counts_text, folded_key, without_honorific


@pytest.mark.parametrize(
    "printed",
    [
        "Ông Nguyễn Văn Bình",
        "Bà Nguyễn Văn Bình",
        "Đồng chí Nguyễn Văn Bình",
        "Đ/c Nguyễn Văn Bình",
        "đ/c: Nguyễn Văn Bình",
        "ÔNG Nguyễn Văn Bình",
    ],
)
def test_honorifics_are_not_part_of_the_name(printed):
    assert without_honorific(printed) == "Nguyễn Văn Bình"


def test_a_name_that_only_starts_like_an_honorific_is_kept():
    assert without_honorific("Ôn Thị Bà") == "Ôn Thị Bà"


def test_the_folded_key_drops_marks_and_unifies_d_and_y():
    assert folded_key("  Nguyễn Thị  Thu Hường ") == folded_key("nguyen thi thu huong")
    assert folded_key("Đặng Văn Sỹ") == "dang van si"


@pytest.mark.parametrize(
    ("collective", "individual", "text"),
    [(3, 8, "03 tập thể và 08 cá nhân"), (32, 0, "32 tập thể"), (0, 120, "120 cá nhân")],
)
def test_counts_are_written_as_the_lists_write_them(collective, individual, text):
    assert counts_text(collective, individual) == text
