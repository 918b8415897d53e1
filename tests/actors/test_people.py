import datetime as dt

from parley.actors.people import KnownPerson, linked_person, person_key, surname_of

DAY = dt.date(2019, 10, 1)


def _known(key: str, countries: tuple[str, ...] = (), roles: tuple[str, ...] = ()) -> KnownPerson:
    return KnownPerson(key=key, countries=frozenset(countries), roles=frozenset(roles))


def test_person_key_folds_accents_and_case():
    assert person_key("Recep Tayyip Erdoğan") == person_key("RECEP TAYYIP ERDOGAN")
    assert surname_of(person_key("Recep Tayyip Erdoğan")) == "erdogan"


def test_linked_person_same_office_holder():
    # Neither country nor role is shared: the office-holder table alone makes the link.
    candidates = [_known("recep tayyip erdogan"), _known("ahmet erdogan", ("TUR",))]
    assert linked_person("erdogan", None, (), candidates, DAY) == "recep tayyip erdogan"


def test_linked_person_only_full_name_sharing_a_country():
    candidates = [_known("anne sacoolas", ("USA",))]
    assert linked_person("sacoolas", "USA", (), candidates) == "anne sacoolas"


def test_linked_person_only_full_name_sharing_a_role():
    candidates = [_known("hatice cengiz", (), ("fiancee",))]
    assert linked_person("cengiz", None, ("fiancee",), candidates) == "hatice cengiz"


def test_linked_person_nothing_shared_stays_apart():
    candidates = [_known("anne sacoolas", ("USA",), ("diplomat",))]
    assert linked_person("sacoolas", "GBR", ("driver",), candidates) is None


def test_linked_person_two_full_names_stay_apart():
    candidates = [_known("anne sacoolas", ("USA",)), _known("jonathan sacoolas", ("USA",))]
    assert linked_person("sacoolas", "USA", (), candidates) is None
