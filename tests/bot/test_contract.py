"""The contract shipped in the package is the shared contract, byte for byte."""


import pytest

from bot.config import PROJECT_ROOT
from bot.contract import CONTRACT_FILES, keys

SHARED = PROJECT_ROOT.parent / "shared" / "contract"


@pytest.mark.parametrize("name", CONTRACT_FILES)
def test_packaged_contract_matches_the_shared_one(name):
    if not SHARED.is_dir():
        pytest.skip(f"no shared contract beside the checkout at {SHARED}")
    packaged = PROJECT_ROOT / "bot" / "contract" / name
    assert packaged.read_bytes() == (SHARED / name).read_bytes(), f"{name} drifted: copy it from {SHARED}"


def test_vocabulary_lists_read_in_contract_order():
    assert keys("police_involvement_wanted") == ["yes", "no", "not_sure"]
    assert keys("channel") == ["sms", "telegram", "web", "staff", "whatsapp"]
    assert keys("characteristic")[:5] == keys("police_strand")
