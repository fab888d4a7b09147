from timeline.chart import labelled, year_chart_svg


def href_for(year: int) -> str:
    return f"/?q=a&b&from={year}&to={year}"


def test_each_year_with_events_is_a_link_and_empty_years_are_not():
    svg = year_chart_svg({2019: 2, 2021: 1}, href_for, estimated=False)
    assert svg.count("<a ") == 2
    assert 'aria-label="2019: 2 events"' in svg and 'aria-label="2021: 1 event"' in svg
    assert "2020:" not in svg


def test_links_are_escaped_and_estimates_say_so():
    svg = year_chart_svg({2019: 40}, href_for, estimated=True)
    assert 'href="/?q=a&amp;b&amp;from=2019&amp;to=2019"' in svg
    assert "<title>2019: about 40 events</title>" in svg


def test_the_tallest_year_fills_the_height_and_others_scale_to_it():
    svg = year_chart_svg({2000: 4, 2001: 1}, href_for, estimated=False)
    assert 'y="0.0" width="19.2" height="80.0"' in svg
    assert 'y="60.0" width="19.2" height="20.0"' in svg


def test_long_spans_label_round_years_and_short_ones_every_year():
    # 1947 and 2026 are labelled as the ends; 2019 would crowd 2020's label.
    assert [year for year in range(1947, 2027) if labelled(year, 1947, 2026)] == [
        1947, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020, 2026,
    ]  # fmt: skip
    assert not labelled(2019, 1991, 2019)
    assert all(labelled(year, 2020, 2025) for year in range(2020, 2026))
