"""find_amounts / parse_amount on sentences written for these tests (not the held-out file).

Each positive case lists every amount the sentence holds as (value, unit, kind, approx,
high); the negative table beside it holds sentences with numbers that are not amounts.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import vnus
from vnus.amounts import Amount, AmountMention

Row = tuple[str, str | None, str, str | None, str | None]


def _amount(
    value: str, unit: str | None, kind: str, approx: str | None = None, high: str | None = None
) -> Row:
    return (value, unit, kind, approx, high)


M, P, Q, R, N = "money", "percent", "quantity", "rate", "number"

CASES: list[tuple[str, list[Row]]] = [
    # money, Vietnamese
    ("Xuất khẩu nông sản đạt 62,5 tỷ USD.", [_amount("62500000000", "USD", M)]),
    ("Công ty lãi 1.250 tỷ đồng.", [_amount("1250000000000", "VND", M)]),
    ("Giá trị hợp đồng 4 tỷ 750 triệu đồng.", [_amount("4750000000", "VND", M)]),
    ("Mỗi suất quà trị giá 500.000 đồng.", [_amount("500000", "VND", M)]),
    ("Vé tàu giá 350.000đ.", [_amount("350000", "VND", M)]),
    ("Khoản tài trợ 12 triệu đô la Mỹ.", [_amount("12000000", "USD", M)]),
    ("Quỹ có 7 tỷ đô-la.", [_amount("7000000000", "USD", M)]),
    ("Hạn mức 2,5 nghìn tỷ VNĐ.", [_amount("2500000000000", "VND", M)]),
    ("Viện trợ 15 tỷ yên Nhật.", [_amount("15000000000", "JPY", M)]),
    ("Đầu tư 600 triệu nhân dân tệ.", [_amount("600000000", "CNY", M)]),
    ("Thu về 90 tỷ won.", [_amount("90000000000", "KRW", M)]),
    ("Khoản vay 40 triệu euro.", [_amount("40000000", "EUR", M)]),
    ("Mỗi người nhận năm triệu đồng.", [_amount("5000000", "VND", M)]),
    ("Dự án cần bốn mươi lăm tỷ đồng.", [_amount("45000000000", "VND", M)]),
    ("Quỹ có một trăm linh năm tỷ đồng.", [_amount("105000000000", "VND", M)]),
    ("Thưởng hai triệu rưỡi đồng.", [_amount("2500000", "VND", M)]),
    ("Tổng vốn 1,3 triệu tỷ đồng.", [_amount("1300000000000000", "VND", M)]),
    # money, English
    ("Intel spent $1.5 billion on the plant.", [_amount("1500000000", "USD", M)]),
    ("The loan is worth US$600 million.", [_amount("600000000", "USD", M)]),
    ("Profit reached VND12.3 trillion.", [_amount("12300000000000", "VND", M)]),
    ("The fund holds €2.4bn.", [_amount("2400000000", "EUR", M)]),
    ("The award was $250,000.", [_amount("250000", "USD", M)]),
    ("Tickets cost 350,000 dong.", [_amount("350000", "VND", M)]),
    ("Japan gave ¥15 billion.", [_amount("15000000000", "JPY", M)]),
    ("They pledged three million dollars.", [_amount("3000000", "USD", M)]),
    ("A grant of 40 million euros followed.", [_amount("40000000", "EUR", M)]),
    ("Seoul lent 90 billion won.", [_amount("90000000000", "KRW", M)]),
    ("Sales hit $3m last quarter.", [_amount("3000000", "USD", M)]),
    # percent and points
    ("Lạm phát ở mức 3,6%.", [_amount("3.6", "%", P)]),
    ("Năng suất tăng 5 phần trăm.", [_amount("5", "%", P)]),
    ("Tăng trưởng đạt bảy phần trăm.", [_amount("7", "%", P)]),
    ("Lợi suất giảm 0,25 điểm phần trăm.", [_amount("0.25", "pp", P)]),
    ("Lãi suất tăng 50 điểm cơ bản.", [_amount("50", "bp", P)]),
    ("Tariffs fell to 15%.", [_amount("15", "%", P)]),
    ("Growth slowed to 6.1 percent.", [_amount("6.1", "%", P)]),
    ("Rates rose 0.75 percentage point.", [_amount("0.75", "pp", P)]),
    ("Yields rose 30 basis points.", [_amount("30", "bp", P)]),
    ("Prices rose 4.5 per cent.", [_amount("4.5", "%", P)]),
    # quantities
    ("Xuất khẩu 3,2 triệu tấn gạo.", [_amount("3200000", "t", Q)]),
    ("Nhà máy công suất 1.200 MW.", [_amount("1200", "MW", Q)]),
    ("Tiêu thụ 2,1 tỷ kWh điện.", [_amount("2100000000", "kWh", Q)]),
    ("Cảng đón 800.000 TEU.", [_amount("800000", "TEU", Q)]),
    ("Diện tích 1.500 ha.", [_amount("1500", "ha", Q)]),
    ("Tuyến đường dài 45 km.", [_amount("45", "km", Q)]),
    ("Bồn chứa 30.000 m³.", [_amount("30000", "m³", Q)]),
    ("Bồn chứa 30.000 m3 xăng.", [_amount("30000", "m³", Q)]),
    ("Nhập 5 triệu thùng dầu.", [_amount("5000000", "bbl", Q)]),
    ("Mỗi ngày bán 2 tấn cá.", [_amount("2", "t", Q)]),
    ("Exports hit 3.2 million tonnes.", [_amount("3200000", "t", Q)]),
    ("The plant has 1,200 MW of capacity.", [_amount("1200", "MW", Q)]),
    ("A million tonnes of rice were shipped.", [_amount("1000000", "t", Q)]),
    ("Output was 600,000 barrels.", [_amount("600000", "bbl", Q)]),
    ("The project covers 1,500 hectares.", [_amount("1500", "ha", Q)]),
    ("The farm uses 450MW of power.", [_amount("450", "MW", Q)]),
    # rates
    ("Tỷ giá bán ra là 25.320 đồng/USD.", [_amount("25320", "VND/USD", R)]),
    ("Giá xuất khẩu 610 USD/tấn.", [_amount("610", "USD/t", R)]),
    ("Giá điện 3.000 đồng/kWh.", [_amount("3000", "VND/kWh", R)]),
    ("Giá xăng 21.500 đồng/lít.", [_amount("21500", "VND/L", R)]),
    ("Lương 8 triệu đồng/tháng.", [_amount("8000000", "VND/month", R)]),
    ("Năng suất 5,8 tấn/ha.", [_amount("5.8", "t/ha", R)]),
    ("Rice sold at $610 per tonne.", [_amount("610", "USD/t", R)]),
    ("The rate was 25,320 VND/USD.", [_amount("25320", "VND/USD", R)]),
    ("The field pumps 9,000 barrels a day.", [_amount("9000", "bbl/day", R)]),
    # approximations
    ("Có khoảng 3 tỷ USD vốn.", [_amount("3000000000", "USD", M, "about")]),
    ("Đạt gần 8%.", [_amount("8", "%", P, "nearly")]),
    ("Vượt hơn 2 triệu tấn.", [_amount("2000000", "t", Q, "over")]),
    ("Chiếm trên 40%.", [_amount("40", "%", P, "over")]),
    ("Chỉ dưới 1% doanh nghiệp.", [_amount("1", "%", P, "under")]),
    ("Xấp xỉ 12 tỷ USD.", [_amount("12000000000", "USD", M, "about")]),
    ("Chưa đến 2% số vốn.", [_amount("2", "%", P, "under")]),
    ("It costs about $4 billion.", [_amount("4000000000", "USD", M, "about")]),
    ("Nearly 60% of firms agreed.", [_amount("60", "%", P, "nearly")]),
    ("More than 2 million tonnes arrived.", [_amount("2000000", "t", Q, "over")]),
    ("Less than 1% of loans are bad.", [_amount("1", "%", P, "under")]),
    ("Around $700 million was raised.", [_amount("700000000", "USD", M, "about")]),
    ("Almost $2 billion flowed out.", [_amount("2000000000", "USD", M, "nearly")]),
    ("Mục tiêu tăng trưởng 8,5% trở lên.", [_amount("8.5", "%", P, "over")]),
    ("Loans of $5 billion or more.", [_amount("5000000000", "USD", M, "over")]),
    ("Lãi suất 6% trở xuống.", [_amount("6", "%", P, "under")]),
    # ranges
    ("Tăng trưởng từ 8 đến 10%.", [_amount("8", "%", P, None, "10")]),
    ("Dự kiến 30–35 tỷ USD.", [_amount("30000000000", "USD", M, None, "35000000000")]),
    ("Cần từ 1 đến 1,5 triệu tấn.", [_amount("1000000", "t", Q, None, "1500000")]),
    ("Khoảng 5-6% GDP.", [_amount("5", "%", P, "about", "6")]),
    ("Từ 900 triệu đến 1,2 tỷ USD.", [_amount("900000000", "USD", M, None, "1200000000")]),
    ("Growth of 6-6.5% is expected.", [_amount("6", "%", P, None, "6.5")]),
    (
        "Between $2 billion and $3 billion was pledged.",
        [_amount("2000000000", "USD", M, None, "3000000000")],
    ),
    ("Costs of $5-7 billion are expected.", [_amount("5000000000", "USD", M, None, "7000000000")]),
    ("A rise of 10 to 12 percent.", [_amount("10", "%", P, None, "12")]),
    # two amounts joined by a change
    (
        "Vốn tăng từ 300 tỷ lên 450 tỷ đồng.",
        [_amount("300000000000", "VND", M), _amount("450000000000", "VND", M)],
    ),
    (
        "Giá giảm từ 7 xuống 5 triệu đồng.",
        [_amount("7000000", "VND", M), _amount("5000000", "VND", M)],
    ),
    # counts in millions
    ("Đón 12,6 triệu lượt khách.", [_amount("12600000", None, N)]),
    ("Some 2.5 million visitors came.", [_amount("2500000", None, N, "about")]),
    # several in one sentence
    (
        "Xuất khẩu đạt 36,2 tỷ USD, tăng 12%; nhập khẩu 14,1 tỷ USD, giảm 2,5%.",
        [
            _amount("36200000000", "USD", M),
            _amount("12", "%", P),
            _amount("14100000000", "USD", M),
            _amount("2.5", "%", P),
        ],
    ),
]

NOT_AMOUNTS = [
    "Lễ kỷ niệm diễn ra ngày 30/4.",
    "Ngày 19/5/2025, hai bên ký kết.",
    "Nghị định 100/2019/NĐ-CP về xử phạt.",
    "Kết luận 12-KL/TW đã được ban hành.",
    "Quyết định 447/QĐ-BCT công bố hôm qua.",
    "Kỳ họp thứ 9 của Quốc hội.",
    "Lần thứ 3 tổ chức diễn đàn.",
    "Quy hoạch giai đoạn 2026-2030.",
    "Nhiệm kỳ 2020 - 2025 đã kết thúc.",
    "Gọi tổng đài 1800.1234 miễn phí.",
    "Hotline 0912.345.678 luôn sẵn sàng.",
    "Mã HS 1006.30 là gạo xát.",
    "Chung kết kết thúc với tỷ số 1-0.",
    "Bản cập nhật 4.2.1 sửa nhiều lỗi.",
    "Địa chỉ IP 192.168.1.1 bị chặn.",
    "Phiên họp lúc 14h30.",
    "Đại dịch COVID-19 đã qua.",
    "Hội nghị G7 năm nay.",
    "Số 12 Ngô Quyền là trụ sở.",
    "Điều 9 của Hiệp định.",
    "Tỷ lệ này vẫn giữ nguyên.",
    "Tỷ giá ổn định trong nhiều năm.",
    "Ba mươi năm qua hai nước hợp tác.",
    "Hai bên đồng ý gia hạn.",
    "Năm 2030 là mốc quan trọng.",
    "Có 3 đồng chí được bầu.",
    "Khoảng 1/3 số hộ được hỗ trợ.",
    "Hơn 20 doanh nghiệp tham gia.",
    "Xếp thứ 2 khu vực.",
    "The 2024 summit was held on 10/9.",
    "Resolution 68-NQ/TW was adopted.",
    "The score was 3-2.",
    "Version 2.0.1 is out.",
    "Call 1-800-555-0199 now.",
    "Meet at 9:30 on Monday.",
    "More than 30 firms attended.",
    "He won 3 awards.",
    "The 5G network covers 10 cities.",
    "1.1.1.1.1.1.1.1",
    "tỷ tỷ tỷ tỷ",
    "",
]


def _rows(mentions: list[AmountMention]) -> list[Row]:
    return [
        (str(m.value), m.unit, m.kind, m.approx, None if m.high is None else str(m.high))
        for m in mentions
    ]


def _expected(rows: list[Row]) -> list[Row]:
    return [
        (str(Decimal(v)), u, k, a, None if h is None else str(Decimal(h))) for v, u, k, a, h in rows
    ]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_amounts(text: str, expected: list[Row]) -> None:
    mentions = vnus.find_amounts(text)
    assert _rows(mentions) == _expected(expected)
    for m in mentions:
        assert text[m.span[0] : m.span[1]] == m.text


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_amounts(text: str) -> None:
    assert vnus.find_amounts(text) == []


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_no_date_inside_an_amount(text: str, expected: list[Row]) -> None:
    spans = [m.span for m in vnus.find_amounts(text)]
    for date in vnus.find_dates(text, reference=dt.date(2025, 6, 1)):
        assert all(date.span[1] <= a or b <= date.span[0] for a, b in spans), date


def test_spans_survive_decomposed_text() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Kim ngạch đạt 88,4 tỷ USD, tăng 27,8%.")
    mentions = vnus.find_amounts(text)
    assert [m.unit for m in mentions] == ["USD", "%"]
    assert all(text[m.span[0] : m.span[1]] == m.text for m in mentions)


def test_language_of_the_text_tells_an_ambiguous_figure() -> None:
    assert vnus.find_amounts("Nhà máy đạt công suất 1.234 MW trong năm nay")[0].value == 1234
    assert vnus.find_amounts("The plant will reach 1.234 MW of the capacity")[0].value == Decimal(
        "1.234"
    )
    assert vnus.find_amounts("The plant will reach 1,234 MW of the capacity")[0].value == 1234
    assert vnus.find_amounts("Nhà máy đạt công suất 1,234 MW trong năm nay")[0].value == Decimal(
        "1.234"
    )
    # nothing tells: a grouping
    assert vnus.parse_amount("1,234 MW") == Amount(Decimal(1234), "MW", "quantity")


def test_parse_amount() -> None:
    assert vnus.parse_amount("88,4 tỷ USD") == Amount(Decimal("88400000000"), "USD", "money")
    assert vnus.parse_amount("1.234") == Amount(Decimal(1234), None, "number")
    assert vnus.parse_amount("hai mươi năm") is None
    assert vnus.parse_amount("") is None
    assert vnus.parse_amount("ngày 2/9") is None


def test_mention_to_dict_keeps_every_digit() -> None:
    (m,) = vnus.find_amounts("đạt 12.345,67 triệu đồng")
    assert m.to_dict() == {
        "type": "amount",
        "span": [4, 24],
        "text": "12.345,67 triệu đồng",
        "value": "12345670000",
        "unit": "VND",
        "kind": "money",
        "approx": None,
        "high": None,
    }


def test_amount_checks_its_fields() -> None:
    with pytest.raises(ValueError, match="'approx' must be one of"):
        Amount(Decimal(1), "%", "percent", "roughly")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="below its low end"):
        Amount(Decimal(5), "%", "percent", None, Decimal(4))
    with pytest.raises(TypeError, match="must be a Decimal, an int or a str, not float"):
        Amount(1.5, "%", "percent")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="finite"):
        Amount(Decimal("NaN"), "%", "percent")
    assert Amount("2.5", "%", "percent").value == Decimal("2.5")  # type: ignore[arg-type]


def test_bad_input_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="bytes"):
        vnus.find_amounts(b"5%")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="int"):
        vnus.parse_amount(5)  # type: ignore[arg-type]


def test_format_amount_refuses_what_it_cannot_write() -> None:
    good = Amount(Decimal(5), "%", "percent")
    with pytest.raises(TypeError, match="must be an Amount, not str"):
        vnus.format_amount("5%")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="locale must be str, not NoneType"):
        vnus.format_amount(good, None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="locale must be 'vi' or 'en'"):
        vnus.format_amount(good, "fr")
    with pytest.raises(ValueError, match="unknown unit 'XYZ'"):
        vnus.format_amount(Amount(Decimal(5), "XYZ", "money"))
    with pytest.raises(ValueError, match="a percent's unit is"):
        vnus.format_amount(Amount(Decimal(5), "USD", "percent"))
    with pytest.raises(ValueError, match="a rate and only a rate"):
        vnus.format_amount(Amount(Decimal(5), "USD", "rate"))
    with pytest.raises(ValueError, match="needs a unit"):
        vnus.format_amount(Amount(Decimal(5), None, "money"))


@pytest.mark.parametrize(
    ("amount", "vi", "en"),
    [
        (Amount(Decimal("88400000000"), "USD", "money"), "88,4 tỷ USD", "US$88.4 billion"),
        (Amount(Decimal("27.8"), "%", "percent"), "27,8%", "27.8%"),
        (Amount(Decimal("3200000000"), "VND", "money"), "3,2 tỷ đồng", "VND3.2 billion"),
        (Amount(Decimal("1"), "pp", "percent"), "1 điểm phần trăm", "1 percentage point"),
        (Amount(Decimal("25450"), "VND/USD", "rate"), "25.450 đồng/USD", "VND25,450/USD"),
        (Amount(Decimal("43100000"), "t", "quantity"), "43,1 triệu tấn", "43.1 million tonnes"),
        (
            Amount(Decimal(20), "%", "percent", None, Decimal(25)),
            "từ 20 đến 25%",
            "20–25%",
        ),
        (
            Amount(Decimal("47e9"), "USD", "money", "nearly", Decimal("48e9")),
            "gần từ 47 đến 48 tỷ USD",
            "nearly US$47–48 billion",
        ),
        (Amount(Decimal("17500000"), None, "number"), "17,5 triệu", "17.5 million"),
        (Amount(Decimal("1234567"), "VND", "money"), "1.234.567 đồng", "VND1,234,567"),
        (Amount(Decimal("1.234"), "MW", "quantity"), "1,2340 MW", "1.2340 MW"),
    ],
)
def test_format_amount_as_the_press_writes(amount: Amount, vi: str, en: str) -> None:
    assert (vnus.format_amount(amount, "vi"), vnus.format_amount(amount, "en")) == (vi, en)
    assert vnus.parse_amount(vi) == amount
    assert vnus.parse_amount(en) == amount
