"""Roman numerals, which Vietnamese official style uses for congress ordinals
("Đại hội lần thứ V")."""

_NUMERALS = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def to_roman(number):
    """The Roman numeral for a whole number from 1 to 3999."""
    number = int(number)
    if not 1 <= number <= 3999:
        raise ValueError(f"{number} has no Roman numeral (1–3999 only)")
    parts = []
    for value, numeral in _NUMERALS:
        count, number = divmod(number, value)
        parts.append(numeral * count)
    return "".join(parts)
