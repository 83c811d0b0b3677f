"""The assistant suggests up to three services, specialists for the person's situation first."""

from bot.contract import keys
from bot.services import choose_services, directory


def test_directory_uses_only_contract_values():
    characteristics = set(keys("characteristic")) | {"all"}
    needs = set(keys("support_wanted"))
    for service in directory():
        assert set(service.serves) <= characteristics, service.id
        assert set(service.needs) <= needs, service.id
        assert service.contact


def test_specialists_come_first():
    chosen = [s.id for s in choose_services(["sexual_orientation"], ["someone_to_talk_to"])]
    assert chosen[:2] == ["galop", "switchboard"]
    assert len(chosen) == 3


def test_general_services_when_the_reason_is_not_known():
    chosen = choose_services(["not_sure"], [])
    assert chosen and all("all" in s.serves for s in chosen)


def test_never_more_than_three():
    assert len(choose_services(keys("characteristic"), keys("support_wanted"))) == 3


def test_easy_read_mode_prefers_services_that_offer_easy_read():
    needs = ["practical_help", "safety_planning", "advocacy"]
    assert choose_services(["disability"], needs)[0].id == "victim_support"
    assert choose_services(["disability"], needs, easy_read=True)[0].id == "mencap"


def test_every_access_need_is_known():
    from bot.services import ACCESS

    assert {a for s in directory() for a in s.access} <= set(ACCESS)
    assert any("bsl" in s.access for s in directory()) and any("24_hours" in s.access for s in directory())
