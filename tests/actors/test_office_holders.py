"""Office holders → country and sector, by name and date."""

from __future__ import annotations

import datetime as dt

from parley.actors.office_holders import holdings, office_holder


def test_full_name_gives_country_and_office():
    held = office_holder("Bill Clinton")
    assert held is not None
    assert (held.country, held.sector) == ("USA", "GOV")


def test_surname_alone_reaches_a_leader_not_a_namesake_minister():
    # The table also lists ministers of other countries called Obama; the president stands out.
    assert len({h.country for h in holdings("Obama")}) > 1
    held = office_holder("Obama")
    assert held is not None and held.country == "USA"


def test_ambiguous_surname_stays_unresolved():
    assert office_holder("Kim") is None
    assert office_holder("Khan") is None


def test_family_name_first_for_chinese_and_korean_leaders():
    held = office_holder("Hu")
    assert held is not None and held.country == "CHN"
    held = office_holder("Kim Jong-il")
    assert held is not None and held.country == "PRK"


def test_the_last_syllable_of_a_two_part_given_name_is_no_surname():
    # "Li Gun-mo" (a North Korean premier) is a Li; "Mo", "In", "Un" alone are none of
    # the people whose given names end so ("Lawmaker Claudia Mo" is no North Korean).
    assert not any(h.country == "PRK" for h in holdings("Mo"))
    assert not any(h.name == "kim jong un" for h in holdings("Un"))
    assert not any(h.name == "moon jae in" for h in holdings("In"))
    assert any(h.name == "moon jae in" for h in holdings("Moon"))
    # Vietnamese news names a person by the last word of the name.
    assert any(h.name == "nguyen tan dung" for h in holdings("Dung"))
    assert any(h.name == "li gun mo" for h in holdings("Li"))
    held = office_holder("Li Gun-mo", dt.date(1987, 6, 1))
    assert held is not None and (held.country, held.sector) == ("PRK", "GOV")


def test_international_official_has_no_country():
    held = office_holder("Kofi Annan")
    assert held is not None
    assert (held.country, held.sector) == (None, "IGO")


def test_publication_date_picks_the_role_held_that_day():
    before = office_holder("Ehud Barak", dt.date(1995, 1, 1))
    during = office_holder("Ehud Barak", dt.date(2000, 1, 1))
    assert before is not None and during is not None
    assert during.sector == "GOV" and during.held_on(dt.date(2000, 1, 1))
    assert before.country == during.country == "ISR"


def test_unknown_name():
    assert office_holder("Zebulon Quaggathorpe") is None
    assert office_holder("") is None


def test_little_known_holder_needs_a_title():
    assert office_holder("Moody Awori") is not None
    assert office_holder("Moody Awori", well_known=True) is None
    held = office_holder("Tony Blair", well_known=True)
    assert held is not None and held.country == "GBR"


def test_surname_of_several_words():
    held = office_holder("de Klerk")
    assert held is not None and held.country == "ZAF"


def test_office_holder_name_with_accents_is_found():
    assert office_holder("Recep Tayyip Erdoğan") == office_holder("Recep Tayyip Erdogan")
    assert office_holder("Recep Tayyip Erdoğan") is not None


def test_leaders_after_the_dictionaries_are_known():
    held = office_holder("Donald Trump")
    assert held is not None and held.country == "USA"
    held = office_holder("Macron", well_known=True)
    assert held is not None and held.country == "FRA"
    # A surname an older holder of the table shares stays as the table resolves it.
    held = office_holder("Johnson", well_known=True)
    assert held is not None and held.name == "lyndon b. johnson"


def test_later_leaders_are_dated_by_term():
    # Two terms are two rows; a former leader keeps his country after leaving office.
    assert len(holdings("Donald Trump")) == 2
    held = office_holder("Joe Biden", dt.date(2026, 1, 1))
    assert held is not None and held.country == "USA"
    # With a date, the surname goes to whoever held office that day.
    held = office_holder("Johnson", dt.date(2020, 3, 1), well_known=True)
    assert held is not None and held.name == "boris johnson"


def test_a_group_the_table_lists_is_found_by_its_whole_name_only():
    # "Secretary of State Mike Pompeo": the word "State" is no Islamic State.
    assert holdings("State") == ()
    assert holdings("Council") == ()
    held = office_holder("Islamic State")
    assert held is not None and (held.country, held.sector) == (None, "IMG")


def test_members_of_congress_are_found_by_full_name():
    for name in ("Elizabeth Warren", "Bernie Sanders", "Bernard Sanders", "Ted Cruz", "Mike Lee"):
        held = office_holder(name, dt.date(2019, 6, 1), well_known=True)
        assert held is not None and (held.country, held.sector) == ("USA", "LEG"), name


def test_a_members_surname_alone_is_no_member_of_congress():
    # "Warren", "King", "Scott", "Lee" are many people besides members of Congress; nor does a
    # first name joined to a member's surname ("George Sanders") make a member.
    for name in ("Warren", "Sanders", "Cruz", "King", "Scott", "Lee", "George Sanders"):
        assert all(h.sector != "LEG" for h in holdings(name)), name


def test_a_representative_needs_a_title_a_senator_does_not():
    assert office_holder("Ilhan Omar", dt.date(2019, 6, 1), well_known=True) is None
    held = office_holder("Ilhan Omar", dt.date(2019, 6, 1))
    assert held is not None and (held.country, held.sector) == ("USA", "LEG")


def test_members_terms_are_dated_and_a_member_between_terms_stays_american():
    # Representative 2009-2017, senator from 2021: the article's day picks the spell; between
    # the two she is still of the US.
    first = office_holder("Cynthia Lummis", dt.date(2012, 5, 1))
    between = office_holder("Cynthia Lummis", dt.date(2019, 5, 1))
    assert first is not None and first.first == dt.date(2009, 1, 6)
    assert between is not None and (between.country, between.sector) == ("USA", "LEG")
    # A member the derived table lists in a US office keeps it on that office's days.
    speaker = office_holder("Nancy Pelosi", dt.date(2009, 6, 1))
    member = office_holder("Nancy Pelosi", dt.date(2019, 6, 1))
    assert speaker is not None and speaker.sector == "GOV"
    assert member is not None and member.sector == "LEG"


def test_a_name_the_other_tables_place_abroad_keeps_their_entry():
    # The derived table lists a John Carter outside the US: one name in two countries is two
    # people, and the member of Congress of that name adds nothing.
    assert holdings("John Carter")
    assert all(h.sector != "LEG" for h in holdings("John Carter"))
