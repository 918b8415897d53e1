import pytest

from parley.actors.countries import country_table


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("Britain", "GBR"),
        ("Russian", "RUS"),
        ("Ukrainians", "UKR"),
        ("Moscow", "RUS"),
        ("Kyiv", "UKR"),
        ("Germany", "DEU"),
        ("Iran, Islamic Republic of", "IRN"),
        ("Gotham", None),
    ],
)
def test_country_table_resolves_names_demonyms_and_capitals(text, code):
    assert country_table().country(text) == code


@pytest.mark.parametrize(
    ("code", "name"), [("RUS", "Russia"), ("USA", "United States"), ("FRA", "France")]
)
def test_country_table_short_names(code, name):
    assert country_table().name_of(code) == name


def test_country_table_codes_are_iso_alpha3_or_kosovo():
    import pycountry

    codes = set(country_table().names.values())
    unknown = {c for c in codes if pycountry.countries.get(alpha_3=c) is None}
    assert unknown == {"XKX"}


def test_city_country_from_the_gazetteer():
    from parley.actors.countries import city_country

    assert city_country("Samarra") == "IRQ"
    assert city_country("Sāmarrā’") == "IRQ"  # accents and apostrophes folded
    assert city_country("Kandahar") == "AFG"


def test_city_country_prefers_a_country_the_text_names():
    from parley.actors.countries import city_country

    assert city_country("Tripoli") == "LBY"  # the far larger one
    assert city_country("Tripoli", ["LBN"]) == "LBN"  # "Tripoli, the north Lebanese port"


def test_city_country_leaves_small_places_and_close_namesakes():
    from parley.actors.countries import city_country

    assert city_country("Valencia") is None  # Spain's and Venezuela's are of a size
    assert city_country("Nowhereville") is None


def test_region_country_names_the_state_of_a_state_or_province():
    from parley.actors.countries import region_country

    assert region_country("Nebraska") == "USA"
    assert region_country("New South Wales") == "AUS"
    assert region_country("Manitoba") == "CAN"
    assert region_country("Baden-Württemberg") == "DEU"


def test_region_country_leaves_shared_plain_and_country_names():
    from parley.actors.countries import region_country

    assert region_country("Punjab") is None  # a province of India and of Pakistan
    assert region_country("Georgia") is None  # a US state, and a country first
    assert region_country("Eastern") is None  # a province of several countries, a plain word
    assert region_country("Trujillo") is None  # a Venezuelan state, but Peru's big city


@pytest.mark.parametrize(
    ("text", "name", "read"),
    [
        # a US election story: Georgia is a state (no country of that name) ...
        ("Sen. David Perdue of Georgia spoke in Atlanta. Voters in Iowa agree.", "Georgia",
         (None, "USA")),
        # ... but a bare "Niger" in a Nigerian story is the neighbour ("Niger State" is how
        # news names the state)
        ("Nigeria closed its border with Niger, officials in Lagos said. Kano agreed.",
         "Niger", ("NER", None)),
        # beside a word of the country itself, or with no place of the other named, the country
        ("Georgian troops left. Voters in Iowa and Georgia agree, the US said.", "Georgia",
         ("GEO", None)),
        ("Russian troops entered Georgia. The U.S. condemned it, the United States said.",
         "Georgia", ("GEO", None)),
    ],
)  # fmt: skip
def test_document_table_reads_a_shared_name_as_the_state_the_article_is_about(text, name, read):
    from parley.actors.countries import document_table

    table = document_table(text)
    assert (table.country(name), table.region(name)) == read


@pytest.mark.parametrize(
    ("words", "found"),
    [
        (["Senate", "Majority", "Whip"], ("senate majority whip", "USA", "LEG")),
        (["Democratic", "Representatives"], ("democratic representative", "USA", "LEG")),
        (["Rep."], ("rep", "USA", "LEG")),
        (["congressmen"], ("congressman", "USA", "LEG")),
        (["Republican", "senator"], ("republican senator", "USA", "LEG")),
        (["Taoiseach"], ("taoiseach", "IRL", "GOV")),
        (["senator"], None),  # many states have senators
        (["Democratic", "lawmaker"], None),  # and Democratic parties
        (["High", "Representative"], None),  # the EU's, among others
        (["former", "Congresswoman"], ("congresswoman", "USA", "LEG")),
    ],
)
def test_national_title(words, found):
    from parley.actors.countries import national_title

    assert national_title(words) == found


def test_city_country_gives_a_state_before_a_smaller_town_abroad():
    from parley.actors.countries import city_country

    # Virginia is a US state and a town of the Free State, South Africa
    assert city_country("Virginia") == "USA"
    assert city_country("Ontario") == "CAN"
